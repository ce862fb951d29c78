import Testing
@testable import Sitegen
import TestSupport

/// `SearchByteTable` answers as a `[[UInt8]: Int32]` dictionary does.
@Suite struct SearchByteTableTests {
    /// Seeded random byte strings (empty, one byte, the lengths around each eight, long ones; zero bytes; many sharing a
    /// prefix or differing in their last byte), added when not found and looked up again, through growth and after a
    /// table reserved for them; the hash of equal bytes is the same wherever they lie.
    @Test(arguments: [false, true]) func answersAsADictionary(reserved: Bool) {
        var random = SeededRandom(seed: 0x5EA2_B7E5_0044)
        var table = SearchByteTable()
        if reserved { table.reserveCapacity(30_000) }
        var dictionary: [[UInt8]: Int32] = [:]
        let prefixes: [[UInt8]] = [[], [0xD8, 0xA7, 0xD9, 0x84], Array("بالعراق".utf8), [0, 0, 0, 0, 0, 0, 0, 0, 0]]
        var found = 0
        for round in 0..<60_000 {
            let length = random.below(4) == 0 ? random.below(40) : random.below(12)
            var key = prefixes[random.below(prefixes.count)]
            for _ in 0..<length { key.append(random.below(3) == 0 ? UInt8(random.below(4)) : UInt8(random.below(256))) }
            // (in a larger buffer at a random offset: the hash and the comparison read only the key's bytes)
            let offset = random.below(9)
            let padded = [UInt8](repeating: 0xAB, count: offset) + key + [UInt8](repeating: UInt8(random.below(256)), count: 9)
            padded.withUnsafeBufferPointer { all in
                let b = UnsafeBufferPointer(rebasing: all[offset..<offset + key.count])
                let h = SearchByteTable.hash(b)
                #expect(h == key.withUnsafeBufferPointer { SearchByteTable.hash($0) })
                let (value, slot) = table.find(b, hash: h)
                #expect(value == dictionary[key], "round \(round): \(key)")
                if value == nil {
                    table.add(b, hash: h, slot: slot, value: Int32(round))
                    dictionary[key] = Int32(round)
                } else {
                    found += 1
                }
                #expect(table.withLookup { $0.find(b, hash: h).value } == Int32(dictionary[key]!))
            }
        }
        #expect(table.count == dictionary.count)
        #expect(found > 5_000 && dictionary.count > 20_000)
    }
}
