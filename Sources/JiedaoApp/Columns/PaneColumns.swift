import JiedaoCore
import TermCanvas

/// The columns of every list pane.
public enum PaneColumns {
    public static func columns(for pane: Pane) -> [PaneColumn] {
        switch pane {
        case .today: today
        case .communities: communities
        case .compounds: compounds
        case .volunteers: volunteers
        case .appeals: appeals
        case .projects: projects
        case .departments: departments
        case .users: users
        case .teams: teams
        case .categories: categories
        case .summary: []
        }
    }

    /// Where column `id` stands in the pane's table, if the pane has it.
    public static func index(of id: ColumnID, on pane: Pane) -> Int? {
        columns(for: pane).firstIndex { $0.id == id }
    }

    /// The pane's column named `id`, if it has one.
    public static func column(_ id: ColumnID, on pane: Pane) -> PaneColumn? {
        columns(for: pane).first { $0.id == id }
    }

    /// The Today pane: a row per kind of work, with its count (rows are ``TodayItem`` raw values).
    static let today: [PaneColumn] = [
        PaneColumn(.count, "数量", "Count", width: .fixed(7), numeric: true,
                   text: { c, id in TodayItem(rawValue: id).map { formatCount(c.todayFigures.count($0)) } ?? "" },
                   sortKey: { c, id in .number(Int64(TodayItem(rawValue: id).map { c.todayFigures.count($0) } ?? 0)) },
                   role: { c, id in
                       guard let item = TodayItem(rawValue: id) else { return nil }
                       let count = c.todayFigures.count(item)
                       return count == 0 ? .muted : (item.isLate ? .overdue : nil)
                   }),
        PaneColumn(.item, "待办事项", "To do", width: .min(12), text: { c, id in TodayItem(rawValue: id)?.title.text(c.language) ?? "" }),
    ]

