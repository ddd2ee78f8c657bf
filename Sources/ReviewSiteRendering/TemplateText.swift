import Mustache

/// Text in a view as templates see it: rendered and transformed exactly as a `String`, but
/// recognised by swift-mustache's first check, where a plain `String` went through four failed
/// casts and `String(describing:)` on every `{{name}}`.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent {
    let renderText: String
    var isNull: Bool { false }

    /// Text has no fields, as `OptionalText`.
    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { renderText.transform(name) }
}
