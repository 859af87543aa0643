/// A calendar date with no time of day: the number of days since 1970-01-01.
///
/// The same representation as `FieldValue.day`, so a stored date converts for free.
/// All arithmetic is on the proleptic Gregorian calendar; no `Foundation.Calendar` is involved.
///
/// ```swift
/// let day = try Day("2024-02-04")
/// day.weekday            // .sunday
/// day.adding(days: 6)    // 2024-02-10
/// Day(year: 2024, month: 2, day: 30)  // nil
/// ```
public struct Day: Hashable, Comparable, Sendable, Codable {
    /// Days since 1970-01-01 (negative before it).
    public var daysSince1970: Int32

    /// The day `daysSince1970` days after 1970-01-01.
    public init(daysSince1970: Int32) { self.daysSince1970 = daysSince1970 }

    /// The date, or `nil` when the month or day does not exist (`2025-02-29`) or the
    /// year is outside 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        daysSince1970 = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSince1970 < rhs.daysSince1970 }

    // Stored as the bare day number, like the rest of the data set.
    public init(from decoder: Decoder) throws {
        daysSince1970 = try decoder.singleValueContainer().decode(Int32.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(daysSince1970)
    }
}

// MARK: - Fields

extension Day {
    /// Year, month (1...12) and day of month (1...31) at once.
    public var components: (year: Int, month: Int, day: Int) {
        Day.civilFromDays(Int(daysSince1970))
    }

    /// The year, e.g. 2024.
    public var year: Int { components.year }

    /// The month, 1...12.
    public var month: Int { components.month }

    /// The day of the month, 1...31.
    public var day: Int { components.day }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday; `mod` keeps dates before 1970 right.
        let index = Day.floorMod(Int(daysSince1970) + 3, 7)
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// Saturday or Sunday.
    public var isWeekend: Bool { weekday.isWeekend }

    /// The quarter, 1...4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The day `count` days later (earlier when negative).
    ///
    /// ```swift
    /// try Day("2024-12-30").adding(days: 3)  // 2025-01-02
    /// ```
    public func adding(days count: Int) -> Day {
        let (sum, overflow) = Int(daysSince1970).addingReportingOverflow(count)
        return Day(daysSince1970: overflow ? (count > 0 ? .max : .min) : Int32(clamping: sum))
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: Day) -> Int { Int(other.daysSince1970) - Int(daysSince1970) }
}
