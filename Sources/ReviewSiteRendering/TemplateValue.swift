import Mustache

/// A view as templates see it: its stored properties by name, read once through its
/// `Encodable` conformance (`TemplateEncoder`).
///
/// swift-mustache looks a name up by reflecting the value with `Mirror` and walking every field,
/// on every `{{name}}` and at every level of the context stack; for theme pages with thousands
/// of excerpts that was most of a build, and reflecting each view once was still a tenth.
struct TemplateValue: MustacheParent {
    let fields: [String: Any]

    init(fields: [String: Any]) {
        self.fields = fields
    }

    init(_ view: some Encodable, joinedLists: Set<String> = []) {
        self = TemplateEncoder.templateValue(view, joinedLists: joinedLists) as? TemplateValue ?? TemplateValue(fields: [:])
    }

    func child(named name: String) -> Any? { fields[name] }
}
