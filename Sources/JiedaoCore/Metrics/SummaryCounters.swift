/// The counts ``Registry/summary(at:)`` turns into figures, apart from overdue (which moves with
/// time alone and comes from the running deadlines): what the snapshot's figures section holds and
/// what each journal record's ``FigureChanges`` bring up to date, so a cold summary never reads
/// the appeals.
public struct SummaryCounters: Hashable, Sendable, Codable {
    /// The figures of the street as a whole.
    public struct Street: Hashable, Sendable, Codable {
        public var name: String
        public var demo: Bool
        public var communities: Int
        /// Live compounds, and those the party coverage counts (the same compounds, kept apart as the registry keeps them).
        public var compounds: Int
        public var coverageCompounds: Int
        public var coveredCompounds: Int
        public var volunteers: Int
        public var volunteersBehind: Int
        public var appeals: Int
        public var projects: Int
        public var tally: AppealTally
    }

    /// One live community's counts.
    public struct Row: Hashable, Sendable, Codable {
        public var id: Int32
        /// Its key in ``Summary/byCommunity``.
        public var key: String
        public var annualBudget: Int64
        /// Live appeals, merged and withdrawn ones included.
        public var appeals: Int
        public var tally: AppealTally
        public var compounds: Int
        public var coveredCompounds: Int
        public var volunteersBehind: Int
    }

    /// Budget committed by one community in one year.
    public struct Budget: Hashable, Sendable, Codable {
        public var community: Int32
        public var year: Int32
        public var amount: Int64
    }

    public var street: Street
    /// By community ID.
    public var rows: [Row]
    /// By community and year; amounts are never 0.
    public var committed: [Budget]

    /// The summary these counts give, with `overdue` open appeals past their deadline by community index.
    public func summary(at now: Int64, utcOffset: Int, overdue: [Int: Int]) -> Summary {
        let year = Int32(Day(unixTime: now, utcOffset: utcOffset).year)
        var byCommunity: [String: Summary.CommunityFigures] = [:]
        var budgetTotal: Int64 = 0
        for row in rows {
            budgetTotal += row.annualBudget
            byCommunity[row.key] = Summary.CommunityFigures(
                appeals: row.appeals, appealsOpen: row.tally.open, appealsOverdue: overdue[Int(row.id), default: 0],
                closureRate: row.tally.closureRate, onTimeRate: row.tally.onTimeRate, satisfactionRate: row.tally.satisfactionRate,
                partyCoverage: row.compounds == 0 ? 0 : Double(row.coveredCompounds) / Double(row.compounds),
                volunteersBehind: row.volunteersBehind)
        }
        let tally = street.tally
        var summary = Summary(
            street: street.name, communities: street.communities, compounds: street.compounds,
            volunteers: street.volunteers, appeals: street.appeals, projects: street.projects,
            partyCoverage: street.coverageCompounds == 0 ? 0 : Double(street.coveredCompounds) / Double(street.coverageCompounds),
            appealsOpen: tally.open, appealsOverdue: overdue.values.reduce(0, +), closureRate: tally.closureRate,
            onTimeRate: tally.onTimeRate, satisfactionRate: tally.satisfactionRate, reopenRate: tally.reopenRate,
            volunteersBehind: street.volunteersBehind,
            budgetCommitted: committed.reduce(0) { $0 + ($1.year == year ? $1.amount : 0) },
            budgetTotal: budgetTotal, byCommunity: byCommunity)
        summary.demo = street.demo
        summary.firstContactRate = tally.firstContactRate
        return summary
    }
}

extension Registry {
    /// The counts of the summary at `time` (members behind are those of `time`'s quarter).
    public func summaryCounters(at time: Int64) -> SummaryCounters {
        var counters = summaryCountersWithoutBudgets(at: time)
        counters.committed = metrics.committedBudget.map { SummaryCounters.Budget(community: $0.key.community, year: $0.key.year, amount: $0.value) }
            .sorted { ($0.community, $0.year) < ($1.community, $1.year) }
        return counters
    }

    /// ``summaryCounters(at:)`` with `committed` left empty (an edit compares the budgets apart).
    func summaryCountersWithoutBudgets(at time: Int64) -> SummaryCounters {
        // The tracker's own array when it covers the quarter: no dictionary per edit.
        let tracked = tracksQuarter(of: time)
        let scanned = tracked ? [:] : volunteersBehindByCommunity(at: time)
        func behind(_ index: Int) -> Int { tracked ? quarter.behind[index] : scanned[index, default: 0] }
        let rows = summaryKeys().map { key, id in
            let coverage = metrics.coverage(of: id)
            return SummaryCounters.Row(
                id: id.raw, key: key, annualBudget: communities[id].annualBudget, appeals: indexes.appealsByCommunity.count(of: id.raw),
                tally: metrics.appeals(of: id), compounds: coverage.compounds, coveredCompounds: coverage.covered,
                volunteersBehind: behind(id.index))
        }
        let street = SummaryCounters.Street(
            name: settings.streetName, demo: settings.isDemo, communities: communities.liveCount, compounds: compounds.liveCount,
            coverageCompounds: metrics.compounds, coveredCompounds: metrics.coveredCompounds, volunteers: volunteers.liveCount,
            volunteersBehind: tracked ? quarter.behind.byCommunity.reduce(0, +) : scanned.values.reduce(0, +),
            appeals: appeals.liveCount, projects: projects.liveCount, tally: metrics.appeals)
        return SummaryCounters(street: street, rows: rows, committed: [])
    }

    /// Whether the members-behind tracker covers `time`'s quarter, so ``summaryCounters(at:)`` costs
    /// a few microseconds per community and no scan of the volunteers.
    public func tracksQuarter(of time: Int64) -> Bool {
        quarter.covers(Day(unixTime: time, utcOffset: settings.utcOffset(at: time)))
    }
}
