/// A time limit (办理时限) and how it turns a receipt time into a deadline.
///
/// - `hours(h)`: clock time, holidays included: the deadline is `h` hours after receipt.
/// - `workingDays(n)`: the end (23:59:59 local) of the n-th working day after the day of
///   receipt. The day of receipt never counts, whatever the hour, as in the rule that
///   the first day of a period is not counted (期间开始之日不计算在内). Received on a
///   weekend or holiday, the next working day is day 1, so an appeal of Friday evening and
///   one of Saturday share a deadline. n = 0 means the end of the day of receipt.
///
/// ```swift
/// let received: Int64 = 1_727_917_200                 // 2024-10-03 09:00 +08:00, 国庆节
/// DeadlineRule.general.deadline(receivedAt: received, calendar: .shipped)
/// // 2024-10-12 23:59:59 +08:00: the 5th working day is the make-up Saturday
/// DeadlineRule.emergency.deadline(receivedAt: received, calendar: .shipped)
/// // 2024-10-04 09:00 +08:00
/// ```
public enum DeadlineRule: Hashable, Sendable, Codable {
    /// Hours of clock time.
    case hours(Int)
    /// Working days after the day of receipt.
    case workingDays(Int)

    /// 紧急: 24 hours.
    public static let emergency = DeadlineRule.hours(24)
    /// 咨询: 3 working days.
    public static let consultation = DeadlineRule.workingDays(3)
    /// 一般: 5 working days.
    public static let general = DeadlineRule.workingDays(5)
    /// 复杂: 15 working days.
    public static let complex = DeadlineRule.workingDays(15)

    /// The default limit of an urgency (settings may override it per category).
    public static func standard(for urgency: Urgency) -> DeadlineRule {
        switch urgency {
        case .emergency: .emergency
        case .consultation: .consultation
        case .general: .general
        case .complex: .complex
        }
    }

    /// The deadline, in Unix seconds, of an appeal received at `receivedAt`.
    ///
    /// - Parameters:
    ///   - receivedAt: Unix seconds.
    ///   - utcOffset: seconds east of UTC of the data set's time zone (+8 h for China).
    ///   - calendar: the working-day calendar.
    /// Negative limits count as 0.
    public func deadline(
        receivedAt: Int64, utcOffset: Int = Day.shanghaiUTCOffset, calendar: WorkCalendar
    ) -> Int64 {
        switch self {
        case .hours(let hours):
            let (sum, overflow) = receivedAt.addingReportingOverflow(Int64(max(hours, 0)) * 3600)
            return overflow ? Int64.max : sum
        case .workingDays(let days):
            let received = Day(unixTime: receivedAt, utcOffset: utcOffset)
            return calendar.addWorkingDays(max(days, 0), to: received).endTime(utcOffset: utcOffset)
        }
    }

    /// `24小时` / `24 hours`, `5个工作日` / `5 working days`.
    public var label: Bilingual {
        switch self {
        case .hours(let h): Bilingual(zh: "\(h)小时", en: h == 1 ? "1 hour" : "\(h) hours")
        case .workingDays(let n): Bilingual(zh: "\(n)个工作日", en: n == 1 ? "1 working day" : "\(n) working days")
        }
    }

    /// "24h" (1–720 hours) or "5d" (1–120 working days), as `:limit` and `jiedao settings --limit` take it.
    public init?(shortText text: String) {
        let lower = text.filter { !$0.isWhitespace }.lowercased()
        if lower.hasSuffix("h"), let n = Int(lower.dropLast()), (1...720).contains(n) {
            self = .hours(n)
        } else if lower.hasSuffix("d"), let n = Int(lower.dropLast()), (1...120).contains(n) {
            self = .workingDays(n)
        } else {
            return nil
        }
    }

    /// "24h" or "5d": the form ``init(shortText:)`` reads.
    public var shortText: String {
        switch self {
        case .hours(let h): "\(h)h"
        case .workingDays(let n): "\(n)d"
        }
    }
}
