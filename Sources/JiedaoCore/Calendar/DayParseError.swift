/// Why a text is not a date: what went wrong, and a message in both languages.
///
/// ```swift
/// do { _ = try Day("2025-02-29") } catch {
///     error.message.en   // "“2025-02-29” is not a date: February 2025 has 28 days"
/// }
/// ```
public struct DayParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The reason.
    public enum Code: Hashable, Sendable {
        /// Not of the form `YYYY-MM-DD` (four, two and two ASCII digits).
        case notISOFormat
        /// Year 0000 is not a year in this calendar.
        case yearOutOfRange
        /// Month outside 01...12.
        case noSuchMonth(Int)
        /// Day outside the month (`2025-02-29`, `2024-04-31`).
        case noSuchDay(year: Int, month: Int, daysInMonth: Int)
    }

    public let code: Code
    /// The text that was read (cut to 40 characters).
    public let input: String

    public init(_ code: Code, input: String) {
        self.code = code
        self.input = input.count > 40 ? String(input.prefix(40)) + "…" : input
    }

    /// What to tell the user.
    public var message: Bilingual {
        switch code {
        case .notISOFormat:
            Bilingual(zh: "“\(input)”不是日期：应写成 YYYY-MM-DD，例如 2026-02-14",
                      en: "“\(input)” is not a date: expected YYYY-MM-DD, e.g. 2026-02-14")
        case .yearOutOfRange:
            Bilingual(zh: "“\(input)”不是日期：年份应在 0001 到 9999 之间",
                      en: "“\(input)” is not a date: the year must be 0001 to 9999")
        case .noSuchMonth(let month):
            Bilingual(zh: "“\(input)”不是日期：没有 \(month) 月",
                      en: "“\(input)” is not a date: there is no month \(month)")
        case .noSuchDay(let year, let month, let days):
            Bilingual(zh: "“\(input)”不是日期：\(year) 年 \(month) 月只有 \(days) 天",
                      en: "“\(input)” is not a date: \(Day.englishMonth(month)) \(year) has \(days) days")
        }
    }

    public var description: String { message.en }
}

extension Day {
    static func englishMonth(_ month: Int) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"]
        return (1...12).contains(month) ? names[month - 1] : "Month \(month)"
    }
}
