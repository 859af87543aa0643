import JiedaoCore
import JiedaoStore

/// What the server does with each message a client sends.
extension DataServer {
    /// Answers one message. A message a client may not send at this point throws, and the
    /// connection is closed with the reason in the server's log.
    func handle(_ message: WireMessage, from fd: Int32) throws(WireError) {
        guard let link = links[fd] else { return }
        if case .hello(let version, let known) = message {
            guard !link.isLive else { throw WireError.outOfOrder("a second hello") }
            welcome(fd, version: version, known: known)
            return
        }
        guard link.isLive else { throw WireError.outOfOrder("a request before the hello") }
        // A handler's copy missed records: it is made current before the request is answered.
        if link.viewIsStale { sendHandlerView(to: fd) }
        switch message {
        case .submit(let request, let edits): submit(edits, request: request, from: fd)
        case .compact(let request): compact(request: request, from: fd)
        case .audit(let request): sendAudit(request: request, to: fd)
        case .findPhone(let request, let community, let phone): findPhone(phone, community: community, request: request, from: fd)
        case .importSheet(let request, let table, let json, let partial, let dryRun, let bytes):
            importSheet(bytes, table: table, json: json, partial: partial, dryRun: dryRun, request: request, from: fd)
        default: throw WireError.outOfOrder("a server's message sent by a client")
        }
    }

    /// The user record of a link's login now (a user removed meanwhile has none).
    func user(of fd: Int32) -> UserID? {
        links[fd]?.login.flatMap { registry.user(login: $0) }
    }

    func goodbye(_ fd: Int32, _ message: Bilingual) {
        send(.goodbye(message), to: fd)
        configuration.log("refused \(links[fd]?.name ?? "fd \(fd)"): \(message.en)")
        links[fd]?.closeWhenFlushed = true
        flush(fd)
    }

    private func welcome(_ fd: Int32, version: UInt32, known: UInt64?) {
        guard let link = links[fd] else { return }
        guard version == WireMessage.version else {
            goodbye(fd, Bilingual(zh: "客户端的协议版本 \(version) 与服务器的 \(WireMessage.version) 不符：请使用同一版本的 jiedao",
                                  en: "The client speaks protocol \(version) and the server \(WireMessage.version): use the same jiedao version"))
            return
        }
        guard let login = link.login else {
            goodbye(fd, Bilingual(zh: "用户编号 \(link.uid) 在本机没有登录名", en: "User ID \(link.uid) has no login on the server's machine"))
            return
        }
        guard let user = registry.user(login: login) else {
            let path = configuration.directory.path
            goodbye(fd, Bilingual(
                zh: "登录名“\(login)”不是本街道的用户。管理员可在服务器上添加：jiedao user add \(login) --role coordinator --data \(path)",
                en: "The login “\(login)” is not a user of this street. An admin can add it on the server: jiedao user add \(login) --role coordinator --data \(path)"))
            return
        }
        // What the client lacks: the records after its sequence, else the whole masked snapshot.
        if handlerDepartment(of: fd) != nil {
            links[fd]?.isLive = true
            sendHandlerView(to: fd)
            return
        }
        let tail = known.flatMap(recordsAfter)
        send(.welcome(version: WireMessage.version, login: login, user: user.raw, sequence: session.sequence, snapshotFollows: tail == nil), to: fd)
        links[fd]?.isLive = true
        let sent: String
        if let tail {
            for entry in tail { send(.entry(entry), to: fd) }
            sent = "\(tail.count) records to catch up"
        } else {
            sent = sendSnapshot(to: fd)
        }
        configuration.log("welcomed \(link.name) at record \(session.sequence) (\(sent))")
    }

    /// The masked records after `known`, when the history or the journal still has all of them.
    private func recordsAfter(_ known: UInt64) -> [JournalEntry]? {
        if known == session.sequence { return [] }
        guard known < session.sequence else { return nil }
        if known >= historyBase { return history.filter { $0.sequence > known } }
        guard let all = try? AuditTrail.entries(of: configuration.directory) else { return nil }
        let after = all.filter { $0.sequence > known }
        guard after.first?.sequence == known + 1, after.last?.sequence == session.sequence else { return nil }
        return after.map(PersonalMask.masked)
    }

    /// The masked snapshot, then the records committed after it. The snapshot last encoded is
    /// sent again while the history holds every record since (a few thousand at most), so a new
    /// client after an edit does not wait for the whole data set to be encoded again.
    func sendSnapshot(to fd: Int32) -> String {
        let pieces: [[UInt8]]
        var since = session.sequence
        if let cache = snapshotCache, cache.sequence >= historyBase, session.sequence - cache.sequence <= Self.snapshotTailLimit {
            pieces = cache.pieces
            since = cache.sequence
        } else {
            pieces = snapshotFrames(maskedCopy)
            snapshotCache = (session.sequence, pieces)
        }
        let after = history.filter { $0.sequence > since }
        sendCopy(pieces + after.compactMap { try? WireMessage.entry($0).encoded() }, to: fd)
        return "snapshot of record \(since)" + (after.isEmpty ? "" : " and \(after.count) records after it")
    }

    /// Queues a copy of the data (snapshot frames, and records after them); the client may leave
    /// all of it unread for a while on top of the outbox limit, even when it comes mid-stream.
    func sendCopy(_ frames: [[UInt8]], to fd: Int32) {
        guard let link = links[fd] else { return }
        links[fd]?.snapshotBytes = link.writtenTotal + link.queuedBytes + frames.reduce(0) { $0 + $1.count }
        for frame in frames { send(frame: frame, to: fd) }
    }

