import Testing
@testable import SitegenServer