    static let communities: [PaneColumn] = [
        PaneColumn(.name, "名称", "Name", width: .min(8), text: { c, id in c.registry.text(c.registry.communities[CommunityID(id)].name) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.text(c.registry.communities[CommunityID(id)].name))) }),
        PaneColumn.number(.compounds, "小区", "Cmpds", width: 5) { c, id in Int64(c.registry.metrics.coverage(of: CommunityID(id)).compounds) },
        PaneColumn.percent(.coverage, "覆盖率", "Cover", width: 6) { c, id in
            let coverage = c.registry.metrics.coverage(of: CommunityID(id))
            return coverage.compounds == 0 ? 0 : Double(coverage.covered) / Double(coverage.compounds)
        },
        PaneColumn.number(.appeals, "诉求", "Appeals", width: 7) { c, id in Int64(c.registry.indexes.appealsByCommunity.count(of: id)) },
        PaneColumn.number(.open, "未办结", "Open", width: 6) { c, id in Int64(c.registry.metrics.appeals(of: CommunityID(id)).open) },
        PaneColumn(.overdue, "超期", "Late", width: .fixed(5), numeric: true,
                   text: { c, id in String(c.overdueByCommunity[Int(id), default: 0]) },
                   sortKey: { c, id in .number(Int64(c.overdueByCommunity[Int(id), default: 0])) },
                   role: { c, id in c.overdueByCommunity[Int(id), default: 0] > 0 ? .overdue : nil }),
        PaneColumn.percent(.closure, "办结率", "Closed", width: 6) { c, id in c.registry.metrics.appeals(of: CommunityID(id)).closureRate },
        PaneColumn.percent(.satisfaction, "满意率", "Satisf", width: 6) { c, id in c.registry.metrics.appeals(of: CommunityID(id)).satisfactionRate },
        PaneColumn.number(.behind, "未服务", "Behind", width: 6) { c, id in Int64(c.behindByCommunity[Int(id), default: 0]) },
        PaneColumn.percent(.served, "合规率", "Served", width: 6) { c, id in
            let members = c.registry.indexes.volunteersByCommunity.children(of: id)
                .filter { c.registry.volunteers.rows[Int($0)].volunteerKind == .inServiceMember }.count
            return members == 0 ? 1 : 1 - Double(c.behindByCommunity[Int(id), default: 0]) / Double(members)
        },
        PaneColumn.number(.budgetLeft, "预算剩余", "Budget left", width: 9) { c, id in
            c.registry.communities[CommunityID(id)].annualBudget - c.registry.metrics.committed(community: CommunityID(id), year: Int32(c.today.year))
        },
    ]

    static let compounds: [PaneColumn] = [
        PaneColumn(.name, "名称", "Name", width: .min(8), text: { c, id in c.registry.text(c.registry.compounds[CompoundID(id)].name) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.text(c.registry.compounds[CompoundID(id)].name))) }),
        PaneColumn(.community, "社区", "Community", width: .fixed(10), text: { c, id in c.registry.name(of: RecordRef(.community, c.registry.compounds[CompoundID(id)].community.raw)) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.name(of: RecordRef(.community, c.registry.compounds[CompoundID(id)].community.raw)))) }),
        PaneColumn(.kind, "类型", "Kind", width: .fixed(8), text: { c, id in c.registry.compounds[CompoundID(id)].compoundKind.label(c.language) }),
        PaneColumn.number(.households, "户数", "Homes", width: 6) { c, id in Int64(c.registry.compounds[CompoundID(id)].households) },
        PaneColumn(.partyOrg, "党组织", "Party org", width: .fixed(10),
                   text: { c, id in c.registry.compounds[CompoundID(id)].partyOrg.label(c.language) },
                   sortKey: { c, id in .number(Int64(c.registry.compounds[CompoundID(id)].partyOrg.rawValue)) },
                   role: { c, id in c.registry.compounds[CompoundID(id)].isCovered ? nil : .warning }),
        PaneColumn(.termEnds, "业委会届满", "Term ends", width: .fixed(10),
                   text: { c, id in
                       let compound = c.registry.compounds[CompoundID(id)]
                       return compound.ownersTermEnd == Int32.min ? c.dash : Day(daysSince1970: compound.ownersTermEnd).iso
                   },
                   sortKey: { c, id in .number(Int64(c.registry.compounds[CompoundID(id)].ownersTermEnd)) },
                   role: { c, id in
                       let end = c.registry.compounds[CompoundID(id)].ownersTermEnd
                       guard end != Int32.min else { return nil }
                       return end - c.today.daysSince1970 <= 90 ? .warning : nil
                   }),
        PaneColumn.number(.disputes, "今年纠纷", "Disputes", width: 8) { c, id in Int64(c.registry.compounds[CompoundID(id)].disputesThisYear) },
        PaneColumn(.disputesChange, "同比", "YoY", width: .fixed(7), numeric: true,
                   text: { c, id in
                       let compound = c.registry.compounds[CompoundID(id)]
                       guard compound.disputesLastYear > 0 else { return c.dash }
                       let change = Double(compound.disputesThisYear - compound.disputesLastYear) / Double(compound.disputesLastYear)
                       return (change > 0 ? "+" : "") + formatPercent(change)
                   },
                   sortKey: { c, id in
                       let compound = c.registry.compounds[CompoundID(id)]
                       guard compound.disputesLastYear > 0 else { return .number(Int64.min) }
                       return .number(Int64(compound.disputesThisYear - compound.disputesLastYear) * 10_000 / Int64(compound.disputesLastYear))
                   },
                   role: { c, id in
                       let compound = c.registry.compounds[CompoundID(id)]
                       return compound.disputesThisYear > compound.disputesLastYear ? .warning : nil
                   }),
    ]

    static let volunteers: [PaneColumn] = [
        PaneColumn(.name, "姓名", "Name", width: .min(6), text: { c, id in c.registry.text(c.registry.volunteers[VolunteerID(id)].name) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.text(c.registry.volunteers[VolunteerID(id)].name))) }),
        PaneColumn(.phone, "电话", "Phone", width: .fixed(11), text: { c, id in c.phone(c.registry.volunteers[VolunteerID(id)].phone, of: RecordRef(.volunteer, id)) }),
        PaneColumn(.community, "社区", "Community", width: .fixed(10), text: { c, id in c.registry.name(of: RecordRef(.community, c.registry.volunteers[VolunteerID(id)].community.raw)) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.name(of: RecordRef(.community, c.registry.volunteers[VolunteerID(id)].community.raw)))) }),
        PaneColumn(.kind, "类型", "Kind", width: .fixed(10), text: { c, id in c.registry.volunteers[VolunteerID(id)].volunteerKind.label(c.language) }),
        PaneColumn(.thisQuarter, "本季服务", "This qtr", width: .fixed(8),
                   text: { c, id in
                       // Services this quarter; "behind" only for the in-service members the rule binds.
                       let count = c.registry.serviceCount(VolunteerID(id), inQuarterOf: c.today)
                       if count > 0 { return c.tr("\(count)次", "\(count)×") }
                       return c.registry.volunteers[VolunteerID(id)].volunteerKind == .inServiceMember ? c.tr("未服务", "behind") : c.dash
                   },
                   role: { c, id in
                       let volunteer = c.registry.volunteers[VolunteerID(id)]
                       guard volunteer.volunteerKind == .inServiceMember else { return .muted }
                       return c.registry.hasServed(VolunteerID(id), inQuarterOf: c.today) ? .ok : .overdue
                   }),
        PaneColumn.number(.services, "服务次数", "Services", width: 8) { c, id in Int64(c.registry.indexes.servicesByVolunteer.count(of: id)) },
    ]

    static let appeals: [PaneColumn] = [
        PaneColumn(.number, "编号", "ID", width: .fixed(6), numeric: true, text: { _, id in String(id) }, sortKey: { _, id in .number(Int64(id)) },
                   alphabet: PaneColumn.digitsAndDates),
        PaneColumn(.summary, "标题", "Summary", width: .min(8), text: { c, id in c.registry.text(c.registry.appeals[AppealID(id)].summary) },
                   searchKey: { c, id in .text(c.registry.appeals[AppealID(id)].summary) }),
        PaneColumn(.community, "社区", "Community", width: .fixed(10), text: { c, id in c.registry.name(of: RecordRef(.community, c.registry.appeals[AppealID(id)].community.raw)) },
                   searchKey: { c, id in .value(Int64(c.registry.appeals[AppealID(id)].community.raw)) }),
        PaneColumn(.category, "类别", "Category", width: .fixed(8), text: { c, id in c.registry.categoryName(c.registry.appeals[AppealID(id)].category, c.language) },
                   searchKey: { c, id in .value(Int64(c.registry.appeals[AppealID(id)].categoryCode)) }),
        PaneColumn(.state, "状态", "State", width: .fixed(7), text: { c, id in c.registry.appeals[AppealID(id)].progress.state.label(c.language) },
                   searchKey: { c, id in .value(Int64(c.registry.appeals[AppealID(id)].progress.state.rawValue)) }),
        PaneColumn(.deadline, "期限", "Deadline", width: .fixed(12),
                   text: { c, id in DeadlineText.text(c.registry.appeals[AppealID(id)].progress, c) },
                   sortKey: { c, id in DeadlineText.sortKey(c.registry.appeals[AppealID(id)].progress) },
                   role: { c, id in DeadlineText.role(c.registry.appeals[AppealID(id)].progress, c) },
                   searchKey: { c, id in .value(DeadlineText.textKey(c.registry.appeals[AppealID(id)].progress, c)) },
                   alphabet: DeadlineText.alphabet),
        PaneColumn(.channel, "渠道", "Channel", width: .fixed(10), text: { c, id in c.registry.appeals[AppealID(id)].channel.label(c.language) },
                   searchKey: { c, id in .value(Int64(c.registry.appeals[AppealID(id)].channel.rawValue)) }),
        PaneColumn(.received, "受理时间", "Received", width: .fixed(16),
                   text: { c, id in
                       let time = c.registry.appeals[AppealID(id)].receivedAt
                       return FieldText.formatTime(time, c.registry.settings.utcOffset(at: time))
                   },
                   sortKey: { c, id in .number(c.registry.appeals[AppealID(id)].receivedAt) },
                   searchKey: { c, id in .value(c.registry.appeals[AppealID(id)].receivedAt / 60) }, alphabet: PaneColumn.digitsAndDates),
        // The channel's own number (12345 工单号), so a resident calling with it is found by `/`.
        PaneColumn(.ticket, "工单号", "Ticket", width: .fixed(16), text: { c, id in c.registry.text(c.registry.appeals[AppealID(id)].ticket) },
                   searchKey: { c, id in .text(c.registry.appeals[AppealID(id)].ticket) }),
    ]

    static let projects: [PaneColumn] = [
        PaneColumn(.title, "名称", "Title", width: .min(8), text: { c, id in c.registry.text(c.registry.projects[ProjectID(id)].title) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.text(c.registry.projects[ProjectID(id)].title))) }),
        PaneColumn(.community, "社区", "Community", width: .fixed(10), text: { c, id in c.registry.name(of: RecordRef(.community, c.registry.projects[ProjectID(id)].community.raw)) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.name(of: RecordRef(.community, c.registry.projects[ProjectID(id)].community.raw)))) }),
        PaneColumn(.kind, "类型", "Kind", width: .fixed(6), text: { c, id in c.registry.projects[ProjectID(id)].projectKind.label(c.language) }),
        PaneColumn.number(.budget, "预算", "Budget", width: 9) { c, id in c.registry.projects[ProjectID(id)].budget },
        PaneColumn(.state, "状态", "State", width: .fixed(6), text: { c, id in c.registry.projects[ProjectID(id)].progress.state.label(c.language) }),
        PaneColumn(.votes, "赞成/反对", "For/against", width: .fixed(11), numeric: true,
                   text: { c, id in
                       let p = c.registry.projects[ProjectID(id)].progress
                       return p.state == .proposed ? c.dash : "\(p.votesFor)/\(p.votesAgainst)"
                   }),
        PaneColumn.number(.year, "年度", "Year", width: 5, grouped: false) { c, id in Int64(c.registry.projects[ProjectID(id)].year) },
    ]

    static let departments: [PaneColumn] = [
        PaneColumn(.name, "名称", "Name", width: .min(10), text: { c, id in c.registry.text(c.registry.departments[DepartmentID(id)].name) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.text(c.registry.departments[DepartmentID(id)].name))) }),
        PaneColumn(.contact, "联系人", "Contact", width: .fixed(8), text: { c, id in c.registry.text(c.registry.departments[DepartmentID(id)].contact) }),
        PaneColumn(.categories, "受理类别", "Categories", width: .fixed(30), text: { c, id in
            let department = c.registry.departments[DepartmentID(id)]
            return c.registry.categories(inMask: department.categories).map { c.registry.categoryName($0, c.language) }
                .joined(separator: c.language == .zh ? "、" : ", ")
        }),
        PaneColumn(.phone, "电话", "Phone", width: .fixed(13), text: { c, id in c.registry.text(c.registry.departments[DepartmentID(id)].phone) }),
    ]

    static let users: [PaneColumn] = [
        PaneColumn(.name, "姓名", "Name", width: .min(8), text: { c, id in c.registry.text(c.registry.users[UserID(id)].displayName) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.text(c.registry.users[UserID(id)].displayName))) }),
        PaneColumn(.login, "登录名", "Login", width: .fixed(12), text: { c, id in c.registry.text(c.registry.users[UserID(id)].login) }),
        PaneColumn(.role, "角色", "Role", width: .fixed(11), text: { c, id in c.registry.users[UserID(id)].role.label(c.language) }),
        PaneColumn(.scope, "范围", "Scope", width: .fixed(20), text: { c, id in
            let user = c.registry.users[UserID(id)]
            if user.community.raw >= 0 { return c.registry.name(of: RecordRef(.community, user.community.raw)) }
            if user.department.raw >= 0 { return c.registry.name(of: RecordRef(.department, user.department.raw)) }
            return c.tr("全街道", "whole street")
        }),
    ]
}
