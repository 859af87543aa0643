import JiedaoCore
import TermCanvas

extension PaneColumns {
    /// 党员先锋队: a row per team, with its community, leader and how many volunteers are members.
    static let teams: [PaneColumn] = [
        PaneColumn(.name, "名称", "Name", width: .min(10), text: { c, id in c.registry.text(c.registry.teams[TeamID(id)].name) },
                   sortKey: { c, id in .text(PinyinSortKey.of(c.registry.text(c.registry.teams[TeamID(id)].name))) }),
        PaneColumn(.community, "社区", "Community", width: .fixed(10), text: { c, id in
            c.registry.name(of: RecordRef(.community, c.registry.teams[TeamID(id)].community.raw))
        }),
        PaneColumn(.leader, "队长", "Leader", width: .fixed(8), text: { c, id in
            c.registry.name(of: RecordRef(.volunteer, c.registry.teams[TeamID(id)].leader.raw))
        }),
        PaneColumn(.members, "队员", "Members", width: .fixed(7), numeric: true, text: { c, id in
            String(c.registry.indexes.membersByTeam.count(of: id))
        }, sortKey: { c, id in .number(Int64(c.registry.indexes.membersByTeam.count(of: id))) }),
    ]

    /// 诉求类别: a row per category, with its English name, its time limits and whether it is retired.
    static let categories: [PaneColumn] = [
        PaneColumn(.name, "名称", "Name", width: .min(8), text: { c, id in c.registry.text(c.registry.categories[CategoryID(id)].name) },
                   sortKey: { c, id in .number(Int64(id)) }),
        PaneColumn(.englishName, "英文名称", "English name", width: .fixed(18), text: { c, id in
            c.registry.text(c.registry.categories[CategoryID(id)].englishName)
        }),
        PaneColumn(.limits, "时限 紧急·咨询·一般·复杂", "Limits E·C·G·X", width: .fixed(24), text: { c, id in limits(of: CategoryID(id), c) }),
        PaneColumn(.state, "状态", "State", width: .fixed(6), text: { c, id in
            c.registry.categories[CategoryID(id)].isRetired ? c.tr("已停用", "retired") : c.tr("在用", "in use")
        }),
    ]

    /// "24h · 3d · 5d · 15d": the limit for each urgency in order (紧急, 咨询, 一般, 复杂).
    static func limits(of category: CategoryID, _ c: RowContext) -> String {
        Urgency.allCases.map { c.registry.limit(category: category, urgency: $0).shortText }.joined(separator: " · ")
    }
}
