import JiedaoCore
import JiedaoStore

/// A department's handler (承办人) reads only the appeals dispatched to the department
/// (docs/permissions.md), and the server holds them to it: a handler's copy is the masked data
/// with every other appeal an empty tombstone, and the records sent to it carry only edits of
/// appeals in that copy. When an appeal enters or leaves the department, or one is created or
/// discarded (which moves IDs), the handler is sent a fresh copy instead.
extension DataServer {
    /// The department whose handler the link's user is; nil for every other role.
    func handlerDepartment(of fd: Int32) -> Int32? {
        guard let user = user(of: fd), let record = registry.users.live(user), record.role == .handler else { return nil }
        return record.department.raw
    }

    static func isHandled(_ appeal: Appeal, by department: Int32) -> Bool {
        !appeal.isDeleted && appeal.progress.handlerKind == .department && appeal.progress.handler == department
    }

    /// After a change to a link's user: a removed user is told and disconnected; a handler is
    /// sent its copy afresh (a welcome saying a snapshot follows, then the snapshot of the
    /// appeals dispatched to its department); one that is no longer a handler, the whole copy.
    func sendHandlerView(to fd: Int32) {
        guard let link = links[fd], let login = link.login else { return }
        links[fd]?.viewIsStale = false
        guard let user = user(of: fd) else {
            goodbye(fd, Bilingual(zh: "“\(login)”已不是本街道的用户", en: "“\(login)” is no longer a user of this street"))
            return
        }
        let welcome = WireMessage.welcome(version: WireMessage.version, login: login, user: user.raw, sequence: session.sequence, snapshotFollows: true)
        guard let department = handlerDepartment(of: fd) else {
            // Not a handler before either: its copy is whole already.
            guard link.department != nil else { return }
            links[fd]?.department = nil
            send(welcome, to: fd)
            _ = sendSnapshot(to: fd)
            return
        }
        let view: HandlerView
        if let cached = handlerViews[department], cached.sequence == session.sequence {
            view = cached
        } else {
            let copy = maskedCopy.keepingAppeals { Self.isHandled($0, by: department) }
            view = HandlerView(sequence: session.sequence, pieces: snapshotFrames(copy), appeals: Set(copy.appeals.liveIDs.map(\.raw)))
            handlerViews[department] = view
        }
        links[fd]?.department = department
        links[fd]?.visibleAppeals = view.appeals
        send(welcome, to: fd)
        sendCopy(view.pieces, to: fd)
        configuration.log("sent \(link.name) the appeals of department #\(department) at record \(session.sequence)")
    }

    /// The frame of a masked record (`frame`, as everyone else receives it) that a link receives;
    /// nil when it receives none now, as a handler whose copy is sent afresh at the end of the
    /// loop's turn. The author always receives its own record, its answer depends on it.
    func delivered(_ masked: JournalEntry, _ frame: [UInt8], to fd: Int32, isAuthor: Bool) -> [UInt8]? {
        guard let link = links[fd] else { return nil }
        guard link.department != nil else {
            // A change to the link's own user may make it a handler: its copy is sent again after this.
            if masked.edits.contains(where: { isOwnUser($0.target, of: link) }) {
                links[fd]?.viewIsStale = true
            }
            return frame
        }
        if link.viewIsStale, !isAuthor { return nil }
        let delivery = handlerDelivery(of: masked, to: link)
        if delivery.resend {
            links[fd]?.viewIsStale = true
            if !isAuthor { return nil }
        }
        return try? WireMessage.entry(delivery.entry).encoded()
    }

    /// Whether `ref` is the user record of the link's login, removed or not.
    func isOwnUser(_ ref: RecordRef?, of link: ClientLink) -> Bool {
        guard let ref, ref.kind == .user, ref.id >= 0, Int(ref.id) < registry.users.count, let login = link.login else { return false }
        return registry.text(registry.users.rows[Int(ref.id)].login) == login
    }

    /// What of a masked record a handler's link receives: the edits of appeals in its copy (with
    /// their inverses), and whether its copy must be sent afresh instead.
    func handlerDelivery(of entry: JournalEntry, to link: ClientLink) -> (entry: JournalEntry, resend: Bool) {
        var kept = entry
        kept.edits = []
        kept.inverses = []
        var resend = false
        for (index, edit) in entry.edits.enumerated() {
            let inverse = index < entry.inverses.count ? entry.inverses[index] : nil
            func keep() {
                kept.edits.append(edit)
                if let inverse { kept.inverses.append(inverse) }
            }
            switch edit {
            case .create(.appeal, _):
                resend = true
            case .discard(let ref, _) where ref.kind == .appeal:
                resend = true
            case .moveAppeal(let id, _, .merge(let other), _):
                if link.visibleAppeals.contains(id.raw) || link.visibleAppeals.contains(other.raw) { resend = true }
            default:
                guard let target = edit.target else { keep(); continue }
                if isOwnUser(target, of: link) {
                    resend = true
                } else if target.kind == .appeal {
                    let inCopy = link.visibleAppeals.contains(target.id)
                    let handled = registry.appeals.live(AppealID(target.id)).map { Self.isHandled($0, by: link.department ?? noReference) } ?? false
                    if inCopy != handled { resend = true } else if inCopy { keep() }
                } else {
                    keep()
                }
            }
        }
        return (kept, resend)
    }
}

/// A department's copy as last encoded for its handlers.
struct HandlerView {
    var sequence: UInt64
    var pieces: [[UInt8]]
    /// The appeals it holds.
    var appeals: Set<Int32>
}
