/// Which way a table column is sorted.
public enum SortDirection: Sendable, Equatable {
    case ascending
    case descending

    /// The other direction.
    public var reversed: SortDirection { self == .ascending ? .descending : .ascending }
}

/// The column a table is sorted by, shown with ▲ (ascending) or ▼ (descending) in its header.
public struct TableSort: Equatable, Sendable {
    public var column: Int
    public var direction: SortDirection

    public init(column: Int, direction: SortDirection = .ascending) {
        self.column = column
        self.direction = direction
    }
}
