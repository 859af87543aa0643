/// What an entry of the holiday data says about a date.
public enum HolidayKind: String, Hashable, Sendable, CaseIterable, Codable, Labelled {
    /// 放假: a public holiday or a day of its block, off even on a weekday.
    case off
    /// 调休上班: an official make-up workday, worked even on a weekend.
    case work

    public var label: Bilingual {
        switch self {
        case .off: Bilingual(zh: "放假", en: "Holiday")
        case .work: Bilingual(zh: "调休上班", en: "Make-up workday")
        }
    }
}
