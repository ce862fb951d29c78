/// A list of typed contexts whose values are all text, with the same fields in every row: one pool of UTF-8
/// bytes and where each value ends (`PageValue.rows`).
///
/// An entity page's mentions are thousands of `{href, pre, hit, post}` contexts: as `PageFields` each was an array
/// of four entries, three byte arrays and a string, made, looked into a value at a time and freed (a fifth of the
/// entity pages' instructions). Here a row is four ranges of one buffer, written in place by the snippet's and the
/// link's writers, and a template's `{{pre}}` prints its bytes from the pool.
///
/// To a template a row reads as the `PageFields` of its values as `.bytes` would (`fields(at:)`): a value is
/// printed escaped or not, is a string in a section (its body rendered once, with the value as `{{.}}`), and
/// `empty(…)` tells whether it has no bytes.
final class TextRows {
    /// The fields of every row, in the order their values are written.
    let fields: [Field]
    /// The values' bytes, row after row, each row's values in the order of `fields` (owned: freed with the rows).
    private let bytes: UnsafeMutablePointer<UInt8>
    /// Where each value ends in `bytes` (it starts where the one before ends; owned).
    private let ends: UnsafeMutablePointer<Int32>
    private let valueCount: Int
    private let low: UInt64
    private let high: UInt64

    /// Rows of the bytes and value ends `write` made (taken over: freed with the rows).
    private init(fields: [Field], bytes: UnsafeMutablePointer<UInt8>, ends: [Int32]) {
        self.fields = fields
        self.bytes = bytes
        valueCount = ends.count
        let owned = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, ends.count))
        ends.withUnsafeBufferPointer { if let e = $0.baseAddress { owned.initialize(from: e, count: $0.count) } }
        self.ends = owned
        var low: UInt64 = 0, high: UInt64 = 0
        for f in fields {
            let (l, h) = f.bit
            low |= l
            high |= h
        }
        self.low = low
        self.high = high
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    /// The number of rows.
    var count: Int { fields.isEmpty ? 0 : valueCount / fields.count }
    var isEmpty: Bool { valueCount == 0 }

    /// The index of the value of `field` in row `row` (for `value(_:)`), or nil when the rows have no such field.
    @inline(__always) func cell(_ field: Field, row: Int) -> Int? {
        let (l, h) = field.bit
        guard low & l != 0 || high & h != 0 else { return nil }
        return fields.withUnsafeBufferPointer { f -> Int? in
            for i in f.indices where f[i] == field { return row * f.count + i }
            return nil
        }
    }

    /// The bytes of value `cell`, valid while these rows are (a frame of the compiled renderer holds them while its
    /// values are printed).
    @inline(__always) func value(_ cell: Int) -> UnsafeBufferPointer<UInt8> {
        let start = cell == 0 ? 0 : Int(ends[cell - 1])
        return UnsafeBufferPointer(start: bytes + start, count: Int(ends[cell]) - start)
    }

    /// Row `row` as the typed context it stands for (each value `.bytes`): for the library and the tests.
    func fields(at row: Int) -> PageFields {
        var d = PageFields()
        for (i, f) in fields.enumerated() {
            d[f] = .bytes(Array(value(row * fields.count + i)))
        }
        return d
    }

    /// Every row as `fields(at:)`.
    var list: [PageFields] { (0..<count).map { fields(at: $0) } }

    /// Rows written by `body` value by value (each value's bytes appended to the writer, then `endValue()`), every
    /// row with a value for each field.
    static func write(fields: [Field], rows: Int = 0, bytesPerRow: Int = 64, _ body: (inout Writer) -> Void) -> TextRows {
        var w = Writer(bytes: PageBytes(capacity: max(rows, 1) * bytesPerRow))
        w.ends.reserveCapacity(rows * fields.count)
        body(&w)
        precondition(fields.isEmpty ? w.ends.isEmpty : w.ends.count % fields.count == 0, "a row lacks values")
        return TextRows(fields: fields, bytes: w.bytes.base, ends: w.ends)
    }

    /// What `write` gives its body: the values' bytes go into a page buffer (a capacity test and a copy each), which
    /// the rows then own.
    struct Writer: ByteAppending {
        fileprivate var bytes: PageBytes
        fileprivate var ends: [Int32] = []

        @inline(__always) mutating func appendBytes(_ b: UnsafeBufferPointer<UInt8>) { bytes.appendBytes(b) }
        @inline(__always) mutating func appendByte(_ byte: UInt8) { bytes.appendByte(byte) }
        @inline(__always) mutating func append(_ s: String) { bytes.append(s) }

        /// Ends the value being written (the next one is the next field's, or the next row's first).
        @inline(__always) mutating func endValue() { ends.append(Int32(bytes.count)) }
    }
}
