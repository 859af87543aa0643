import JiedaoCore
import TermCanvas

extension AppState {
    // MARK: - Appeals

    mutating func appealCommand(_ command: Command) -> [Effect] {
        guard let id = current.selectedID.map(AppealID.init) else { return [] }
        let appeal = registry.appeals[id]
        let version = appeal.version
        // Each step asks for its words first: a reason, the handling result, or an optional note.
        func move(_ move: AppealMove) -> [Effect] {
            if let refusal = registry.permission(for: .moveAppeal(id, version: version, move, note: ""), by: user)
                ?? registry.refusal(of: move, for: id, at: now) {
                message = StatusMessage(refusal.message, isError: true)
                return []
            }
            mode = .note(noteForm(for: [.moveAppeal(id, version: version, move, note: "")]))
            return []
        }
        switch command {
        case .dispatch:
            mode = .pick(dispatchPicker(for: id, marked: current.marked))
        case .accept: return move(.accept)
        case .giveBack: return move(.giveBack)
        case .resolve: return move(.resolve)
        case .supervise: return move(.supervise)
        case .withdraw: return move(.withdraw)
        case .contact: return move(.contact)
        case .suspend:
            guard appeal.progress.state == .suspended else { return move(.suspend) }
            let resumed = resumedDeadline(of: appeal)
            return move(.resume(deadline: resumed.deadline, workingDays: resumed.days))
        case .urge:
            // Overdue: the urge may be the office's (超期催办) or the resident's call (群众催办).
            guard registry.refusal(of: .urge, for: id, at: now) == nil else { return move(.residentUrge) }
            var picker = Picker(title: Bilingual(zh: "催办", en: "Urge"), single: [
                (tr("超期催办（第二次起督办）", "Overdue urge (the second one escalates)"), .moveAppeal(id, version: version, .urge, note: "")),
                (tr("群众催办（诉求人再次来电）", "Resident urged (called again)"), .moveAppeal(id, version: version, .residentUrge, note: "")),
            ])
            picker.asksForNote = true
            mode = .pick(picker)
        case .extend:
            return extensionCommand(id, appeal)
        case .evaluate:
            return callbackCommand(id, appeal)
        default: break
        }
        return []
    }

    /// X: a supervisor or an admin decides a waiting request; anyone else asks for 3, 5 or 10
    /// working days more (or, where no approval is needed, extends).
    private mutating func extensionCommand(_ id: AppealID, _ appeal: Appeal) -> [Effect] {
        let version = appeal.version
        let offset = registry.settings.utcOffset(at: now)
        let moves = extensionMoves(appeal, deadline: max(now, appeal.progress.deadline) + 86_400)
        guard let first = moves.first else {
            message = StatusMessage(Bilingual(zh: "没有待审批的延期申请", en: "No extension request is waiting"), isError: true)
            return []
        }
        if let refusal = registry.refusal(of: first, for: id, at: now) {
            message = StatusMessage(refusal.message, isError: true)
            return []
        }
        let options: [(label: String, edit: Edit)]
        let title: Bilingual
        if first == .approveExtension {
            let asked = Day(unixTime: appeal.progress.requestedDeadline, utcOffset: offset).iso
            title = Bilingual(zh: "延期申请（至 \(asked)）", en: "Extension request (to \(asked))")
            options = [(tr("批准，期限改为 \(asked)", "Approve: the deadline becomes \(asked)"), .moveAppeal(id, version: version, .approveExtension, note: "")),
                       (tr("不批准，期限不变", "Refuse: the deadline stays"), .moveAppeal(id, version: version, .refuseExtension, note: ""))]
        } else {
            let from = Day(unixTime: max(appeal.progress.deadline, now), utcOffset: offset)
            var asks = false
            if case .requestExtension = first { asks = true }
            title = asks ? Bilingual(zh: "申请延期（督导或管理员审批）", en: "Request an extension (a supervisor or an admin decides)") : Bilingual(zh: "延期", en: "Extend")
            options = [3, 5, 10].map { days in
                let deadline = calendar.addWorkingDays(days, to: from).endTime(utcOffset: offset)
                let move: AppealMove = asks ? .requestExtension(deadline: deadline) : .extend(deadline: deadline)
                return (tr("延期\(days)个工作日（至 \(Day(unixTime: deadline, utcOffset: offset).iso)）", "\(days) working days more (to \(Day(unixTime: deadline, utcOffset: offset).iso))"),
                        .moveAppeal(id, version: version, move, note: ""))
            }
        }
        var picker = Picker(title: title, single: options, cursor: first == .approveExtension ? 0 : 1)
        picker.asksForNote = true
        mode = .pick(picker)
        return []
    }

