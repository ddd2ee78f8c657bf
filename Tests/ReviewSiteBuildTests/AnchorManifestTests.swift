import Foundation
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
}
