/// Tells a hard-wrapped PDF export (every line broken near a fixed width) from an
/// unwrapped Word export (one paragraph per line), since they need different stages.
enum LayoutDetector {
    enum Layout: Equatable, Sendable {
        case unwrapped
        case hardWrapped(width: Int)
    }

    static func detect(_ lines: [SourceLine]) -> Layout {
        let lengths = lines.filter { !$0.isBlank }.map { $0.text.count }.sorted()
        guard lengths.count >= 8 else { return .unwrapped }
        let long = lengths.filter { $0 > 140 }.count
        guard long * 20 <= lengths.count else { return .unwrapped }
        let width = lengths[lengths.count * 9 / 10]
        let nearWidth = lengths.filter { $0 * 10 >= width * 8 }.count
        return width >= 30 && nearWidth * 10 >= lengths.count * 3 ? .hardWrapped(width: width) : .unwrapped
    }
}
