import Foundation
import ReviewSiteBuild
import Testing

@Suite("Site/anchors.json")
struct AnchorManifestTests {
    @Test("build lists every published review's anchors, sorted, the same bytes every time")
    func manifestWritten() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("anchors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var manifests: [String] = []
        for _ in 0..<2 {
            let result = try CLI.run(
                ["build", "--quiet", "--content", "valid-site", "--templates", CheckCommandTests.templates.path, "--output", output.path],
                in: Fixtures.site("")
            )
            #expect(result.status == 0)
            manifests.append(try String(contentsOf: output.appendingPathComponent("anchors.json"), encoding: .utf8))
        }
        #expect(manifests[0] == manifests[1])
        #expect(manifests[0] == """
            {
              "reviews" : {
                "child-a" : [
                  "1-introduction",
                  "2-findings",
                  "good-practice-1",
                  "learning-2.1",
                  "para-1.1",
                  "para-1.2",
                  "para-2.1",
                  "rec-challenge"
                ],
                "child-b" : [
                  "background",
                  "household",
                  "learning-1"
                ]
              }
            }

            """)
    }

    @Test("laid out byte for byte as JSONEncoder's pretty printing, empty lists and an empty site included", arguments: [
        #"{"reviews":{"child-a":["1-introduction","para-1.1"],"child-b":[],"child-c":["learning-2.1"]}}"#,
        #"{"reviews":{}}"#,
        #"{"reviews":{"only":[]}}"#,
    ])
    func layoutMatchesJSONEncoder(source: String) throws {
        let manifest = try JSONDecoder().decode(AnchorManifest.self, from: Data(source.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(manifest.json == String(decoding: try encoder.encode(manifest), as: UTF8.self) + "\n")
        #expect(try JSONDecoder().decode(AnchorManifest.self, from: Data(manifest.json.utf8)) == manifest)
    }
}
