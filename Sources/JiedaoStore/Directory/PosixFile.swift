#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call, with the path and the errno text.
public struct StoreIOError: Error, Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let operation: String
    public let code: Int32

    public var description: String {
        "\(operation) \(path): \(String(cString: strerror(code)))"
    }

    /// Whether the failure was a missing permission.
    public var isPermissionDenied: Bool { code == EACCES || code == EPERM || code == EROFS }
    /// Whether the file does not exist.
    public var isMissing: Bool { code == ENOENT }
}

/// A thin owner of a file descriptor: the only place with open/read/write/fsync/flock.
final class PosixFile: Sendable {
    let fd: Int32
    let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    static func open(_ path: String, flags: Int32, mode: mode_t = 0o600) throws(StoreIOError) -> PosixFile {
        if let code = FaultInjector.fault("open", path: path) { throw StoreIOError(path: path, operation: "open", code: code) }
        let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
        guard fd >= 0 else { throw StoreIOError(path: path, operation: "open", code: errno) }
        return PosixFile(fd: fd, path: path)
    }

    /// Reads up to `count` bytes at `offset` (fewer at the end of the file).
    func read(_ count: Int, at offset: Int) throws(StoreIOError) -> [UInt8] {
        guard count > 0, offset >= 0 else { return [] }
        // Read straight into uninitialised storage: zero-filling half a gigabyte first costs as much as reading it.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < buffer.count {
                let n = pread(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done, off_t(offset + done))
                if n < 0, errno == EINTR { continue }
                if n < 0 { failure = errno; break }
                if n == 0 { break }
                done += n
            }
            initialized = done
        }
        guard failure == 0 else { throw StoreIOError(path: path, operation: "read", code: failure) }
        return bytes
    }

    /// Reads the file from `offset` to its end.
    func readAll(from offset: Int = 0) throws(StoreIOError) -> [UInt8] {
        let size = try self.size()
        guard size > offset else { return [] }
        return try read(size - offset, at: offset)
    }

    func write(_ bytes: [UInt8]) throws(StoreIOError) {
        let result = bytes.withUnsafeBytes { buffer in Result { () throws(StoreIOError) in try write(buffer) } }
        try result.get()
    }

    func write(_ buffer: UnsafeRawBufferPointer) throws(StoreIOError) {
        var done = 0
        if let code = FaultInjector.fault("write", path: path) {
            // A full disk takes part of the bytes before it refuses the rest.
            if buffer.count > 1, let base = buffer.baseAddress { _ = Glibc.write(fd, base, buffer.count / 2) }
            throw StoreIOError(path: path, operation: "write", code: code)
        }
        while done < buffer.count {
            let n = Glibc.write(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done)
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw StoreIOError(path: path, operation: "write", code: errno) }
            done += n
        }
    }

    func size() throws(StoreIOError) -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw StoreIOError(path: path, operation: "stat", code: errno) }
        return Int(info.st_size)
    }

    func inode() -> UInt64 {
        var info = stat()
        return fstat(fd, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    func sync() throws(StoreIOError) {
        if let code = FaultInjector.fault("fsync", path: path) { throw StoreIOError(path: path, operation: "fsync", code: code) }
        guard fsync(fd) == 0 else { throw StoreIOError(path: path, operation: "fsync", code: errno) }
    }

    func dataSync() throws(StoreIOError) {
        if let code = FaultInjector.fault("fsync", path: path) { throw StoreIOError(path: path, operation: "fdatasync", code: code) }
        guard fdatasync(fd) == 0 else { throw StoreIOError(path: path, operation: "fdatasync", code: errno) }
    }

    func truncate(to size: Int) throws(StoreIOError) {
        if let code = FaultInjector.fault("ftruncate", path: path) { throw StoreIOError(path: path, operation: "truncate", code: code) }
        guard ftruncate(fd, off_t(size)) == 0 else { throw StoreIOError(path: path, operation: "truncate", code: errno) }
    }

    func seekToEnd() {
        lseek(fd, 0, SEEK_END)
    }

    func setMode(_ mode: mode_t) {
        _ = fchmod(fd, mode)
    }

    /// Takes the exclusive advisory lock, waiting for it.
    func lockExclusive() throws(StoreIOError) {
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw StoreIOError(path: path, operation: "lock", code: errno) }
        }
    }

    func unlock() {
        _ = flock(fd, LOCK_UN)
    }
}

/// Path and directory helpers.
enum FileSystem {
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    static func isGroupWritable(_ directory: String) -> Bool {
        var info = stat()
        return stat(directory, &info) == 0 && (info.st_mode & S_IWGRP) != 0
    }

    static func makeDirectory(_ path: String) throws(StoreIOError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            if mkdir(prefix, 0o700) != 0, errno != EEXIST {
                throw StoreIOError(path: prefix, operation: "mkdir", code: errno)
            }
        }
    }

    static func rename(_ from: String, _ to: String) throws(StoreIOError) {
        if let code = FaultInjector.fault("rename", path: from) { throw StoreIOError(path: from, operation: "rename", code: code) }
        guard Glibc.rename(from, to) == 0 else { throw StoreIOError(path: from, operation: "rename", code: errno) }
    }

    static func link(_ from: String, _ to: String) throws(StoreIOError) {
        if let code = FaultInjector.fault("rename", path: from) { throw StoreIOError(path: from, operation: "link", code: code) }
        _ = unlink(to)
        guard Glibc.link(from, to) == 0 else { throw StoreIOError(path: from, operation: "link", code: errno) }
    }

    static func remove(_ path: String) { _ = unlink(path) }

    /// Makes renames in `directory` durable.
    static func syncDirectory(_ directory: String) throws(StoreIOError) {
        let file = try PosixFile.open(directory, flags: O_RDONLY | O_DIRECTORY)
        try file.sync()
    }

    static func list(_ directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Whether the process may write in `directory`.
    static func isWritable(_ directory: String) -> Bool { access(directory, W_OK) == 0 }
}
