/// A line of holiday data that could not be read: the source, the line number and why.
///
/// ```swift
/// do { _ = try HolidayData(parsing: "2027-02-06 of 春节", source: "extra.txt") } catch {
///     error.description   // "extra.txt line 1: unknown kind “of”: expected “off” or “work”"
/// }
/// ```
public struct HolidayDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The reason.
    public enum Code: Hashable, Sendable {
        /// The first word is neither `year` nor a date (or range) that exists.
        case badDate(DayParseError)
        /// `year` is not followed by a year 1...9999.
        case badYear(String)
        /// A date with nothing after it.
        case missingKind
        /// The word after the date is not `off` or `work`.
        case unknownKind(String)
        /// A range whose end is before its start.
        case reversedRange(start: Day, end: Day)
        /// A range longer than `HolidayData.longestRange` days: most likely a typing mistake.
        case rangeTooLong(days: Int)
        /// The same date is given the other kind on an earlier line of the same source.
        case conflict(Day, earlierLine: Int)
    }

    public let code: Code
    /// The source's name (`shipped`, a file name).
    public let source: String
    /// The line, from 1.
    public let line: Int

    public init(_ code: Code, source: String, line: Int) {
        self.code = code
        self.source = source
        self.line = line
    }

    /// What to tell the user, starting with where.
    public var message: Bilingual {
        let reason = reasonText
        return Bilingual(zh: "\(source) 第 \(line) 行：\(reason.zh)", en: "\(source) line \(line): \(reason.en)")
    }

    public var description: String { message.en }

    private var reasonText: Bilingual {
        switch code {
        case .badDate(let error):
            return error.message
        case .badYear(let text):
            return Bilingual(zh: "“\(text)”不是年份：应写成 year 2027",
                             en: "“\(text)” is not a year: expected e.g. year 2027")
        case .missingKind:
            return Bilingual(zh: "日期后缺少 off（放假）或 work（调休上班）",
                             en: "the date must be followed by “off” or “work”")
        case .unknownKind(let word):
            return Bilingual(zh: "未知类型“\(word)”：应为 off（放假）或 work（调休上班）",
                             en: "unknown kind “\(word)”: expected “off” or “work”")
        case .reversedRange(let start, let end):
            return Bilingual(zh: "日期范围 \(start.iso)..\(end.iso) 的结束早于开始",
                             en: "the range \(start.iso)..\(end.iso) ends before it starts")
        case .rangeTooLong(let days):
            return Bilingual(zh: "日期范围长达 \(days) 天，超过 \(HolidayData.longestRange) 天，请检查",
                             en: "the range is \(days) days long, more than \(HolidayData.longestRange); check it")
        case .conflict(let day, let earlier):
            return Bilingual(zh: "\(day.iso) 在第 \(earlier) 行已写为另一类型",
                             en: "\(day.iso) has the other kind on line \(earlier)")
        }
    }
}
