import Synchronization

/// The search index of a set of rendered bodies, made when first asked for, so that `serve`
/// publishes an edited review's page before it indexes anything. In `serve` it is the previous
/// rebuild's index with the edited reviews' documents replaced, when every review kept its
/// place and its number of documents; otherwise it is built from every review's entries.
final class SearchIndexSlot: Sendable {
    /// The documents of one review, from id `first`: the entries they had and the ones they have.
    struct Patch: Sendable {
        var first: Int
        var old: [SearchEntry]
        var new: [SearchEntry]
    }

    private enum State: Sendable {
        case ready(SearchIndex)
        case fromEntries([SearchEntry])
        case patch(SearchIndex, [Patch])
    }

    private let state: Mutex<State>

    init(_ index: SearchIndex) {
        state = Mutex(.ready(index))
    }

    init(entries: [SearchEntry]) {
        state = Mutex(.fromEntries(entries))
    }

    /// A slot patching `previous`'s index; nil when `previous` has not made its index, as
    /// building the new one from entries then costs no more.
    init?(patching previous: SearchIndexSlot, with patches: [Patch]) {
        guard let base = previous.state.withLock({ state -> SearchIndex? in if case .ready(let index) = state { index } else { nil } }) else { return nil }
        state = Mutex(.patch(base, patches))
    }

    var index: SearchIndex {
        state.withLock { state in
            switch state {
            case .ready(let index):
                return index
            case .fromEntries(let entries):
                let index = SearchIndex(entries)
                state = .ready(index)
                return index
            case .patch(var index, let patches):
                for patch in patches { index.replace(patch.old, with: patch.new, from: patch.first) }
                state = .ready(index)
                return index
            }
        }
    }
}
