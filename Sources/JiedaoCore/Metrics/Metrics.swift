/// Figures kept current as edits apply, so a summary never rescans the appeals.
public struct Metrics: Hashable, Sendable {
    /// The street's appeals.
    public internal(set) var appeals = AppealTally()
    /// Appeals per community (indexed by community ID).
    public internal(set) var appealsByCommunity: [AppealTally] = []
    /// Appeals per state (indexed by raw state).
    public internal(set) var appealsByState = [Int](repeating: 0, count: AppealState.allCases.count)
    /// Extension requests waiting for a supervisor's or an admin's decision.
    public internal(set) var pendingExtensions = 0
    /// Live compounds and those with a party organisation, street-wide.
    public internal(set) var compounds = 0
    public internal(set) var coveredCompounds = 0
    /// The same per community.
    public internal(set) var compoundsByCommunity: [Int] = []
    public internal(set) var coveredByCommunity: [Int] = []
    /// Budget committed by approved, implementing and accepted projects, per community and year.
    public internal(set) var committedBudget: [BudgetKey: Int64] = [:]

    /// A community's budget year.
    public struct BudgetKey: Hashable, Sendable {
        public var community: Int32
        public var year: Int32
        public init(community: Int32, year: Int32) {
            self.community = community
            self.year = year
        }
    }

    public init() {}

    /// The appeal figures of one community.
    public func appeals(of community: CommunityID) -> AppealTally {
        community.index < appealsByCommunity.count ? appealsByCommunity[community.index] : AppealTally()
    }

    /// Share of compounds with a party organisation (0 when there are none).
    public var partyCoverage: Double { compounds == 0 ? 0 : Double(coveredCompounds) / Double(compounds) }

    /// (compounds, covered) of one community.
    public func coverage(of community: CommunityID) -> (compounds: Int, covered: Int) {
        let i = community.index
        guard i >= 0, i < compoundsByCommunity.count else { return (0, 0) }
        return (compoundsByCommunity[i], coveredByCommunity[i])
    }

    /// CNY committed by a community's projects in `year`.
    public func committed(community: CommunityID, year: Int32) -> Int64 {
        committedBudget[BudgetKey(community: community.raw, year: year)] ?? 0
    }

    /// CNY committed street-wide in `year`.
    public func committed(year: Int32) -> Int64 {
        committedBudget.reduce(0) { $0 + ($1.key.year == year ? $1.value : 0) }
    }

    // MARK: - Updates; `nil` means absent or deleted.

    mutating func update(old: Appeal?, new: Appeal?) {
        if let old, !old.isDeleted { tally(old, sign: -1) }
        if let new, !new.isDeleted { tally(new, sign: 1) }
    }

    private mutating func tally(_ appeal: Appeal, sign: Int) {
        appeals.add(appeal, sign: sign)
        if appeal.progress.requestedDeadline > 0 { pendingExtensions += sign }
        appealsByState[Int(appeal.progress.state.rawValue)] += sign
        let c = appeal.community.index
        guard c >= 0 else { return }
        if c >= appealsByCommunity.count {
            appealsByCommunity.append(contentsOf: repeatElement(AppealTally(), count: c - appealsByCommunity.count + 1))
        }
        appealsByCommunity[c].add(appeal, sign: sign)
    }

    mutating func update(old: Compound?, new: Compound?) {
        if let old, !old.isDeleted { tally(old, sign: -1) }
        if let new, !new.isDeleted { tally(new, sign: 1) }
    }

    private mutating func tally(_ compound: Compound, sign: Int) {
        compounds += sign
        if compound.isCovered { coveredCompounds += sign }
        let c = compound.community.index
        guard c >= 0 else { return }
        if c >= compoundsByCommunity.count {
            let missing = c - compoundsByCommunity.count + 1
            compoundsByCommunity.append(contentsOf: repeatElement(0, count: missing))
            coveredByCommunity.append(contentsOf: repeatElement(0, count: missing))
        }
        compoundsByCommunity[c] += sign
        if compound.isCovered { coveredByCommunity[c] += sign }
    }

    mutating func update(old: MicroProject?, new: MicroProject?) {
        if let old, !old.isDeleted, old.progress.state.commitsBudget { commit(old, sign: -1) }
        if let new, !new.isDeleted, new.progress.state.commitsBudget { commit(new, sign: 1) }
    }

    private mutating func commit(_ project: MicroProject, sign: Int64) {
        let key = BudgetKey(community: project.community.raw, year: project.year)
        // Budgets are checked against caps by every edit and on load; wrapping keeps a bad value from trapping.
        let total = (committedBudget[key] ?? 0) &+ sign &* project.budget
        committedBudget[key] = total == 0 ? nil : total
    }
}
