import JiedaoCore

/// Re-placing single rows of the appeals pane after another process changed them, instead of
/// listing and sorting a million rows again.
extension RowQuery {
    /// The edits' appeals when every edit changes only its own appeal's fields or workflow (an
    /// update or a move other than a merge); nil when anything else changed and the pane must be
    /// recomputed.
    static func appealsTouched(by edits: [Edit]) -> [Int32]? {
        var ids: [Int32] = []
        for edit in edits {
            switch edit {
            case .update(let ref, _, _) where ref.kind == .appeal:
                ids.append(ref.id)
            case .moveAppeal(let id, _, let move, _):
                if case .merge = move { return nil }
                ids.append(id.raw)
            case .reveal:
                continue
            default:
                return nil
            }
        }
        return ids
    }

    /// Whether appeal `id` belongs in the pane: live, in the scope and through every filter.
    func includes(_ id: Int32, _ context: RowContext) -> Bool {
        let registry = context.registry
        guard pane == .appeals, let appeal = registry.appeals.live(AppealID(id)) else { return false }
        if let department, !Self.isDispatched(appeal, to: department) { return false }
        // As in the full listing: a compound in the scope decides, else a community.
        if let compound = scopedCompound {
            guard appeal.compound == compound else { return false }
        } else if let community = scopedCommunity {
            guard appeal.community == community else { return false }
        }
        let columns = PaneColumns.columns(for: pane)
        let canonical = context.canonical
        if let preset, preset.pane == pane, !preset.includes(id, context) { return false }
        if var matcher = SearchMatcher(search, pane: pane), !matcher.matches(id, context) { return false }
        return filters.allSatisfy { chip in
            guard let column = columns.first(where: { $0.id == chip.column }) else { return true }
            return chip.matches(column, canonical, id)
        }
    }

    /// The appeals the pane would list before filters (its count line's total).
    func scopedTotal(_ registry: Registry) -> Int {
        if let department { return registry.appeals.rows.reduce(0) { $0 + (!$1.isDeleted && Self.isDispatched($1, to: department) ? 1 : 0) } }
        if let compound = scopedCompound { return registry.indexes.appealsByCompound.count(of: compound.raw) }
        if let community = scopedCommunity { return registry.indexes.appealsByCommunity.count(of: community.raw) }
        return registry.appeals.liveCount
    }

    /// Where `id` goes in `rows`, which are in this query's order: a binary search that
    /// computes the sort key of a few rows only.
    func insertionIndex(of id: Int32, in rows: [Int32], _ context: RowContext) -> Int {
        let columns = PaneColumns.columns(for: pane)
        var low = 0, high = rows.count
        guard let sort, let column = columns.first(where: { $0.id == sort.column }) else {
            while low < high {
                let mid = (low + high) / 2
                if rows[mid] < id { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let key = column.sortKey(context, id)
        while low < high {
            let mid = (low + high) / 2
            let other = column.sortKey(context, rows[mid])
            let before = other == key ? rows[mid] < id : (sort.direction == .ascending ? other < key : key < other)
            if before { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
