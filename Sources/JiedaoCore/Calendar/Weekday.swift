/// A day of the week, numbered as ISO 8601 does: Monday 1 ... Sunday 7.
///
/// ```swift
/// try Day("2026-02-14").weekday            // .saturday
/// Weekday.saturday.isWeekend               // true
/// Weekday.saturday.label.zh                // "周六"
/// ```
public enum Weekday: Int, Hashable, Sendable, CaseIterable, Codable, Labelled {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Saturday or Sunday: off unless the holiday data makes it a make-up workday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    public var label: Bilingual {
        switch self {
        case .monday: Bilingual(zh: "周一", en: "Mon")
        case .tuesday: Bilingual(zh: "周二", en: "Tue")
        case .wednesday: Bilingual(zh: "周三", en: "Wed")
        case .thursday: Bilingual(zh: "周四", en: "Thu")
        case .friday: Bilingual(zh: "周五", en: "Fri")
        case .saturday: Bilingual(zh: "周六", en: "Sat")
        case .sunday: Bilingual(zh: "周日", en: "Sun")
        }
    }
}
