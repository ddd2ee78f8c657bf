import Mustache
import Synchronization

/// The stencils of a template set, by template and shape, shared by the threads rendering.
///
/// A stencil is kept only when filling it gives exactly what swift-mustache renders for the
/// view it was made from; a shape whose stencil does not is rendered in full from then on.
final class TemplateStencils: Sendable {
    /// Nil for a shape rendered in full.
    private let stencils = Mutex<[String: TemplateStencil?]>([:])
    /// The lists every template places whole (`TemplateSet.listsPlacedWhole`): each is one value
    /// of a view, so a listing's pages share a shape whatever the length of their lists.
    private let joinedLists: Set<String>

    init(joinedLists: Set<String>) {
        self.joinedLists = joinedLists
    }

    /// `view` through `name`, filled in from the stencil of its shape, made the first time.
    func render(_ view: some Encodable, _ name: String, library: MustacheLibrary) -> String {
        guard let (shape, values) = ShapeEncoder.read(view, joinedLists: joinedLists) else { return rendered(view, name, library: library) }
        let key = name + "\u{0}" + shape
        switch stencils.withLock({ $0[key] }) {
        case .some(.some(let stencil)):
            return stencil.filled(with: values)
        case .some(.none):
            return rendered(view, name, library: library)
        case .none:
            let full = rendered(view, name, library: library)
            let marks = TemplateStencil.Marks()
            let stencil = library.render(TemplateEncoder.templateValue(view, marks: marks, joinedLists: joinedLists), withTemplate: name)
                .flatMap { marks.count == values.count ? TemplateStencil(rendered: $0, valueCount: values.count) : nil }
                .flatMap { $0.filled(with: values) == full ? $0 : nil }
            stencils.withLock { $0[key] = .some(stencil) }
            return full
        }
    }

    private func rendered(_ view: some Encodable, _ name: String, library: MustacheLibrary) -> String {
        library.render(TemplateValue(view, joinedLists: joinedLists), withTemplate: name) ?? ""
    }
}
