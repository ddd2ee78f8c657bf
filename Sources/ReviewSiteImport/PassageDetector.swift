/// Finds the review's own learning points, recommendations and good practice and
/// turns each into a tagged passage with suggested themes. It relies on the
/// wording reviews use ("Learning point:", "(Learning Point)", a "Key lessons
/// learned" list, a "Recommendations" section), never on a particular document.
struct PassageDetector: Sendable {
    let suggester: ThemeSuggester

    private struct Context {
        let kind: PassageKind
        let level: Int
        /// Title-line contexts ("Summary of learning") also take numbered paragraphs.
        let takesParagraphs: Bool
    }

    func detect(_ blocks: [Block]) -> [Block] {
        var output: [Block] = []
        var context: Context?
        var lead: PassageKind?
        var keyLearningPoint: Passage?
        func closeKeyLearningPoint() {
            if let passage = keyLearningPoint { output.append(.passage(tagged(passage))) }
            keyLearningPoint = nil
        }
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                closeKeyLearningPoint()
                lead = nil
                output.append(block)
                if Self.isKeyLearningPoint(text) {
                    keyLearningPoint = Passage(kind: .learning, themes: [], body: [])
                } else if let kind = Self.headerKind(text) {
                    context = Context(kind: kind, level: level, takesParagraphs: NumberPrefix.parse(text) == nil)
                } else if let current = context, level <= current.level {
                    context = nil
                }
            case .paragraph(let paragraph):
                if keyLearningPoint != nil {
                    keyLearningPoint?.body.append(block)
                    continue
                }
                if let kind = Self.explicitKind(paragraph.text) {
                    output.append(.passage(tagged(Passage(kind: kind, themes: [], body: [block]))))
                    continue
                }
                if paragraph.role == .labelledItem, context?.kind == .recommendation {
                    output.append(.passage(tagged(Passage(kind: .recommendation, themes: [], body: [block]))))
                    continue
                }
                if case .numbered = paragraph.role, let current = context, current.takesParagraphs {
                    output.append(.passage(tagged(Passage(kind: current.kind, themes: [], body: [block]))))
                    continue
                }
                if context?.takesParagraphs == true { context = nil }
                if case .numbered = paragraph.role { lead = nil }
                lead = TextTools.endsWithLeadIn(paragraph.text) ? Self.headerKind(paragraph.text) ?? lead : nil
                output.append(block)
            case .list(let list):
                if keyLearningPoint != nil {
                    keyLearningPoint?.body.append(block)
                    continue
                }
                appendList(list, kind: context?.kind ?? lead, to: &output)
            case .table, .footnote, .passage:
                output.append(block)
            }
        }
        closeKeyLearningPoint()
        return output
    }

    /// Each item of a tagged list becomes its own passage; untagged runs stay lists. The list's
    /// own kind (from its section) wins over an item's note, so a "(Recommendation)" mark on a key
    /// learning point leaves it a learning point.
    private func appendList(_ list: ListBlock, kind: PassageKind?, to output: inout [Block]) {
        let kinds = list.items.map { item in kind ?? Self.explicitKind(([item.text] + item.paragraphs).joined(separator: " ")) }
        if kind == nil, kinds.dropLast().allSatisfy({ $0 == nil }), let last = kinds.last, let lastKind = last,
           case .paragraph(let lead)? = output.last, TextTools.endsWithLeadIn(lead.text) {
            output[output.count - 1] = .passage(tagged(Passage(kind: lastKind, themes: [], body: [.paragraph(lead), .list(list)])))
            return
        }
        if kind != nil, !list.ordered, case .passage(var previous)? = output.last, previous.body.count == 1,
           case .paragraph(let item) = previous.body[0], item.role == .labelledItem {
            previous.body.append(.list(list))
            output[output.count - 1] = .passage(tagged(previous))
            return
        }
        var run: [ListItem] = []
        for (item, itemKind) in zip(list.items, kinds) {
            guard let itemKind else {
                run.append(item)
                continue
            }
            if !run.isEmpty { output.append(.list(ListBlock(items: run))) }
            run = []
            output.append(.passage(tagged(Passage(kind: itemKind, themes: [], body: [.list(ListBlock(items: [item]))]))))
        }
        if !run.isEmpty { output.append(.list(ListBlock(items: run))) }
    }

    private func tagged(_ passage: Passage) -> Passage {
        var passage = passage
        passage.themes = suggester.suggest(for: PlainText.of(passage.body))
        return passage
    }
}
