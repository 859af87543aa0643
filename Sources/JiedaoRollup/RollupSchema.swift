/// The tables every street publishes into, one schema for all streets: each table has a
/// `street` column (the street's code) first in its key. The two large tables, appeals and their
/// events, are partitioned by a hash of the street, so a district's streets spread over
/// partitions and a street's rows stay together (docs/rollup.md says how this grows to a city).
public enum RollupSchema {
    /// The version this jiedao writes and reads.
    public static let version = 1
    /// Partitions of the appeal tables.
    static let partitions = 8

    /// Creates the tables when the database has none; refuses tables of another version.
    public static func prepare(_ connection: PostgresConnection) throws(RollupError) {
        // One publisher at a time creates the tables: the others wait here, then see them.
        try connection.transaction { () throws(RollupError) in
            try connection.execute("SELECT pg_advisory_xact_lock(7466757)")
            let exists = try connection.execute("SELECT to_regclass('jiedao_schema') IS NOT NULL AS present")
            if exists.value(0, "present") == "t" {
                let found = try connection.execute("SELECT max(version) AS version FROM jiedao_schema")
                let version = found.value(0, "version").flatMap { Int($0) } ?? 0
                guard version == Self.version else { throw .schemaVersion(found: version, expected: Self.version) }
                return
            }
            for statement in statements { try connection.execute(statement) }
            try connection.execute("INSERT INTO jiedao_schema (version) VALUES ($1)", [String(Self.version)])
        }
    }

    /// The tables published, in the order a backfill fills them.
    static var statements: [String] {
        var list = [
            "CREATE TABLE jiedao_schema (version integer NOT NULL)",
            """
            CREATE TABLE streets (
                street text PRIMARY KEY, name text NOT NULL, district text, demo boolean NOT NULL,
                utc_offset integer NOT NULL, published_sequence bigint, published_at timestamptz,
                backfill_sequence bigint, backfill_table integer, backfill_next integer)
            """,
            """
            CREATE TABLE communities (street text NOT NULL, id integer NOT NULL, name text NOT NULL,
                annual_budget bigint NOT NULL, PRIMARY KEY (street, id))
            """,
            """
            CREATE TABLE compounds (street text NOT NULL, id integer NOT NULL, community integer NOT NULL,
                name text NOT NULL, party_org smallint NOT NULL, covered boolean NOT NULL, households integer NOT NULL,
                owners_committee boolean NOT NULL, PRIMARY KEY (street, id))
            """,
            """
            CREATE TABLE volunteers (street text NOT NULL, id integer NOT NULL, community integer NOT NULL,
                name text NOT NULL, phone text NOT NULL, kind smallint NOT NULL, in_service_member boolean NOT NULL,
                team integer, PRIMARY KEY (street, id))
            """,
            """
            CREATE TABLE services (street text NOT NULL, id integer NOT NULL, volunteer integer NOT NULL,
                day date NOT NULL, hours numeric(6,1) NOT NULL, confirmed boolean NOT NULL, PRIMARY KEY (street, id))
            """,
            "CREATE INDEX services_by_volunteer ON services (street, volunteer, day) WHERE confirmed",
            """
            CREATE TABLE appeals (street text NOT NULL, id integer NOT NULL, community integer NOT NULL,
                compound integer, ticket text NOT NULL, channel smallint NOT NULL, category smallint NOT NULL,
                urgency smallint NOT NULL, state smallint NOT NULL, handler_kind smallint NOT NULL, handler integer,
                received_at timestamptz NOT NULL, dispatched_at timestamptz, resolved_at timestamptz,
                received_day date NOT NULL, resolved_day date,
                deadline bigint NOT NULL, submitter text NOT NULL, phone text NOT NULL,
                counted boolean NOT NULL, open boolean NOT NULL, clock_running boolean NOT NULL,
                handled boolean NOT NULL, on_time boolean NOT NULL, evaluated boolean NOT NULL,
                satisfied boolean NOT NULL, reopened boolean NOT NULL, dispatched boolean NOT NULL,
                contacted_in_time boolean NOT NULL, PRIMARY KEY (street, id)) PARTITION BY HASH (street)
            """,
            """
            CREATE TABLE appeal_events (street text NOT NULL, appeal integer NOT NULL, ordinal integer NOT NULL,
                kind smallint NOT NULL, state_after smallint NOT NULL, at timestamptz NOT NULL,
                PRIMARY KEY (street, appeal, ordinal)) PARTITION BY HASH (street)
            """,
            // Running counts the publisher keeps in the transaction that changes the appeals, so the
            // rollup reads a row per community, not a million appeals (docs/rollup.md).
            """
            CREATE TABLE appeal_cells (street text NOT NULL, community integer NOT NULL, appeals bigint NOT NULL,
                appeals_open bigint NOT NULL, counted bigint NOT NULL, handled bigint NOT NULL, on_time bigint NOT NULL,
                evaluated bigint NOT NULL, satisfied bigint NOT NULL, reopened bigint NOT NULL, dispatched bigint NOT NULL,
                contacted bigint NOT NULL, PRIMARY KEY (street, community))
            """,
            """
            CREATE TABLE appeal_days (street text NOT NULL, day date NOT NULL, received bigint NOT NULL,
                resolved bigint NOT NULL, PRIMARY KEY (street, day))
            """,
            """
            CREATE TABLE projects (street text NOT NULL, id integer NOT NULL, community integer NOT NULL,
                title text NOT NULL, kind smallint NOT NULL, state smallint NOT NULL, year integer NOT NULL,
                budget bigint NOT NULL, commits_budget boolean NOT NULL, PRIMARY KEY (street, id))
            """,
            """
            CREATE TABLE departments (street text NOT NULL, id integer NOT NULL, name text NOT NULL,
                phone text NOT NULL, categories integer NOT NULL, PRIMARY KEY (street, id))
            """,
        ]
        for table in ["appeals", "appeal_events"] {
            for remainder in 0..<partitions {
                list.append("CREATE TABLE \(table)_p\(remainder) PARTITION OF \(table) FOR VALUES WITH (MODULUS \(partitions), REMAINDER \(remainder))")
            }
        }
        // Overdue depends on the moment, so it is counted at each read, from this index alone.
        list.append("CREATE INDEX appeals_running ON appeals (street, community, deadline) WHERE clock_running")
        return list
    }
}