    /// E: how the callback went: the resident's evaluation, not reached, declined, and after
    /// enough unreached calls, closing as 无法联系.
    private mutating func callbackCommand(_ id: AppealID, _ appeal: Appeal) -> [Effect] {
        let version = appeal.version
        if let refusal = registry.refusal(of: .callback(.unreached), for: id, at: now) {
            message = StatusMessage(refusal.message, isError: true)
            return []
        }
        let redo = registry.deadline(category: appeal.category, urgency: appeal.urgency, receivedAt: now, calendar: calendar)
        var options = [Rating.satisfied, .basicallySatisfied, .dissatisfied].map { rating -> (label: String, edit: Edit) in
            (tr("接通：", "Reached: ") + rating.label(language), .moveAppeal(id, version: version, .evaluate(Evaluation(all: rating), redoDeadline: redo), note: ""))
        }
        let tries = Int(appeal.progress.unreachedCallbacks)
        options.append((tr("未接通（已\(tries)次）", "Not reached (\(tries) so far)"), .moveAppeal(id, version: version, .callback(.unreached), note: "")))
        options.append((tr("接通，拒绝评价（结案）", "Reached, declined to evaluate (closes)"), .moveAppeal(id, version: version, .callback(.declined), note: "")))
        if registry.refusal(of: .closeUnreachable, for: id, at: now) == nil {
            options.append((tr("无法联系，结案", "Unreachable: close"), .moveAppeal(id, version: version, .closeUnreachable, note: "")))
        }
        var picker = Picker(title: Bilingual(zh: "回访", en: "Callback"), single: options)
        picker.asksForNote = true
        mode = .pick(picker)
        return []
    }

    /// The deadline after 恢复: moved on by the working days the appeal spent suspended (from
    /// the day it was suspended to the day before it resumed), at most the data set's limit.
    func resumedDeadline(of appeal: Appeal) -> (deadline: Int64, days: Int) {
        let offset = registry.settings.utcOffset(at: now)
        let start = Day(unixTime: appeal.progress.suspendedAt, utcOffset: offset)
        let today = Day(unixTime: now, utcOffset: offset)
        var spent = 0
        var day = start
        while day < today, spent < registry.settings.maxSuspensionDays {
            if calendar.isWorkingDay(day) { spent += 1 }
            day = day.adding(days: 1)
        }
        guard spent > 0, appeal.progress.deadline > 0 else { return (appeal.progress.deadline, 0) }
        return (calendar.addWorkingDays(spent, to: Day(unixTime: appeal.progress.deadline, utcOffset: offset)).endTime(utcOffset: offset), spent)
    }

    /// Departments that handle the category first, the one most used for it in this compound at the top; then communities.
    /// With rows marked, each option dispatches every marked appeal that can be dispatched.
    func dispatchPicker(for id: AppealID, marked: Set<Int32> = []) -> Picker {
        let appeal = registry.appeals[id]
        let offset = registry.settings.utcOffset(at: now)
        let deadline = registry.limit(category: appeal.category, urgency: appeal.urgency)
            .deadline(receivedAt: now, utcOffset: offset, calendar: calendar)
        let suggestion = suggestedHandler(for: appeal)
        var handlers: [(kind: HandlerKind, id: Int32, name: String)] = []
        let departments = registry.departments.liveIDs
        for department in departments where registry.departments[department].handles(appeal.category) {
            handlers.append((.department, department.raw, registry.text(registry.departments[department].name)))
        }
        handlers.append((.community, appeal.community.raw, registry.name(of: RecordRef(.community, appeal.community.raw))))
        for department in departments where !registry.departments[department].handles(appeal.category) {
            handlers.append((.department, department.raw, registry.text(registry.departments[department].name)))
        }
        if let suggestion, let index = handlers.firstIndex(where: { $0.kind == suggestion.kind && $0.id == suggestion.id }) {
            let best = handlers.remove(at: index)
            handlers.insert((best.kind, best.id, best.name + tr("（建议）", " (suggested)")), at: 0)
        }
        let due = FieldText.formatTime(deadline, offset)
        let targets = marked.isEmpty ? [id] : marked.sorted().map(AppealID.init).filter {
            let state = registry.appeals[$0].progress.state
            return state == .received || state == .returned
        }
        let count = targets.count > 1 ? Bilingual(zh: "\(targets.count)件", en: "\(targets.count) appeals ") : Bilingual(zh: "", en: "")
        return Picker(title: Bilingual(zh: "\(count.zh)分拨至（期限 \(due)）", en: "Dispatch \(count.en)to (due \(due))"),
                      options: handlers.map { handler in
                          (handler.name, targets.map { target in
                              let record = registry.appeals[target]
                              let due = registry.limit(category: record.category, urgency: record.urgency)
                                  .deadline(receivedAt: now, utcOffset: offset, calendar: calendar)
                              return .moveAppeal(target, version: record.version, .dispatch(handler.kind, handler: handler.id, deadline: due), note: "")
                          })
                      })
    }

