import Mustache

/// A view as templates see it: its stored properties, reflected once.
///
/// swift-mustache looks a name up by reflecting the value with `Mirror` and walking every field,
/// on every `{{name}}` and at every level of the context stack; for theme pages with thousands
/// of excerpts that was most of a build. Wrapping the view tree once keeps swift-mustache's rules
/// (only stored properties are visible; a nil optional counts as missing, so the lookup climbs
/// to the enclosing context) at a fraction of the cost.
struct TemplateValue: MustacheParent {
    private var fields: [String: Any] = [:]

    init(reflecting value: Any) {
        for child in Mirror(reflecting: value).children {
            if let label = child.label, let field = Self.wrap(child.value) { fields[label] = field }
        }
    }

    func child(named name: String) -> Any? { fields[name] }

    /// Text, numbers, flags and renderables as they are; arrays element by element; structs wrapped.
    /// The common types are recognised by their type alone: protocol casts cost more than the lookups saved.
    private static func wrap(_ value: Any) -> Any? {
        let type = type(of: value)
        if type == String.self || type == Int.self || type == Bool.self || type == OptionalText.self { return value }
        switch value {
        case let optional as any OptionalValue:
            return optional.wrappedValue.flatMap(wrap)
        case let array as [Any]:
            return array.map { wrap($0) ?? $0 }
        case is MustacheCustomRenderable:
            return value
        default:
            return Mirror(reflecting: value).displayStyle == .struct ? TemplateValue(reflecting: value) : value
        }
    }
}

/// Lets `TemplateValue` see through an optional held in an `Any`.
private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? { self }
}
