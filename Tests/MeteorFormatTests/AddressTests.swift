import MeteorFormat
import Testing

@Suite struct AddressTests {
    @Test func parsesKeyPath() throws {
        let address = try Address(parsing: "app:ui:list[0]")
        #expect(address.context == .app)
        #expect(address.namespace.name == "ui")
        #expect(address.key.flat == "list__i_0")
        #expect(address.canonical == "app:ui:list__i_0")
        #expect(address.description == "app:ui:list[0]")
    }

    @Test(arguments: ["app:ui:", "app::", "app:"])
    func containerPathIsNotAnAddress(_ path: String) throws {
        let error = try #require(throws: MeteorError.self) { try Address(parsing: path) }
        #expect(error.kind == .invalidKey)
        #expect(error.hint == "a key path looks like `app:ui:button`")
    }

    @Test func rootNamespacePrintsEmpty() throws {
        let address = try Address(parsing: "doc::k")
        #expect(address.canonical == "doc::k")
        #expect(address.namespace == .root)
    }
}
