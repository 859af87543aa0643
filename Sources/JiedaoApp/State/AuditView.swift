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
}
