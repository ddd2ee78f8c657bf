/// Turns a view into what swift-mustache reads: a `TemplateValue` for each struct, `[Any]` for
/// each array, a `TemplateText` for each string, and numbers, flags and `OptionalText` as they are. A nil optional is
/// left out, so its name is looked up in the enclosing context, as swift-mustache does for nil.
///
/// It reads a view through the `Encodable` conformance the compiler writes for it, which names
/// each stored property without the runtime reflection that `Mirror` needs.
final class TemplateEncoder: Encoder {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    private var fields: [String: Any] = [:]
    private var elements: [Any]?
    /// Set when the value was encoded as one value, the only element then.
    private var isSingleValue = false
    /// Set when a custom conformance asked for a nested container, whose encoder is stored
    /// in its place until the end.
    private var hasNestedEncoders = false
    /// Given when making a stencil: each text and `Int` is then replaced by the next mark.
    private let marks: TemplateStencil.Marks?
    /// Lists of rendered pieces that every template places whole (`TemplateSet.listsPlacedWhole`):
    /// each is given as one piece, their HTML joined, so a page of a thousand cards costs one
    /// `{{{html}}}` lookup instead of a thousand.
    private let joinedLists: Set<String>

    private init(marks: TemplateStencil.Marks?, joinedLists: Set<String>) {
        self.marks = marks
        self.joinedLists = joinedLists
    }

    /// `value` as a template reads it, with marks in place of its texts and numbers when
    /// `marks` is given, and the lists named in `joinedLists` joined.
    static func templateValue<T: Encodable>(_ value: T, marks: TemplateStencil.Marks? = nil, joinedLists: Set<String> = []) -> Any {
        // Metatypes compared, not cast: see `ShapeEncoder.add`.
        if T.self == String.self { return Self.text(unsafeBitCast(value, to: String.self), marks) }
        if T.self == Int.self { return Self.number(unsafeBitCast(value, to: Int.self), marks) }
        if T.self == OptionalText.self, let marks, unsafeBitCast(value, to: OptionalText.self).value != nil { return OptionalText(marks.next()) }
        if T.self == Bool.self || T.self == OptionalText.self { return value }
        let encoder = TemplateEncoder(marks: marks, joinedLists: joinedLists)
        try? value.encode(to: encoder)
        return encoder.result
    }

    private static func text(_ value: String, _ marks: TemplateStencil.Marks?) -> Any {
        TemplateText(renderText: marks?.next() ?? value)
    }

    private static func number(_ value: Int, _ marks: TemplateStencil.Marks?) -> Any {
        marks.map { TemplateText(renderText: $0.next()) } ?? value
    }

    private var result: Any {
        if isSingleValue { return elements?.last ?? TemplateValue(fields: [:]) }
        if let elements { return hasNestedEncoders ? elements.map(Self.resolved) : elements }
        return TemplateValue(fields: hasNestedEncoders ? fields.mapValues(Self.resolved) : fields)
    }

    private static func resolved(_ value: Any) -> Any { (value as? TemplateEncoder)?.result ?? value }

    private func nested() -> TemplateEncoder {
        hasNestedEncoders = true
        return TemplateEncoder(marks: marks, joinedLists: joinedLists)
    }

    /// The list under `key` as one piece, when it is a list of pieces every template places
    /// whole; when making a stencil, one mark stands for the piece.
    private func joined(_ value: some Encodable, key: String) -> [Any]? {
        guard joinedLists.contains(key), let pieces = value as? [HTMLView] else { return nil }
        guard !pieces.isEmpty else { return [] }
        return [TemplateValue(fields: ["html": TemplateText(renderText: marks?.next() ?? pieces.map(\.html).joined())])]
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Fields(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if elements == nil { elements = [] }
        return Values(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        isSingleValue = true
        if elements == nil { elements = [] }
        return Values(encoder: self)
    }

    private struct Fields<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: TemplateEncoder
        var codingPath: [any CodingKey] { [] }

        private func store(_ value: Any, _ key: Key) { encoder.fields[key.stringValue] = value }

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: Bool, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: String, forKey key: Key) { store(TemplateEncoder.text(value, encoder.marks), key) }
        mutating func encode(_ value: Double, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: Float, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: Int, forKey key: Key) { store(TemplateEncoder.number(value, encoder.marks), key) }
        mutating func encode(_ value: Int8, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: Int16, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: Int32, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: Int64, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: UInt, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: UInt8, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: UInt16, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: UInt32, forKey key: Key) { store(value, key) }
        mutating func encode(_ value: UInt64, forKey key: Key) { store(value, key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            store(encoder.joined(value, key: key.stringValue) ?? TemplateEncoder.templateValue(value, marks: encoder.marks, joinedLists: encoder.joinedLists), key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = encoder.nested()
            store(nested, key)
            return nested.container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = encoder.nested()
            store(nested, key)
            return nested.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    /// Values in order: the elements of an array, or the one value of a single-value encoding.
    private struct Values: UnkeyedEncodingContainer, SingleValueEncodingContainer {
        let encoder: TemplateEncoder
        var codingPath: [any CodingKey] { [] }
        var count: Int { encoder.elements?.count ?? 0 }

        private func append(_ value: Any) { encoder.elements?.append(value) }

        mutating func encodeNil() {}
        mutating func encode(_ value: Bool) { append(value) }
        mutating func encode(_ value: String) { append(TemplateEncoder.text(value, encoder.marks)) }
        mutating func encode(_ value: Double) { append(value) }
        mutating func encode(_ value: Float) { append(value) }
        mutating func encode(_ value: Int) { append(TemplateEncoder.number(value, encoder.marks)) }
        mutating func encode(_ value: Int8) { append(value) }
        mutating func encode(_ value: Int16) { append(value) }
        mutating func encode(_ value: Int32) { append(value) }
        mutating func encode(_ value: Int64) { append(value) }
        mutating func encode(_ value: UInt) { append(value) }
        mutating func encode(_ value: UInt8) { append(value) }
        mutating func encode(_ value: UInt16) { append(value) }
        mutating func encode(_ value: UInt32) { append(value) }
        mutating func encode(_ value: UInt64) { append(value) }
        mutating func encode<T: Encodable>(_ value: T) { append(TemplateEncoder.templateValue(value, marks: encoder.marks, joinedLists: encoder.joinedLists)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = encoder.nested()
            append(nested)
            return nested.container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = encoder.nested()
            append(nested)
            return nested.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder }
    }
}