    /// The handler most often used for this category in this compound (or community), from history.
    func suggestedHandler(for appeal: Appeal) -> (kind: HandlerKind, id: Int32)? {
        let neighbours = appeal.compound.raw >= 0
            ? registry.indexes.appealsByCompound.children(of: appeal.compound.raw)
            : registry.indexes.appealsByCommunity.children(of: appeal.community.raw)
        var counts: [Int64: Int] = [:]
        for other in neighbours.suffix(2_000) {
            let record = registry.appeals.rows[Int(other)]
            guard record.category == appeal.category, record.progress.handlerKind != .none else { continue }
            counts[Int64(record.progress.handlerKind.rawValue) << 32 | Int64(record.progress.handler), default: 0] += 1
        }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        return (HandlerKind(rawValue: UInt8(best.key >> 32)) ?? .department, Int32(truncatingIfNeeded: best.key))
    }

    // MARK: - Projects

    mutating func projectCommand(_ command: Command) -> [Effect] {
        guard let id = current.selectedID.map(ProjectID.init) else { return [] }
        let version = registry.projects[id].version
        switch command {
        case .deliberate: mode = .command(TextField("votes "))
        case .acceptProject: mode = .command(TextField("score "))
        case .approve: return [.submit(.moveProject(id, version: version, .approve, note: ""), .quick)]
        case .implement: return [.submit(.moveProject(id, version: version, .implement, note: ""), .quick)]
        case .rejectProject:
            mode = .confirm(Confirmation(title: Bilingual(zh: "否决项目", en: "Reject project"),
                                         message: Bilingual(zh: "确定否决“\(registry.text(registry.projects[id].title))”吗？", en: "Reject “\(registry.text(registry.projects[id].title))”?"),
                                         edit: .moveProject(id, version: version, .reject, note: "")))
        default: break
        }
        return []
    }

    /// `:votes FOR AGAINST` and `:score N` for the selected project.
    mutating func projectLine(_ name: String, _ numbers: [Int]) -> [Effect] {
        guard pane == .projects, let id = current.selectedID.map(ProjectID.init) else {
            message = StatusMessage(Bilingual(zh: "请先在微实事栏选中项目", en: "Select a project in the Projects pane first"), isError: true)
            return []
        }
        let version = registry.projects[id].version
        if name == "votes", numbers.count == 2 {
            return [.submit(.moveProject(id, version: version, .deliberate(votesFor: Int32(numbers[0]), votesAgainst: Int32(numbers[1])), note: ""), .quick)]
        }
        if name == "score", numbers.count == 1, (0...100).contains(numbers[0]) {
            return [.submit(.moveProject(id, version: version, .accept(score: UInt8(numbers[0])), note: ""), .quick)]
        }
        message = StatusMessage(Bilingual(zh: "用法：:votes 赞成 反对 或 :score 0-100", en: "Usage: :votes FOR AGAINST or :score 0-100"), isError: true)
        return []
    }

    // MARK: - Marks, triage, merge, projects from appeals

    /// Space: marks or unmarks the selected row and moves on.
    mutating func toggleMark() {
        withPane { state in
            guard let id = state.selectedID else { return }
            if state.marked.remove(id) == nil { state.marked.insert(id) }
            state.moveCursor(to: state.cursor + 1)
        }
    }

    /// 分诊: overdue first, then due soon, then new; finished ones last.
    mutating func triage() {
        withPane {
            $0.column = PaneColumns.index(of: .deadline, on: .appeals) ?? $0.column
            $0.sort = ColumnSort(.deadline, .ascending)
        }
        recomputeRows(of: pane)
        withPane { $0.moveCursor(to: 0) }
        message = StatusMessage(Bilingual(zh: "分诊：超期在前，其次将到期，再次新受理", en: "Triage: overdue first, then due soon, then new"))
    }

