import JiedaoCore

/// Whether a row matches what was typed after `/`: a substring of any shown text column
/// (numbers too on the appeals pane, for IDs and dates), or pinyin initials (`qxsq` → 侨香社区).
struct SearchMatcher {
    let lowered: String
    let usesInitials: Bool
    let columns: [PaneColumn]

    /// Nil for an empty query: everything matches.
    init?(_ query: String, pane: Pane) {
        guard !query.isEmpty else { return nil }
        lowered = query.lowercased()
        usesInitials = query.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        columns = PaneColumns.columns(for: pane).filter { !$0.isNumeric || pane == .appeals }
    }

    func matches(_ id: Int32, _ context: RowContext) -> Bool {
        for column in columns {
            let text = column.text(context, id)
            if text.lowercased().contains(lowered) || (usesInitials && PinyinInitials.matches(lowered, in: text)) { return true }
        }
        return false
    }
}
