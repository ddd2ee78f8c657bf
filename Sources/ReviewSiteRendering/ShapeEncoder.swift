/// Reads a view's shape and its texts and numbers, in the order `TemplateEncoder` meets them,
/// without building what a template reads: a view rendered from its stencil needs only these.
///
/// The shape names each field present, with each flag's value, whether each optional text is
/// there, and each list's elements: what decides which parts of a template render. A list that
/// templates place whole is one value, marked only as empty or not.
final class ShapeEncoder: Encoder {
    let codingPath: [any CodingKey] = []
    let userInfo: [CodingUserInfoKey: Any] = [:]
    // The state below is marked `@exclusivity(unchecked)`: the encoder lives only inside `read`,
    // on one thread, and no access to it overlaps another, so the runtime need not check each.
    // Those checks were 0.8% of a build's instructions, one on every mark and value of every view.
    /// ASCII, built as bytes: appending to a `String` grew it, and made a `String` per field name.
    @exclusivity(unchecked) private var shape: [UInt8] = []
    @exclusivity(unchecked) private var values: [String] = []
    /// Set by a value this encoder does not read the way `TemplateEncoder` makes it: a number
    /// other than an `Int`, or a nested container of a conformance written by hand.
    @exclusivity(unchecked) private var isUnreadable = false
    /// Lists read as one value, their pieces' HTML joined, as `TemplateEncoder` gives them.
    private let joinedLists: Set<String>

    private init(joinedLists: Set<String>) {
        self.joinedLists = joinedLists
        shape.reserveCapacity(256)
        values.reserveCapacity(32)
    }

    /// The shape and values of `view`; nil for a view with a value this encoder does not read.
    static func read(_ view: some Encodable, joinedLists: Set<String> = []) -> (shape: String, values: [String])? {
        let encoder = ShapeEncoder(joinedLists: joinedLists)
        encoder.add(view)
        return encoder.isUnreadable ? nil : (String(decoding: encoder.shape, as: UTF8.self), encoder.values)
    }

    fileprivate func text(_ value: String) {
        mark("t")
        values.append(value)
    }

    fileprivate func number(_ value: Int) {
        mark("i")
        values.append(String(value))
    }

    /// A list read as one value: marked empty, or with its pieces' HTML joined.
    fileprivate func joined(_ pieces: [HTMLView]) {
        guard !pieces.isEmpty else { return mark("e") }
        mark("j")
        values.append(pieces.map(\.html).joined())
    }

    fileprivate func flag(_ value: Bool) {
        mark(value ? "1" : "0")
    }

    fileprivate func mark(_ character: Unicode.Scalar) {
        shape.append(UInt8(ascii: character))
    }

    fileprivate func unreadable() {
        isUnreadable = true
    }

    /// A value as `TemplateEncoder.templateValue` takes it apart.
    ///
    /// Types are told apart by comparing metatypes: a dynamic cast (`as?`) of every field of
    /// every view asked the runtime for protocol conformances, 0.6% of a build's instructions.
    fileprivate func add<T: Encodable>(_ value: T) {
        if T.self == String.self { return text(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return number(unsafeBitCast(value, to: Int.self)) }
        if T.self == Bool.self { return flag(unsafeBitCast(value, to: Bool.self)) }
        if T.self == OptionalText.self {
            guard let text = unsafeBitCast(value, to: OptionalText.self).value else { return mark("n") }
            mark("o")
            return values.append(text)
        }
        // Braces close what the value's conformance opened, a list among them.
        mark("{")
        try? value.encode(to: self)
        mark("}")
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Fields(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        mark("[")
        return Values(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        Values(encoder: self)
    }

    private struct Fields<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: ShapeEncoder
        var codingPath: [any CodingKey] { [] }

        private func name(_ key: Key) {
            encoder.shape.append(contentsOf: key.stringValue.utf8)
            encoder.mark(":")
        }

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: Bool, forKey key: Key) { name(key); encoder.flag(value) }
        mutating func encode(_ value: String, forKey key: Key) { name(key); encoder.text(value) }
        mutating func encode(_ value: Double, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: Float, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: Int, forKey key: Key) { name(key); encoder.number(value) }
        mutating func encode(_ value: Int8, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: Int16, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: Int32, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: Int64, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: UInt, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: UInt8, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: UInt16, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: UInt32, forKey key: Key) { encoder.unreadable() }
        mutating func encode(_ value: UInt64, forKey key: Key) { encoder.unreadable() }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
            name(key)
            if T.self == [HTMLView].self, encoder.joinedLists.contains(key.stringValue) {
                encoder.joined(unsafeBitCast(value, to: [HTMLView].self))
            } else {
                encoder.add(value)
            }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            encoder.unreadable()
            return encoder.container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            encoder.unreadable()
            return encoder.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder }
        mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
    }

    /// Each element is marked with a comma, so lists of different lengths differ in shape.
    private struct Values: UnkeyedEncodingContainer, SingleValueEncodingContainer {
        let encoder: ShapeEncoder
        var codingPath: [any CodingKey] { [] }
        private(set) var count = 0

        private mutating func element() {
            count += 1
            encoder.mark(",")
        }

        mutating func encodeNil() {}
        mutating func encode(_ value: Bool) { element(); encoder.flag(value) }
        mutating func encode(_ value: String) { element(); encoder.text(value) }
        mutating func encode(_ value: Double) { encoder.unreadable() }
        mutating func encode(_ value: Float) { encoder.unreadable() }
        mutating func encode(_ value: Int) { element(); encoder.number(value) }
        mutating func encode(_ value: Int8) { encoder.unreadable() }
        mutating func encode(_ value: Int16) { encoder.unreadable() }
        mutating func encode(_ value: Int32) { encoder.unreadable() }
        mutating func encode(_ value: Int64) { encoder.unreadable() }
        mutating func encode(_ value: UInt) { encoder.unreadable() }
        mutating func encode(_ value: UInt8) { encoder.unreadable() }
        mutating func encode(_ value: UInt16) { encoder.unreadable() }
        mutating func encode(_ value: UInt32) { encoder.unreadable() }
        mutating func encode(_ value: UInt64) { encoder.unreadable() }
        mutating func encode<T: Encodable>(_ value: T) { element(); encoder.add(value) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            encoder.unreadable()
            return encoder.container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            encoder.unreadable()
            return encoder.unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { encoder }
    }
}
