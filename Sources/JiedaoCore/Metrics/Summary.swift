/// The headline figures a supervisor reads, as `jiedao summary` prints them.
/// Each rate is defined in docs/metrics.md.
public struct Summary: Hashable, Sendable, Codable {
    /// The figures of one community.
    public struct CommunityFigures: Hashable, Sendable, Codable {
        public var appeals: Int
        public var appealsOpen: Int
        public var appealsOverdue: Int
        public var closureRate: Double
        public var onTimeRate: Double
        public var satisfactionRate: Double
        public var partyCoverage: Double
        public var volunteersBehind: Int

        public init(appeals: Int, appealsOpen: Int, appealsOverdue: Int, closureRate: Double, onTimeRate: Double,
                    satisfactionRate: Double, partyCoverage: Double, volunteersBehind: Int) {
            self.appeals = appeals
            self.appealsOpen = appealsOpen
            self.appealsOverdue = appealsOverdue
            self.closureRate = closureRate
            self.onTimeRate = onTimeRate
            self.satisfactionRate = satisfactionRate
            self.partyCoverage = partyCoverage
            self.volunteersBehind = volunteersBehind
        }

        enum CodingKeys: String, CodingKey {
            case appeals, appealsOpen = "appeals_open", appealsOverdue = "appeals_overdue", closureRate = "closure_rate"
            case onTimeRate = "on_time_rate", satisfactionRate = "satisfaction_rate", partyCoverage = "party_coverage"
            case volunteersBehind = "volunteers_behind"
        }
    }

    public var street: String
    public var communities: Int
    public var compounds: Int
    public var volunteers: Int
    public var appeals: Int
    public var projects: Int
    public var partyCoverage: Double
    public var appealsOpen: Int
    public var appealsOverdue: Int
    public var closureRate: Double
    public var onTimeRate: Double
    public var satisfactionRate: Double
    public var reopenRate: Double
    public var volunteersBehind: Int
    public var budgetCommitted: Int64
    public var budgetTotal: Int64
    public var byCommunity: [String: CommunityFigures]
    /// The data set is the fictional demo, not a real street.
    public var demo = false
    /// 24小时联系率: dispatched appeals whose resident was reached within a day.
    public var firstContactRate = 0.0

    public init(street: String, communities: Int, compounds: Int, volunteers: Int, appeals: Int, projects: Int,
                partyCoverage: Double, appealsOpen: Int, appealsOverdue: Int, closureRate: Double, onTimeRate: Double,
                satisfactionRate: Double, reopenRate: Double, volunteersBehind: Int, budgetCommitted: Int64,
                budgetTotal: Int64, byCommunity: [String: CommunityFigures]) {
        self.street = street
        self.communities = communities
        self.compounds = compounds
        self.volunteers = volunteers
        self.appeals = appeals
        self.projects = projects
        self.partyCoverage = partyCoverage
        self.appealsOpen = appealsOpen
        self.appealsOverdue = appealsOverdue
        self.closureRate = closureRate
        self.onTimeRate = onTimeRate
        self.satisfactionRate = satisfactionRate
        self.reopenRate = reopenRate
        self.volunteersBehind = volunteersBehind
        self.budgetCommitted = budgetCommitted
        self.budgetTotal = budgetTotal
        self.byCommunity = byCommunity
    }

    enum CodingKeys: String, CodingKey {
        case street, demo, communities, compounds, volunteers, appeals, projects
        case partyCoverage = "party_coverage", appealsOpen = "appeals_open", appealsOverdue = "appeals_overdue"
        case closureRate = "closure_rate", onTimeRate = "on_time_rate", satisfactionRate = "satisfaction_rate"
        case reopenRate = "reopen_rate", volunteersBehind = "volunteers_behind", firstContactRate = "first_contact_rate"
        case budgetCommitted = "budget_committed", budgetTotal = "budget_total", byCommunity = "by_community"
    }
}

extension Registry {
    /// Each live community's key in ``Summary/byCommunity``: its name, and a repeated name with its ID
    /// (names are not unique by rule, and no figures may be lost).
    func summaryKeys() -> [(key: String, id: CommunityID)] {
        if let summaryKeyCache { return summaryKeyCache }
        var seen: Set<String> = []
        var result: [(key: String, id: CommunityID)] = []
        for id in communities.liveIDs {
            var key = text(communities[id].name)
            if seen.contains(key) { key += " #\(id.raw)" }
            seen.insert(key)
            result.append((key, id))
        }
        return result
    }

    /// The summary at `now`: counts and rates from the running metrics (``summaryCounters(at:)``, the
    /// same counts a cold summary reads from the snapshot), overdue from the deadlines.
    public func summary(at now: Int64) -> Summary {
        summaryCounters(at: now).summary(at: now, utcOffset: settings.utcOffset(at: now), overdue: overdueByCommunity(at: now))
    }
}
