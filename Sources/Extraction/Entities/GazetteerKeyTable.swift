import ArabicText
import Foundation

/// One of the corpus gazetteer's `String`-keyed tables (`CorpusGazetteer.typeOfKey`, `trims`, `shortForms`) in the form
/// extraction looks it up: plain keys by their bytes (`PlainKeyIndex`), the others in a small `[String: Value]`; the
/// whole `[String: Value]` is made only when asked for (`dictionary`).
///
/// A gazetteer read back from the cache (`PooledGazetteerStore`) was put into three `[String: Value]`s, whose hashing
/// normalizes every Arabic key (≈ 10 k keys, 26 M instructions of a one-article edit), then indexed by bytes again
/// (16 M); the edit extracts one article and never asks for the dictionaries. Made from its entries
/// (`init(entries:)`, through `CorpusGazetteer.init(names:typeEntries:trimEntries:shortFormEntries:)`, where the
/// table is specialized for its values), a table holds the entries and the two look-up tables only.
///
/// `value(of:)` answers `dictionary[key]` for every key: a key of plain scalars (ASCII, U+0621, U+0627…U+064A) can
/// equal, under canonical equivalence, only a key of its own bytes (`PlainKeyIndex`); a key that is not plain and holds
/// none of the singletons U+212A, U+037E, U+1FEF can equal no plain key (every other scalar that is not plain keeps a
/// scalar that is not plain in its canonical decomposition: the Arabic letters with hamza or madda decompose into a
/// letter and a combining mark), so only the keys that are not plain are asked; a key holding a singleton asks the
/// whole dictionary (`GazetteerKeyTableTests`).
final class GazetteerKeyTable<Value: Sendable>: @unchecked Sendable {
    private let plain: [UTF8Key: Value]
    /// The keys that are not plain.
    private let others: [String: Value]
    /// No key holds U+212A, U+037E or U+1FEF: all of ASCII is plain (`PlainKeyIndex`).
    private let allASCII: Bool
    /// The entries a table made by `init(entries:)` was made of (until `dictionary` is made).
    private var entries: [(key: String, value: Value)]
    private var made: [String: Value]?
    private let lock = NSLock()
    /// How many keys.
    let count: Int

    var isEmpty: Bool { count == 0 }

    /// The table of a dictionary.
    init(_ dictionary: [String: Value]) {
        let allASCII = !dictionary.keys.contains(where: PlainKeyIndex<Value>.holdsASCIISingleton)
        var plain: [UTF8Key: Value] = [:]
        plain.reserveCapacity(dictionary.count)
        var others: [String: Value] = [:]
        for (k, v) in dictionary {
            if PlainKeyIndex<Value>.isPlain(k, allASCII: allASCII) { plain[UTF8Key(k)] = v } else { others[k] = v }
        }
        self.plain = plain
        self.others = others
        self.allASCII = allASCII
        entries = []
        made = dictionary
        count = dictionary.count
    }

    /// The table of these entries, or nil when two keys are equal (as `String`s: a dictionary holds one of them).
    init?(entries: [(key: String, value: Value)]) {
        let allASCII = !entries.contains { PlainKeyIndex<Value>.holdsASCIISingleton($0.key) }
        var plain: [UTF8Key: Value] = [:]
        plain.reserveCapacity(entries.count)
        var others: [String: Value] = [:]
        for (k, v) in entries {
            if PlainKeyIndex<Value>.isPlain(k, allASCII: allASCII) {
                guard plain.updateValue(v, forKey: UTF8Key(k)) == nil else { return nil }
            } else {
                guard others.updateValue(v, forKey: k) == nil else { return nil }
            }
        }
        // (a plain key and one that is not are never equal: with a singleton among the keys, «K», «;» and «`» are not
        // plain either)
        self.plain = plain
        self.others = others
        self.allASCII = allASCII
        self.entries = entries
        made = nil
        count = entries.count
    }

    /// The table as a dictionary (made the first time it is asked for, from the entries).
    var dictionary: [String: Value] {
        lock.withLock {
            if let made { return made }
            var d: [String: Value] = [:]
            d.reserveCapacity(entries.count)
            for (k, v) in entries { d[k] = v }
            made = d
            entries = []
            return d
        }
    }

    /// `dictionary[key]`.
    @inline(__always)
    func value(of key: String) -> Value? {
        if PlainKeyIndex<Value>.isPlain(key, allASCII: allASCII) { return plain[UTF8Key(key)] }
        if PlainKeyIndex<Value>.holdsASCIISingleton(key) { return dictionary[key] }
        return others[key]
    }
}
