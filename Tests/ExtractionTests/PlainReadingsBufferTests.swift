import Testing
@testable import Extraction
import TestSupport

/// `SentenceWords.plainReadings`, its readings kept in a buffer of 16 on the stack, against the `Character` path
/// (`characterReadings`), byte for byte, on words made mostly of the letters readings are cut at.
@Suite struct PlainReadingsBufferTests {
    @Test func plainReadingsInABufferAreTheCharacterReadings() {
        var random = SeededRandom(seed: 0xB0FF_E12)
        // proclitics, the article's letters, a final alif and hamza, a few other letters, ASCII
        let letters = Array("وفبلكلالاءاءمدنx1")
        var most = 0
        var words = ["وللالا", "فللالبا", "وبالالا", "ولللا", "كللاا", "لللللا", "وللمدرسا"]
        for _ in 0..<20_000 {
            words.append(String((0..<Int(random.next() % 14)).map { _ in letters[Int(random.next() % UInt64(letters.count))] }))
        }
        for w in words {
            let k = EventLexicon.key(w)
            guard let plain = SentenceWords.plainReadings(of: k) else { continue }
            #expect(plain.map { Array($0.utf8) } == SentenceWords.characterReadings(of: k).map { Array($0.utf8) }, "\(k)")
            most = max(most, plain.count)
        }
        #expect(most <= 11)
        #expect(most >= 7)
    }
}
