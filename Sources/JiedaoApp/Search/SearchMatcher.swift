import JiedaoCore

/// Whether a row matches what was typed after `/`: a substring of any shown text column
/// (numbers too on the appeals pane, for IDs and dates), or pinyin initials (`qxsq` → 侨香社区).
///
/// Columns with a ``SearchKey`` are matched without building their text: stored text in its
/// UTF-8 bytes, and a cell of a few values once per value (remembered in the matcher).
struct SearchMatcher {
    let lowered: String
    let usesInitials: Bool
    private let loweredUTF8: [UInt8]
    private let columns: [PaneColumn]
    /// Per column: whether each value's text matched.
    private var valueMatches: [[Int64: Bool]]

    /// Nil for an empty query: everything matches.
    init?(_ query: String, pane: Pane) {
        guard !query.isEmpty else { return nil }
        let lowered = query.lowercased()
        self.lowered = lowered
        loweredUTF8 = Array(lowered.utf8)
        usesInitials = query.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        columns = PaneColumns.columns(for: pane).filter { ($0.isNumeric ? pane == .appeals : true) && $0.couldShow(lowered) }
        valueMatches = Array(repeating: [:], count: columns.count)
    }

    mutating func matches(_ id: Int32, _ context: RowContext) -> Bool {
        for index in columns.indices {
            let column = columns[index]
            switch column.searchKey?(context, id) {
            case .text(let ref)?:
                if !usesInitials, searchBytes(ref, context.registry) { return true }
                if usesInitials, matchesText(context.registry.text(ref)) { return true }
            case .value(let value)?:
                if let known = valueMatches[index][value] {
                    if known { return true }
                    continue
                }
                let found = matchesText(column.text(context, id))
                valueMatches[index][value] = found
                if found { return true }
            case nil:
                if matchesText(column.text(context, id)) { return true }
            }
        }
        return false
    }

    private func matchesText(_ text: String) -> Bool {
        text.lowercased().contains(lowered) || (usesInitials && PinyinInitials.matches(lowered, in: text))
    }

    /// The query's bytes within the stored text, ASCII letters in either case.
    private func searchBytes(_ ref: TextRef, _ registry: Registry) -> Bool {
        let needle = loweredUTF8
        guard let first = needle.first else { return true }
        return registry.texts.withUTF8(ref) { bytes in
            guard bytes.count >= needle.count else { return false }
            var start = 0
            let last = bytes.count - needle.count
            while start <= last {
                if Self.folded(bytes[start]) == first {
                    var offset = 1
                    while offset < needle.count, Self.folded(bytes[start + offset]) == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    private static func folded(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
