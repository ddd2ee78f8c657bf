import Mustache
import Synchronization

/// The stencils of a template set, by template and shape, shared by the threads rendering.
///
/// A stencil is kept only when filling it gives exactly what swift-mustache renders for the
/// view it was made from; a shape whose stencil does not is rendered in full from then on.
final class TemplateStencils: Sendable {
    /// Nil for a shape rendered in full.
    private let stencils = Mutex<[String: TemplateStencil?]>([:])

    /// `view` through `name`, filled in from the stencil of its shape, made the first time.
    func render(_ view: some Encodable, _ name: String, library: MustacheLibrary) -> String {
        guard let (shape, values) = ShapeEncoder.read(view) else { return library.render(TemplateValue(view), withTemplate: name) ?? "" }
        let key = name + "\u{0}" + shape
        switch stencils.withLock({ $0[key] }) {
        case .some(.some(let stencil)):
            return stencil.filled(with: values)
        case .some(.none):
            return library.render(TemplateValue(view), withTemplate: name) ?? ""
        case .none:
            let full = library.render(TemplateValue(view), withTemplate: name) ?? ""
            let marks = TemplateStencil.Marks()
            let stencil = library.render(TemplateEncoder.templateValue(view, marks: marks), withTemplate: name)
                .flatMap { marks.count == values.count ? TemplateStencil(rendered: $0, valueCount: values.count) : nil }
                .flatMap { $0.filled(with: values) == full ? $0 : nil }
            stencils.withLock { $0[key] = .some(stencil) }
            return full
        }
    }
}
