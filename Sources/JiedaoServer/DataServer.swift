#if canImport(Glibc)
import Glibc
#endif
import JiedaoCore
import JiedaoStore

/// `jiedao serve`: the one process that owns a data directory. It loads the data set, applies
/// every client's edits through ``DataSession`` as the user the kernel says is calling, and
/// sends every client the masked data and every committed record. It runs on one thread:
/// each request is answered in the order it arrived, and a slow client only fills its own outbox.
public final class DataServer {
    /// Where the server listens and how it behaves.
    public struct Configuration: Sendable {
        public var directory: DataDirectory
        public var socketPath: String
        /// The socket file's mode: who may connect at all (the user table decides the rest).
        public var socketMode: mode_t
        /// Bytes a client may leave unread (beyond its snapshot) before it is dropped.
        public var outboxLimit = 64 << 20
        /// How many duplicate-hint phone lookups a login may make in an hour: enough for a
        /// coordinator taking calls, too few to guess a masked phone's four hidden digits.
        public var phoneLookupsPerHour = 60
        /// Unix seconds now (the server's clock stamps every edit; a client's is not asked).
        public var clock: @Sendable () -> Int64
        /// Where the server says what it does: one line per event.
        public var log: @Sendable (String) -> Void

        public init(directory: DataDirectory, socketPath: String, socketMode: mode_t, clock: @escaping @Sendable () -> Int64, log: @escaping @Sendable (String) -> Void) {
            self.directory = directory
            self.socketPath = socketPath
            self.socketMode = socketMode
            self.clock = clock
            self.log = log
        }
    }

    let configuration: Configuration
    var session: DataSession
    var registry: Registry
    let listener: UnixSocket
    var links: [Int32: ClientLink] = [:]
    /// Masked records committed since the server started (or since `historyBase`), for
    /// clients that reconnect; older ones are read from the journal.
    var history: [JournalEntry] = []
    var historyBase: UInt64
    static let historyLimit = 10_000
    /// The data as clients see it, kept current with the masked records the server sends, so a
    /// new client's snapshot costs an encoding and not a masking of every record.
    var maskedCopy: Registry
    /// The masked snapshot last encoded, and the sequence it holds; records after it are sent from the history.
    var snapshotCache: (sequence: UInt64, pieces: [[UInt8]])?
    /// A snapshot further behind than this many records is encoded again for the next new client.
    static let snapshotTailLimit: UInt64 = 2_000
    /// Each department's copy as last encoded for its handlers.
    var handlerViews: [Int32: HandlerView] = [:]
    /// When each login made its phone lookups in the last hour.
    var phoneLookups: [String: [ContinuousClock.Instant]] = [:]

    /// Opens the data set, makes its files the server account's alone and starts listening.
    public init(_ configuration: Configuration, session: DataSession, registry: Registry) throws(SocketError) {
        self.configuration = configuration
        self.session = session
        self.registry = registry
        historyBase = session.sequence
        maskedCopy = PersonalMask.masked(registry)
        maskedCopy.acceptsMaskedText = true
        listener = try UnixSocket.listen(at: configuration.socketPath, mode: configuration.socketMode)
        configuration.log("listening on \(configuration.socketPath) for \(configuration.directory.path) at record \(session.sequence)")
    }

    /// Serves until the process is stopped. Every acknowledged edit is already on disk, so a
    /// kill loses nothing; the next start removes the stale socket file.
    public func run(while keepGoing: () -> Bool = { true }) {
        let clock = ContinuousClock()
        var lastFollow = clock.now
        while keepGoing() {
            var fds = [pollfd(fd: listener.fd, events: Int16(POLLIN), revents: 0)]
            for link in links.values {
                fds.append(pollfd(fd: link.socket.fd, events: Int16(POLLIN) | (link.hasOutput ? Int16(POLLOUT) : 0), revents: 0))
            }
            _ = poll(&fds, nfds_t(fds.count), 500)
            if fds[0].revents & Int16(POLLIN) != 0 { acceptWaiting() }
            for entry in fds.dropFirst() where entry.revents != 0 {
                guard links[entry.fd] != nil else { continue }
                if entry.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 { readFrom(entry.fd) }
                if links[entry.fd] != nil, entry.revents & Int16(POLLOUT) != 0 { flush(entry.fd) }
            }
            for (fd, link) in links where link.viewIsStale { sendHandlerView(to: fd) }
            // Records another process of the server's account appended (an admin's command on
            // the server itself) reach every client within a second.
            if clock.now - lastFollow >= .seconds(1) {
                lastFollow = clock.now
                follow()
            }
        }
    }

    private func acceptWaiting() {
        while let socket = listener.accept() {
            guard let uid = socket.peerUID() else {
                configuration.log("refused a connection: the kernel gave no peer credentials")
                socket.close()
                continue
            }
            let link = ClientLink(socket: socket, uid: uid, login: PeerLogin.login(of: uid))
            configuration.log("connected: \(link.name)")
            links[socket.fd] = link
        }
    }

