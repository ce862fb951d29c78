import Extraction

// Reads texts, one per line, from stdin; treats them as one corpus (discover → pool → extract) and
// prints one JSON line per text: {"mentions":[{"text":…,"type":…,"start":…,"end":…}]} with scalar offsets.

func jsonString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if u.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
            else { out.unicodeScalars.append(u) }
        }
    }
    return out + "\""
}

var docs: [Document] = []
while let line = readLine(strippingNewline: true) {
    docs.append(Document(id: String(docs.count), blocks: [line]))
}
let extractor = EntityExtractor()
let evidence = docs.map { extractor.discover(in: $0) }
let gazetteer = extractor.pool(evidence)
var output = ""
for (i, doc) in docs.enumerated() {
    let ex = extractor.extract(doc, evidence: evidence[i], gazetteer: gazetteer)
    let items = ex.mentions.map { m in
        "{\"text\":\(jsonString(m.surface)),\"type\":\"\(m.type.rawValue)\",\"start\":\(m.span.start),\"end\":\(m.span.end),\"key\":\(jsonString(m.key)),\"cue\":\(m.cue.map(jsonString) ?? "null"),\"rule\":\"\(m.rule.rawValue)\",\"canonical\":\(m.canonical.map(jsonString) ?? "null")}"
    }
    output += "{\"mentions\":[" + items.joined(separator: ",") + "]}\n"
    if output.utf8.count > 1 << 16 { print(output, terminator: ""); output = "" }
}
print(output, terminator: "")
