#if canImport(Glibc)
import Glibc
#endif
import JiedaoCore
import JiedaoStore

/// A client of `jiedao serve`: its connection, and where its copy of the data (a masked
/// ``Registry`` the caller holds) is in the server's history.
///
/// The copy is brought up to date only with records the server committed, applied in order
/// through ``Registry/apply(_:by:at:)``; the client never decides whether an edit is allowed.
/// A dropped connection is made again by ``poll(_:)``, which catches up from ``sequence``.
public struct ServerReplica {
    public let socketPath: String
    /// The login the kernel gave the server for this process, and its user record.
    public private(set) var login: String
    public private(set) var user: UserID?
    /// The last record applied to the caller's registry.
    public private(set) var sequence: UInt64
    private var socket: UnixSocket?
    private var reader = WireFrameReader()
    private var nextRequest: UInt32 = 1
    /// Others' records applied while waiting for an answer, reported by the next ``poll(_:)``.
    private var applied: [JournalEntry] = []
    /// Messages that arrived while no registry was at hand (during ``auditTrail()``), taken next.
    private var backlog: [WireMessage] = []
    /// What applying each record gave, for the answer to the request that made it.
    private var results: [UInt64: AppliedBatch] = [:]
    private var lastAttempt: ContinuousClock.Instant?
    /// The server sent a fresh copy while a request waited; the next ``poll(_:)`` says so.
    private var replacedSinceLastPoll = false
    /// How long to wait for an answer before the request's outcome is called unknown.
    public var answerTimeout: Duration = .seconds(30)

    private init(socketPath: String) {
        self.socketPath = socketPath
        login = ""
        sequence = 0
    }

    /// Connects, says hello and receives the masked data.
    public static func connect(to path: String) throws(ServerClientError) -> (replica: ServerReplica, registry: Registry) {
        var replica = ServerReplica(socketPath: path)
        var registry: Registry? = nil
        _ = try replica.handshake(&registry)
        guard let registry else { throw ServerClientError.protocolError("no snapshot") }
        return (replica, registry)
    }

    public var isConnected: Bool { socket != nil }

    /// Waits until something arrives from the server or `milliseconds` pass, without reading
    /// it (a client with nothing else to wait for calls this between ``poll(_:)``s). True when
    /// something arrived, or when the connection is down and ``poll(_:)`` should try again.
    public func waitForRecords(milliseconds: Int32) -> Bool {
        guard let socket else { return true }
        return backlog.isEmpty ? socket.wait(for: Int16(POLLIN), milliseconds: milliseconds) : true
    }

    /// Applies the records that arrived since the last call and returns them (others' and
    /// this client's own). When the connection dropped, tries once a second to connect again
    /// and catch up; when the server could not send the missing records, or sent a fresh copy
    /// (what a handler may read changed), `registry` is replaced and `replaced` is true.
    public mutating func poll(_ registry: inout Registry) throws(ServerClientError) -> (entries: [JournalEntry], replaced: Bool) {
        if socket == nil {
            let clock = ContinuousClock()
            if let lastAttempt, clock.now - lastAttempt < .seconds(1) { return takeNews() }
            lastAttempt = clock.now
            var current: Registry? = registry
            if try handshake(&current) { replacedSinceLastPoll = true }
            if let current { registry = current }
        }
        try takeBacklog(&registry)
        do {
            while let message = try receive(waiting: 0) { try take(message, &registry) }
        } catch {
            if case .unreachable = error { return takeNews() }
            throw error
        }
        return takeNews()
    }

    private mutating func takeNews() -> (entries: [JournalEntry], replaced: Bool) {
        defer { replacedSinceLastPoll = false }
        return (take(), replacedSinceLastPoll)
    }

    /// Sends a batch and waits for the server's answer; the batch's record is applied to
    /// `registry` when it arrives, with others' records before it.
    public mutating func submit(_ edits: [Edit], to registry: inout Registry) throws(ServerClientError) -> AppliedBatch {
        let request = try send { .submit(request: $0, edits: edits) }
        let sequence = try answer(to: request, &registry)
        guard let result = results.removeValue(forKey: sequence) else { throw ServerClientError.protocolError("no record \(sequence) before its answer") }
        applied.removeAll { $0.sequence == sequence }
        return result
    }

    /// Asks the server to write a snapshot now.
    public mutating func compact(_ registry: inout Registry) throws(ServerClientError) {
        let request = try send { .compact(request: $0) }
        _ = try answer(to: request, &registry)
    }

    /// Sends a sheet for the server to import as this client's user (planned against the
    /// unmasked data); the record it writes is applied to `registry` before the answer returns.
    public mutating func importSheet(_ bytes: [UInt8], table: String, json: Bool, partial: Bool, dryRun: Bool,
                                     to registry: inout Registry) throws(ServerClientError) -> WireImportOutcome {
        let request = try send { .importSheet(request: $0, table: table, json: json, partial: partial, dryRun: dryRun, bytes: bytes) }
        let outcome = try answer(to: request, &registry) { message -> WireImportOutcome? in
            if case .imported(let id, let outcome) = message, id == request { outcome } else { nil }
        }
        if outcome.sequence > 0 {
            results.removeValue(forKey: outcome.sequence)
            applied.removeAll { $0.sequence == outcome.sequence }
        }
        return outcome
    }

