import JiedaoCore

extension Appeal: SnapshotRecord {
    /// The record as version 1 first wrote it; the fields after it were appended (§4).
    static let baseRecordSize = 1 + 4 + 8 + 3 + 4 * 3 + 8 * 7 + AppealProgress.recordSize
    /// Appended: the ticket number, then the handling steps' fields of ``AppealProgress``.
    static let appendedSize = 8 + AppealProgress.appendedSize
    static let recordSize = baseRecordSize + appendedSize

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8(isDeleted ? deletedFlag : 0)
        w.u32(version)
        w.i64(receivedAt)
        w.u8(channel.rawValue)
        w.u8(categoryCode)
        w.u8(urgency.rawValue)
        w.i32(community.raw)
        w.i32(compound.raw)
        w.i32(project.raw)
        for ref in [summary, address, submitter, phone, details, photo] { w.text(ref, &text) }
        w.zeros(8)  // reserved for a second photo handle
        progress.write(to: &w)
        w.text(ticket, &text)
        progress.writeAppended(to: &w)
    }

    /// Reads the appended fields when the record has them (records written before they
    /// existed keep the defaults).
    static func readAppended(_ a: inout Appeal, from r: inout ByteReader, available: Int, textLimit: Int) throws(SnapshotError) -> Int {
        guard available >= appendedSize else { return 0 }
        a.ticket = try r.text(limit: textLimit)
        try a.progress.readAppended(from: &r)
        return appendedSize
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> Appeal {
        var a = Appeal()
        a.isDeleted = try r.u8() & deletedFlag != 0
        a.version = try r.u32()
        a.receivedAt = try r.i64()
        a.channel = try r.choice(Channel.self, field: "channel")
        // Checked against the category table when the registry is built.
        a.categoryCode = try r.u8()
        a.urgency = try r.choice(Urgency.self, field: "urgency")
        a.community = CommunityID(try r.i32())
        a.compound = CompoundID(try r.i32())
        a.project = ProjectID(try r.i32())
        a.summary = try r.text(limit: textLimit)
        a.address = try r.text(limit: textLimit)
        a.submitter = try r.text(limit: textLimit)
        a.phone = try r.text(limit: textLimit)
        a.details = try r.text(limit: textLimit)
        a.photo = try r.text(limit: textLimit)
        try r.skip(8)
        a.progress = try AppealProgress.read(from: &r)
        return a
    }
}

extension AppealProgress {
    static let recordSize = 1 + 1 + 4 + 8 * 4 + 1 * 3 + 1 + 4 + 4 + 4
    static let appendedSize = 8 * 4 + 1 * 3 + 5

    func writeAppended(to w: inout ByteWriter) {
        w.i64(firstContactAt)
        w.i64(requestedDeadline)
        w.i64(suspendedAt)
        w.i64(suspendedSeconds)
        w.u8(stateBeforeSuspension.rawValue)
        w.u8(unreachedCallbacks)
        w.u8(residentUrgeCount)
        w.u16(suspendedWorkingDays)
        w.zeros(3)  // reserved
    }

    mutating func readAppended(from r: inout ByteReader) throws(SnapshotError) {
        firstContactAt = try r.i64()
        requestedDeadline = try r.i64()
        suspendedAt = try r.i64()
        suspendedSeconds = try r.i64()
        stateBeforeSuspension = try r.choice(AppealState.self, field: "appeal state")
        unreachedCallbacks = try r.u8()
        residentUrgeCount = try r.u8()
        suspendedWorkingDays = try r.u16()
        try r.skip(3)
    }

    func write(to w: inout ByteWriter) {
        w.u8(state.rawValue)
        w.u8(handlerKind.rawValue)
        w.i32(handler)
        w.i64(deadline)
        w.i64(dispatchedAt)
        w.i64(resolvedAt)
        w.i64(closedAt)
        w.u8(redoCount)
        w.u8(urgeCount)
        w.u8(extensionCount)
        w.u8((isSupervised ? 1 : 0) | (resolvedLate ? 2 : 0))
        w.u8(speed.rawValue)
        w.u8(effect.rawValue)
        w.u8(attitude.rawValue)
        w.u8(feedback.rawValue)
        w.i32(mergedInto.raw)
        w.i32(lastEvent.raw)
    }

    static func read(from r: inout ByteReader) throws(SnapshotError) -> AppealProgress {
        var p = AppealProgress()
        p.state = try r.choice(AppealState.self, field: "appeal state")
        p.handlerKind = try r.choice(HandlerKind.self, field: "handler kind")
        p.handler = try r.i32()
        p.deadline = try r.i64()
        p.dispatchedAt = try r.i64()
        p.resolvedAt = try r.i64()
        p.closedAt = try r.i64()
        p.redoCount = try r.u8()
        p.urgeCount = try r.u8()
        p.extensionCount = try r.u8()
        let flags = try r.u8()
        p.isSupervised = flags & 1 != 0
        p.resolvedLate = flags & 2 != 0
        p.speed = try r.choice(Rating.self, field: "rating")
        p.effect = try r.choice(Rating.self, field: "rating")
        p.attitude = try r.choice(Rating.self, field: "rating")
        p.feedback = try r.choice(Rating.self, field: "rating")
        p.mergedInto = AppealID(try r.i32())
        p.lastEvent = AppealEventID(try r.i32())
        return p
    }
}

extension AppealEvent: SnapshotRecord {
    static let recordSize = 4 + 1 + 1 + 4 + 8 + 8 + 4

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.i32(appeal.raw)
        w.u8(kind.rawValue)
        w.u8(stateAfter.rawValue)
        w.i32(actor.raw)
        w.i64(at)
        w.text(note, &text)
        w.i32(previous.raw)
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> AppealEvent {
        let appeal = AppealID(try r.i32())
        let kind = try r.choice(AppealEventKind.self, field: "event kind")
        let state = try r.choice(AppealState.self, field: "appeal state")
        let actor = UserID(try r.i32())
        let at = try r.i64()
        let note = try r.text(limit: textLimit)
        let previous = AppealEventID(try r.i32())
        return AppealEvent(appeal: appeal, kind: kind, stateAfter: state, actor: actor, at: at, note: note, previous: previous)
    }
}

extension MicroProject: SnapshotRecord {
    static let recordSize = 1 + 4 + 8 * 3 + 4 + 1 + 8 + 4 + 1 + 4 * 2 + 1 + 8

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8(isDeleted ? deletedFlag : 0)
        w.u32(version)
        w.text(title, &text)
        w.text(proposer, &text)
        w.text(details, &text)
        w.i32(community.raw)
        w.u8(projectKind.rawValue)
        w.i64(budget)
        w.i32(year)
        w.u8(progress.state.rawValue)
        w.i32(progress.votesFor)
        w.i32(progress.votesAgainst)
        w.u8(progress.score)
        w.i64(progress.movedAt)
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> MicroProject {
        var p = MicroProject()
        p.isDeleted = try r.u8() & deletedFlag != 0
        p.version = try r.u32()
        p.title = try r.text(limit: textLimit)
        p.proposer = try r.text(limit: textLimit)
        p.details = try r.text(limit: textLimit)
        p.community = CommunityID(try r.i32())
        p.projectKind = try r.choice(ProjectKind.self, field: "project kind")
        p.budget = try r.i64()
        p.year = try r.i32()
        p.progress.state = try r.choice(ProjectState.self, field: "project state")
        p.progress.votesFor = try r.i32()
        p.progress.votesAgainst = try r.i32()
        p.progress.score = try r.u8()
        p.progress.movedAt = try r.i64()
        return p
    }
}
