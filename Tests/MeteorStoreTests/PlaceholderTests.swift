import Testing
@testable import MeteorStore

@Test func placeholderStore() { #expect(Bool(true)) }
