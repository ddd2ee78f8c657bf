/// The pages of the files a save edited, rendered ahead of the rest of a `serve` rebuild, and
/// the review bodies they were made from, which `SiteRenderer.renderBodies` then takes as they
/// are instead of rendering them again.
public struct FirstPages: Sendable {
    /// The files of each page.
    public let files: [PageID: [OutputFile]]
    let reviewBodies: [String: ReviewPageBody]
}
