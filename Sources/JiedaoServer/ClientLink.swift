#if canImport(Glibc)
import Glibc
#endif
import JiedaoCore
import JiedaoStore

/// The server's side of one client connection: who is at the other end (from the kernel),
/// the bytes read and not yet whole frames, and the frames waiting to be written.
struct ClientLink {
    let socket: UnixSocket
    let uid: uid_t
    /// The peer's OS login, nil when the password database does not know the uid.
    let login: String?
    var reader = WireFrameReader()
    /// Set once the hello was answered; before that only a hello is accepted.
    var isLive = false
    /// Frames waiting for the socket, oldest first, and how much of the first one is written.
    private(set) var outbox: [[UInt8]] = []
    private var written = 0
    private(set) var queuedBytes = 0
    /// The size of the snapshot queued for this client (right after its welcome): what of it is
    /// not yet written may wait in the outbox on top of the limit.
    var snapshotBytes = 0
    /// Bytes written to the socket so far.
    private(set) var writtenTotal = 0

    /// The snapshot bytes still waiting to be written.
    var unsentSnapshot: Int { max(0, snapshotBytes - writtenTotal) }
    /// The server closes the link once the outbox is written (after a goodbye).
    var closeWhenFlushed = false
    /// A handler's department, whose appeals alone its copy holds; nil for other roles.
    var department: Int32?
    /// The appeals in a handler's copy.
    var visibleAppeals: Set<Int32> = []
    /// The copy must be sent afresh (records since were not sent); the loop does so once per turn.
    var viewIsStale = false

    init(socket: UnixSocket, uid: uid_t, login: String?) {
        self.socket = socket
        self.uid = uid
        self.login = login
    }

    /// Who the link is, for the server's log.
    var name: String { "\(login ?? "?") (uid \(uid), fd \(socket.fd))" }

    mutating func queue(_ frame: [UInt8]) {
        // Small frames queued together leave in one write, so the client wakes once for them.
        if frame.count < Self.joinBelow, let last = outbox.indices.last, outbox[last].count < Self.joinBelow {
            outbox[last] += frame
        } else {
            outbox.append(frame)
        }
        queuedBytes += frame.count
    }

    private static let joinBelow = 64 << 10

    /// Writes what the socket takes now. Returns false when the peer is gone.
    mutating func flush() -> Bool {
        while let first = outbox.first {
            let sent: Int
            do {
                sent = try socket.sendSome(first[written...])
            } catch {
                return false
            }
            if sent == 0 { return true }
            written += sent
            writtenTotal += sent
            queuedBytes -= sent
            if written == first.count {
                outbox.removeFirst()
                written = 0
            }
        }
        return true
    }

    var hasOutput: Bool { !outbox.isEmpty }
}
