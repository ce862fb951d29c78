import ArgumentParser
import Foundation
import Sitegen

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the entities, dates and events found in files, as JSON, without writing a site.",
        discussion: "Output: [{file, mentions: [{text, entity, type, start, end}], dates: [...], events: [...]}], one object per file in the order given (per record of a .jsonl or .csv file, file being FILE#ID); start/end count Unicode scalars into the file's decoded text (the text read from a saved page, the record's text)."
    )

    @Argument(help: "Article files (.txt, .md, .html, .jsonl, .csv).")
    var files: [String]

    func run() throws {
        let result = try Extractor.extractJSON(files: files, skipped: { printErr($0.description) })
        FileHandle.standardOutput.write(result)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
