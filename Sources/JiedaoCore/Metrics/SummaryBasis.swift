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
    /// The counts behind ``summary``, which journal records' ``FigureChanges`` update (nil in a
    /// section written before they were kept: such a basis serves only with no journal after it).
    public var counters: SummaryCounters?
    /// Open appeals whose clock runs: their deadlines and communities, in step.
    public var deadlines: [Int64] = []
    public var deadlineCommunities: [Int32] = []

    enum CodingKeys: String, CodingKey {
        case summary, madeAt, timeZone, quarterFirst, quarterLast, communityOfKey, counters
    }

    /// The summary at `now`, exactly as a loaded registry gives it; nil when `now` is outside the quarter.
    public func summary(at now: Int64) -> Summary? {
        summary(at: now, after: [])
    }

    /// The summary at `now` of the data set this basis was made from with the journal records
    /// whose figure changes are `changes`, in order; nil when `now` or a record is outside the
    /// quarter, or the changes do not fit the basis (then open the data set).
    public func summary(at now: Int64, after changes: [FigureChanges]) -> Summary? {
        var settings = Settings()
        settings.timeZone = timeZone
        let today = Day(unixTime: now, utcOffset: settings.utcOffset(at: now)).daysSince1970
        guard quarterFirst <= today, today <= quarterLast, deadlines.count == deadlineCommunities.count else { return nil }
        if let counters { return Self.summary(counters, deadlines: self, changes: changes, at: now, utcOffset: settings.utcOffset(at: now)) }
        guard changes.isEmpty else { return nil }
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

extension SummaryBasis {
    private static func summary(_ base: SummaryCounters, deadlines basis: SummaryBasis, changes: [FigureChanges],
                                at now: Int64, utcOffset: Int) -> Summary? {
        var counters = base
        // The deadlines' net change over the records, as counts per (deadline, community).
        var net: [FigureChanges.Deadline: Int] = [:]
        for change in changes {
            guard change.quarterFirst == basis.quarterFirst, change.quarterLast == basis.quarterLast else { return nil }
            for removed in change.deadlinesRemoved { net[removed, default: 0] -= 1 }
            for added in change.deadlinesAdded { net[added, default: 0] += 1 }
        }
        FigureChanges.apply(changes, to: &counters)
        var overdue: [Int: Int] = [:]
        for index in basis.deadlines.indices {
            let entry = FigureChanges.Deadline(at: basis.deadlines[index], community: basis.deadlineCommunities[index])
            if let pending = net[entry], pending < 0 {
                net[entry] = pending + 1
                continue
            }
            if now > entry.at { overdue[Int(entry.community), default: 0] += 1 }
        }
        for (entry, count) in net where count != 0 {
            // A removal the basis does not hold: the records do not fit this snapshot.
            guard count > 0 else { return nil }
            if now > entry.at { overdue[Int(entry.community), default: 0] += count }
        }
        return counters.summary(at: now, utcOffset: utcOffset, overdue: overdue)
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
                                 communityOfKey: communityOfKey, counters: summaryCounters(at: time))
        for appeal in appeals.rows where !appeal.isDeleted && appeal.progress.state.runsClock && appeal.progress.deadline > 0 {
            basis.deadlines.append(appeal.progress.deadline)
            basis.deadlineCommunities.append(appeal.community.raw)
        }
        return basis
    }
}
