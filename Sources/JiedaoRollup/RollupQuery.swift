import JiedaoCore

/// The figures across streets, computed by PostgreSQL from the published rows: each query
/// groups by street and community at once (GROUPING SETS), so one pass gives the communities,
/// the streets and the total. Definitions are those of docs/metrics.md.
public enum RollupQuery {
    /// The figures at `now` (Unix seconds) of every street, or of the streets of `district`.
    /// The connection has been through ``RollupSchema/prepare(_:)`` (once is enough).
    public static func run(_ connection: PostgresConnection, now: Int64, district: String? = nil) throws(RollupError) -> Rollup {
        let parameters: [String?] = [String(now), district]
        let streets = try connection.execute("""
            SELECT street, name, district, demo, published_sequence,
                   to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS published_at
            FROM streets WHERE $1::text IS NULL OR district = $1 ORDER BY street
            """, [district])
        var figures = Figures()
        for query in [appeals, compounds, volunteers, projects, communities] {
            figures.add(try connection.execute(query, parameters))
        }
        let series = try connection.execute(Self.series, parameters)
        var result = Rollup(streets: [:], total: figures.summary(of: .total, name: district ?? ""))
        result.total.byCommunity = [:]
        for row in 0..<streets.count {
            guard let code = streets.value(row, "street") else { continue }
            var summary = figures.summary(of: .street(code), name: streets.value(row, "name") ?? code)
            summary.demo = streets.value(row, "demo") == "t"
            var received = Array(repeating: 0, count: 30), resolved = Array(repeating: 0, count: 30)
            for line in 0..<series.count where series.value(line, "street") == code {
                guard let ago = series.value(line, "ago").flatMap({ Int($0) }), (0..<30).contains(ago) else { continue }
                received[29 - ago] = series.value(line, "received").flatMap { Int($0) } ?? 0
                resolved[29 - ago] = series.value(line, "resolved").flatMap { Int($0) } ?? 0
            }
            result.streets[code] = StreetRollup(
                code: code, district: streets.value(row, "district"), summary: summary,
                publishedSequence: streets.value(row, "published_sequence").flatMap { UInt64($0) },
                publishedAt: streets.value(row, "published_at"), received30Days: received, resolved30Days: resolved)
        }
        return result
    }

    // The streets chosen, each with its own calendar day at now.
    private static let chosen = """
        WITH s AS MATERIALIZED (
            SELECT street, today, date_trunc('quarter', today)::date AS quarter_start,
                   (date_trunc('quarter', today) + interval '3 months')::date AS quarter_end, extract(year FROM today) AS year
            FROM (SELECT street, date '1970-01-01' + floor(($1::bigint + utc_offset) / 86400.0)::integer AS today
                  FROM streets WHERE $2::text IS NULL OR district = $2) d)
        """

    private static func rate(_ part: String, _ whole: String) -> String {
        "CASE WHEN \(whole) = 0 THEN 0::float8 ELSE (\(part))::float8 / (\(whole))::float8 END"
    }

    /// Counts per (street, community) in one hash aggregate over the rows, then the three levels
    /// over that small result: GROUPING SETS straight over millions of rows sorts them all.
    private static func grouped(_ counts: [String], from table: String, by key: String = "community", _ figures: [String]) -> String {
        """
        \(chosen), cells AS (
            SELECT t.street, t.\(key) AS community, \(counts.joined(separator: ", "))
            FROM \(table) t JOIN s USING (street) GROUP BY t.street, t.\(key))
        SELECT GROUPING(street, community) AS level, street, community, \(figures.joined(separator: ", "))
        FROM cells GROUP BY GROUPING SETS ((street, community), (street), ())
        """
    }

    private static func sum(_ column: String) -> String { "sum(\(column))::bigint AS \(column)" }

    // The publisher's running cells, and overdue counted now from the index of running clocks.
    static let appeals = """
        \(chosen), overdue AS (
            SELECT t.street, t.community, count(*) AS n FROM appeals t JOIN s USING (street)
            WHERE t.clock_running AND t.deadline > 0 AND t.deadline < $1::bigint GROUP BY t.street, t.community),
        cells AS (
            SELECT c.*, coalesce(o.n, 0) AS appeals_overdue FROM appeal_cells c JOIN s USING (street)
            LEFT JOIN overdue o ON o.street = c.street AND o.community = c.community)
        SELECT GROUPING(street, community) AS level, street, community, \(sum("appeals")), \(sum("appeals_open")), \(sum("appeals_overdue")),
               \(rate("sum(handled)", "sum(counted)")) AS closure_rate, \(rate("sum(on_time)", "sum(handled)")) AS on_time_rate,
               \(rate("sum(satisfied)", "sum(evaluated)")) AS satisfaction_rate, \(rate("sum(reopened)", "sum(counted)")) AS reopen_rate,
               \(rate("sum(contacted)", "sum(dispatched)")) AS first_contact_rate
        FROM cells GROUP BY GROUPING SETS ((street, community), (street), ())
        """

    static let compounds = grouped(
        ["count(*) AS compounds", "count(*) FILTER (WHERE t.covered) AS covered"], from: "compounds",
        [sum("compounds"), "\(rate("sum(covered)", "sum(compounds)")) AS party_coverage"])

    // 本季度未服务党员: in-service members with no confirmed service dated in the street's current quarter.
    static let volunteers = """
        \(chosen), served AS (
            SELECT DISTINCT x.street, x.volunteer FROM services x JOIN s USING (street)
            WHERE x.confirmed AND x.day >= s.quarter_start AND x.day < s.quarter_end),
        cells AS (
            SELECT t.street, t.community, count(*) AS volunteers,
                   count(*) FILTER (WHERE t.in_service_member AND v.volunteer IS NULL) AS volunteers_behind
            FROM volunteers t JOIN s USING (street) LEFT JOIN served v ON v.street = t.street AND v.volunteer = t.id
            GROUP BY t.street, t.community)
        SELECT GROUPING(street, community) AS level, street, community, \(sum("volunteers")), \(sum("volunteers_behind"))
        FROM cells GROUP BY GROUPING SETS ((street, community), (street), ())
        """

    static let projects = grouped(
        ["count(*) AS projects", "coalesce(sum(t.budget) FILTER (WHERE t.commits_budget AND t.year = s.year), 0) AS budget_committed"],
        from: "projects", [sum("projects"), sum("budget_committed")])

    // Communities are grouped by their own ID, so each appears once with its name.
    static let communities = grouped(
        ["count(*) AS communities", "sum(t.annual_budget) AS budget_total", "min(t.name) AS name"], from: "communities", by: "id",
        [sum("communities"), sum("budget_total"), "min(name) AS name"])

    // Appeals received and resolved on each of the last 30 days of each street's calendar.
    static let series = """
        \(chosen)
        SELECT d.street, s.today - d.day AS ago, d.received, d.resolved FROM appeal_days d JOIN s USING (street)
        WHERE d.day > s.today - 30 AND d.day <= s.today
        """
}