    /// A masked copy encoded as a snapshot (text compacted, so what masking replaced is not in
    /// it) and cut into frames, the last one saying the snapshot ends.
    func snapshotFrames(_ copy: Registry) -> [[UInt8]] {
        let bytes = SnapshotEncoder.encode(copy, author: "jiedao serve", createdAt: configuration.clock(),
                                           lastSequence: session.sequence, compactingText: true)
        var frames: [[UInt8]] = []
        var start = 0
        repeat {
            let end = min(start + WireMessage.snapshotPiece, bytes.count)
            if let frame = try? WireMessage.snapshotPart(Array(bytes[start..<end])).encoded() { frames.append(frame) }
            start = end
        } while start < bytes.count
        if let end = try? WireMessage.snapshotEnd.encoded() { frames.append(end) }
        return frames
    }

    private func submit(_ edits: [Edit], request: UInt32, from fd: Int32) {
        guard let login = links[fd]?.login else { return }
        guard !edits.isEmpty else {
            send(.refused(request: request, part: -1, message: Bilingual(zh: "空的修改", en: "An empty change")), to: fd)
            return
        }
        // Others' records first, so the batch is checked against them and every client has them in order.
        follow()
        let safe: [Edit]
        switch PersonalMask.sanitized(edits, in: registry) {
        case .success(let edits): safe = edits
        case .failure(let refusal):
            send(.refused(request: request, part: Int32(refusal.part), message: refusal.message), to: fd)
            return
        }
        let result = commit(EditBatch(safe), from: fd) { applied, sequence in
            var answer: [WireMessage] = []
            for edit in applied.edits {
                if case .reveal(let ref) = edit {
                    answer.append(.revealed(request: request, record: ref, fields: PersonalMask.revealedFields(of: ref, in: self.registry)))
                    self.configuration.log("revealed \(ref.kind.label.en.lowercased()) #\(ref.id) to \(login)")
                }
            }
            answer.append(.accepted(request: request, sequence: sequence))
            return answer
        }
        if case .failure(let error) = result {
            var part: Int32 = -1
            if case .batchRefused(let refusal) = error { part = Int32(refusal.index) }
            send(.refused(request: request, part: part, message: error.message), to: fd)
        }
    }

    /// Appends a batch as the link's user, then sends its record to every client: the author
    /// first, followed by what `answer` makes of the applied batch and its sequence.
    func commit(_ batch: EditBatch, from fd: Int32, answer: (AppliedBatch, UInt64) -> [WireMessage]) -> Result<AppliedBatch, StoreError> {
        guard let login = links[fd]?.login else { return .failure(.encoding("no login")) }
        let before = session.sequence
        let compactions = session.compactions
        let time = configuration.clock()
        let applied: AppliedBatch
        do {
            applied = try session.append(batch, to: &registry, by: user(of: fd), login: login, at: time)
        } catch {
            configuration.log("refused from \(links[fd]?.name ?? login): \(error.message.en)")
            return .failure(error)
        }
        // The append caught up on records another process wrote after `follow()`: send those first.
        if session.sequence > before + 1, let all = try? AuditTrail.entries(of: configuration.directory) {
            for entry in all where entry.sequence > before && entry.sequence < session.sequence { broadcast(entry) }
        }
        let entry = JournalEntry(sequence: session.sequence, user: user(of: fd)?.raw ?? noReference, login: login,
                                 time: time, edits: applied.edits, inverses: applied.results.map(\.inverse))
        broadcast(entry, author: fd, answer: answer(applied, session.sequence))
        remaskAfterCompaction(since: compactions)
        return .success(applied)
    }

    private func compact(request: UInt32, from fd: Int32) {
        guard let login = links[fd]?.login else { return }
        guard let user = user(of: fd), let role = registry.users.live(user)?.role, role == .admin || role == .coordinator else {
            send(.refused(request: request, part: -1, message: Bilingual(zh: "只有管理员和协调员可以保存快照", en: "Only admins and coordinators write a snapshot")), to: fd)
            return
        }
        follow()
        let compactions = session.compactions
        do {
            try session.compact(&registry, author: login, at: configuration.clock())
            remaskAfterCompaction(since: compactions)
            send(.accepted(request: request, sequence: session.sequence), to: fd)
        } catch {
            send(.refused(request: request, part: -1, message: error.message), to: fd)
        }
    }

    private func sendAudit(request: UInt32, to fd: Int32) {
        do {
            // The newest records, as many as one frame holds.
            var entries = try AuditTrail.entries(of: configuration.directory).map(PersonalMask.masked)
            if let link = links[fd], link.department != nil {
                // A handler's trail: the edits of the appeals in its copy, and of records of other kinds.
                entries = entries.map { handlerDelivery(of: $0, to: link).entry }.filter { !$0.edits.isEmpty }
            }
            while true {
                do {
                    send(frame: try WireMessage.auditTrail(request: request, entries: entries).encoded(), to: fd)
                    return
                } catch {
                    guard entries.count > 1 else { throw error }
                    entries.removeFirst(entries.count / 2)
                }
            }
        } catch {
            send(.refused(request: request, part: -1, message: Bilingual(zh: "读不出审计记录：\(error)", en: "Cannot read the audit trail: \(error)")), to: fd)
        }
    }
}
