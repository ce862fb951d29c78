import Foundation

/// The character encoding a saved page declares (`<meta charset="windows-1256">` or
/// `content="text/html; charset=…"`), for pages that are not UTF-8.
enum HTMLCharset {
    /// The declared encoding name in the first 4 KB, lowercased; nil when there is none or it is UTF-8.
    static func declared(in data: Data) -> String? {
        let head = [UInt8](data.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        let marker = Array("charset=".utf8)
        guard head.count > marker.count else { return nil }
        for start in 0...(head.count - marker.count) where head[start..<(start + marker.count)].elementsEqual(marker) {
            var name: [UInt8] = []
            for b in head[(start + marker.count)...] {
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { if name.isEmpty { continue } else { break } }
                guard (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") else { break }
                name.append(b)
            }
            let charset = String(decoding: name, as: UTF8.self)
            return charset.isEmpty || charset == "utf-8" || charset == "utf8" ? nil : charset
        }
        return nil
    }
}
