// swift-tools-version: 6.2
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
        .library(name: "MeteorKit", targets: ["MeteorKit"]),
        .library(name: "MeteorStore", targets: ["MeteorStore"]),
        .executable(name: "meteor", targets: ["meteor"]),
        .executable(name: "meteor-bench", targets: ["meteor-bench"]),
    ],
    traits: profileTraits.union([
        .trait(
            name: "WorkspaceInstrumentation",
            description: "Counts workspace cache hits, misses and iterations (SPEC §9)."),
        .default(enabledTraits: []),
    ]),
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // MARK: Core: pure, no I/O
        .target(name: "MeteorFormat"),

        // MARK: Engine
        .target(
            name: "MeteorKit",
            dependencies: [
                "MeteorFormat",
                .product(name: "Collections", package: "swift-collections"),
            ]),

        // MARK: Store: documents, export/import
        .target(
            name: "MeteorStore",
            dependencies: [
                "MeteorKit",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),

        // MARK: Command line: commands, the shared interpreter, output formatting; no curses
        .target(
            name: "MeteorCLI",
            dependencies: [
                "MeteorStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // MARK: Terminal UI: state, input, layout and rendering; no curses
        .target(name: "MeteorTUI", dependencies: ["MeteorKit"]),

        // MARK: TUI configuration: config.toml -> theme and keymap; no curses, no file I/O
        .target(
            name: "MeteorConfig",
            dependencies: ["MeteorTUI", .product(name: "TOMLKit", package: "TOMLKit")]),

        // MARK: Curses adapter: the only importer of CNCursesW
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .target(name: "MeteorCurses", dependencies: ["MeteorTUI", "CNCursesW"]),

        // MARK: `$EDITOR` runner: temporary file, editor process in the terminal's foreground
        .target(name: "MeteorExternalEditor", dependencies: ["MeteorTUI"]),

        // MARK: TUI on store documents: the document adapter and the loading screen's driver
        .target(name: "MeteorTUIStore", dependencies: ["MeteorTUI", "MeteorStore"]),

        // MARK: Bundled sample data (`meteor tui --demo`)
        .target(name: "MeteorResources", path: "Resources", resources: [.copy("sample.meteor")]),

        // MARK: Executables
        .executableTarget(
            name: "meteor",
            dependencies: [
                "MeteorCLI", "MeteorTUI", "MeteorCurses", "MeteorResources", "MeteorConfig",
                "MeteorTUIStore", "MeteorExternalEditor",
            ]),
        .executableTarget(
            name: "meteor-bench",
            dependencies: [
                "MeteorFormat", "MeteorKit", "MeteorStore", "MeteorTUI", "MeteorTUIStore",
            ]),

        // MARK: Tests
        .testTarget(name: "MeteorFormatTests", dependencies: ["MeteorFormat"]),
        .testTarget(name: "MeteorKitTests", dependencies: ["MeteorKit"]),
        .testTarget(name: "MeteorStoreTests", dependencies: ["MeteorStore"]),
        .testTarget(
            name: "MeteorCLITests", dependencies: ["MeteorCLI", "meteor", "MeteorTUI"],
            exclude: ["Snapshots"]),
        .testTarget(name: "MeteorEndToEndTests", dependencies: ["meteor"]),
        .testTarget(name: "MeteorTUITests", dependencies: ["MeteorTUI"], exclude: ["Snapshots"]),
        .testTarget(name: "MeteorCursesTests", dependencies: ["MeteorCurses"]),
        .testTarget(name: "MeteorExternalEditorTests", dependencies: ["MeteorExternalEditor"]),
        .testTarget(name: "MeteorConfigTests", dependencies: ["MeteorConfig"]),
        .testTarget(name: "MeteorTUIStoreTests", dependencies: ["MeteorTUIStore"]),
    ]
)

// MARK: - Strictness, package-wide
// SE-0335 ExistentialAny: `any P` spelled out; SE-0444 MemberImportVisibility: members come
// only from modules a file imports; SE-0409 InternalImportsByDefault: imports do not leak;
// SE-0480 warning control: a warning in our own targets fails the build (dependencies are
// not affected, unlike `-Xswiftc -warnings-as-errors`).
for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .swiftLanguageMode(.v6),
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            .treatAllWarnings(as: .error),
        ]
}
