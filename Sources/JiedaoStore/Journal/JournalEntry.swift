import JiedaoCore

/// One acknowledged edit as the journal keeps it: who, when, what.
public struct JournalEntry: Hashable, Sendable, Codable {
    /// Position in the data set's history; consecutive across journals and archives.
    public var sequence: UInt64
    /// The author's user ID (-1 for the bootstrap admin of a new data set).
    public var user: Int32
    /// The author's OS login, kept for the audit trail even if the user is removed later.
    public var login: String
    /// Unix seconds.
    public var time: Int64
    public var edit: Edit
    /// The edit that undoes it, as applied: for an update it holds the values before, so the
    /// audit trail shows before → after. Absent in records written without it.
    public var inverse: Edit?

    public init(sequence: UInt64, user: Int32, login: String, time: Int64, edit: Edit, inverse: Edit? = nil) {
        self.sequence = sequence
        self.user = user
        self.login = login
        self.time = time
        self.edit = edit
        self.inverse = inverse
    }

    /// The author as the registry's ``Registry/apply(_:by:at:)`` takes it.
    public var author: UserID? { user >= 0 ? UserID(user) : nil }
}
