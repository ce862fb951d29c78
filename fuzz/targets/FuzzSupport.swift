// Shared by every fuzz target (compiled into each binary by scripts/fuzz).

/// The fuzzer's bytes as text (invalid UTF-8 becomes U+FFFD, as a decoder would make it).
func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// Stops the run with a message when an invariant does not hold: libFuzzer keeps the input as a crasher.
func invariant(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant failed: " + message()) }
}