    private func readFrom(_ fd: Int32) {
        guard var link = links[fd] else { return }
        let bytes: [UInt8]?
        do {
            bytes = try link.socket.receiveSome()
        } catch {
            drop(fd, reason: "\(error)")
            return
        }
        guard let bytes else {
            drop(fd, reason: "disconnected")
            return
        }
        link.reader.append(bytes)
        links[fd] = link
        while true {
            guard var current = links[fd], !current.closeWhenFlushed else { return }
            let message: WireMessage?
            do {
                message = try current.reader.next()
            } catch {
                drop(fd, reason: "\(error)")
                return
            }
            links[fd] = current
            guard let message else { return }
            do {
                try handle(message, from: fd)
            } catch {
                drop(fd, reason: "\(error)")
                return
            }
        }
    }

    /// Queues a frame for one client; a client that has stopped reading is dropped.
    func send(_ message: WireMessage, to fd: Int32) {
        do {
            send(frame: try message.encoded(), to: fd)
        } catch {
            configuration.log("cannot send to fd \(fd): \(error)")
        }
    }

    /// Queues a frame; unless `flushing` is false (more frames follow at once), writes what the
    /// socket takes now, so a record and its answer leave in one write and wake the client once.
    func send(frame: [UInt8], to fd: Int32, flushing: Bool = true) {
        guard var link = links[fd] else { return }
        link.queue(frame)
        links[fd] = link
        if link.queuedBytes > configuration.outboxLimit + link.unsentSnapshot {
            drop(fd, reason: "stopped reading (\(link.queuedBytes) bytes waiting)")
            return
        }
        if flushing { flush(fd) }
    }

    func flush(_ fd: Int32) {
        guard var link = links[fd] else { return }
        let alive = link.flush()
        links[fd] = link
        if !alive {
            drop(fd, reason: "disconnected")
        } else if link.closeWhenFlushed, !link.hasOutput {
            drop(fd, reason: "closed by the server")
        }
    }

    func drop(_ fd: Int32, reason: String) {
        guard let link = links.removeValue(forKey: fd) else { return }
        configuration.log("closed: \(link.name): \(reason)")
        link.socket.close()
    }

    /// Sends every live client one committed record (masked) and keeps it for reconnects.
    /// The client that made it (`author`) is sent it first, followed by `answer`, so its
    /// acknowledgement does not wait for everyone else's copy.
    func broadcast(_ entry: JournalEntry, author: Int32? = nil, answer: [WireMessage] = []) {
        let masked = PersonalMask.masked(entry)
        history.append(masked)
        do {
            for edit in masked.edits { try maskedCopy.apply(edit, by: masked.author, at: masked.time) }
        } catch {
            // Cannot happen while the copy follows the data; if it does, mask the data afresh.
            configuration.log("the masked copy refused record \(entry.sequence) (\(error.message.en)); masking the data again")
            maskedCopy = PersonalMask.masked(registry)
            maskedCopy.acceptsMaskedText = true
            snapshotCache = nil
        }
        if history.count > Self.historyLimit {
            history.removeFirst(history.count - Self.historyLimit)
            historyBase = history.first.map { $0.sequence - 1 } ?? session.sequence
        }
        let frame: [UInt8]
        do {
            frame = try WireMessage.entry(masked).encoded()
        } catch {
            configuration.log("record \(entry.sequence) cannot be sent: \(error)")
            return
        }
        if let author, let own = delivered(masked, frame, to: author, isAuthor: true) {
            send(frame: own, to: author, flushing: false)
            for message in answer {
                do {
                    send(frame: try message.encoded(), to: author, flushing: false)
                } catch {
                    configuration.log("cannot answer fd \(author): \(error)")
                }
            }
            flush(author)
        }
        for (fd, link) in links where link.isLive && fd != author {
            if let theirs = delivered(masked, frame, to: fd, isAuthor: false) { send(frame: theirs, to: fd) }
        }
    }

    /// After a compaction that kept the retention period, the masked copy is made again, so
    /// new clients do not receive even the masked form of erased names.
    func remaskAfterCompaction(since compactions: Int) {
        guard session.compactions != compactions, registry.settings.personalDataRetentionDays != nil else { return }
        maskedCopy = PersonalMask.masked(registry)
        maskedCopy.acceptsMaskedText = true
        snapshotCache = nil
        handlerViews = [:]
        for (fd, link) in links where link.department != nil { links[fd]?.viewIsStale = true }
    }

    /// Takes in what other processes appended and passes it on.
    func follow() {
        do {
            for entry in try session.catchUp(&registry) { broadcast(entry) }
        } catch {
            configuration.log("cannot read the journal: \(error.message.en)")
        }
    }
}
