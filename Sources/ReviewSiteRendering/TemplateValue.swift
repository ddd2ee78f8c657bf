import Mustache
import Synchronization

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
    private static func wrap(_ value: Any) -> Any? {
        switch Shape.of(value) {
        case .plain: value
        case .optional: (value as! any OptionalValue).wrappedValue.flatMap(wrap)
        case .array: (value as! [Any]).map { wrap($0) ?? $0 }
        case .structure: TemplateValue(reflecting: value)
        }
    }

    /// How a type is wrapped, worked out once per type: the protocol casts and the `Mirror`
    /// that decide it cost more than the lookups they serve when repeated for every value.
    private enum Shape {
        case plain, optional, array, structure

        private static let known = Mutex<[ObjectIdentifier: Shape]>([
            ObjectIdentifier(String.self): .plain, ObjectIdentifier(Int.self): .plain,
            ObjectIdentifier(Bool.self): .plain, ObjectIdentifier(OptionalText.self): .plain,
        ])

        static func of(_ value: Any) -> Shape {
            let type = ObjectIdentifier(Swift.type(of: value))
            if let shape = known.withLock({ $0[type] }) { return shape }
            let shape: Shape = switch value {
            case is any OptionalValue: .optional
            case is [Any]: .array
            case is MustacheCustomRenderable: .plain
            default: Mirror(reflecting: value).displayStyle == .struct ? .structure : .plain
            }
            known.withLock { $0[type] = shape }
            return shape
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
