import Dispatch

/// A value worked out on another thread and waited for where it is needed: work a build can do
/// beside rendering, on a core that would otherwise wait, instead of alone at the end.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    /// Written once by the worker before it signals `done`; read only after waiting for it.
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    public init(_ body: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = body()
            self.done.signal()
        }
    }

    /// The value, once the worker has it.
    public var value: Value {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
