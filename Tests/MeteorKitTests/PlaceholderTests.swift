import Testing
@testable import MeteorKit

@Test func placeholderKit() { #expect(Bool(true)) }
