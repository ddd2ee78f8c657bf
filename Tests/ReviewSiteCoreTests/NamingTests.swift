import ReviewSiteCore
import Testing

@Suite("Slugs, paragraph numbers and suggestions")
struct NamingTests {
    @Test(arguments: [
        ("Child J", "child-j"), ("5. Findings & analysis", "5-findings-analysis"), ("Émile’s Review", "emiles-review"),
        ("  --Spaces  and -- dashes-- ", "spaces-and-dashes"), ("4. THEMATIC ANALYSIS", "4-thematic-analysis"),
        ("Child's GP [and] A&E", "childs-gp-and-a-e"), ("Ærø – Straße 12", "r-strasse-12"), ("日本 Review 2", "review-2"),
    ])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
        #expect(Slug.isValid(slug))
    }

    @Test func invalidSlugs() {
        #expect(!Slug.isValid("Child-J"))
        #expect(!Slug.isValid("-a"))
        #expect(!Slug.isValid(""))
        #expect(!Slug.isValid("a b"))
    }

    @Test(arguments: [
        ("5.4.7. When children", "5.4.7"), ("5.4.7 When", "5.4.7"), ("1.1 This Serious", "1.1"), ("23.1 I fully", "23.1"),
        ("1.1.", "1.1"),
    ])
    func paragraphNumbers(text: String, number: String) {
        #expect(ParagraphNumber.leading(Array(text.utf8)) == number)
    }

    @Test(arguments: ["1. Introduction", "2020 was", "5.4.7x", "1234.5 text", "In 5.4 we", "3.22.abc"])
    func notParagraphNumbers(text: String) {
        #expect(ParagraphNumber.leading(Array(text.utf8)) == nil)
    }

    @Test func suggestsNearestName() {
        let names = ["neglect", "domestic-abuse", "escalation", "invisible-men"]
        #expect(Suggestion.nearest(to: "neglet", in: names) == "neglect")
        #expect(Suggestion.nearest(to: "domestic", in: names) == "domestic-abuse")
        #expect(Suggestion.nearest(to: "zzzzzzzzzz", in: names) == nil)
    }

    @Test func validatesDates() {
        #expect(ReviewDate(iso: "2020-07-03")?.longForm == "3 July 2020")
        #expect(ReviewDate(iso: "2020-02-29") != nil)
        #expect(ReviewDate(iso: "2019-02-29") == nil)
        #expect(ReviewDate(iso: "31/02/2020") == nil)
        #expect(ReviewDate(iso: "2020-13-01") == nil)
    }
}
