import Testing
@testable import Resolution
