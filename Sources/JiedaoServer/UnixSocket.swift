#if canImport(Glibc)
import Glibc
#endif
import CUnixSocket

/// A connected or listening Unix domain socket: the few system calls the server and its
/// clients make, with errors as ``SocketError``. The descriptor is closed by ``close()``.
public struct UnixSocket: Sendable {
    public let fd: Int32

    init(fd: Int32) { self.fd = fd }

    /// Listens at `path`. A socket file left by a server that was killed is removed first; one
    /// that still answers belongs to a running server and is an error.
    public static func listen(at path: String, mode: mode_t) throws(SocketError) -> UnixSocket {
        if access(path, F_OK) == 0 {
            if let probe = try? connect(to: path) {
                probe.close()
                throw SocketError(operation: "listen", path: path, code: EADDRINUSE)
            }
            _ = unlink(path)
        }
        let fd = jiedao_unix_listen(path, 64)
        guard fd >= 0 else { throw SocketError(operation: "listen", path: path, code: errno) }
        guard chmod(path, mode) == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw SocketError(operation: "chmod", path: path, code: code)
        }
        return UnixSocket(fd: fd)
    }

    /// Connects to the server listening at `path` (blocking).
    public static func connect(to path: String) throws(SocketError) -> UnixSocket {
        let fd = jiedao_unix_connect(path)
        guard fd >= 0 else { throw SocketError(operation: "connect", path: path, code: errno) }
        return UnixSocket(fd: fd)
    }

    /// The next waiting connection, or nil when none waits.
    func accept() -> UnixSocket? {
        let fd = jiedao_unix_accept(self.fd)
        return fd >= 0 ? UnixSocket(fd: fd) : nil
    }

    /// The caller's user ID, from the kernel.
    func peerUID() -> uid_t? {
        var uid: UInt32 = 0
        return jiedao_peer_uid(fd, &uid) == 0 ? uid_t(uid) : nil
    }

    /// Writes as much of `bytes` as the socket takes now; returns the count (0 when it would block).
    func sendSome(_ bytes: ArraySlice<UInt8>) throws(SocketError) -> Int {
        let sent = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if sent >= 0 { return sent }
        if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return 0 }
        throw SocketError(operation: "send", path: "", code: errno)
    }

    /// Writes all of `bytes`, waiting as needed (clients).
    public func sendAll(_ bytes: [UInt8]) throws(SocketError) {
        var start = 0
        while start < bytes.count {
            let sent = try sendSome(bytes[start...])
            if sent == 0 { _ = wait(for: Int16(POLLOUT), milliseconds: 1000) }
            start += sent
        }
    }

    /// Reads what has arrived (up to `limit` bytes); nil at end of stream, empty when nothing waits.
    public func receiveSome(limit: Int = 1 << 16) throws(SocketError) -> [UInt8]? {
        var result = 0
        var code: Int32 = 0
        // Not zero-filled first: recv writes the bytes it reports, and only those are kept.
        let bytes = [UInt8](unsafeUninitializedCapacity: limit) { buffer, initialized in
            result = recv(fd, buffer.baseAddress, limit, Int32(MSG_DONTWAIT))
            code = errno
            initialized = max(0, result)
        }
        if result > 0 { return bytes }
        if result == 0 { return nil }
        if code == EAGAIN || code == EWOULDBLOCK || code == EINTR { return [] }
        throw SocketError(operation: "recv", path: "", code: code)
    }

    /// Waits until the socket is ready for `events` (`POLLIN`, `POLLOUT`) or the time is up; true when ready.
    public func wait(for events: Int16, milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: events, revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }

    public func close() { _ = Glibc.close(fd) }
}

/// A socket call that failed, with the system's reason.
public struct SocketError: Error, Hashable, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32

    public var description: String {
        let reason = String(cString: strerror(code))
        return path.isEmpty ? "\(operation): \(reason)" : "\(operation) \(path): \(reason)"
    }
}
