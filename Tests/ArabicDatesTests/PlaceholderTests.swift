import Testing
@testable import ArabicDates
