import JiedaoCore

/// The counts of the Today pane, from the running figures: appeals by state from the metrics,
/// overdue and due-soon from the deadline tracker, late first contacts from their tracker, members behind from the quarter tracker.
/// Projects and owners' committees, a few thousand records at most, are counted when those
/// records change or the day turns, never per key or per tick.
public struct TodayFigures: Equatable, Sendable {
    /// One count per ``TodayItem``, in its order.
    public private(set) var counts = [Int](repeating: 0, count: TodayItem.allCases.count)

    public init() {}

    public func count(_ item: TodayItem) -> Int { counts[Int(item.rawValue)] }

    /// Takes the counts the trackers and metrics keep (the registry's clock is at `context.now`).
    /// A user limited to a community counts only its appeals, from the community's index; a
    /// handler of a department only the department's, found by a pass over the appeals (there
    /// is no index by handler yet) each time the figures are refreshed, never per key.
    mutating func refreshRunning(_ context: RowContext, community: CommunityID? = nil, department: DepartmentID? = nil) {
        let registry = context.registry
        if community != nil || department != nil {
            let ids: [Int32] = community.map { registry.indexes.appealsByCommunity.children(of: $0.raw) }
                ?? registry.appeals.liveIDs.map(\.raw).filter { id in department.map { RowQuery.isDispatched(registry.appeals.rows[Int(id)], to: $0) } ?? false }
            for item in TodayItem.allCases where item.pane == .appeals {
                set(item, ids.reduce(0) { $0 + (item.includes($1, context) ? 1 : 0) })
            }
            set(.membersBehind, community.map { context.behindByCommunity[$0.index] ?? 0 } ?? 0)
            return
        }
        let byState = registry.metrics.appealsByState
        set(.toDispatch, byState[Int(AppealState.received.rawValue)] + byState[Int(AppealState.returned.rawValue)])
        set(.notAccepted, byState[Int(AppealState.dispatched.rawValue)])
        set(.awaitingCallback, byState[Int(AppealState.resolved.rawValue)])
        set(.allOpen, AppealState.allCases.filter(\.isOpen).reduce(0) { $0 + byState[Int($1.rawValue)] })
        set(.overdue, context.overdueByCommunity.values.reduce(0, +))
        set(.lateFirstContact, registry.lateFirstContacts(at: context.now))
        set(.extensionRequests, registry.metrics.pendingExtensions)
        set(.dueSoon, registry.appealsDue(before: TodayItem.endOfTomorrow(context), at: context.now))
        set(.membersBehind, context.behindByCommunity.values.reduce(0, +))
    }

    /// Counts the projects and committees (after they changed, or a new day); a handler has none,
    /// a coordinator limited to a community those of the community.
    mutating func refreshScanned(_ context: RowContext, community: CommunityID? = nil, department: DepartmentID? = nil) {
        let registry = context.registry
        if department != nil {
            set(.projectsAwaitingDecision, 0)
            set(.termsEnding, 0)
            return
        }
        if let community {
            set(.projectsAwaitingDecision, registry.indexes.projectsByCommunity.children(of: community.raw).reduce(0) {
                let state = registry.projects.rows[Int($1)].progress.state
                return $0 + (state == .proposed || state == .deliberated ? 1 : 0)
            })
            let today = context.today
            set(.termsEnding, registry.indexes.compoundsByCommunity.children(of: community.raw).reduce(0) {
                $0 + (TodayItem.termEnds(registry.compounds.rows[Int($1)], within: 90, of: today) ? 1 : 0)
            })
            return
        }
        set(.projectsAwaitingDecision, registry.projects.rows.reduce(0) {
            $0 + (!$1.isDeleted && ($1.progress.state == .proposed || $1.progress.state == .deliberated) ? 1 : 0)
        })
        let today = context.today
        set(.termsEnding, registry.compounds.rows.reduce(0) { $0 + (!$1.isDeleted && TodayItem.termEnds($1, within: 90, of: today) ? 1 : 0) })
    }

    private mutating func set(_ item: TodayItem, _ value: Int) { counts[Int(item.rawValue)] = value }
}
