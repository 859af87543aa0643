import JiedaoCore

/// A narrowing by `/` too large for the screen to wait on: run away from the UI thread by the
/// store (``DataStore/startSearch(_:)``), and dropped when the next key makes a newer one.
public struct SearchJob: Sendable, Equatable {
    /// Which search this is; only the newest one's result is taken.
    public let token: Int
    let pane: Pane
    let query: String
    /// The rows to look through, in the pane's order (the previous matches when the query
    /// extends the last one); nil: list the pane again with the query.
    let candidates: [Int32]?
    let rows: RowQuery
    let context: RowContext

    init(token: Int, pane: Pane, query: String, candidates: [Int32]?, rows: RowQuery, context: RowContext) {
        self.token = token
        self.pane = pane
        self.query = query
        self.candidates = candidates
        self.rows = rows
        self.context = context
    }

    /// Jobs are told apart by their token (a token is never reused) and what they search for.
    public static func == (lhs: SearchJob, rhs: SearchJob) -> Bool {
        lhs.token == rhs.token && lhs.pane == rhs.pane && lhs.query == rhs.query
    }

    /// Runs the search, asking `isCancelled` now and then; nil when it was cancelled.
    public func run(isCancelled: () -> Bool) -> SearchResult? {
        guard let candidates else {
            let result = rows.run(context)
            return isCancelled() ? nil : SearchResult(token: token, pane: pane, rows: result.rows, total: result.total)
        }
        guard let matcher = SearchMatcher(query, pane: pane) else {
            return SearchResult(token: token, pane: pane, rows: candidates, total: nil)
        }
        guard let kept = matcher.filter(candidates, context, isCancelled: isCancelled) else { return nil }
        return SearchResult(token: token, pane: pane, rows: kept, total: nil)
    }
}

/// The rows a ``SearchJob`` found.
public struct SearchResult: Sendable, Equatable {
    public let token: Int
    /// The pane searched (the user may have moved on to another).
    public let pane: Pane
    public let rows: [Int32]
    /// The pane's total when the pane was listed again; nil keeps the one shown.
    public let total: Int?

    public init(token: Int, pane: Pane, rows: [Int32], total: Int?) {
        self.token = token
        self.pane = pane
        self.rows = rows
        self.total = total
    }
}
