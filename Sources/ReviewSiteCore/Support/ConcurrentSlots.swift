import Dispatch
import Foundation

/// Runs `body` for every index on all cores and returns the results in index order,
/// so parallel work still produces deterministic output.
public func concurrentMap<Value>(_ count: Int, _ body: (Int) -> Value) -> [Value] {
    let slots = ConcurrentSlots<Value>(count: count)
    withoutActuallyEscaping(body) { body in
        let box = UncheckedBox(body)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = box.value(index)
        }
    }
    return slots.values
}

/// A fixed array that concurrent workers each fill at their own index.
private final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value] { lock.withLock { storage.map { $0! } } }
}

/// Carries a non-Sendable closure into `concurrentPerform`; callers only pass pure functions.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
