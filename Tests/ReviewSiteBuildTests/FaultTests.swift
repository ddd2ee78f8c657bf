import Foundation
import Testing

/// Faults while the site is written: the previous `Site/` always survives whole, the error
/// says what happened, and no temporary folder outlives the next build.
@Suite("Faults while writing the site")
struct FaultTests {
    static let notRoot = "needs root to mount a tmpfs"

    func build(_ fixture: String, into site: URL) throws -> CLI.Result {
        try CLI.run(["build", "--content", Fixtures.site(fixture).path, "--templates", Fixtures.templates.path, "--output", site.path, "--quiet"])
    }

    /// Entries beside the site other than the site itself and `keep`.
    func strays(beside site: URL, keep: Set<String> = []) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.deletingLastPathComponent().path)
            .filter { $0 != site.lastPathComponent && !keep.contains($0) }.sorted()
    }

    @Test(.enabled(if: TmpfsMount.isAvailable, Comment(rawValue: notRoot)))
    func readOnlyOutputKeepsThePreviousSite() throws {
        let mount = try TmpfsMount(kilobytes: 8192)
        defer { mount.unmount() }
        let site = mount.point.appendingPathComponent("Site")
        #expect(try build("valid-site", into: site).status == 0)
        let before = try Fixtures.files(in: site)
        try mount.remountReadOnly()
        let result = try build("valid-site", into: site)
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "\(site.path):1:1: error: could not write the site (Read-only file system); the previous site is unchanged. Check free space and permissions",
            "Build failed with 1 error; \(site.path)/ was not changed.",
        ])
        #expect(try Fixtures.files(in: site) == before)
        #expect(try strays(beside: site) == [])
    }

    @Test(.enabled(if: TmpfsMount.isAvailable, Comment(rawValue: notRoot)))
    func fullDiskKeepsThePreviousSiteAndLeavesNoTemporaryFolder() throws {
        let mount = try TmpfsMount(kilobytes: 2048)
        defer { mount.unmount() }
        let site = mount.point.appendingPathComponent("Site")
        #expect(try build("valid-site", into: site).status == 0)
        let before = try Fixtures.files(in: site)
        let filler = mount.point.appendingPathComponent("filler")
        let free = try #require(try FileManager.default.attributesOfFileSystem(forPath: mount.point.path)[.systemFreeSize] as? Int)
        try Data(count: max(0, free - 16 * 1024)).write(to: filler)
        let result = try build("valid-site", into: site)
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            "\(site.path):1:1: error: could not write the site (No space left on device); the previous site is unchanged. Check free space and permissions",
            "Build failed with 1 error; \(site.path)/ was not changed.",
        ])
        #expect(try Fixtures.files(in: site) == before)
        #expect(try strays(beside: site, keep: ["filler"]) == [])
        try FileManager.default.removeItem(at: filler)
        #expect(try build("valid-site", into: site).status == 0)
        #expect(try Fixtures.files(in: site) == before)
    }

    @Test func missingOutputParentIsCreated() throws {
        let site = try Fixtures.scratch().appendingPathComponent("deleted/parent/Site")
        #expect(try build("valid-site", into: site).status == 0)
        #expect(try Fixtures.files(in: site)["index.html"] != nil)
    }

    /// A site large enough that writing it takes a moment: `count` reviews of twenty paragraphs.
    func largeContent(reviews count: Int) throws -> ScratchContent {
        let scratch = try ScratchContent()
        let paragraph = String(repeating: "Agency X shared the concern about Child A with the health visitor. ", count: 20)
        for index in 1...count {
            let body = (1...20).map { "\(index).\($0). \(paragraph)" }.joined(separator: "\n\n")
            try scratch.write("reviews/child-\(index).md", ScratchContent.review(body + "\n\n> [!LEARNING] neglect\n> Learning \(index).\n", title: "Child \(index)"))
        }
        return scratch
    }

    /// Starts `reviewsite build` and runs `action` once its temporary folder appears beside the site.
    func buildUntilStagingAppears(_ scratch: ScratchContent, action: (Process, URL) -> Void) throws -> (Process, sawStaging: Bool) {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["build", "--content", "Content", "--templates", Fixtures.templates.path, "--output", "Site", "--quiet"]
        process.currentDirectoryURL = scratch.folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        var saw = false
        while process.isRunning && !saw {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: scratch.folder.path)) ?? []
            if let staging = entries.first(where: { $0.hasPrefix(".reviewsite-tmp-Site-") }) {
                saw = true
                action(process, scratch.folder.appendingPathComponent(staging))
            }
        }
        process.waitUntilExit()
        return (process, saw)
    }

    @Test func killedBuildLeavesThePreviousSiteAndTheNextBuildCleansUp() throws {
        let scratch = try largeContent(reviews: 150)
        #expect(try scratch.build().status == 0)
        let before = try Fixtures.files(in: scratch.site)
        try scratch.write("reviews/child-new.md", ScratchContent.review("NEWREVIEWTEXT\n", title: "Child New"))
        let (process, saw) = try buildUntilStagingAppears(scratch) { process, _ in kill(process.processIdentifier, SIGKILL) }
        try #require(saw, "the build finished before its temporary folder was seen")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try Fixtures.files(in: scratch.site) == before)
        #expect(try strays(beside: scratch.site, keep: ["Content"]).count == 1)
        let next = try scratch.build()
        #expect(next.status == 0)
        #expect(try strays(beside: scratch.site, keep: ["Content"]) == [])
        #expect(try Fixtures.text(scratch.site, "reviews/child-new/index.html").contains("NEWREVIEWTEXT"))
    }

    @Test func temporaryFolderDeletedDuringTheBuild() throws {
        let scratch = try largeContent(reviews: 150)
        #expect(try scratch.build().status == 0)
        let before = try Fixtures.files(in: scratch.site)
        try scratch.write("reviews/child-new.md", ScratchContent.review("NEWREVIEWTEXT\n", title: "Child New"))
        let (process, saw) = try buildUntilStagingAppears(scratch) { _, staging in try? FileManager.default.removeItem(at: staging) }
        try #require(saw, "the build finished before its temporary folder was seen")
        #expect(process.terminationReason == .exit)
        if process.terminationStatus == 0 {
            #expect(try Fixtures.text(scratch.site, "reviews/child-new/index.html").contains("NEWREVIEWTEXT"))
        } else {
            #expect(process.terminationStatus == 1)
            #expect(try Fixtures.files(in: scratch.site) == before)
        }
        let next = try scratch.build()
        #expect(next.status == 0)
        #expect(try strays(beside: scratch.site, keep: ["Content"]) == [])
        #expect(try Fixtures.text(scratch.site, "reviews/child-new/index.html").contains("NEWREVIEWTEXT"))
    }
}
