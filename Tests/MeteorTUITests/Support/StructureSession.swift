import MeteorKit

@testable import MeteorTUI

/// An app on the fixture engine plus `user:ui` (for comparisons and clashes), with helpers to
/// select a tree node and type.
struct StructureSession {
    let app: App<InMemoryTerminal>
    let document: InMemoryDocument
    var engine: MeteorEngine { document.engine }

    init(size: Size = Size(width: 80, height: 24)) throws {
        (app, document) = try Fixtures.app(size: size)
        try document.engine.process(meteorStream: "user:ui:theme=light;font=mono;extra=1")
        document.engine.clearHistory()
        app.step(.resize(size))
        app.step(.key(.character("*")))
    }

    /// Presses `j`/`k` until `id` is selected.
    func select(_ id: TreeNodeID) throws {
        let rows = app.reducer.cache.visibleRows(for: app.state.browser)
        guard let row = rows.index(of: id) else { throw MeteorError(.notFound, "\(id)") }
        let delta = row - app.state.browser.selectedRow
        for _ in 0..<abs(delta) { app.step(.key(.character(delta > 0 ? "j" : "k"))) }
    }

    /// Sends keys.
    func press(_ keys: KeyPress...) {
        for key in keys { app.step(.key(key)) }
    }

    /// Clears the field and types text.
    func retype(_ text: String) {
        app.step(.key(.home))
        app.step(.key(.control("k")))
        for event in Fixtures.type(text) { app.step(event) }
    }

    /// The drawn screen.
    func screen() -> String {
        app.draw()
        return app.backend.lastFrame?.lines.joined(separator: "\n") ?? ""
    }

    /// The field, when one is open.
    var field: StructureField? {
        if case .structureField(let field) = app.state.mode { return field }
        return nil
    }

    /// The preview, when one is open.
    var preview: StructurePreview? {
        if case .structurePreview(let preview) = app.state.mode { return preview }
        return nil
    }

    /// The comparison, when it is open.
    var compare: CompareState? {
        if case .compare(let compare) = app.state.mode { return compare }
        return nil
    }

    func address(_ path: String) throws -> Address { try Address(parsing: path) }

    func lines(_ context: String, _ namespace: String) throws -> [String] {
        engine.entries(in: try Context(validating: context), try Namespace(validating: namespace))
            .map { "\($0.key.bracket)=\($0.value)" }
    }
}