    /// Every journaled record, masked, oldest first. Records that arrive meanwhile are
    /// applied by the next ``poll(_:)`` or request.
    public mutating func auditTrail() throws(ServerClientError) -> [JournalEntry] {
        let request = try send { .audit(request: $0) }
        return try answerWithoutRegistry(request) { message -> [JournalEntry]? in
            if case .auditTrail(let id, let entries) = message, id == request { entries } else { nil }
        }
    }

    /// The open appeals of `community` whose phone is `phone`, as the server finds them in the
    /// unmasked data (for the duplicate hint; the server limits how often a login may ask).
    public mutating func openAppeals(withPhone phone: String, community: Int32) throws(ServerClientError) -> [Int32] {
        let request = try send { .findPhone(request: $0, community: community, phone: phone) }
        return try answerWithoutRegistry(request) { message -> [Int32]? in
            if case .phoneMatches(let id, let appeals) = message, id == request { appeals } else { nil }
        }
    }

    /// Reads until `match` finds the answer to `request` when no registry is at hand: other
    /// messages wait in the backlog for the next ``poll(_:)`` or request.
    private mutating func answerWithoutRegistry<Answer>(_ request: UInt32, _ match: (WireMessage) -> Answer?) throws(ServerClientError) -> Answer {
        let clock = ContinuousClock()
        let deadline = clock.now + answerTimeout
        while clock.now < deadline {
            guard let message = try receive(waiting: 200) else { continue }
            if let found = match(message) { return found }
            switch message {
            case .refused(let id, let part, let text) where id == request:
                throw ServerClientError.refused(part: part >= 0 ? Int(part) : nil, message: text)
            case .goodbye(let text):
                disconnect()
                throw ServerClientError.goodbye(text)
            default: backlog.append(message)
            }
        }
        throw ServerClientError.unreachable("no answer from the server")
    }

    private mutating func takeBacklog(_ registry: inout Registry) throws(ServerClientError) {
        let waiting = backlog
        backlog = []
        for message in waiting { try take(message, &registry) }
    }

    // MARK: - The conversation

    /// Connects and says hello with the sequence of `registry` (none: a fresh copy is wanted).
    /// Returns true when the server sent a fresh copy in place of the one held.
    private mutating func handshake(_ registry: inout Registry?) throws(ServerClientError) -> Bool {
        let socket: UnixSocket
        do {
            socket = try UnixSocket.connect(to: socketPath)
        } catch {
            throw ServerClientError.unreachable("\(error)")
        }
        self.socket = socket
        reader = WireFrameReader()
        // Whatever the old connection left unapplied, the server sends again after `sequence`.
        backlog = []
        let known = registry == nil ? nil : sequence
        do {
            try socket.sendAll(try WireMessage.hello(version: WireMessage.version, known: known).encoded())
        } catch {
            disconnect()
            throw ServerClientError.unreachable("\(error)")
        }
        guard let first = try receive(waiting: 30_000) else { throw ServerClientError.unreachable("no answer to hello") }
        switch first {
        case .welcome(_, let login, let user, let target, let snapshotFollows):
            self.login = login
            self.user = user >= 0 ? UserID(user) : nil
            if snapshotFollows {
                let replacing = registry != nil
                registry = try receiveSnapshot(upTo: target)
                applied = []
                return replacing
            } else if var current = registry {
                try catchUp(to: target, &current)
                registry = current
            }
            return false
        case .goodbye(let message):
            disconnect()
            throw ServerClientError.goodbye(message)
        default:
            disconnect()
            throw ServerClientError.protocolError("expected a welcome")
        }
    }

    /// Receives a masked snapshot and the records after it, up to the server's sequence `target`.
    private mutating func receiveSnapshot(upTo target: UInt64) throws(ServerClientError) -> Registry {
        var bytes: [UInt8] = []
        while true {
            guard let message = try receive(waiting: 30_000) else { throw ServerClientError.unreachable("the snapshot stopped") }
            if case .snapshotPart(let piece) = message { bytes += piece; continue }
            guard case .snapshotEnd = message else { throw ServerClientError.protocolError("expected the snapshot") }
            break
        }
        var fresh: Registry
        do {
            var decoded = try SnapshotDecoder.decode(bytes)
            decoded.registry.acceptsMaskedText = true
            fresh = decoded.registry
            sequence = decoded.header.lastSequence
        } catch {
            disconnect()
            throw ServerClientError.protocolError("\(error)")
        }
        // The snapshot may be a little older than the server: its records follow at once.
        try catchUp(to: target, &fresh)
        return fresh
    }

    /// Applies the records the server sends right after its welcome, up to its sequence then.
    private mutating func catchUp(to target: UInt64, _ registry: inout Registry) throws(ServerClientError) {
        while sequence < target {
            guard let message = try receive(waiting: 30_000) else { throw ServerClientError.unreachable("the catch-up stopped") }
            try take(message, &registry)
        }
    }

