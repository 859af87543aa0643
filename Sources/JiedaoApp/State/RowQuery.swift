import JiedaoCore
import TermCanvas

/// Which records a pane shows and in what order: scope, then filters, then sort.
struct RowQuery: Sendable {
    var pane: Pane
    var scope: [Scope]
    var filters: [FilterChip]
    var sort: ColumnSort?
    /// What `/` narrowed the list to.
    var search = ""
    /// The Today list the pane shows, if any.
    var preset: TodayItem?
    /// A handler's department: the appeals pane lists only the appeals dispatched to it.
    var department: DepartmentID?

    func run(_ context: RowContext) -> (rows: [Int32], total: Int) {
        let registry = context.registry
        var rows = scoped(registry)
        // The count line's total is the pane before presets, filters and search, as row placement keeps it.
        let total = rows.count
        if let preset, preset.pane == pane { rows = rows.filter { preset.includes($0, context) } }
        let columns = PaneColumns.columns(for: pane)
        let canonical = context.canonical
        for chip in filters {
            guard let column = columns.first(where: { $0.id == chip.column }) else { continue }
            rows = rows.filter { chip.matches(column, canonical, $0) }
        }
        if let matcher = SearchMatcher(search, pane: pane), let kept = matcher.filter(rows, context) { rows = kept }
        if let sort, let column = columns.first(where: { $0.id == sort.column }) {
            // Compute every key once; a comparison must not rebuild strings.
            let keys = rows.map { column.sortKey(context, $0) }
            rows = Self.sorted(rows, keys: keys, ascending: sort.direction == .ascending)
        }
        return (rows, total)
    }

    /// The live records of the pane within the innermost scope.
    /// `rows` ordered by `keys` (ties by ID). Numeric columns, the common case at a city's size,
    /// sort plain integer pairs rather than enum values.
    static func sorted(_ rows: [Int32], keys: [SortKey], ascending: Bool) -> [Int32] {
        var numbers: [(key: Int64, id: Int32)] = []
        numbers.reserveCapacity(rows.count)
        for (id, key) in zip(rows, keys) {
            guard case .number(let value) = key else { break }
            numbers.append((ascending ? value : ~value, id))
        }
        if numbers.count == rows.count {
            // ~value reverses the order of every Int64, so one ascending sort serves both directions.
            numbers.sort { $0.key != $1.key ? $0.key < $1.key : $0.id < $1.id }
            return numbers.map(\.id)
        }
        let ordered = zip(rows, keys).sorted { a, b in
            if a.1 == b.1 { return a.0 < b.0 }
            return ascending ? a.1 < b.1 : b.1 < a.1
        }
        return ordered.map(\.0)
    }

    /// The innermost community of the scope, if any.
    var scopedCommunity: CommunityID? {
        scope.reversed().lazy.compactMap { item -> CommunityID? in
            if case .community(let id) = item { return id }
            return nil
        }.first
    }

    /// The innermost compound of the scope, if any.
    var scopedCompound: CompoundID? {
        scope.reversed().lazy.compactMap { item -> CompoundID? in
            if case .compound(let id) = item { return id }
            return nil
        }.first
    }

    /// Whether the appeal is in `department`'s hands.
    static func isDispatched(_ appeal: Appeal, to department: DepartmentID) -> Bool {
        appeal.progress.handlerKind == .department && appeal.progress.handler == department.raw
    }

    /// The IDs of a table's live records in one pass (a million appeals are listed on every relist).
    private static func live<R: Record>(_ table: RecordTable<R>) -> [Int32] {
        // Nothing deleted (the usual case): every ID, without reading a million records.
        if table.liveCount == table.count { return Array(0..<Int32(truncatingIfNeeded: table.count)) }
        var ids: [Int32] = []
        ids.reserveCapacity(table.liveCount)
        for index in table.rows.indices where !table.rows[index].isDeleted { ids.append(Int32(index)) }
        return ids
    }

    private func scoped(_ r: Registry) -> [Int32] {
        // A handler reads the appeals dispatched to their department, and no other list.
        if department != nil, pane != .appeals, pane != .today { return [] }
        let community = scopedCommunity
        let compound = scopedCompound
        switch pane {
        case .communities:
            return community.map { [$0.raw] } ?? Self.live(r.communities)
        case .compounds:
            if let compound { return [compound.raw] }
            if let community { return r.indexes.compoundsByCommunity.children(of: community.raw) }
            return Self.live(r.compounds)
        case .volunteers:
            if let compound { return r.indexes.volunteersByCompound.children(of: compound.raw) }
            if let community { return r.indexes.volunteersByCommunity.children(of: community.raw) }
            return Self.live(r.volunteers)
        case .appeals:
            if let department { return Self.live(r.appeals).filter { Self.isDispatched(r.appeals.rows[Int($0)], to: department) } }
            if let compound { return r.indexes.appealsByCompound.children(of: compound.raw) }
            if let community { return r.indexes.appealsByCommunity.children(of: community.raw) }
            return Self.live(r.appeals)
        case .projects:
            if let community { return r.indexes.projectsByCommunity.children(of: community.raw) }
            if let compound { return r.indexes.projectsByCommunity.children(of: r.compounds[compound].community.raw) }
            return Self.live(r.projects)
        case .departments:
            return Self.live(r.departments)
        case .users:
            return Self.live(r.users)
        case .teams:
            if let community { return r.indexes.teamsByCommunity.children(of: community.raw) }
            if let compound { return r.indexes.teamsByCommunity.children(of: r.compounds[compound].community.raw) }
            return Self.live(r.teams)
        case .categories:
            return Self.live(r.categories)
        case .today:
            return TodayItem.allCases.map(\.rawValue)
        case .summary:
            return []
        }
    }
}
