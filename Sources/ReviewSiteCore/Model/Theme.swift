/// A theme from the registry: the unit a trainer teaches from and a theme page gathers.
public struct Theme: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var summary: String
    public var aliases: [String]
    public var related: [String]
    /// Reflective questions for a briefing, written by an author.
    public var questions: [String]
    public var location: FileLocation

    public init(
        slug: String, title: String, summary: String = "", aliases: [String] = [], related: [String] = [],
        questions: [String] = [], location: FileLocation
    ) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.aliases = aliases
        self.related = related
        self.questions = questions
        self.location = location
    }
}
