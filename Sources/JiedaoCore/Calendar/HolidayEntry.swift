/// One date of the holiday data, with where it was read.
///
/// ```swift
/// let entry = WorkCalendar.shipped.entry(on: try Day("2026-02-14"))
/// entry?.kind   // .work
/// entry?.name   // "春节调休"
/// ```
public struct HolidayEntry: Hashable, Sendable {
    /// The date.
    public var day: Day
    /// Off or worked.
    public var kind: HolidayKind
    /// The holiday's name as written in the data (`春节`, `国庆节调休`); may be empty.
    public var name: String
    /// The name of the source it came from (`shipped`, a file name).
    public var source: String
    /// The line of the source, from 1.
    public var line: Int

    public init(day: Day, kind: HolidayKind, name: String, source: String, line: Int) {
        self.day = day
        self.kind = kind
        self.name = name
        self.source = source
        self.line = line
    }
}
