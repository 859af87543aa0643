import JiedaoCore
import TermCanvas

/// Every field of one record, plus what belongs with it (an appeal's timeline, a volunteer's service).
struct DetailView {
    let state: AppState
    let record: RecordRef
    let offset: Int

    func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        let box = Box(title: state.registry.name(of: record), glyphs: glyphs, fillRole: .normal)
        box.render(into: &canvas, in: rect)
        let inner = box.inner(rect)
        // Lines without a label (the timeline, with its notes) wrap rather than lose their words.
        let lines = self.lines().flatMap { line -> [Line] in
            guard line.label.isEmpty, inner.width > 0, DisplayWidth.of(line.value) > inner.width else { return [line] }
            return TextFit.wrap(line.value, width: inner.width).map { Line(label: "", value: $0, role: line.role) }
        }
        // Labels take the width they need: 14 columns, or a third of a wide panel; values keep the rest.
        let labelWidth = min(max(14, inner.width / 3), inner.width / 2, lines.map { DisplayWidth.of($0.label) }.max() ?? 0)
        for (row, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            let y = inner.y + row
            if line.label.isEmpty {
                canvas.put(line.value, at: inner.x, y: y, maxWidth: inner.width, role: line.role ?? .normal)
            } else {
                canvas.put(TextFit.fit(line.label, width: labelWidth, alignment: .left, ellipsis: glyphs.ellipsis), at: inner.x, y: y, maxWidth: inner.width, role: .label)
                let x = inner.x + labelWidth + 1
                // A value too long for the panel ends in the ellipsis, so a cut never passes for the whole.
                let value = TextFit.truncate(line.value, to: max(0, inner.maxX - x), ellipsis: glyphs.ellipsis)
                canvas.put(value, at: x, y: y, maxWidth: max(0, inner.maxX - x), role: line.role ?? .normal)
            }
        }
    }

    struct Line {
        var label: String
        var value: String
        var role: StyleRole?
    }

    func lines() -> [Line] {
        let registry = state.registry
        let context = state.rowContext
        guard let values = Schema.values(of: record, in: registry) else { return [] }
        var lines: [Line] = []
        for (spec, value) in zip(Schema.fields(of: record.kind), values) {
            var text = FieldText.format(value, as: spec, in: registry, language: state.language)
            // Personal data: a volunteer's or submitter's phone and a submitter's name (a department's phone is not).
            let personal = record.kind == .volunteer || record.kind == .appeal
            if personal, spec.key == "phone" { text = context.phone(text, of: record) }
            if personal, spec.key == "submitter" { text = context.personName(text, of: record) }
            lines.append(Line(label: spec.label.text(state.language), value: text))
        }
        switch record.kind {
        case .appeal: lines += appealLines(AppealID(record.id), context)
        case .volunteer: lines += volunteerLines(VolunteerID(record.id), context)
        case .project: lines += projectLines(ProjectID(record.id))
        case .community: lines += communityLines(CommunityID(record.id), context)
        case .team: lines += teamLines(TeamID(record.id))
        case .category: lines += categoryLines(CategoryID(record.id))
        default: break
        }
        return lines
    }

    private func appealLines(_ id: AppealID, _ context: RowContext) -> [Line] {
        let registry = state.registry
        let progress = registry.appeals[id].progress
        var lines = [
            Line(label: state.tr("状态", "State"), value: progress.state.label(state.language) + (progress.isSupervised ? state.tr("（督办）", " (supervised)") : "")),
            Line(label: state.tr("期限", "Deadline"), value: DeadlineText.text(progress, context), role: DeadlineText.role(progress, context)),
        ]
        if progress.handlerKind != .none {
            let kind: EntityKind = progress.handlerKind == .department ? .department : .community
            lines.append(Line(label: state.tr("承办单位", "Handler"), value: registry.name(of: RecordRef(kind, progress.handler))))
        }
        lines += handlingLines(registry.appeals[id], context)
        if progress.redoCount > 0 { lines.append(Line(label: state.tr("重办次数", "Redos"), value: String(progress.redoCount))) }
        if progress.overallRating != .none {
            // The four answers of the callback, as the resident gave them.
            let answers = [(state.tr("速度", "speed"), progress.speed), (state.tr("效果", "effect"), progress.effect),
                           (state.tr("态度", "attitude"), progress.attitude), (state.tr("反馈", "feedback"), progress.feedback)]
            lines.append(Line(label: state.tr("评价", "Evaluation"), value: answers.map { "\($0.0) \($0.1.label(state.language))" }.joined(separator: state.tr("，", ", "))))
        }
        if progress.mergedInto.raw >= 0 { lines.append(Line(label: state.tr("合并至", "Merged into"), value: "#\(progress.mergedInto.raw)")) }
        let duplicates = registry.indexes.duplicatesByAppeal.children(of: id.raw)
        if !duplicates.isEmpty { lines.append(Line(label: state.tr("合并的重复件", "Duplicates"), value: duplicates.map { "#\($0)" }.joined(separator: " "))) }
        lines.append(Line(label: "", value: heading("办理过程", "Timeline"), role: .title))
        for event in registry.timeline(of: id) {
            let who = event.actor.raw >= 0 ? registry.name(of: RecordRef(.user, event.actor.raw)) : ""
            let note = registry.text(event.note)
            let time = FieldText.formatTime(event.at, registry.settings.utcOffset(at: event.at))
            lines.append(Line(label: "", value: "\(time) \(event.kind.label(state.language)) \(who)" + (note.isEmpty ? "" : "：\(note)")))
        }
        return lines
    }

    /// The handling steps' facts: first contact, a waiting extension request, a suspension,
    /// urges, unreached callbacks and the handling time (suspensions left out).
    private func handlingLines(_ appeal: Appeal, _ context: RowContext) -> [Line] {
        let progress = appeal.progress
        let offset = state.registry.settings.utcOffset(at: context.now)
        let time = { (t: Int64) in FieldText.formatTime(t, offset) }
        var lines: [Line] = []
        if progress.firstContactAt > 0 {
            let late = progress.dispatchedAt > 0 && progress.firstContactAt > progress.dispatchedAt + AppealProgress.firstContactLimit
            lines.append(Line(label: state.tr("首次联系", "First contact"), value: time(progress.firstContactAt) + (late ? state.tr("（超过24小时）", " (after 24 hours)") : ""),
                              role: late ? .warning : nil))
        } else if progress.isFirstContactLate(at: context.now) {
            lines.append(Line(label: state.tr("首次联系", "First contact"), value: state.tr("超过24小时未联系", "none within 24 hours"), role: .overdue))
        }
        if progress.requestedDeadline > 0 {
            let day = Day(unixTime: progress.requestedDeadline, utcOffset: offset).iso
            lines.append(Line(label: state.tr("延期申请", "Extension asked"), value: state.tr("至 \(day)，待审批", "to \(day), waiting for a decision"), role: .warning))
        }
        if progress.state == .suspended {
            lines.append(Line(label: state.tr("挂起", "Suspended"), value: state.tr("自 \(time(progress.suspendedAt))，恢复后期限顺延", "since \(time(progress.suspendedAt)); the deadline moves on when resumed")))
        }
        if progress.urgeCount > 0 || progress.residentUrgeCount > 0 {
            lines.append(Line(label: state.tr("催办", "Urged"), value: state.tr("超期催办\(progress.urgeCount)次，群众催办\(progress.residentUrgeCount)次",
                                                                               "\(progress.urgeCount) overdue, \(progress.residentUrgeCount) by the resident")))
        }
        if progress.unreachedCallbacks > 0 {
            lines.append(Line(label: state.tr("回访未接通", "Callbacks missed"), value: state.tr("\(progress.unreachedCallbacks)次", "\(progress.unreachedCallbacks)")))
        }
        if let seconds = progress.handlingSeconds(receivedAt: appeal.receivedAt) {
            let hours = seconds / 3_600
            let text = hours < 48 ? state.tr("\(hours)小时", "\(hours) h") : state.tr("\(hours / 24)天\(hours % 24)小时", "\(hours / 24) d \(hours % 24) h")
            let suspended = progress.suspendedSeconds > 0 ? state.tr("（不含挂起）", " (suspensions left out)") : ""
            lines.append(Line(label: state.tr("办理用时", "Handling time"), value: text + suspended))
        }
        return lines
    }

    private func volunteerLines(_ id: VolunteerID, _ context: RowContext) -> [Line] {
        let registry = state.registry
        let services = registry.indexes.servicesByVolunteer.children(of: id.raw).map { registry.services.rows[Int($0)] }
        let today = context.today
        let quarter = (today.firstOfQuarter.daysSince1970, today.lastOfQuarter.daysSince1970)
        let year = (today.firstOfYear.daysSince1970, today.lastOfYear.daysSince1970)
        let hours = { (range: (Int32, Int32)) -> String in
            let tenths = services.filter { $0.day >= range.0 && $0.day <= range.1 }.reduce(0) { $0 + Int($1.tenthsOfHour) }
            return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
        }
        var lines = [Line(label: state.tr("本季度时长", "Hours this quarter"), value: hours(quarter)),
                     Line(label: state.tr("本年度时长", "Hours this year"), value: hours(year)),
                     Line(label: "", value: heading("服务记录", "Services"), role: .title)]
        for service in services.sorted(by: { $0.day > $1.day }).prefix(20) {
            let confirmed = service.isConfirmed ? "" : state.tr("（未确认）", " (unconfirmed)")
            lines.append(Line(label: "", value: "\(Day(daysSince1970: service.day).iso) \(registry.text(service.activity)) \(Double(service.tenthsOfHour) / 10)h\(confirmed)"))
        }
        return lines
    }

    private func communityLines(_ id: CommunityID, _ context: RowContext) -> [Line] {
        let registry = state.registry
        let year = Int32(context.today.year)
        let used = registry.metrics.committed(community: id, year: year)
        let budget = registry.communities[id].annualBudget
        var lines = [
            Line(label: state.tr("预算已用", "Budget used"), value: "\(formatCount(Int(used))) / \(formatCount(Int(budget)))"),
            Line(label: state.tr("预算剩余", "Budget left"), value: formatCount(Int(budget - used)), role: budget - used > 0 ? nil : .warning),
        ]
        let teams = registry.indexes.teamsByCommunity.children(of: id.raw)
        if !teams.isEmpty {
            lines.append(Line(label: "", value: heading("党员先锋队", "Vanguard teams"), role: .title))
            let first = context.today.firstOfYear.daysSince1970
            for team in teams {
                let members = registry.indexes.membersByTeam.children(of: team)
                let tenths = members.reduce(0) { sum, member in
                    sum + registry.indexes.servicesByVolunteer.children(of: member).reduce(0) { inner, service in
                        let record = registry.services.rows[Int(service)]
                        return inner + (record.day >= first ? Int(record.tenthsOfHour) : 0)
                    }
                }
                lines.append(Line(label: "", value: state.tr("\(registry.name(of: RecordRef(.team, team)))：\(members.count)人，今年\(tenths / 10)小时",
                                                             "\(registry.name(of: RecordRef(.team, team))): \(members.count) members, \(tenths / 10) h this year")))
            }
        }
        return lines
    }

    /// A category's time limit for each urgency, written out (`:limit` changes one).
    private func categoryLines(_ id: CategoryID) -> [Line] {
        var lines = [Line(label: "", value: heading("办理时限", "Time limits"), role: .title)]
        for urgency in Urgency.allCases {
            lines.append(Line(label: urgency.label(state.language), value: state.registry.limit(category: id, urgency: urgency).label.text(state.language)))
        }
        return lines
    }

    /// A team's members (the volunteers whose team it is), by name.
    private func teamLines(_ id: TeamID) -> [Line] {
        let registry = state.registry
        let members = registry.indexes.membersByTeam.children(of: id.raw)
        var lines = [Line(label: "", value: heading("队员 \(members.count) 人", "\(members.count) members"), role: .title)]
        for member in members.prefix(50) {
            lines.append(Line(label: "", value: registry.name(of: RecordRef(.volunteer, member))))
        }
        if members.count > 50 { lines.append(Line(label: "", value: state.tr("……另有 \(members.count - 50) 人", "… and \(members.count - 50) more"))) }
        return lines
    }

    private func projectLines(_ id: ProjectID) -> [Line] {
        let registry = state.registry
        let progress = registry.projects[id].progress
        var lines = [Line(label: state.tr("状态", "State"), value: progress.state.label(state.language))]
        if progress.state != .proposed { lines.append(Line(label: state.tr("票数", "Votes"), value: "\(progress.votesFor) / \(progress.votesAgainst)")) }
        if progress.state == .accepted { lines.append(Line(label: state.tr("居民评分", "Score"), value: String(progress.score))) }
        let linked = registry.indexes.appealsByProject.children(of: id.raw)
        if !linked.isEmpty {
            lines.append(Line(label: "", value: heading("关联诉求", "Linked appeals"), role: .title))
            for appeal in linked.prefix(20) { lines.append(Line(label: "#\(appeal)", value: registry.name(of: RecordRef(.appeal, appeal)))) }
        }
        return lines
    }

    /// A section heading between dashes (hyphens with `--ascii`).
    private func heading(_ zh: String, _ en: String) -> String {
        let dash = state.rowContext.dash
        return "\(dash) \(state.tr(zh, en)) \(dash)"
    }
}
