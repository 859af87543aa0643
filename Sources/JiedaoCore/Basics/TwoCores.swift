import Dispatch

/// Two pieces of work side by side, one per core (the machines this runs on have two).
///
/// Each closure reads what it captured and returns its own result; neither may touch the
/// other's state. Loading, saving and rebuilding the derived figures use it.
///
/// ```swift
/// let (crc, decoded) = TwoCores.run({ CRC32C.checksum(bytes) }, { decode(bytes) })
/// ```
public enum TwoCores {
    /// Runs `first` and `second` at the same time and returns both results once both are done.
    public static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        // Each result is written by one part only and read after concurrentPerform has joined both.
        nonisolated(unsafe) var a: A?
        nonisolated(unsafe) var b: B?
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                nonisolated(unsafe) let first = first
                nonisolated(unsafe) let second = second
                DispatchQueue.concurrentPerform(iterations: 2) { part in
                    if part == 0 { a = first() } else { b = second() }
                }
            }
        }
        guard let a, let b else { preconditionFailure("concurrentPerform returned before both parts ran") }
        return (a, b)
    }
}
