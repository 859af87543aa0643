/// The holidays and make-up workdays of one source (the shipped data, or one file of the
/// data directory), parsed but not yet merged.
///
/// The text format, one item a line:
/// ```text
/// # 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号)
/// year 2026 国办发明电〔2025〕7号      # the arrangement for 2026 is complete; the rest is a note
/// 2026-02-15..2026-02-23 off 春节      # days off: one date, or an inclusive range
/// 2026-02-14 work 春节调休             # a weekend day that is worked
/// ```
/// `#` starts a comment; blank lines are ignored. Dates not listed follow the week
/// (Monday to Friday worked). A date may appear again with the same kind (overlapping
/// blocks), never with the other kind in the same source.
///
/// ```swift
/// let extra = try HolidayData(parsing: fileContents, source: "holidays-2027.txt")
/// let calendar = WorkCalendar(adding: [extra])
/// ```
public struct HolidayData: Hashable, Sendable {
    /// The name used in error messages and kept in each entry.
    public var source: String
    /// The dates, one entry per day (ranges are expanded), in the order of the text.
    public var entries: [HolidayEntry]
    /// The years declared complete by `year` lines, with the note written after the year
    /// (empty when none).
    public var years: [Int: String]

    /// Data built in code.
    public init(source: String, entries: [HolidayEntry] = [], years: [Int: String] = [:]) {
        self.source = source
        self.entries = entries
        self.years = years
    }

    /// The name of the data compiled into the module.
    public static let shippedSource = "shipped"

    /// The data compiled into the module (`shippedHolidayText`).
    ///
    /// The text is part of the program and a test reads it, so it cannot fail at run time;
    /// should it ever, the result is empty and every year shows as unknown.
    public static let shipped: HolidayData =
        (try? HolidayData(parsing: shippedHolidayText, source: shippedSource))
        ?? HolidayData(source: shippedSource)
}
