import MeteorFormat
import MeteorKit
import Testing

/// History labels read as the commands a user types, never as internal names.
@Suite struct EngineCommandLabelTests {
    static func address(_ text: String) -> Address {
        guard let address = try? Address(parsing: text) else { fatalError("bad fixture") }
        return address
    }

    static func key(_ text: String) -> Key {
        guard let key = try? Key(validating: text) else { fatalError("bad fixture") }
        return key
    }

    static let app = Context.app
    static let ui = (try? Namespace(validating: "ui")) ?? .main
    static let user = (try? Context(validating: "user")) ?? .app

    @Test(arguments: [
        (EngineCommand.set(path: "app:database:port", value: "5432"), "set app:database:port"),
        (.setAddress(address("app:database:port"), value: "1"), "set app:database:port"),
        (.delete(path: "app:ui:"), "delete app:ui:"),
        (.processTokenStream("ns=ui; theme=dark"), #"parse "ns=ui; theme=dark""#),
        (
            .processTokenStream("ctl:delete=app:ui:; ctl:delete=app:ui.widgets:; x=1"),
            #"parse "ctl:delete=app:ui:; ctl:delete=app:ui.wi…""#
        ),
        (.processTokenStream("a=1\nb=2"), #"parse "a=1…""#),
        (.processMeteorStream(#"app:ui:a="x""#), #"parse --meteor "app:ui:a=\"x\"""#),
        (.setCursor(app, ui), "cursor app:ui"),
        (.clearContext(user), "reset user"),
        (.reset(.storage), "reset storage"),
        (.renameKey(from: address("app:ui:a"), to: key("b")), "rename app:ui:a b"),
        (
            .moveNamespace(from: app, ui, to: user, ui, overwrite: true),
            "move app:ui user:ui --overwrite"
        ),
        (.copyNamespace(from: app, ui, to: user, ui), "copy app:ui user:ui"),
        (.scratchSet(name: "todo", value: "x"), "scratch set todo"),
        (.scratchRemove(name: "todo"), "scratch rm todo"),
    ])
    func labelIsTheUserFacingCommand(command: EngineCommand, label: String) {
        #expect(command.label == label)
    }

    @Test func noLabelUsesAnInternalName() {
        let internalNames = [
            "setAddress", "processTokenStream", "processMeteorStream", "setCursor",
        ]
        let commands: [EngineCommand] = [
            .setAddress(Self.address("app:ui:k"), value: "v"), .processTokenStream("k=v"),
            .processMeteorStream("app:ui:k=v"), .setCursor(Self.app, Self.ui),
        ]
        for command in commands {
            for name in internalNames { #expect(!command.label.contains(name), "\(command.label)") }
        }
    }
}
