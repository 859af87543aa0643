import JiedaoCore
import TermCanvas

/// A short line of context next to the breadcrumb: coverage on compounds, budget on
/// projects, a calendar warning on appeals.
enum PaneNote {
    /// What a handler is told on the lists they do not read.
    static let handlerReads = Bilingual(zh: "承办人只查看分拨到本部门的诉求（诉求栏）", en: "A handler reads only the appeals dispatched to their department (Appeals)")

    static func text(for state: AppState) -> (text: String, role: StyleRole)? {
        let registry = state.registry
        let context = state.rowContext
        let community = state.scope.reversed().lazy.compactMap { item -> CommunityID? in
            switch item {
            case .community(let id): id
            case .compound(let id): registry.compounds[id].community
            }
        }.first
        if state.handlerDepartment != nil, state.pane.listsRecords, state.pane != .appeals {
            return (handlerReads.text(state.language), .muted)
        }
        switch state.pane {
        case .compounds:
            let coverage = community.map { registry.metrics.coverage(of: $0) }
                ?? (compounds: registry.metrics.compounds, covered: registry.metrics.coveredCompounds)
            let share = coverage.compounds == 0 ? 0 : Double(coverage.covered) / Double(coverage.compounds)
            return (state.tr("党组织覆盖 \(coverage.covered)/\(coverage.compounds)（\(formatPercent(share))）",
                             "party coverage \(coverage.covered)/\(coverage.compounds) (\(formatPercent(share)))"), .muted)
        case .projects:
            let year = Int32(context.today.year)
            let total = community.map { registry.communities[$0].annualBudget } ?? registry.communities.liveIDs.reduce(0) { $0 + registry.communities[$1].annualBudget }
            let used = community.map { registry.metrics.committed(community: $0, year: year) } ?? registry.metrics.committed(year: year)
            return (state.tr("\(year)年预算 已用\(formatCount(Int(used))) 剩余\(formatCount(Int(total - used)))",
                             "\(year) budget used \(formatCount(Int(used))), left \(formatCount(Int(total - used)))"), total - used <= 0 ? .warning : .muted)
        case .appeals:
            let year = context.today.year
            guard !state.calendar.isKnown(year) else { return nil }
            let last = state.calendar.lastKnownYear.map(String.init) ?? state.rowContext.dash
            return (state.tr("节假日安排只到\(last)年，之后仅按法定假日计算（不含调休）", "holiday notices end in \(last): later deadlines count statutory holidays only, no make-up days"), .warning)
        default:
            return nil
        }
    }
}
