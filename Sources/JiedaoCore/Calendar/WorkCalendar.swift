/// Which days are working days (工作日), for appeal deadlines.
///
/// Monday to Friday are worked and Saturday and Sunday are off, except the dates of the
/// holiday data: days off (放假) and make-up workdays (调休上班) from the State Council's
/// annual notices. A year without its notice (2004–2100) takes the statutory holidays on
/// their dates (``StatutoryHolidays``), without bridges or make-up days; `isKnown(_:)` says
/// which years have their notice, so that the screen can warn.
///
/// Every query is a closed-form week count plus a binary search over the few dozen
/// special dates, so adding 15 working days costs the same as adding one.
///
/// ```swift
/// let calendar = WorkCalendar.shipped
/// calendar.isWorkingDay(try Day("2024-02-04"))                      // true: 春节调休 (Sunday)
/// calendar.addWorkingDays(5, to: try Day("2025-12-29"))             // 2026-01-06
/// calendar.workingDays(from: try Day("2026-02-13"), to: try Day("2026-02-24"))  // 2
/// calendar.isKnown(2027)                                            // false
/// calendar.isWorkingDay(try Day("2027-01-01"))                      // false: 元旦 by law, notice or not
/// ```
public struct WorkCalendar: Hashable, Sendable {
    /// Every listed date after merging, by day number.
    let entries: [Int32: HolidayEntry]
    /// The dates whose status differs from the plain week, in order.
    let steps: [Int32]
    /// `stepOffset[i]`: working days gained (+) or lost (−) against the plain week on all
    /// steps up to and including `steps[i]`.
    let stepOffset: [Int32]
    /// Working days counted up to and including `steps[i]` (see `count(upTo:)`).
    let stepCount: [Int]
    /// Complete years, with the note of their `year` line.
    let years: [Int: String]

    /// A calendar from holiday sources; a later source replaces an earlier one date by date
    /// (and a year's note), and a year is known when any source declares it.
    ///
    /// ```swift
    /// let calendar = WorkCalendar(sources: [.shipped, try HolidayData(parsing: text, source: "2027.txt")])
    /// ```
    public init(sources: [HolidayData], statutory: Bool = true) {
        var merged: [Int32: HolidayEntry] = [:]
        var years: [Int: String] = [:]
        for source in sources {
            for entry in source.entries { merged[entry.day.daysSince1970] = entry }
            for (year, note) in source.years where !note.isEmpty || years[year] == nil { years[year] = note }
        }
        if statutory {
            // A year without its notice still has its statutory holidays; a listed date wins.
            for year in StatutoryHolidays.years where years[year] == nil {
                for entry in StatutoryHolidays.daysOff(in: year) where merged[entry.day.daysSince1970] == nil {
                    merged[entry.day.daysSince1970] = entry
                }
            }
        }
        var steps: [Int32] = []
        var offsets: [Int32] = []
        var counts: [Int] = []
        var offset: Int32 = 0
        for day in merged.keys.sorted() {
            guard let entry = merged[day] else { continue }
            let plain = !Day(daysSince1970: day).isWeekend
            let working = entry.kind == .work
            guard plain != working else { continue }
            offset += working ? 1 : -1
            steps.append(day)
            offsets.append(offset)
            counts.append(WorkCalendar.weekdayCount(upTo: Int(day)) + Int(offset))
        }
        self.entries = merged
        self.steps = steps
        self.stepOffset = offsets
        self.stepCount = counts
        self.years = years
    }

    /// The shipped data plus `extra` sources (files of the data directory, parsed by the
    /// caller) that override it date by date.
    public init(adding extra: [HolidayData] = []) {
        self.init(sources: [HolidayData.shipped] + extra)
    }

    /// The calendar of the shipped data.
    public static let shipped = WorkCalendar(sources: [HolidayData.shipped])

    /// Monday to Friday, no holidays: for tests and for data without a calendar.
    public static let weekendsOnly = WorkCalendar(sources: [], statutory: false)
}

// MARK: - Days

extension WorkCalendar {
    /// Whether people work on `day`: listed make-up workdays and unlisted weekdays.
    ///
    /// ```swift
    /// WorkCalendar.shipped.isWorkingDay(try Day("2025-01-28"))   // false: 除夕, 春节
    /// WorkCalendar.shipped.isWorkingDay(try Day("2025-02-08"))   // true: Saturday, 春节调休
    /// ```
    public func isWorkingDay(_ day: Day) -> Bool {
        if let entry = entries[day.daysSince1970] { return entry.kind == .work }
        return !day.isWeekend
    }

    /// The holiday data's line for `day`, if it has one (for its name: `春节`, `国庆节调休`).
    public func entry(on day: Day) -> HolidayEntry? { entries[day.daysSince1970] }

    /// The years whose arrangement is complete, ascending.
    public var knownYears: [Int] { years.keys.sorted() }

    /// The last year whose arrangement is complete, or `nil` without holiday data.
    public var lastKnownYear: Int? { years.keys.max() }

    /// Whether the arrangement of `year` is in the data. When it is not, that year counts
    /// its statutory holidays only (no bridges, no make-up days) and the screen should say so.
    public func isKnown(_ year: Int) -> Bool { years[year] != nil }

    /// Whether the year of `day` is in the data.
    public func isKnown(_ day: Day) -> Bool { isKnown(day.year) }

    /// Whether `day` is after the last known year (or there is no known year at all).
    public func isBeyondKnownYears(_ day: Day) -> Bool {
        guard let last = lastKnownYear else { return true }
        return day.year > last
    }

    /// The note written after a year's `year` line (its notice's document number), or `nil`
    /// for an unknown year.
    public func note(for year: Int) -> String? { years[year] }
}
