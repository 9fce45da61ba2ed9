import Testing
@testable import MeteorFormat
