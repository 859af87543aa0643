import JiedaoCore

/// Writes one street's records into the rollup database, exactly once whatever kills it.
///
/// Every write replaces rows by (street, id): the rows of the records named are deleted, and the
/// live ones copied in again, so writing a record twice leaves one row. The street's position
/// (the journal sequence published, or the backfill's progress) is updated in the same
/// transaction as the rows, so a publisher killed at any moment resumes where the database says.
public struct StreetPublisher {
    public let connection: PostgresConnection
    /// The street's code: the `street` key of every row.
    public let street: String
    /// Records per transaction of a backfill.
    public var chunkSize = 20_000

    /// The channel `NOTIFY` announces each publish on; its payload is the street's code.
    public static let channel = "jiedao_rollup"

    /// Prepares the schema and takes the street's publishing lock (one publisher per street).
    public init(connection: PostgresConnection, settings: Settings) throws(RollupError) {
        guard let code = settings.streetCode, !code.isEmpty else { throw .noStreetCode }
        self.connection = connection
        street = code
        try RollupSchema.prepare(connection)
        let lock = try connection.execute("SELECT pg_try_advisory_lock(7466757, hashtext($1)) AS taken", [code])
        guard lock.value(0, "taken") == "t" else {
            throw .statement(sqlState: "55P03", reason: "another publisher is publishing street \(code)")
        }
    }

    /// The street's position in the database.
    public func state() throws(RollupError) -> PublishState {
        let rows = try connection.execute(
            "SELECT published_sequence, backfill_sequence, backfill_table, backfill_next FROM streets WHERE street = $1", [street])
        guard rows.count == 1 else { return .unknown }
        if let sequence = rows.value(0, "backfill_sequence").flatMap({ UInt64($0) }) {
            return .backfilling(sequence: sequence, table: rows.value(0, "backfill_table").flatMap { Int($0) } ?? 0,
                                next: rows.value(0, "backfill_next").flatMap { Int($0) } ?? 0)
        }
        return .published(sequence: rows.value(0, "published_sequence").flatMap { UInt64($0) } ?? 0)
    }

    /// Forgets what the database holds of the street and starts a backfill at `sequence`.
    public func startBackfill(_ registry: Registry, at sequence: UInt64, now: Int64) throws(RollupError) {
        try connection.transaction { () throws(RollupError) in
            try deleteRows(including: [])
            try writeStreetRow(registry, now: now)
            try connection.execute(
                "UPDATE streets SET published_sequence = NULL, backfill_sequence = $2, backfill_table = 0, backfill_next = 0 WHERE street = $1",
                [street, String(sequence)])
        }
    }

    /// Removes every row of the street (its code changed: the new code publishes afresh, and the
    /// district must not count the street twice).
    public func withdraw() throws(RollupError) {
        try connection.transaction { () throws(RollupError) in
            try deleteRows(including: ["streets"])
            try connection.execute("SELECT pg_notify($1, $2)", [Self.channel, street])
        }
    }

    /// Deletes the street's rows from every published table, the appeals' derived tables, and `extra`.
    private func deleteRows(including extra: [String]) throws(RollupError) {
        for table in PublishedTable.allCases.map(\.name) + ["appeal_events", "appeal_cells", "appeal_days"] + extra {
            try connection.execute("DELETE FROM \(table) WHERE street = $1", [street])
        }
    }

    /// Writes the next chunk of a backfill and returns the state after it (``PublishState/published``
    /// once every table is written; then the records `since` touched are written too).
    public func backfillStep(_ registry: Registry, from state: PublishState, at sequence: UInt64,
                             since touched: TouchedRecords, now: Int64) throws(RollupError) -> PublishState {
        guard case .backfilling(let started, var tableIndex, var next) = state else { return state }
        while let table = PublishedTable(rawValue: tableIndex), next >= table.count(in: registry) {
            tableIndex += 1
            next = 0
        }
        guard let table = PublishedTable(rawValue: tableIndex) else {
            try publish(touched, registry, at: sequence, now: now)
            return .published(sequence: sequence)
        }
        let end = min(table.count(in: registry), next + chunkSize)
        try connection.transaction { () throws(RollupError) in
            try replace(table, range: next..<end, registry)
            try connection.execute("UPDATE streets SET backfill_table = $2, backfill_next = $3 WHERE street = $1",
                                   [street, String(tableIndex), String(end)])
        }
        return .backfilling(sequence: started, table: tableIndex, next: end)
    }

