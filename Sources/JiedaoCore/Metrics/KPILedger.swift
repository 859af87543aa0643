/// Appeal figures per group of every KPI dimension and per day of receipt, kept current
/// as edits apply, so the KPIs of any period are sums of a few cells, never a rescan.
///
/// Days are dated in the time zone the ledger was built with; the registry rebuilds it
/// when the data set's time zone changes, and when the working-day calendar changes
/// (handling times are counted in working days).
public struct KPILedger: Sendable {
    /// The calendar handling times are counted with.
    public let calendar: WorkCalendar
    /// Seconds east of UTC used to date receipts and resolutions.
    public let utcOffset: Int
    /// Per dimension (in `KPIDimension.allCases` order): day → group key → cell.
    private var cells: [[Int32: [Int64: KPICell]]]
    /// Live appeals resolved on each day (by their latest 办结).
    private var resolvedPerDay: [Int32: Int32] = [:]

    /// A ledger of `appeals`.
    public init(appeals: [Appeal], calendar: WorkCalendar, utcOffset: Int) {
        self.calendar = calendar
        self.utcOffset = utcOffset
        cells = Array(repeating: [:], count: KPIDimension.allCases.count)
        for appeal in appeals { update(old: nil, new: appeal) }
    }

    /// The group of `appeal` along `dimension`, as ``KPIWindow`` names it.
    public static func key(_ appeal: Appeal, _ dimension: KPIDimension) -> Int64 {
        switch dimension {
        case .community: Int64(appeal.community.raw)
        case .compound: Int64(appeal.compound.raw)
        case .category: Int64(appeal.categoryCode)
        case .channel: Int64(appeal.channel.rawValue)
        case .department: Int64(appeal.progress.handlerKind.rawValue) << 32 | Int64(UInt32(bitPattern: appeal.progress.handler))
        }
    }

    /// The day (days since 1970) of a moment in the ledger's time zone.
    public func day(of time: Int64) -> Int32 {
        Day(unixTime: time, utcOffset: utcOffset).daysSince1970
    }

    mutating func update(old: Appeal?, new: Appeal?) {
        if let old, !old.isDeleted { add(old, sign: -1) }
        if let new, !new.isDeleted { add(new, sign: 1) }
    }

    private mutating func add(_ appeal: Appeal, sign: Int32) {
        let received = day(of: appeal.receivedAt)
        var days: Int32 = 0
        let resolvedAt = appeal.progress.resolvedAt
        if appeal.progress.state.isHandled, resolvedAt > 0 {
            let worked = calendar.workingDays(from: Day(daysSince1970: received), to: Day(daysSince1970: day(of: resolvedAt)))
            // Days suspended waited on the resident or a third party, not on the handler.
            days = Int32(clamping: max(0, worked - Int(appeal.progress.suspendedWorkingDays)))
        }
        for (index, dimension) in KPIDimension.allCases.enumerated() {
            let key = Self.key(appeal, dimension)
            cells[index][received, default: [:]][key, default: KPICell()].add(appeal, handlingDays: days, sign: sign)
            if sign < 0, cells[index][received]?[key]?.isEmpty == true {
                cells[index][received]?[key] = nil
                if cells[index][received]?.isEmpty == true { cells[index][received] = nil }
            }
        }
        if resolvedAt > 0 {
            let resolved = day(of: resolvedAt)
            let count = resolvedPerDay[resolved, default: 0] &+ sign
            resolvedPerDay[resolved] = count == 0 ? nil : count
        }
    }

    // MARK: - Queries

    /// The cells of `dimension` summed per group over the days `first...last` of receipt.
    public func groups(_ dimension: KPIDimension, from first: Day, to last: Day) -> [Int64: KPICell] {
        guard let index = KPIDimension.allCases.firstIndex(of: dimension) else { return [:] }
        let byDay = cells[index]
        var result: [Int64: KPICell] = [:]
        func take(_ groups: [Int64: KPICell]) {
            for (key, cell) in groups { result[key, default: KPICell()].add(cell) }
        }
        let lower = first.daysSince1970, upper = last.daysSince1970
        guard lower <= upper else { return [:] }
        // Walk whichever is shorter: the days of the period or the days with appeals.
        if Int(upper) - Int(lower) < byDay.count {
            for day in lower...upper { if let groups = byDay[day] { take(groups) } }
        } else {
            for (day, groups) in byDay where day >= lower && day <= upper { take(groups) }
        }
        return result
    }

    /// Live appeals received on `day`, merged and withdrawn ones included.
    public func received(on day: Int32) -> Int {
        let category = KPIDimension.allCases.firstIndex(of: .category) ?? 0
        return cells[category][day]?.values.reduce(0) { $0 + Int($1.received) } ?? 0
    }

    /// Live appeals whose latest resolution was on `day`.
    public func resolved(on day: Int32) -> Int { Int(resolvedPerDay[day] ?? 0) }
}
