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
    mutating func refreshRunning(_ context: RowContext) {
        let registry = context.registry
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

    /// Counts the projects and committees (after they changed, or a new day).
    mutating func refreshScanned(_ context: RowContext) {
        let registry = context.registry
        set(.projectsAwaitingDecision, registry.projects.rows.reduce(0) {
            $0 + (!$1.isDeleted && ($1.progress.state == .proposed || $1.progress.state == .deliberated) ? 1 : 0)
        })
        let today = context.today
        set(.termsEnding, registry.compounds.rows.reduce(0) { $0 + (!$1.isDeleted && TodayItem.termEnds($1, within: 90, of: today) ? 1 : 0) })
    }

    private mutating func set(_ item: TodayItem, _ value: Int) { counts[Int(item.rawValue)] = value }
}
