import JiedaoCore

/// What a column needs to show a row: the data, the language, "now" and whose
/// personal data may be shown unmasked.
public struct RowContext: Sendable {
    public let registry: Registry
    public let language: Language
    public let now: Int64
    public let calendar: WorkCalendar
    /// Records whose personal data the user revealed (never in watch mode).
    public let revealed: Set<RecordRef>
    /// Open appeals past their deadline per community, computed once per data change.
    public let overdueByCommunity: [Int: Int]
    /// In-service members behind this quarter per community.
    public let behindByCommunity: [Int: Int]
    /// The Today pane's counts.
    public let todayFigures: TodayFigures
    /// `--ascii`: the interface's own symbols in ASCII (data is shown as it is).
    public var isASCII = false

    /// What a cell shows for "none": — or, with `--ascii`, -.
    public var dash: String { isASCII ? "-" : "—" }

    public func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// The same context in another language (filters compare cells in Chinese).
    public func speaking(_ other: Language) -> RowContext {
        var context = RowContext(registry: registry, language: other, now: now, calendar: calendar, revealed: revealed,
                                 overdueByCommunity: overdueByCommunity, behindByCommunity: behindByCommunity, todayFigures: todayFigures)
        context.isASCII = isASCII
        return context
    }

    /// The cells as filters compare them: in Chinese, with the interface's own symbols.
    public var canonical: RowContext {
        var context = speaking(.zh)
        context.isASCII = false
        return context
    }

    /// The day of `now` in the data set's time zone.
    public var today: Day { Day(unixTime: now, utcOffset: registry.settings.utcOffset(at: now)) }

    /// A phone number, masked unless its record was revealed.
    public func phone(_ ref: TextRef, of record: RecordRef) -> String { phone(registry.text(ref), of: record) }

    /// A phone number's text, masked unless its record was revealed.
    public func phone(_ text: String, of record: RecordRef) -> String {
        revealed.contains(record) ? text : PhoneNumber.masked(text)
    }

    /// A person's name, masked (张*) unless its record was revealed.
    public func personName(_ text: String, of record: RecordRef) -> String {
        guard !revealed.contains(record), let first = text.first else { return text }
        return String(first) + String(repeating: "*", count: max(1, text.count - 1))
    }
}

/// How a row sorts by one column.
public enum SortKey: Comparable, Sendable {
    case number(Int64)
    case text(String)

    public static func < (lhs: SortKey, rhs: SortKey) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): a < b
        case (.text(let a), .text(let b)): a < b
        case (.number, .text): true
        case (.text, .number): false
        }
    }
}
