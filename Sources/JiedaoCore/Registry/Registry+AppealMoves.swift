extension Registry {
    /// Starts a new appeal's timeline with its 受理 event.
    mutating func recordAppealIntake(_ id: AppealID, by author: UserID?, at time: Int64) {
        var appeal = appeals[id]
        let event = AppealEvent(appeal: id, kind: .received, stateAfter: .received, actor: author ?? UserID(noReference),
                                at: appeal.receivedAt, note: .empty, previous: AppealEventID(noReference))
        events.append(event)
        appeal.progress.lastEvent = AppealEventID(events.count - 1)
        appeals.rows[id.index] = appeal
    }

    /// Removes the intake event of an appeal being discarded, when it is the newest event.
    mutating func dropAppealIntake(_ id: AppealID) {
        let last = appeals[id].progress.lastEvent
        if last.index == events.count - 1, last.raw >= 0 { events.removeLast() }
    }

    /// Applies one step of the closed loop (see ``AppealMove``) and adds it to the timeline.
    mutating func moveAppeal(_ id: AppealID, version: UInt32, _ move: AppealMove, note: String, by author: UserID?, at time: Int64) throws(EditError) -> AppliedEdit {
        let ref = RecordRef(.appeal, id.raw)
        let old = try liveRecord(Appeal.self, ref, version: version)
        if settings.moveNotesRequired == true, let required = AppealMove.noteRequirement(move),
           note.allSatisfy(\.isWhitespace) {
            throw EditError(.missing(field: "note"), required)
        }
        var appeal = old
        appeal.progress = try nextProgress(of: old, id: id, move, at: time)
        appeal.version = old.version + 1
        try appeal.check(id: id.raw, in: self, at: time)
        let event = AppealEvent(appeal: id, kind: move.eventKind, stateAfter: appeal.progress.state,
                                actor: author ?? UserID(noReference), at: time, note: texts.intern(note),
                                previous: old.progress.lastEvent)
        events.append(event)
        appeal.progress.lastEvent = AppealEventID(events.count - 1)
        appeals.rows[id.index] = appeal
        Appeal.track(id.raw, old: old, new: appeal, in: &self)
        return AppliedEdit(inverse: .revertAppeal(id, version: appeal.version, to: old.progress), record: ref)
    }

    /// Takes back the last step: the progress before it returns and its event leaves the timeline.
    mutating func revertAppeal(_ id: AppealID, version: UInt32, to previous: AppealProgress) throws(EditError) -> AppliedEdit {
        let ref = RecordRef(.appeal, id.raw)
        let old = try liveRecord(Appeal.self, ref, version: version)
        let last = old.progress.lastEvent
        guard last.raw >= 0, last.index < events.count, events[last.index].previous == previous.lastEvent,
              previous.lastEvent.raw >= 0 else {
            throw EditError(.invalid(""), Bilingual(zh: "只能撤回最近一步", en: "Only the latest step can be taken back"))
        }
        if previous.mergedInto.raw >= 0, !appeals.isLive(previous.mergedInto.raw) {
            throw EditError(.notFound(RecordRef(.appeal, previous.mergedInto.raw)))
        }
        var appeal = old
        appeal.progress = previous
        appeal.version = old.version + 1
        if last.index == events.count - 1 { events.removeLast() }
        appeals.rows[id.index] = appeal
        Appeal.track(id.raw, old: old, new: appeal, in: &self)
        return AppliedEdit(inverse: .revertAppeal(id, version: appeal.version, to: old.progress), record: ref)
    }

    /// Why `move` is not allowed on appeal `id` now, or nil when it is: asked before the step's
    /// note is, so nobody types a handling result for a step that will be refused.
    public func refusal(of move: AppealMove, for id: AppealID, at time: Int64) -> EditError? {
        guard let appeal = appeals.live(id) else { return EditError(.notFound(RecordRef(.appeal, id.raw))) }
        do {
            _ = try nextProgress(of: appeal, id: id, move, at: time)
            return nil
        } catch {
            return error
        }
    }

    /// The progress after `move`, or the reason it is not allowed now.
    func nextProgress(of appeal: Appeal, id: AppealID, _ move: AppealMove, at time: Int64) throws(EditError) -> AppealProgress {
        var next = appeal.progress
        let state = next.state
        func refuse() -> EditError {
            EditError(.moveNotAllowed(move: move.eventKind.label.en.lowercased(), state: state.label.en), Bilingual(
                zh: "当前状态“\(state.label.zh)”下不能\(move.eventKind.label.zh)",
                en: "Cannot mark as \(move.eventKind.label.en.lowercased()) in state “\(state.label.en)”"))
        }
        switch move {
        case .dispatch(let kind, let handler, let deadline):
            guard state == .received || state == .returned else { throw refuse() }
            switch kind {
            case .department: try requireLive(.department, handler, field: FieldSpec("handler", "承办单位", "Handler", .reference(.department, optional: false)))
            case .community: try requireLive(.community, handler, field: FieldSpec("handler", "承办单位", "Handler", .reference(.community, optional: false)))
            case .none: throw EditError(.missing(field: "handler"), field: Bilingual(zh: "承办单位", en: "Handler"))
            }
            try requireAfter(deadline, appeal.receivedAt)
            next.state = .dispatched
            next.handlerKind = kind
            next.handler = handler
            next.deadline = deadline
            next.dispatchedAt = time
        case .accept:
            guard state == .dispatched || state == .reopened else { throw refuse() }
            next.state = .inProgress
        case .giveBack:
            guard state == .dispatched else { throw refuse() }
            next.state = .returned
            next.handlerKind = .none
            next.handler = noReference
        case .extend(let deadline):
            guard state.isBeingHandled else { throw refuse() }
            if settings.extensionsNeedApproval == true {
                throw EditError(.invalid(""), Bilingual(zh: "延期须申请，由督导或管理员批准", en: "An extension is requested and approved by a supervisor or an admin"))
            }
            try checkExtension(to: deadline, of: next, at: time, limited: false)
            next.state = .extended
            next.deadline = deadline
            next.extensionCount &+= 1
        case .requestExtension(let deadline):
            guard state.isBeingHandled else { throw refuse() }
            guard next.requestedDeadline == 0 else {
                throw EditError(.invalid(""), Bilingual(zh: "已有延期申请待审批", en: "An extension request is already waiting for a decision"))
            }
            try checkExtension(to: deadline, of: next, at: time, limited: true)
            next.requestedDeadline = deadline
        case .approveExtension, .refuseExtension:
            guard next.requestedDeadline > 0 else {
                throw EditError(.invalid(""), Bilingual(zh: "没有待审批的延期申请", en: "No extension request is waiting"))
            }
            if move == .approveExtension {
                guard state.isBeingHandled else { throw refuse() }
                next.state = .extended
                next.deadline = next.requestedDeadline
                next.extensionCount &+= 1
            }
            next.requestedDeadline = 0
        case .resolve:
            guard state.isBeingHandled else { throw refuse() }
            next.state = .resolved
            next.resolvedAt = time
            next.resolvedLate = next.deadline > 0 && time > next.deadline
            next.requestedDeadline = 0
            next.unreachedCallbacks = 0
        case .contact:
            guard state.isBeingHandled || state == .suspended else { throw refuse() }
            guard next.firstContactAt == 0 else {
                throw EditError(.invalid(""), Bilingual(zh: "已记录首次联系", en: "The first contact is already recorded"))
            }
            next.firstContactAt = time
        case .residentUrge:
            guard state.isOpen else { throw refuse() }
            next.residentUrgeCount &+= 1
        case .suspend:
            guard state.isBeingHandled else { throw refuse() }
            next.stateBeforeSuspension = state
            next.state = .suspended
            next.suspendedAt = time
        case .resume(let deadline, let days):
            guard state == .suspended else { throw refuse() }
            guard deadline >= next.deadline else {
                throw EditError(.datesOutOfOrder(earlier: "deadline", later: "new deadline"), Bilingual(
                    zh: "恢复后的期限不能早于原期限", en: "The deadline after resuming cannot be before the current one"))
            }
            next.state = next.stateBeforeSuspension.isBeingHandled ? next.stateBeforeSuspension : .inProgress
            next.suspendedSeconds &+= max(0, time - next.suspendedAt)
            next.suspendedAt = 0
            next.suspendedWorkingDays = next.suspendedWorkingDays &+ UInt16(clamping: max(0, days))
            next.deadline = deadline
        case .callback(let outcome):
            guard state == .resolved else { throw refuse() }
            switch outcome {
            case .unreached: next.unreachedCallbacks &+= 1
            case .declined:
                next.state = .closed
                next.closedAt = time
            }
        case .closeUnreachable:
            guard state == .resolved else { throw refuse() }
            let needed = settings.callbacksBeforeUnreachable
            guard needed > 0, Int(next.unreachedCallbacks) >= needed else {
                throw EditError(.invalid(""), Bilingual(zh: "回访未接通满\(needed)次后才能按无法联系结案", en: "An appeal closes as unreachable only after \(needed) unreached callbacks"))
            }
            next.state = .closed
            next.closedAt = time
        case .evaluate(let evaluation, let redoDeadline):
            guard state == .resolved else { throw refuse() }
            next.speed = evaluation.speed
            next.effect = evaluation.effect
            next.attitude = evaluation.attitude
            next.feedback = evaluation.feedback
            guard next.overallRating != .none else {
                throw EditError(.missing(field: "evaluation"), field: Bilingual(zh: "评价", en: "Evaluation"))
            }
            if next.overallRating == .dissatisfied {
                try requireAfter(redoDeadline, time)
                next.state = .reopened
                next.redoCount &+= 1
                next.deadline = redoDeadline
                if next.redoCount >= 2 { next.isSupervised = true }
            } else {
                next.state = .closed
                next.closedAt = time
            }
        case .urge:
            guard state.isOpen else { throw refuse() }
            guard next.isOverdue(at: time) else { throw EditError(.notOverdue) }
            next.urgeCount &+= 1
            if next.urgeCount >= 2 { next.isSupervised = true }
        case .supervise:
            guard state.isOpen, !next.isSupervised else { throw refuse() }
            next.isSupervised = true
        case .merge(let target):
            guard state.isOpen else { throw refuse() }
            guard target != id else {
                throw EditError(.invalid(""), Bilingual(zh: "不能合并到自身", en: "An appeal cannot be merged into itself"))
            }
            guard let original = appeals.live(target), original.progress.state != .merged,
                  original.progress.state != .withdrawn else {
                throw EditError(.notFound(RecordRef(.appeal, target.raw)))
            }
            next.state = .merged
            next.mergedInto = target
        case .withdraw:
            guard state.isOpen else { throw refuse() }
            next.state = .withdrawn
            next.closedAt = time
        }
        return next
    }

    /// An extension to `deadline` is asked for in time, moves the deadline on, and (when
    /// `limited`) stays within the data set's number of extensions.
    private func checkExtension(to deadline: Int64, of progress: AppealProgress, at time: Int64, limited: Bool) throws(EditError) {
        guard time <= progress.deadline else {
            throw EditError(.invalid(""), Bilingual(zh: "已超期，不能再申请延期", en: "The deadline has passed; an extension must be asked for before it"))
        }
        guard deadline > progress.deadline else {
            throw EditError(.datesOutOfOrder(earlier: "deadline", later: "new deadline"), Bilingual(
                zh: "新期限必须晚于原期限", en: "The new deadline must be after the current one"))
        }
        let limit = settings.maxExtensions
        if limited, Int(progress.extensionCount) >= limit {
            throw EditError(.invalid(""), Bilingual(zh: "每件诉求最多延期\(limit)次", en: "An appeal may be extended at most \(limit) time\(limit == 1 ? "" : "s")"))
        }
    }

    private func requireAfter(_ deadline: Int64, _ start: Int64) throws(EditError) {
        guard deadline > start else {
            throw EditError(.datesOutOfOrder(earlier: "received_at", later: "deadline"), Bilingual(
                zh: "办理期限必须晚于受理时间", en: "The deadline must be after the time received"))
        }
    }
}
