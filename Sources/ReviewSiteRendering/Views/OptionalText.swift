import Mustache

/// Text that may be absent. A plain `String?` that is nil makes Mustache look the name up in
/// the enclosing contexts, so a review without a summary would show its parent's summary;
/// this renders as empty and reads as false in a section instead.
public struct OptionalText: Sendable, Encodable, MustacheCustomRenderable, MustacheParent, ExpressibleByStringLiteral, ExpressibleByNilLiteral {
    public let value: String?

    public init(_ value: String?) {
        self.value = value
    }

    public init(nilLiteral: ()) {
        self.value = nil
    }

    public init(stringLiteral value: String) {
        self.value = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public var renderText: String { value ?? "" }
    public var isNull: Bool { value == nil }

    /// Text has no fields: inside `{{#name}}`, every other name is looked up in the enclosing
    /// contexts at once, where swift-mustache would first reflect the text with `Mirror`.
    public func child(named: String) -> Any? { nil }
}
