/// What ``Registry/summary(at:)`` needs, saved beside a snapshot so a cold `jiedao summary` reads
/// this and not a million appeals: the summary at the moment of saving, the community each of its
/// rows is, and the deadline of every appeal whose clock runs (overdue is the one figure that
/// moves with time alone).
///
/// Valid while "now" is in the quarter it was made in: members behind the quarterly rule and the
/// year's committed budget are that quarter's. ``summary(at:)`` says nil outside it.
public struct SummaryBasis: Hashable, Sendable, Codable {
    /// The summary at ``madeAt``.
    public var summary: Summary
    public var madeAt: Int64
    /// The data set's zone, for the day "now" falls on.
    public var timeZone: String
    /// The quarter of ``madeAt``, as days since 1970.
    public var quarterFirst: Int32
    public var quarterLast: Int32
    /// The community of each row of ``Summary/byCommunity``, by its key.
    public var communityOfKey: [String: Int32]
    /// Open appeals whose clock runs: their deadlines and communities, in step.
    public var deadlines: [Int64] = []
    public var deadlineCommunities: [Int32] = []

    enum CodingKeys: String, CodingKey {
        case summary, madeAt, timeZone, quarterFirst, quarterLast, communityOfKey
    }

    /// The summary at `now`, exactly as a loaded registry gives it; nil when `now` is outside the quarter.
    public func summary(at now: Int64) -> Summary? {
        var settings = Settings()
        settings.timeZone = timeZone
        let today = Day(unixTime: now, utcOffset: settings.utcOffset(at: now)).daysSince1970
        guard quarterFirst <= today, today <= quarterLast, deadlines.count == deadlineCommunities.count else { return nil }
        var overdue: [Int32: Int] = [:]
        var total = 0
        for index in deadlines.indices where now > deadlines[index] {
            overdue[deadlineCommunities[index], default: 0] += 1
            total += 1
        }
        var result = summary
        result.appealsOverdue = total
        for (key, community) in communityOfKey { result.byCommunity[key]?.appealsOverdue = overdue[community, default: 0] }
        return result
    }
}

extension Registry {
    /// The basis of the summary at `time` (see ``SummaryBasis``).
    public func summaryBasis(at time: Int64) -> SummaryBasis {
        let day = Day(unixTime: time, utcOffset: settings.utcOffset(at: time))
        var communityOfKey: [String: Int32] = [:]
        for (key, id) in summaryKeys() { communityOfKey[key] = id.raw }
        var basis = SummaryBasis(summary: summary(at: time), madeAt: time, timeZone: settings.timeZone,
                                 quarterFirst: day.firstOfQuarter.daysSince1970, quarterLast: day.lastOfQuarter.daysSince1970,
                                 communityOfKey: communityOfKey)
        for appeal in appeals.rows where !appeal.isDeleted && appeal.progress.state.runsClock && appeal.progress.deadline > 0 {
            basis.deadlines.append(appeal.progress.deadline)
            basis.deadlineCommunities.append(appeal.community.raw)
        }
        return basis
    }
}