    private mutating func send(_ make: (UInt32) -> WireMessage) throws(ServerClientError) -> UInt32 {
        guard let socket else { throw ServerClientError.notConnected }
        let request = nextRequest
        nextRequest &+= 1
        let frame: [UInt8]
        do {
            frame = try make(request).encoded()
        } catch {
            throw ServerClientError.refused(part: nil, message: Bilingual(
                zh: "请求太大，无法发给数据服务器（\(error)）：请分几次进行", en: "The request is too large to send to the data server (\(error)): split it"))
        }
        do {
            try socket.sendAll(frame)
        } catch {
            disconnect()
            throw ServerClientError.outcomeUnknown
        }
        return request
    }

    /// Reads until the answer to `request`: its sequence when accepted, or the refusal thrown.
    private mutating func answer(to request: UInt32, _ registry: inout Registry) throws(ServerClientError) -> UInt64 {
        try answer(to: request, &registry) { message -> UInt64? in
            if case .accepted(let id, let sequence) = message, id == request { sequence } else { nil }
        }
    }

    /// Reads until `match` finds the answer to `request`, applying every record on the way;
    /// a refusal of the request is thrown.
    private mutating func answer<Answer>(to request: UInt32, _ registry: inout Registry,
                                         _ match: (WireMessage) -> Answer?) throws(ServerClientError) -> Answer {
        try takeBacklog(&registry)
        let clock = ContinuousClock()
        let deadline = clock.now + answerTimeout
        while clock.now < deadline {
            let message: WireMessage?
            do {
                message = try receive(waiting: 200)
            } catch {
                if case .unreachable = error { throw ServerClientError.outcomeUnknown }
                throw error
            }
            guard let message else { continue }
            if let found = match(message) { return found }
            if case .refused(let id, let part, let text) = message, id == request {
                throw ServerClientError.refused(part: part >= 0 ? Int(part) : nil, message: text)
            }
            try take(message, &registry)
        }
        disconnect()
        throw ServerClientError.outcomeUnknown
    }

    /// Applies a record, or puts a revealed record's own text into the copy.
    private mutating func take(_ message: WireMessage, _ registry: inout Registry) throws(ServerClientError) {
        switch message {
        case .entry(let entry):
            guard entry.sequence > sequence else { return }
            guard entry.sequence == sequence + 1 else {
                disconnect()
                throw ServerClientError.protocolError("record \(entry.sequence) after \(sequence)")
            }
            var results: [AppliedEdit] = []
            for edit in entry.edits {
                do {
                    results.append(try registry.apply(edit, by: entry.author, at: entry.time))
                } catch {
                    disconnect()
                    throw ServerClientError.protocolError("record \(entry.sequence) does not apply: \(error.message.en)")
                }
            }
            sequence = entry.sequence
            self.results[entry.sequence] = AppliedBatch(edits: entry.edits, results: results)
            if self.results.count > 64, let oldest = self.results.keys.min() { self.results.removeValue(forKey: oldest) }
            applied.append(entry)
        case .revealed(_, let record, let fields):
            for field in fields {
                if case .text(let text) = field.value { registry.overwriteText(record, key: field.key, with: text) }
            }
        case .welcome(_, _, let user, let target, true):
            // A fresh copy in place of this one: what a handler may read changed.
            self.user = user >= 0 ? UserID(user) : nil
            registry = try receiveSnapshot(upTo: target)
            replacedSinceLastPoll = true
        case .goodbye(let message):
            disconnect()
            throw ServerClientError.goodbye(message)
        default:
            break
        }
    }

    private mutating func take() -> [JournalEntry] {
        defer { applied = [] }
        return applied
    }

    /// The next message; when none is whole yet, waits up to `milliseconds` each time the
    /// socket falls quiet (0: only what has arrived). Nil when nothing more came.
    /// - Throws: ``ServerClientError/unreachable(_:)`` when the connection closed.
    private mutating func receive(waiting milliseconds: Int32) throws(ServerClientError) -> WireMessage? {
        guard let socket else { throw ServerClientError.unreachable("not connected") }
        while true {
            do {
                if let message = try reader.next() { return message }
            } catch {
                disconnect()
                throw ServerClientError.protocolError("\(error)")
            }
            let bytes: [UInt8]?
            do {
                // Large reads while a frame (a snapshot's piece) is arriving; a record fits in a small one.
                bytes = try socket.receiveSome(limit: reader.bufferedBytes > 0 ? 1 << 20 : 1 << 16)
            } catch {
                disconnect()
                throw ServerClientError.unreachable("\(error)")
            }
            guard let bytes else {
                disconnect()
                throw ServerClientError.unreachable("the server closed the connection")
            }
            if !bytes.isEmpty {
                reader.append(bytes)
                continue
            }
            guard milliseconds > 0, socket.wait(for: Int16(POLLIN), milliseconds: milliseconds) else { return nil }
        }
    }

    private mutating func disconnect() {
        socket?.close()
        socket = nil
    }
}
