import JiedaoCore

/// The summary pane's figures that need a pass over the appeals, made once per data change or day.
public struct SummaryFigures: Sendable, Equatable {
    public var receivedToday = 0
    public var receivedThisMonth = 0
    /// Appeals received and resolved on each of the last 30 days, oldest first.
    public var received30: [Int] = Array(repeating: 0, count: 30)
    public var resolved30: [Int] = Array(repeating: 0, count: 30)
    /// This month's appeals per category, most first.
    public var topCategories: [(category: JiedaoCore.Category, count: Int)] = []
    /// The open appeals furthest past their deadline.
    public var mostOverdue: [AppealID] = []

    public init() {}

    public static func == (lhs: SummaryFigures, rhs: SummaryFigures) -> Bool {
        lhs.receivedToday == rhs.receivedToday && lhs.receivedThisMonth == rhs.receivedThisMonth && lhs.received30 == rhs.received30
            && lhs.resolved30 == rhs.resolved30 && lhs.mostOverdue == rhs.mostOverdue
            && lhs.topCategories.map(\.category) == rhs.topCategories.map(\.category) && lhs.topCategories.map(\.count) == rhs.topCategories.map(\.count)
    }

    init(registry: Registry, now: Int64) {
        let offset = registry.settings.utcOffset(at: now)
        let today = Day(unixTime: now, utcOffset: offset).daysSince1970
        let monthStart = Day(daysSince1970: today).firstOfMonth.daysSince1970
        var categories = [Int](repeating: 0, count: JiedaoCore.Category.allCases.count)
        var overdue: [(id: Int32, deadline: Int64)] = []
        let offset64 = Int64(offset)
        for (index, appeal) in registry.appeals.rows.enumerated() where !appeal.isDeleted {
            let day = Int32((appeal.receivedAt + offset64).floorDiv(86_400))
            if day == today { receivedToday += 1 }
            if day >= monthStart, day <= today {
                receivedThisMonth += 1
                categories[Int(appeal.category.rawValue)] += 1
            }
            let back = Int(today - day)
            if back >= 0, back < 30 { received30[29 - back] += 1 }
            if appeal.progress.resolvedAt > 0 {
                let resolvedBack = Int(today - Int32((appeal.progress.resolvedAt + offset64).floorDiv(86_400)))
                if resolvedBack >= 0, resolvedBack < 30 { resolved30[29 - resolvedBack] += 1 }
            }
            if appeal.progress.isOverdue(at: now) { overdue.append((Int32(index), appeal.progress.deadline)) }
        }
        topCategories = JiedaoCore.Category.allCases.map { ($0, categories[Int($0.rawValue)]) }
            .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(6).map { (category: $0.0, count: $0.1) }
        mostOverdue = overdue.sorted { $0.deadline < $1.deadline }.prefix(10).map { AppealID($0.id) }
    }
}

extension Int64 {
    /// Division rounding towards minus infinity (days before 1970 stay on the right day).
    func floorDiv(_ divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
