import JiedaoCore
import TermCanvas

/// One column of a pane's table: its title, width, how a row shows and sorts in it.
public struct PaneColumn: Sendable {
    /// What filters and sorts name the column by.
    public let id: ColumnID
    public let title: Bilingual
    public let width: Layout.Constraint
    public let isNumeric: Bool
    /// The cell's text for record `id`.
    public let text: @Sendable (RowContext, Int32) -> String
    /// The key rows sort by (defaults to the text).
    public let sortKey: @Sendable (RowContext, Int32) -> SortKey
    /// A role that colours the cell (overdue in red, say).
    public let role: @Sendable (RowContext, Int32) -> StyleRole?
    /// Where the cell's text comes from, for searching without building it (nil: build it).
    public let searchKey: (@Sendable (RowContext, Int32) -> SearchKey)?
    /// Which characters the column's text can hold (nil: any); a query with others skips it.
    public let alphabet: Set<Character>?

    public init(_ id: ColumnID, _ zh: String, _ en: String, width: Layout.Constraint = .fill, numeric: Bool = false,
                text: @escaping @Sendable (RowContext, Int32) -> String,
                sortKey: (@Sendable (RowContext, Int32) -> SortKey)? = nil,
                role: @escaping @Sendable (RowContext, Int32) -> StyleRole? = { _, _ in nil },
                searchKey: (@Sendable (RowContext, Int32) -> SearchKey)? = nil, alphabet: Set<Character>? = nil) {
        self.id = id
        title = Bilingual(zh: zh, en: en)
        self.width = width
        isNumeric = numeric
        self.text = text
        self.sortKey = sortKey ?? { context, id in .text(text(context, id)) }
        self.role = role
        self.searchKey = searchKey
        self.alphabet = alphabet
    }

    /// Whether the column's text could hold `query` at all.
    func couldShow(_ query: String) -> Bool {
        guard let alphabet else { return true }
        return query.allSatisfy(alphabet.contains)
    }

    /// Digits and the marks of dates and times: what ID and time columns show.
    public static let digitsAndDates = Set("0123456789-: ")

    /// A numeric column: right-aligned, sorted by the number, in thousands (1,480,000) unless
    /// `grouped` is false (a year).
    public static func number(_ id: ColumnID, _ zh: String, _ en: String, width: Int = 7, grouped: Bool = true,
                              _ value: @escaping @Sendable (RowContext, Int32) -> Int64) -> PaneColumn {
        PaneColumn(id, zh, en, width: .fixed(width), numeric: true,
                   text: { grouped ? formatCount(Int(value($0, $1))) : String(value($0, $1)) }, sortKey: { .number(value($0, $1)) })
    }

    /// A share shown as a percentage.
    public static func percent(_ id: ColumnID, _ zh: String, _ en: String, width: Int = 7, _ value: @escaping @Sendable (RowContext, Int32) -> Double) -> PaneColumn {
        PaneColumn(id, zh, en, width: .fixed(width), numeric: true,
                   text: { formatPercent(value($0, $1), dash: $0.dash) },
                   sortKey: { .number(Int64(value($0, $1) * 10_000)) })
    }
}

/// 81.8%, -57.1%
public func formatPercent(_ share: Double, dash: String = "—") -> String {
    guard share.isFinite else { return dash }
    let tenths = Int((share * 1000).rounded())
    let size = abs(tenths)
    return (tenths < 0 ? "-" : "") + "\(size / 10).\(size % 10)%"
}

/// 30,000
public func formatCount(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return (n < 0 ? "-" : "") + out
}
