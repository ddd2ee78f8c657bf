import Foundation
import Testing
@testable import ReviewSiteImport

/// End-to-end checks over the four real reviews in /work/shared/seeds.
@Suite struct SeedTests {
    struct Expectation: Sendable, CustomStringConvertible {
        let file: String
        let title: String
        let board: String?
        let reviewer: String?
        let published: String?
        var description: String { file }
    }

    static let seeds = [
        Expectation(file: "000_ff5f205133d9b33b.txt", title: "Miles", board: "Walsall Local Safeguarding Children Board",
                    reviewer: "Kevin Ball", published: nil),
        Expectation(file: "001_af0aabdffbaa8c07.txt", title: "Child RS", board: "Sandwell Children's Safeguarding Partnership",
                    reviewer: "Adrienne Plunkett", published: nil),
        Expectation(file: "002_3cfbca758ded205c.txt", title: "Child B1", board: "Leicester Safeguarding Children Board",
                    reviewer: "Safron Rose", published: nil),
        Expectation(file: "003_9787f320ca3705f3.txt", title: "Child J", board: "Milton Keynes Safeguarding Board",
                    reviewer: "Karen Perry", published: "2020-07-03"),
    ]

    @Test(arguments: seeds)
    func convertsFaithfully(_ seed: Expectation) throws {
        let url = Support.seedsFolder().appendingPathComponent(seed.file)
        let text = try Support.importer.readSource(at: url)
        let (review, removed) = try Support.importer.process(text, sourceName: seed.file)

        let all = WordTokenizer.words(text)
        let source = Support.bodyWords(text, removed: removed)
        let output = Support.renderedWords(review.markdown)
        let coverage = Support.coverage(source: source, rendered: output)
        let furnitureShare = Double(all.count - source.count) / Double(all.count)
        let notes = Support.footnoteCounts(review.markdown)
        print(String(format: "%@: coverage %.2f%% of %d body words, furniture %.2f%%, %d passages, %d footnotes (%d referenced)",
                     seed.file, coverage * 100, source.count, furnitureShare * 100, review.passageCount,
                     notes.definitions.count, notes.references.count))

        #expect(coverage >= 0.995)
        #expect(furnitureShare <= 0.02)
        #expect(review.passageCount > 0)
        #expect(notes.references == notes.definitions)
        #expect(review.markdown.hasSuffix("\n") && !review.markdown.hasSuffix("\n\n"))
        #expect(review.markdown.contains("title: \"\(seed.title)\""))
        if let board = seed.board { #expect(review.markdown.contains("board: \"\(board)\"")) }
        if let reviewer = seed.reviewer { #expect(review.markdown.contains("reviewer: \"\(reviewer)\"")) }
        if let published = seed.published {
            #expect(review.markdown.contains("published: \(published)"))
        } else {
            #expect(review.unknownFields.contains("published"))
        }
    }
}
