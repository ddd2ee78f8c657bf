import Testing
@testable import ReviewSiteImport

/// End-to-end conversion of the two synthetic fixtures.
@Suite struct FixtureTests {
    @Test func unwrappedFixture() throws {
        let review = try Support.convert(Fixtures.unwrapped)
        let markdown = review.markdown
        #expect(review.slug == "child-a")
        #expect(markdown.hasPrefix("---\ntitle: \"Child A\"\nkind: \"Serious Case Review\"\nboard: \"Agency X Local Safeguarding Children Board\"\npublished: 2021-03-04\nreviewer: \"Sam Example\"\ndraft: true\n"))
        #expect(review.unknownFields == ["summary", "child.age", "child.outcome"])
        #expect(!markdown.contains("Section"))
        #expect(markdown.contains("## 1. Introduction\n"))
        #expect(markdown.contains("### 2.1. Information sharing\n"))
        #expect(markdown.contains("1.1. This review concerns Child A, a baby known to Agency X[^1]. Services were involved from birth[^23]."))
        #expect(markdown.contains("[^1]: Agency X is a fictional health provider."))
        #expect(markdown.contains("[^23]: Working Together, fictional edition."))
        #expect(markdown.contains("| Role | Name |\n| --- | --- |\n| Mother | Parent P |"))
        #expect(markdown.contains("| Agency | Contact |\n| --- | --- |\n| Agency X | Weekly |"))
        #expect(markdown.contains("at the foot of the page and carries on here[^4]."))
        #expect(markdown.contains("5 \\* 3 rule \\<was\\>"))
        #expect(markdown.contains("> [!LEARNING] ?neglect, ?was-not-brought\n> Learning point: When missed appointments mount up"))
        #expect(markdown.contains("> [!LEARNING] ?information-sharing\n> 3.22. Agencies delayed information sharing. **(Learning Point)**"))
        #expect(markdown.contains("- supervision of staff\n  - reflective supervision sessions\n- escalation"))
        #expect(markdown.contains("> [!RECOMMENDATION] ?strategy-discussions\n> a) That the Board audits strategy discussions."))
        #expect(markdown.contains("> [!RECOMMENDATION] ?was-not-brought\n> 1. Agency X to review its was not brought policy."))
        #expect(markdown.contains("> [!RECOMMENDATION] ?safe-sleep\n> 2. Agency Y"))
        #expect(review.passageCount == 6)
        #expect(markdown.hasSuffix(".\n"))
    }

    @Test func wrappedFixture() throws {
        let review = try Support.convert(Fixtures.wrapped)
        let markdown = review.markdown
        #expect(markdown.contains("title: \"Child A\""))
        #expect(!markdown.contains("FINAL VERSION"))
        #expect(!markdown.contains("\n2\n") && !markdown.contains("\n3\n"))
        #expect(markdown.contains("## 1. Introduction\n\n1.1 This Serious Case Review concerns Child A, who was seen by Agency X over a long period. The review"))
        #expect(markdown.contains("dehydration[^1] and was admitted"))
        #expect(markdown.contains("[^1]: Loss of water from the body."))
        #expect(markdown.contains("- How the first period of planning informed later assessment of the child's needs by all of the agencies.\n- Whether escalation was used.\n- How domestic abuse was understood by staff."))
        #expect(markdown.contains("## 2. Findings"))
        #expect(markdown.contains("> [!LEARNING] ?assessment\n> Assessments should include all members of the household and should be updated"))
        #expect(markdown.contains("> [!LEARNING] ?supervision, ?voice-of-the-child\n> Supervision should help"))
        #expect(markdown.contains("> [!RECOMMENDATION] ?escalation\n> i. That the Board reviews its escalation policy"))
        #expect(markdown.contains("> ii. That the Board audits strategy discussions. The audit should cover:\n>\n> - i) who attended\n> - ii) what was decided"))
        #expect(review.passageCount == 4)
    }

    @Test func outputIsDeterministic() throws {
        #expect(try Support.convert(Fixtures.unwrapped).markdown == Support.convert(Fixtures.unwrapped).markdown)
    }
}
