import Testing
@testable import Sitegen
import TestSupport

/// `UsedSlots` (the cached articles' and file keys' entries, a flag per slot) against what it replaced: the build's hits
/// and new entries copied into a new table, which became the entries at the commit.
@Suite struct UsedSlotsTests {
    @Test func commitKeepsWhatATableOfUsedEntriesKept() {
        var random = SeededRandom(seed: 47_0047)
        for _ in 0..<200 {
            var slots = UsedSlots<Int>()
            var table: [String: Int] = [:]
            for _ in 0..<random.below(30) {
                let path = "p\(random.below(40))", value = random.below(1000)
                slots.put(path, value)
                table[path] = value
            }
            slots.dropUnused { _, _ in }
            for _ in 0..<4 {  // builds
                slots.beginBuild()
                var used: [String: Int] = [:]
                var loaded: [(String, Int)] = []
                var dropped: [String] = []
                // (each path once a build, as each file is; the ones loaded anew put at the commit, as the caches do)
                for path in Set((0..<random.below(50)).map { _ in "p\(random.below(40))" }).sorted() {
                    if random.below(3) == 0 {  // loaded anew
                        let value = random.below(1000)
                        loaded.append((path, value))
                        used[path] = value
                    } else if let i = slots.slot(path) {  // a hit
                        #expect(slots.slots[i].path == path && slots.slots[i].value == table[path])
                        slots.markUsed(i)
                        used[path] = table[path]
                    } else {
                        #expect(table[path] == nil)
                    }
                }
                for (path, value) in loaded { slots.put(path, value) }
                #expect(slots.allUsed == (Set(table.keys).subtracting(used.keys).isEmpty))
                slots.dropUnused { path, _ in dropped.append(path) }
                #expect(Set(dropped) == Set(table.keys).subtracting(used.keys))
                table = used
                #expect(slots.count == table.count && slots.allUsed)
                for (path, value) in table { #expect(slots.slot(path).map { slots.slots[$0].value } == value) }
                #expect(Set(slots.slots.map(\.path)) == Set(table.keys))
            }
        }
    }
}
