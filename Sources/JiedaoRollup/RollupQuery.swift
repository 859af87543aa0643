import JiedaoCore

/// The figures across streets, computed by PostgreSQL from the published rows: each query
/// groups by street and community at once (GROUPING SETS), so one pass gives the communities,
/// the streets and the total. Definitions are those of docs/metrics.md.
public enum RollupQuery {
    /// The figures at `now` (Unix seconds) of every street, or of the streets of `district`.
    public static func run(_ connection: PostgresConnection, now: Int64, district: String? = nil) throws(RollupError) -> Rollup {
        try RollupSchema.prepare(connection)
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
        WITH s AS (SELECT street, date '1970-01-01' + floor(($1::bigint + utc_offset) / 86400.0)::integer AS today
                   FROM streets WHERE $2::text IS NULL OR district = $2)
        """

    private static func rate(_ part: String, _ whole: String) -> String {
        "CASE WHEN \(whole) = 0 THEN 0::float8 ELSE (\(part))::float8 / (\(whole))::float8 END"
    }

    private static let grouping = "GROUP BY GROUPING SETS ((t.street, t.community), (t.street), ())"
    private static let keys = "GROUPING(t.street, t.community) AS level, t.street, t.community"

    static let appeals = """
        \(chosen)
        SELECT \(keys), count(*) AS appeals, count(*) FILTER (WHERE t.open) AS appeals_open,
               count(*) FILTER (WHERE t.clock_running AND t.deadline > 0 AND $1::bigint > t.deadline) AS appeals_overdue,
               \(rate("count(*) FILTER (WHERE t.handled)", "count(*) FILTER (WHERE t.counted)")) AS closure_rate,
               \(rate("count(*) FILTER (WHERE t.handled AND t.on_time)", "count(*) FILTER (WHERE t.handled)")) AS on_time_rate,
               \(rate("count(*) FILTER (WHERE t.satisfied)", "count(*) FILTER (WHERE t.evaluated)")) AS satisfaction_rate,
               \(rate("count(*) FILTER (WHERE t.reopened)", "count(*) FILTER (WHERE t.counted)")) AS reopen_rate,
               \(rate("count(*) FILTER (WHERE t.contacted_in_time)", "count(*) FILTER (WHERE t.dispatched)")) AS first_contact_rate
        FROM appeals t JOIN s USING (street) \(grouping)
        """

    static let compounds = """
        \(chosen)
        SELECT \(keys), count(*) AS compounds, \(rate("count(*) FILTER (WHERE t.covered)", "count(*)")) AS party_coverage
        FROM compounds t JOIN s USING (street) \(grouping)
        """

    // 本季度未服务党员: in-service members with no confirmed service dated in the street's current quarter.
    static let volunteers = """
        \(chosen)
        SELECT \(keys), count(*) AS volunteers,
               count(*) FILTER (WHERE t.in_service_member AND NOT EXISTS (
                   SELECT 1 FROM services x WHERE x.street = t.street AND x.volunteer = t.id AND x.confirmed
                     AND x.day >= date_trunc('quarter', s.today)::date
                     AND x.day < (date_trunc('quarter', s.today) + interval '3 months')::date)) AS volunteers_behind
        FROM volunteers t JOIN s USING (street) \(grouping)
        """

    static let projects = """
        \(chosen)
        SELECT \(keys), count(*) AS projects,
               coalesce(sum(t.budget) FILTER (WHERE t.commits_budget AND t.year = extract(year FROM s.today)), 0) AS budget_committed
        FROM projects t JOIN s USING (street) \(grouping)
        """

    // Communities are grouped by their own ID, so each appears once with its name.
    static let communities = """
        \(chosen)
        SELECT GROUPING(t.street, t.id) AS level, t.street, t.id AS community, count(*) AS communities,
               sum(t.annual_budget) AS budget_total, min(t.name) AS name
        FROM communities t JOIN s USING (street) GROUP BY GROUPING SETS ((t.street, t.id), (t.street), ())
        """

    // Appeals received and resolved on each of the last 30 days of each street's calendar.
    static let series = """
        \(chosen), days AS (
            SELECT t.street, s.today - ((t.received_at AT TIME ZONE 'UTC') + st.utc_offset * interval '1 second')::date AS ago, 1 AS received, 0 AS resolved
            FROM appeals t JOIN s USING (street) JOIN streets st USING (street)
            WHERE t.received_at >= to_timestamp($1::bigint - 31 * 86400)
            UNION ALL
            SELECT t.street, s.today - ((t.resolved_at AT TIME ZONE 'UTC') + st.utc_offset * interval '1 second')::date, 0, 1
            FROM appeals t JOIN s USING (street) JOIN streets st USING (street)
            WHERE t.handled AND t.resolved_at >= to_timestamp($1::bigint - 31 * 86400))
        SELECT street, ago, sum(received) AS received, sum(resolved) AS resolved FROM days
        WHERE ago BETWEEN 0 AND 29 GROUP BY street, ago
        """
}
