import JiedaoCore
import TermCanvas

extension AppState {
    /// `/`: every key narrows the list to the rows that match, by Chinese substring or pinyin
    /// initials, and the count line says how many ("31 / 30,000"); Enter keeps the narrowed list,
    /// Esc puts the whole list back with the record selected before.
    mutating func search(_ key: Key, _ field: inout TextField) -> [Effect] {
        switch Keymap.command(for: key, in: .search) {
        case .cancel?:
            mode = .browse
            narrow(to: "", restoring: searchOrigin)
            return []
        case .choose?:
            lastSearch = field.value
            mode = .browse
            if !field.value.isEmpty, current.rows.isEmpty {
                message = StatusMessage(Bilingual(zh: "未找到“\(field.value)”（Esc 恢复列表）", en: "“\(field.value)” not found (Esc brings the list back)"), isError: true)
            }
            return []
        default:
            guard field.applyEditingKey(key) else { return [] }
            mode = .search(field)
            narrow(to: field.value, restoring: nil)
            return []
        }
    }

    /// Narrows the current pane to `query`. A query that extends the last one searches only the
    /// rows that matched it; any other change lists the pane again.
    mutating func narrow(to query: String, restoring selection: Int32?) {
        let previous = current.search
        withPane { $0.search = query }
        if !previous.isEmpty, query.hasPrefix(previous), var matcher = SearchMatcher(query, pane: pane) {
            let context = rowContext
            setRows(current.rows.filter { matcher.matches($0, context) }, total: current.total, of: pane)
        } else {
            recomputeRows(of: pane)
        }
        if let selection { select(selection) } else if !query.isEmpty { withPane { $0.moveCursor(to: 0) } }
    }

    /// Moves to the next (or previous) row matching `query`; false when none does.
    @discardableResult
    mutating func findNext(_ query: String, forward: Bool, startingAfterCursor: Bool, quiet: Bool = false) -> Bool {
        let rows = current.rows
        guard !query.isEmpty, !rows.isEmpty else { return false }
        guard var matcher = SearchMatcher(query, pane: pane) else { return false }
        let context = rowContext
        let start = current.cursor
        for step in 0..<rows.count {
            let offset = startingAfterCursor ? step + 1 : step
            let index = forward ? (start + offset) % rows.count : ((start - offset) % rows.count + rows.count) % rows.count
            if matcher.matches(rows[index], context) {
                withPane { $0.moveCursor(to: index) }
                return true
            }
        }
        if !quiet { message = StatusMessage(Bilingual(zh: "未找到“\(query)”", en: "“\(query)” not found"), isError: true) }
        return false
    }
}
