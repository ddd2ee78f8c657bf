/// Starts libFuzzer. SwiftPM links an executable target's entry point as `<Target>_main`,
/// so each target defines that symbol and hands libFuzzer its per-input function here.
public enum FuzzDriver {
    public typealias Body = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    public typealias Arguments = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    public static func run(_ argc: CInt, _ argv: Arguments, _ body: Body) -> CInt {
        var count = argc
        var arguments: Arguments? = argv
        return LLVMFuzzerRunDriver(&count, &arguments, body)
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<FuzzDriver.Arguments?>, _ body: FuzzDriver.Body
) -> CInt
