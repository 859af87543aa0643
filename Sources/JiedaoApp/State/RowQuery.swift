import JiedaoCore
import TermCanvas

/// Which records a pane shows and in what order: scope, then filters, then sort.
struct RowQuery {
    var pane: Pane
    var scope: [Scope]
    var filters: [FilterChip]
    var sort: TableSort?

    func run(_ context: RowContext) -> (rows: [Int32], total: Int) {
        let registry = context.registry
        var rows = scoped(registry)
        let total = rows.count
        let columns = PaneColumns.columns(for: pane)
        for chip in filters where columns.indices.contains(chip.column) {
            let column = columns[chip.column]
            rows = rows.filter { column.text(context, $0) == chip.value }
        }
        if let sort, columns.indices.contains(sort.column) {
            let column = columns[sort.column]
            // Compute every key once; a comparison must not rebuild strings.
            let keyed = rows.map { (id: $0, key: column.sortKey(context, $0)) }
            let ordered = keyed.sorted { a, b in
                if a.key == b.key { return a.id < b.id }
                return sort.direction == .ascending ? a.key < b.key : b.key < a.key
            }
            rows = ordered.map(\.id)
        }
        return (rows, total)
    }

    /// The live records of the pane within the innermost scope.
    private func scoped(_ r: Registry) -> [Int32] {
        let community: CommunityID? = scope.reversed().lazy.compactMap { item -> CommunityID? in
            if case .community(let id) = item { return id }
            return nil
        }.first
        let compound: CompoundID? = scope.reversed().lazy.compactMap { item -> CompoundID? in
            if case .compound(let id) = item { return id }
            return nil
        }.first
        switch pane {
        case .communities:
            return community.map { [$0.raw] } ?? r.communities.liveIDs.map(\.raw)
        case .compounds:
            if let compound { return [compound.raw] }
            if let community { return r.indexes.compoundsByCommunity.children(of: community.raw) }
            return r.compounds.liveIDs.map(\.raw)
        case .volunteers:
            if let compound { return r.indexes.volunteersByCompound.children(of: compound.raw) }
            if let community { return r.indexes.volunteersByCommunity.children(of: community.raw) }
            return r.volunteers.liveIDs.map(\.raw)
        case .appeals:
            if let compound { return r.indexes.appealsByCompound.children(of: compound.raw) }
            if let community { return r.indexes.appealsByCommunity.children(of: community.raw) }
            return r.appeals.liveIDs.map(\.raw)
        case .projects:
            if let community { return r.indexes.projectsByCommunity.children(of: community.raw) }
            if let compound { return r.indexes.projectsByCommunity.children(of: r.compounds[compound].community.raw) }
            return r.projects.liveIDs.map(\.raw)
        case .summary:
            return []
        }
    }
}