    /// Writes the records `touched` names as they are in `registry`, and marks `sequence`
    /// published, in one transaction.
    public func publish(_ touched: TouchedRecords, _ registry: Registry, at sequence: UInt64, now: Int64) throws(RollupError) {
        try connection.transaction { () throws(RollupError) in
            for table in PublishedTable.allCases {
                guard let ids = touched.ids[table], !ids.isEmpty else { continue }
                try replace(table, ids: ids.sorted(), registry)
            }
            try writeStreetRow(registry, now: now)
            try connection.execute(
                "UPDATE streets SET published_sequence = $2, published_at = now(), backfill_sequence = NULL, backfill_table = NULL, backfill_next = NULL WHERE street = $1",
                [street, String(sequence)])
            try connection.execute("SELECT pg_notify($1, $2)", [Self.channel, street])
        }
    }

    private func writeStreetRow(_ registry: Registry, now: Int64) throws(RollupError) {
        let settings = registry.settings
        try connection.execute("""
            INSERT INTO streets (street, name, district, demo, utc_offset) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (street) DO UPDATE SET name = excluded.name, district = excluded.district,
                demo = excluded.demo, utc_offset = excluded.utc_offset
            """, [street, settings.streetName, settings.districtName, settings.isDemo ? "t" : "f", String(settings.utcOffset(at: now))])
    }

    private func replace(_ table: PublishedTable, range: Range<Int>, _ registry: Registry) throws(RollupError) {
        try replace(table, where: "id >= $2 AND id < $3", events: "appeal >= $2 AND appeal < $3",
                    [String(range.lowerBound), String(range.upperBound)], ids: range, registry)
    }

    private func replace(_ table: PublishedTable, ids: [Int], _ registry: Registry) throws(RollupError) {
        let array = "{" + ids.map(String.init).joined(separator: ",") + "}"
        try replace(table, where: "id = ANY($2::integer[])", events: "appeal = ANY($2::integer[])", [array], ids: ids, registry)
    }

    /// Deletes the rows `condition` selects and copies the live records of `ids` in again; for
    /// appeals the events are replaced too, and the running cells lose the old rows' counts and
    /// gain the new ones', in the same transaction.
    private func replace(_ table: PublishedTable, where condition: String, events: String, _ values: [String], ids: some Sequence<Int>,
                         _ registry: Registry) throws(RollupError) {
        let parameters = [street] + values
        if table == .appeals {
            try AppealCells.adjust(connection, by: -1, where: condition, parameters)
            try connection.execute("DELETE FROM appeal_events WHERE street = $1 AND \(events)", parameters)
        }
        try connection.execute("DELETE FROM \(table.name) WHERE street = $1 AND \(condition)", parameters)
        try copy(table, ids: ids, registry)
        if table == .appeals { try AppealCells.adjust(connection, by: 1, where: condition, parameters) }
    }

    private func copy(_ table: PublishedTable, ids: some Sequence<Int>, _ registry: Registry) throws(RollupError) {
        var lines: [String] = []
        var events: [String] = []
        for id in ids {
            guard let row = table.row(id, in: registry, street: street) else { continue }
            lines.append(CopyText.line(row))
            if table == .appeals {
                events += PublishedTable.eventRows(of: id, in: registry, street: street).map(CopyText.line)
            }
        }
        if !lines.isEmpty { try connection.copy(into: table.name, columns: table.columns, lines: lines) }
        if !events.isEmpty { try connection.copy(into: "appeal_events", columns: PublishedTable.eventColumns, lines: events) }
    }
}
