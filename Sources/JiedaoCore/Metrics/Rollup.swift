/// One street's figures as the rollup database holds them.
public struct StreetRollup: Hashable, Sendable, Codable {
    /// The street's code, its key in every table.
    public var code: String
    public var district: String?
    /// The figures of the street's own `jiedao summary`, as of what it has published.
    public var summary: Summary
    /// The journal sequence published; nil while the first backfill runs.
    public var publishedSequence: UInt64?
    /// When the street last published (ISO 8601, UTC).
    public var publishedAt: String?
    /// Appeals received on each of the last 30 days of the street's calendar, oldest first.
    public var received30Days: [Int]
    /// Appeals resolved (latest 办结) on each of those days.
    public var resolved30Days: [Int]

    enum CodingKeys: String, CodingKey {
        case code, district, summary, publishedSequence = "published_sequence", publishedAt = "published_at"
        case received30Days = "received_30d", resolved30Days = "resolved_30d"
    }

    public init(code: String, district: String?, summary: Summary, publishedSequence: UInt64?, publishedAt: String?,
                received30Days: [Int], resolved30Days: [Int]) {
        self.code = code
        self.district = district
        self.summary = summary
        self.publishedSequence = publishedSequence
        self.publishedAt = publishedAt
        self.received30Days = received30Days
        self.resolved30Days = resolved30Days
    }
}

/// Every street's figures and their totals, from one run of the rollup queries.
public struct Rollup: Hashable, Sendable, Codable {
    /// By street code.
    public var streets: [String: StreetRollup]
    /// The figures over all the streets shown: counts are sums, rates are over all their records.
    public var total: Summary

    public init(streets: [String: StreetRollup], total: Summary) {
        self.streets = streets
        self.total = total
    }
}
