import Testing
@testable import MeteorCLI

@Test func placeholderCLI() { #expect(Bool(true)) }