    /// Open appeals that look like the same case: the same ticket number first, then the same
    /// compound (or community) and category received within 7 days.
    func duplicateCandidates(of id: AppealID) -> [AppealID] {
        let appeal = registry.appeals[id]
        let ticket = registry.text(appeal.ticket)
        let neighbours = appeal.compound.raw >= 0
            ? registry.indexes.appealsByCompound.children(of: appeal.compound.raw)
            : registry.indexes.appealsByCommunity.children(of: appeal.community.raw)
        let open = neighbours.reversed().map(AppealID.init).filter { other in
            other != id && self.registry.appeals[other].progress.state.isOpen
        }
        let sameTicket = ticket.isEmpty ? [] : open.filter { registry.text(registry.appeals[$0].ticket) == ticket }
        let similar = open.lazy.filter { other in
            let record = self.registry.appeals[other]
            return record.category == appeal.category && abs(record.receivedAt - appeal.receivedAt) <= 7 * 86_400 && !sameTicket.contains(other)
        }
        return Array((sameTicket + similar).prefix(10))
    }

    /// M: merge the selected appeal into one of its likely originals.
    mutating func openMerge() {
        guard let id = current.selectedID.map(AppealID.init) else { return }
        let candidates = duplicateCandidates(of: id)
        guard !candidates.isEmpty else {
            message = StatusMessage(Bilingual(zh: "7天内同小区同类别没有可合并的诉求", en: "No open appeal of the same compound and category within 7 days"), isError: true)
            return
        }
        let version = registry.appeals[id].version
        mode = .pick(Picker(title: Bilingual(zh: "合并到", en: "Merge into"), single: candidates.map { original in
            ("#\(original.raw) \(registry.text(registry.appeals[original].summary))", .moveAppeal(id, version: version, .merge(into: original), note: ""))
        }))
    }

    /// P on appeals: a new micro-project for the marked (or selected) appeals, linked to them once saved.
    mutating func projectFromAppeals() {
        let ids = (current.marked.isEmpty ? current.selectedID.map { [$0] } ?? [] : current.marked.sorted()).map(AppealID.init)
        guard let first = ids.first else { return }
        let appeal = registry.appeals[first]
        pendingProjectLinks = ids
        var form = FormState(kind: .project, target: nil, registry: registry, language: language, scope: [.community(appeal.community)], now: now)
        form.set("name", to: registry.text(appeal.summary))
        form.set("description", to: tr("来自诉求 ", "From appeals ") + ids.map { "#\($0.raw)" }.joined(separator: " "))
        mode = .form(form)
    }

    // MARK: - Volunteers

    /// b: the compliance list — in-service members with no confirmed service this quarter.
    mutating func showBehind() {
        let member = VolunteerKind.inServiceMember.label
        let kind = FilterChip(column: .kind, value: member.zh, label: member)
        let served = FilterChip(column: .thisQuarter, value: "未服务", label: Bilingual(zh: "未服务", en: "behind"))
        withPane { $0.filters = [kind, served] }
        recomputeRows(of: pane)
        withPane { $0.moveCursor(to: 0) }
        let today = rowContext.today
        let left = today.days(to: today.lastOfQuarter)
        message = StatusMessage(Bilingual(zh: "本季度未服务的在职党员；本季度还剩\(left)天", en: "In-service members behind this quarter; \(left) days left in the quarter"))
    }

    /// L: log a service for the selected volunteer, with today, two hours and the user as confirmer filled in.
    mutating func logService() {
        guard let id = current.selectedID else { return }
        var form = FormState(kind: .serviceRecord, target: nil, registry: registry, language: language, scope: scope, now: now)
        // The form names the volunteer; the ID keeps two of the same name apart.
        form.set("volunteer", to: "\(registry.name(of: RecordRef(.volunteer, id))) #\(id)")
        form.set("hours", to: "2")
        form.set("confirmed_by", to: user.map { registry.name(of: RecordRef(.user, $0.raw)) } ?? login)
        form.focus(form.keys.firstIndex(of: "activity") ?? 0)
        let marked = current.marked.sorted()
        pendingServiceVolunteers = marked.count > 1 ? marked : []
        if marked.count > 1 {
            let names = marked.prefix(3).map { registry.name(of: RecordRef(.volunteer, $0)) }.joined(separator: "、")
            form.set("volunteer", to: "\(registry.name(of: RecordRef(.volunteer, marked[0]))) #\(marked[0])")
            form.general = Bilingual(zh: "为已选的\(marked.count)名志愿者各登记一条：\(names)\(marked.count > 3 ? "等" : "")",
                                     en: "One entry for each of the \(marked.count) marked volunteers: \(names)\(marked.count > 3 ? (isASCII ? "..." : "…") : "")")
        }
        mode = .form(form)
    }
}
