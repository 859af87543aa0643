/// The rows a statement returned, as text (PostgreSQL's own output format), copied out of libpq.
public struct PostgresRows: Sendable, Equatable {
    public let columns: [String]
    public let values: [[String?]]

    /// The value of `column` in `row`, or nil for NULL or a column not returned.
    public func value(_ row: Int, _ column: String) -> String? {
        guard let index = columns.firstIndex(of: column), row < values.count else { return nil }
        return values[row][index]
    }

    public var count: Int { values.count }
}
