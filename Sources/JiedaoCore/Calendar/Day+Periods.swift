// First and last days of the periods the reports group by (month, quarter, year).

extension Day {
    /// The first day of this day's month.
    ///
    /// ```swift
    /// try Day("2024-02-17").firstOfMonth   // 2024-02-01
    /// try Day("2024-02-17").lastOfMonth    // 2024-02-29
    /// ```
    public var firstOfMonth: Day {
        let (y, m, _) = components
        return Day(civilYear: y, month: m, day: 1)
    }

    /// The last day of this day's month.
    public var lastOfMonth: Day {
        let (y, m, _) = components
        return Day(civilYear: y, month: m, day: Day.daysIn(month: m, year: y))
    }

    /// The first day of this day's quarter (1 January, 1 April, 1 July or 1 October).
    ///
    /// ```swift
    /// try Day("2025-05-20").firstOfQuarter  // 2025-04-01
    /// try Day("2025-05-20").lastOfQuarter   // 2025-06-30
    /// ```
    public var firstOfQuarter: Day {
        let (y, m, _) = components
        return Day(civilYear: y, month: (m - 1) / 3 * 3 + 1, day: 1)
    }

    /// The last day of this day's quarter.
    public var lastOfQuarter: Day {
        let (y, m, _) = components
        let lastMonth = (m - 1) / 3 * 3 + 3
        return Day(civilYear: y, month: lastMonth, day: Day.daysIn(month: lastMonth, year: y))
    }

    /// 1 January of this day's year.
    public var firstOfYear: Day {
        Day(civilYear: year, month: 1, day: 1)
    }

    /// 31 December of this day's year.
    public var lastOfYear: Day {
        Day(civilYear: year, month: 12, day: 31)
    }

    /// A date known to exist; for days derived from another valid day, whatever its year.
    init(civilYear year: Int, month: Int, day: Int) {
        self.init(daysSince1970: Int32(clamping: Day.daysFromCivil(year: year, month: month, day: day)))
    }
}
