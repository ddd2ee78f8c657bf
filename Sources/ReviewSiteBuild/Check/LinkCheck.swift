import Foundation
import Markdown
import ReviewSiteCore
import ReviewSiteRendering

/// Finds relative links and images in reviews and pages that lead nowhere on the built site:
/// missing pages, missing `#anchors`, links to Markdown files, links to drafts from published pages.
struct LinkCheck {
    let graph: SiteGraph
    let isPublished: (Review) -> Bool
    /// Every path the site will have.
    let sitePaths: Set<String>
    /// The ids on each review and plain page, by path.
    let anchorsByPath: [String: Set<String>]
    let unpublishedReviewPaths: Set<String>

    init(graph: SiteGraph, assets: [String], isPublished: @escaping (Review) -> Bool) {
        self.graph = graph
        self.isPublished = isPublished
        self.sitePaths = Set(graph.pageIDs.flatMap(graph.paths(of:)) + assets)
        var anchors: [String: Set<String>] = [:]
        for review in graph.reviews { anchors[SitePaths.review(review.slug)] = Self.anchors(of: review.body) }
        for page in graph.pages { anchors[SitePaths.page(page.slug)] = Self.anchors(of: page.body) }
        self.anchorsByPath = anchors
        self.unpublishedReviewPaths = Set(graph.reviews.filter { !isPublished($0) }.map { SitePaths.review($0.slug) })
    }

    private static func anchors(of body: MarkdownBody) -> Set<String> {
        Set(body.anchors.values).union(body.footnoteAnchors).union(MarkdownBody.layoutAnchors)
    }

    func diagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for review in graph.reviews {
            check(review.body, from: SitePaths.review(review.slug), file: review.file, published: isPublished(review), into: &diagnostics)
        }
        for page in graph.pages {
            check(page.body, from: SitePaths.page(page.slug), file: page.file, published: true, into: &diagnostics)
        }
        return diagnostics
    }

    private func check(_ body: MarkdownBody, from source: String, file: String, published: Bool, into diagnostics: inout [Diagnostic]) {
        let document = body.document
        for index in document.nodes.indices where document[index].kind == .link || document[index].kind == .image {
            let destination = document.literal(index)
            guard let problem = problem(with: destination, from: source, published: published) else { continue }
            let start = document[index].start
            let what = document[index].kind == .image ? "image" : "link"
            diagnostics.append(Diagnostic(.error, file: file, line: start.line + body.lineOffset, column: start.column, "\(what) '\(destination)' \(problem)"))
        }
    }

    /// Why `destination` is broken when followed from the page at `source`, or nil when it works.
    func problem(with destination: String, from source: String, published: Bool) -> String? {
        let link = RelativeLink(destination)
        guard !link.isExternal else { return nil }
        if link.path.isEmpty {
            return link.fragment.flatMap { missingAnchor($0, in: source, from: source) }
        }
        if link.path.hasPrefix("/") {
            let target = RelativeLink.resolve(String(link.path.dropFirst()), from: SitePaths.home)
            let hint = target.map { " Write it relative to this page: '\(RelativeLink.url(from: source, to: $0))'" } ?? ""
            return "starts at the server's root, which breaks when the site is opened from a folder or published under a path.\(hint)"
        }
        if link.path.hasSuffix(".md") {
            let slug = String(link.path.split(separator: "/").last!.dropLast(3))
            let target = graph.reviews.contains { $0.slug == slug } ? SitePaths.review(slug) : graph.pages.contains { $0.slug == slug } ? SitePaths.page(slug) : nil
            let hint = target.map { "; link to the page instead: '\(RelativeLink.url(from: source, to: $0))'" } ?? ", and there is no review or page '\(slug)'"
            return "points at a Markdown file, which is not part of the site\(hint)"
        }
        guard let target = RelativeLink.resolve(link.path, from: source) else {
            return "leads outside the site; check the number of '../'"
        }
        guard sitePaths.contains(target) else {
            if sitePaths.contains(target + "/index.html") {
                return "needs a trailing slash to work when the site is opened from a folder: '\(link.path)/'"
            }
            let nearest = Suggestion.nearest(to: target, in: sitePaths.filter { $0 != source && $0.hasSuffix(".html") })
            let hint = nearest.map { " Did you mean '\(RelativeLink.url(from: source, to: $0))'?" } ?? ""
            return "leads to no page of the site (\(target)).\(hint)"
        }
        if published, unpublishedReviewPaths.contains(target) {
            return "leads to a review that is a draft or dated in the future, so the link breaks on the published site; publish that review first or remove the link"
        }
        return link.fragment.flatMap { missingAnchor($0, in: target, from: source) }
    }

    private func missingAnchor(_ fragment: String, in target: String, from source: String) -> String? {
        guard let anchors = anchorsByPath[target], !anchors.contains(fragment) else { return nil }
        let page = target == source ? "this page" : RelativeLink.url(from: source, to: target)
        let hint = Suggestion.nearest(to: fragment, in: anchors.sorted()).map { " Did you mean '#\($0)'?" } ?? ""
        return "names an anchor '#\(fragment)' that \(page) does not have.\(hint)"
    }
}
