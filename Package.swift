// swift-tools-version: 6.1
import PackageDescription

// MARK: - Profiles
// One profile is chosen at build time with a trait (SPEC §10); with none, the default profile.
// `swift build --traits ProfileEmbedded` builds the embedded profile.
let profileTraits: Set<Trait> = [
    .trait(name: "ProfileEnterprise", description: "Enterprise limits (SPEC §10)."),
    .trait(name: "ProfileEmbedded", description: "Embedded limits (SPEC §10)."),
    .trait(name: "ProfileStrict", description: "Strict limits (SPEC §10)."),
]

let package = Package(
    name: "Meteor",
    products: [
        .library(name: "MeteorFormat", targets: ["MeteorFormat"]),
        .executable(name: "meteor-bench", targets: ["meteor-bench"]),
    ],
    traits: profileTraits.union([
        .trait(
            name: "WorkspaceInstrumentation",
            description: "Counts workspace cache hits, misses and iterations (SPEC §9)."),
        .default(enabledTraits: []),
    ]),
    targets: [
        // MARK: Core
        .target(name: "MeteorFormat"),

        // MARK: Executables
        .executableTarget(name: "meteor-bench", dependencies: ["MeteorFormat"]),

        // MARK: Tests
        .testTarget(name: "MeteorFormatTests", dependencies: ["MeteorFormat"]),
    ]
)

// MARK: - Strictness, package-wide
// SE-0335 ExistentialAny: `any P` spelled out; SE-0444 MemberImportVisibility: members come
// only from modules a file imports; SE-0409 InternalImportsByDefault: imports do not leak.
for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .swiftLanguageMode(.v6),
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
            .enableUpcomingFeature("InternalImportsByDefault"),
        ]
}
