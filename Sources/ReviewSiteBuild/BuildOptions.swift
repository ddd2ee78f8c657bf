import Foundation
import ReviewSiteCore

/// Where a build reads from and writes to, and what it publishes.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    public var templatesDirectory: URL
    public var outputDirectory: URL
    /// Names of the folders as the author typed them, for diagnostics.
    public var contentDisplayName: String
    public var templatesDisplayName: String
    /// Overrides `base_url` from `site.yml`.
    public var baseURL: String?
    public var includeDrafts: Bool
    /// Reviews dated after this are held back. Defaults to today (UTC), or `SOURCE_DATE_EPOCH`.
    public var today: ReviewDate

    public init(
        content: String = "Content", templates: String = "Templates", output: String = "Site",
        baseURL: String? = nil, includeDrafts: Bool = false, today: ReviewDate = BuildOptions.currentDate()
    ) {
        self.contentDirectory = URL(fileURLWithPath: content)
        self.templatesDirectory = URL(fileURLWithPath: templates)
        self.outputDirectory = URL(fileURLWithPath: output)
        self.contentDisplayName = Self.display(content)
        self.templatesDisplayName = Self.display(templates)
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.today = today
    }

    private static func display(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    public static func currentDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> ReviewDate {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? Date().timeIntervalSince1970
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        return ReviewDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
