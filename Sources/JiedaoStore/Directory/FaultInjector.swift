#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Makes the file layer fail on purpose, as SQLite's tests do: `JIEDAO_FAULT=write:3:ENOSPC`
/// fails this process's third write with ENOSPC (several rules: separated by commas).
///
/// Operations: `open`, `write` (half the bytes are written first, as a full disk does),
/// `fsync` (fsync and fdatasync), `rename` (and link) and `ftruncate`; errors: `EIO`, `ENOSPC`.
/// Each injected fault is announced on standard error, so a test knows it fired.
enum FaultInjector {
    struct Rule: Sendable {
        var operation: String
        var count: Int
        var code: Int32
    }

    static let rules: [Rule] = parse(getenv("JIEDAO_FAULT").map { String(cString: $0) } ?? "")

    private final class Counts: Sendable {
        let counts = Mutex<[String: Int]>([:])
    }

    private static let counts = Counts()

    static func parse(_ text: String) -> [Rule] {
        text.split(separator: ",").compactMap { item in
            let parts = item.split(separator: ":").map(String.init)
            guard parts.count == 3, let n = Int(parts[1]), n > 0 else { return nil }
            let code: Int32
            switch parts[2].uppercased() {
            case "EIO": code = EIO
            case "ENOSPC": code = ENOSPC
            default: return nil
            }
            return Rule(operation: parts[0], count: n, code: code)
        }
    }

    /// The error to fail this call of `operation` with, if a rule says so.
    static func fault(_ operation: String, path: String) -> Int32? {
        guard !rules.isEmpty else { return nil }
        let n = counts.counts.withLock { counts in
            counts[operation, default: 0] += 1
            return counts[operation, default: 0]
        }
        guard let rule = rules.first(where: { $0.operation == operation && $0.count == n }) else { return nil }
        let message = "jiedao: injected fault: \(operation) #\(n) of \(path) fails with \(rule.code == EIO ? "EIO" : "ENOSPC")\n"
        _ = message.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
        return rule.code
    }
}
