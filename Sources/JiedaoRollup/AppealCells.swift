/// The running counts the publisher keeps beside the appeals: per (street, community) the
/// numerators and denominators of every rate, and per (street, day) the appeals received and
/// resolved. They change in the transaction that changes the appeals, so they always equal a
/// GROUP BY over the appeals (the rollup tests compare them with each street's own summary).
enum AppealCells {
    /// Adds (`sign` 1) or takes away (`sign` -1) the counts of the appeals `condition` selects
    /// (`$1` is the street; the condition's own parameters follow).
    static func adjust(_ connection: PostgresConnection, by sign: Int, where condition: String, _ parameters: [String]) throws(RollupError) {
        let k = "$\(parameters.count + 1)::bigint"
        let counts = ["count(*)", "count(*) FILTER (WHERE open)", "count(*) FILTER (WHERE counted)", "count(*) FILTER (WHERE handled)",
                      "count(*) FILTER (WHERE handled AND on_time)", "count(*) FILTER (WHERE evaluated)",
                      "count(*) FILTER (WHERE satisfied)", "count(*) FILTER (WHERE reopened)",
                      "count(*) FILTER (WHERE dispatched)", "count(*) FILTER (WHERE contacted_in_time)"]
        let columns = ["appeals", "appeals_open", "counted", "handled", "on_time", "evaluated", "satisfied", "reopened", "dispatched", "contacted"]
        try connection.execute("""
            INSERT INTO appeal_cells AS c (street, community, \(columns.joined(separator: ", ")))
            SELECT street, community, \(counts.map { "\(k) * \($0)" }.joined(separator: ", "))
            FROM appeals WHERE street = $1 AND \(condition) GROUP BY street, community
            ON CONFLICT (street, community) DO UPDATE SET \(columns.map { "\($0) = c.\($0) + excluded.\($0)" }.joined(separator: ", "))
            """, parameters + [String(sign)])
        try connection.execute("""
            INSERT INTO appeal_days AS d (street, day, received, resolved)
            SELECT street, day, \(k) * sum(received), \(k) * sum(resolved) FROM (
                SELECT street, received_day AS day, 1 AS received, 0 AS resolved FROM appeals WHERE street = $1 AND \(condition)
                UNION ALL
                SELECT street, resolved_day, 0, 1 FROM appeals WHERE street = $1 AND \(condition) AND handled AND resolved_day IS NOT NULL
            ) x GROUP BY street, day
            ON CONFLICT (street, day) DO UPDATE SET received = d.received + excluded.received, resolved = d.resolved + excluded.resolved
            """, parameters + [String(sign)])
    }
}
