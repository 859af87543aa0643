import TermCanvas

/// A pane column's stable name: what filters, sorts and the workflow keys refer to, so they
/// hold whatever the language, the column order or the titles become.
public enum ColumnID: String, Hashable, Sendable, CaseIterable {
    case name, compounds, coverage, appeals, open, overdue, closure, satisfaction, behind, served, budgetLeft
    case community, kind, households, partyOrg, termEnds, disputes, disputesChange
    case phone, thisQuarter, services
    case number, summary, category, state, deadline, channel, received, ticket
    case title, budget, votes, year
    case item, count
    case categories, login, role, scope
    case leader, members, englishName, limits, contact
}

/// The column a pane is sorted by, named by its ID.
public struct ColumnSort: Hashable, Sendable {
    public var column: ColumnID
    public var direction: SortDirection

    public init(_ column: ColumnID, _ direction: SortDirection = .ascending) {
        self.column = column
        self.direction = direction
    }
}
