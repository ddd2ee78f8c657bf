import Dispatch
import ReviewSiteCore
import Testing

@Suite struct BackgroundValueTests {
    @Test("the work starts at once on another thread, and its value can be read more than once")
    func runsBesideTheCaller() {
        let started = DispatchSemaphore(value: 0)
        let proceed = DispatchSemaphore(value: 0)
        let background = BackgroundValue { () -> Bool in
            started.signal()
            return proceed.wait(timeout: .now() + 10) == .success
        }
        // Started before anyone asked for the value, and still running while this thread goes on.
        #expect(started.wait(timeout: .now() + 10) == .success)
        proceed.signal()
        #expect(background.value)
        #expect(background.value)
    }
}
