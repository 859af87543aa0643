import JiedaoCore
import TermCanvas

/// The browsing state of one list pane.
public struct PaneState: Sendable, Equatable {
    /// The record IDs shown, in order: the pane's scope, filters and sort applied.
    public internal(set) var rows: [Int32] = []
    /// How many records the pane has before filters (the "of N" in "31 / 30,000").
    public internal(set) var total = 0
    /// Index into ``rows`` of the selected row.
    public internal(set) var cursor = 0
    /// The first row on screen.
    public internal(set) var offset = 0
    /// The current column (for sort, filter and the detail focus).
    public internal(set) var column = 0
    public internal(set) var sort: ColumnSort?
    public internal(set) var filters: [FilterChip] = []
    /// The Today list the pane was opened on (to dispatch, overdue…), if any.
    public internal(set) var preset: TodayItem?
    /// What `/` narrowed the list to (empty: not narrowed).
    public internal(set) var search = ""
    /// Rows marked with Space, for actions on several records at once.
    public internal(set) var marked: Set<Int32> = []
    /// Set when the rows must be recomputed before the next frame.
    var isStale = true

    public init() {}

    /// The selected record's ID, if any row is shown.
    public var selectedID: Int32? { rows.indices.contains(cursor) ? rows[cursor] : nil }

    mutating func moveCursor(to index: Int) {
        cursor = rows.isEmpty ? 0 : min(max(0, index), rows.count - 1)
    }
}
