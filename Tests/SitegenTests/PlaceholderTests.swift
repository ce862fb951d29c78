import Testing
@testable import Sitegen
