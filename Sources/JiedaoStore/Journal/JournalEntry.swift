import JiedaoCore

/// One acknowledged change as the journal keeps it: who, when, and its edits — one edit, or
/// the parts of a batch that were applied all or nothing.
public struct JournalEntry: Hashable, Sendable {
    /// Position in the data set's history; consecutive across journals and archives.
    public var sequence: UInt64
    /// The author's user ID (-1 for the bootstrap admin of a new data set).
    public var user: Int32
    /// The author's OS login, kept for the audit trail even if the user is removed later.
    public var login: String
    /// Unix seconds.
    public var time: Int64
    /// The edits in the order they were applied, with real IDs (never placeholders).
    public var edits: [Edit]
    /// Each edit's inverse as applied, in the same order: for an update it holds the values
    /// before, so the audit trail shows before → after. Empty in records written without them.
    public var inverses: [Edit]
    /// What the record changed in the summary's counts, for a cold summary from the snapshot's
    /// figures and the journal (nil in records written without it; those send it the long way).
    public var figures: FigureChanges?

    public init(sequence: UInt64, user: Int32, login: String, time: Int64, edits: [Edit], inverses: [Edit] = [], figures: FigureChanges? = nil) {
        self.figures = figures
        self.sequence = sequence
        self.user = user
        self.login = login
        self.time = time
        self.edits = edits
        self.inverses = inverses
    }

    /// An entry of one edit.
    public init(sequence: UInt64, user: Int32, login: String, time: Int64, edit: Edit, inverse: Edit? = nil) {
        self.init(sequence: sequence, user: user, login: login, time: time, edits: [edit], inverses: inverse.map { [$0] } ?? [])
    }

    /// The author as the registry's ``Registry/apply(_:by:at:)`` takes it.
    public var author: UserID? { user >= 0 ? UserID(user) : nil }

    /// Whether the entry is a batch of several edits.
    public var isBatch: Bool { edits.count > 1 }

    /// The parts with their inverses, for the audit trail.
    public var parts: [(edit: Edit, inverse: Edit?)] {
        edits.enumerated().map { (i, edit) in (edit, i < inverses.count ? inverses[i] : nil) }
    }
}
