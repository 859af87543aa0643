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
            return narrow(to: "", restoring: searchOrigin)
        case .choose?:
            lastSearch = field.value
            mode = .browse
            // The list shown is not yet the answer: judge "not found" when the answer comes.
            if runningSearch != nil {
                choseRunningSearch = field.value
                return []
            }
            if !field.value.isEmpty, current.rows.isEmpty {
                message = StatusMessage(Bilingual(zh: "未找到“\(field.value)”（Esc 恢复列表）", en: "“\(field.value)” not found (Esc brings the list back)"), isError: true)
            }
            return []
        default:
            guard field.applyEditingKey(key) else { return [] }
            mode = .search(field)
            return narrow(to: field.value, restoring: nil)
        }
    }

    /// Lists longer than this are narrowed off the UI thread, so no key waits on the search.
    static let backgroundSearchRows = 20_000

    /// Narrows the current pane to `query`. A query that extends the last one searches only the
    /// rows that matched it; any other change lists the pane again. A long list is searched off
    /// the UI thread: the effect comes back as ``AppAction/searchFinished(_:)``, and a newer key
    /// overtakes it.
    mutating func narrow(to query: String, restoring selection: Int32?) -> [Effect] {
        choseRunningSearch = nil
        let previous = current.search
        let extends = !previous.isEmpty && query.hasPrefix(previous) && runningSearch == nil
        withPane { $0.search = query }
        let candidates = extends ? current.rows : nil
        if !query.isEmpty, (candidates?.count ?? current.total) > Self.backgroundSearchRows {
            searchTokens += 1
            runningSearch = searchTokens
            let state = current
            let rows = RowQuery(pane: pane, scope: scope, filters: state.filters, sort: state.sort, search: query, preset: state.preset,
                                department: handlerDepartment)
            return [.search(SearchJob(token: searchTokens, pane: pane, query: query, candidates: candidates, rows: rows, context: rowContext))]
        }
        runningSearch = nil
        if extends, var matcher = SearchMatcher(query, pane: pane) {
            let context = rowContext
            setRows(current.rows.filter { matcher.matches($0, context) }, total: current.total, of: pane)
        } else {
            recomputeRows(of: pane)
        }
        if let selection { select(selection) } else if !query.isEmpty { withPane { $0.moveCursor(to: 0) } }
        return []
    }

    /// The newest narrowing came back: show its rows from the top.
    mutating func searchFinished(_ result: SearchResult) {
        guard result.token == runningSearch, var searched = panes[result.pane] else { return }
        runningSearch = nil
        searched.cursor = 0
        panes[result.pane] = searched
        setRows(result.rows, total: result.total ?? searched.total, of: result.pane)
        if let chosen = choseRunningSearch {
            choseRunningSearch = nil
            if !chosen.isEmpty, result.rows.isEmpty {
                message = StatusMessage(Bilingual(zh: "未找到“\(chosen)”（Esc 恢复列表）", en: "“\(chosen)” not found (Esc brings the list back)"), isError: true)
            }
        }
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
