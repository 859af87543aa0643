import JiedaoCore

/// The summary pane's figures that need a pass over the appeals, made once per data change or day.
public struct SummaryFigures: Sendable, Equatable {
    public var receivedToday = 0
    public var receivedThisMonth = 0
    /// Appeals received and resolved on each of the last 30 days, oldest first.
    public var received30: [Int] = Array(repeating: 0, count: 30)
    public var resolved30: [Int] = Array(repeating: 0, count: 30)
    /// This month's appeals per category, most first.
    public var topCategories: [(category: CategoryID, count: Int)] = []
    /// The open appeals furthest past their deadline.
    public var mostOverdue: [AppealID] = []

    public init() {}

    public static func == (lhs: SummaryFigures, rhs: SummaryFigures) -> Bool {
        lhs.receivedToday == rhs.receivedToday && lhs.receivedThisMonth == rhs.receivedThisMonth && lhs.received30 == rhs.received30
            && lhs.resolved30 == rhs.resolved30 && lhs.mostOverdue == rhs.mostOverdue
            && lhs.topCategories.map(\.category) == rhs.topCategories.map(\.category) && lhs.topCategories.map(\.count) == rhs.topCategories.map(\.count)
    }

    /// Read from the KPI ledger and the overdue tracker, so it costs the same at any size.
    init(registry: Registry, ledger: KPILedger, now: Int64) {
        let today = ledger.day(of: now)
        let monthStart = Day(daysSince1970: today).firstOfMonth
        receivedToday = ledger.received(on: today)
        for back in 0..<30 {
            received30[29 - back] = ledger.received(on: today - Int32(back))
            resolved30[29 - back] = ledger.resolved(on: today - Int32(back))
        }
        var categories: [(category: CategoryID, count: Int)] = []
        for (key, cell) in ledger.groups(.category, from: monthStart, to: Day(daysSince1970: today)) where cell.received > 0 {
            // Counted as the monthly report counts them: merged duplicates and withdrawn appeals are not.
            receivedThisMonth += cell.tally.counted
            categories.append((CategoryID(Int32(truncatingIfNeeded: key)), Int(cell.received)))
        }
        topCategories = categories.sorted { ($0.count, $1.category.raw) > ($1.count, $0.category.raw) }.prefix(6).map { $0 }
        mostOverdue = registry.mostOverdue(10, at: now)
    }
}
