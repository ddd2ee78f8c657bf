import Markdown

/// A tagged blockquote: a learning point, recommendation or example of good practice.
public struct Passage: Sendable {
    public var kind: PassageKind
    public var themes: [ThemeMention]
    /// Stable id within its review: `{#anchor}`, else from its paragraph number, else kind and ordinal.
    public var anchor: String
    /// The numbered paragraph it starts with, e.g. `5.4.7`.
    public var paragraphNumber: String?
    /// The blockquote node in the review's document.
    public var node: Int
    /// Inline children of the blockquote's first paragraph that belong to the marker line.
    public var markerInlineCount: Int
    /// True when the marker line was the whole first paragraph.
    public var markerIsWholeParagraph: Bool
    /// The body as plain text, for listings, downloads and search.
    public var text: String
    public var location: FileLocation

    public init(
        kind: PassageKind, themes: [ThemeMention], anchor: String, paragraphNumber: String?, node: Int,
        markerInlineCount: Int, markerIsWholeParagraph: Bool, text: String, location: FileLocation
    ) {
        self.kind = kind
        self.themes = themes
        self.anchor = anchor
        self.paragraphNumber = paragraphNumber
        self.node = node
        self.markerInlineCount = markerInlineCount
        self.markerIsWholeParagraph = markerIsWholeParagraph
        self.text = text
        self.location = location
    }

    public var themeSlugs: [String] { themes.map(\.slug) }
}
