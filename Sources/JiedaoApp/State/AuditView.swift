import JiedaoCore

/// One line of the audit trail as the dashboard shows it.
public struct AuditRow: Equatable, Sendable {
    public var sequence: UInt64
    public var time: Int64
    public var login: String
    public var who: String
    public var record: RecordRef?
    public var what: Bilingual

    public init(sequence: UInt64, time: Int64, login: String, who: String, record: RecordRef?, what: Bilingual) {
        self.sequence = sequence
        self.time = time
        self.login = login
        self.who = who
        self.record = record
        self.what = what
    }
}

/// The audit trail view: every edit, newest first, filterable by user and by record.
public struct AuditView: Equatable, Sendable {
    public var rows: [AuditRow]
    public var cursor = 0
    public var user: String?
    public var record: RecordRef?

    public init(rows: [AuditRow]) { self.rows = rows }

    /// The rows that pass the filters, newest first.
    public var shown: [AuditRow] {
        rows.reversed().filter { row in
            (user == nil || row.login == user) && (record == nil || row.record == record)
        }
    }

    /// Moves through the trail and narrows it to one author or one record (`u`, `r` again: all);
    /// any other key closes the view. A page is `page` rows.
    public func reduce(_ command: Command?, page: Int) -> ModeStep<AuditView, Never> {
        var view = self
        let shown = shown
        let last = max(0, shown.count - 1)
        switch command {
        case .moveDown?: view.cursor = min(cursor + 1, last)
        case .moveUp?: view.cursor = max(0, cursor - 1)
        case .pageDown?: view.cursor = min(cursor + max(1, page), last)
        case .pageUp?: view.cursor = max(0, cursor - max(1, page))
        case .byUser?:
            view.user = user == nil && shown.indices.contains(cursor) ? shown[cursor].login : nil
            view.cursor = 0
        case .byRecord?:
            view.record = record == nil && shown.indices.contains(cursor) ? shown[cursor].record : nil
            view.cursor = 0
        default:
            return .leave
        }
        return .stay(view)
    }
}
