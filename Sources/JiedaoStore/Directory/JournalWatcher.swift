#if canImport(Glibc)
import Glibc
#endif

/// Tells a process when another one may have appended to the journal or compacted, using
/// inotify on the data directory; where inotify is not available it says "maybe" every time,
/// and the caller's polling does the work.
public final class JournalWatcher {
    private let fd: Int32
    /// Whether inotify is watching (false: polling only).
    public var isWatching: Bool { fd >= 0 }

    public init(directory: DataDirectory) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if fd >= 0 {
            let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE)
            if inotify_add_watch(fd, directory.path, mask) < 0 {
                close(fd)
                self.fd = -1
                return
            }
        }
        self.fd = fd
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Whether something in the directory changed since the last call (drains the events; never blocks).
    public func changed() -> Bool {
        guard fd >= 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var any = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { any = true } else { break }
        }
        return any
    }
}
