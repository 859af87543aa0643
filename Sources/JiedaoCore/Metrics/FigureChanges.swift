/// What one journal record changed in the ``SummaryCounters`` and the running deadlines, written
/// beside its edits so a cold summary can bring the snapshot's figures up to date from the journal
/// instead of opening the data set.
///
/// Rows and budgets are given as they are after the record (not as differences), so applying the
/// records in order is exact; deadlines are a multiset of (deadline, community) pairs.
public struct FigureChanges: Hashable, Sendable, Codable {
    /// An open appeal's running deadline and its community.
    public struct Deadline: Hashable, Sendable, Codable {
        public var at: Int64
        public var community: Int32

        public init(at: Int64, community: Int32) {
            self.at = at
            self.community = community
        }

        /// The entry of `appeal` in the running deadlines, nil when its clock does not run.
        static func of(_ appeal: Appeal?) -> Deadline? {
            guard let appeal, !appeal.isDeleted, appeal.progress.state.runsClock, appeal.progress.deadline > 0 else { return nil }
            return Deadline(at: appeal.progress.deadline, community: appeal.community.raw)
        }
    }

    /// The quarter (days since 1970) whose members behind the counts are.
    public var quarterFirst: Int32
    public var quarterLast: Int32
    public var street: SummaryCounters.Street
    /// Rows changed or added, as they are now.
    public var rows: [SummaryCounters.Row] = []
    /// Communities that are no longer live.
    public var removedRows: [Int32] = []
    /// Budgets changed or added, as they are now; an amount of 0 removes one.
    public var committed: [SummaryCounters.Budget] = []
    public var deadlinesRemoved: [Deadline] = []
    public var deadlinesAdded: [Deadline] = []

    /// The changes from `before` to `after` (rows in ID order, as ``Registry/summaryCounters(at:)``
    /// gives them), the budgets committed before and after, and each changed appeal's deadline entry.
    init(quarterFirst: Int32, quarterLast: Int32, before: SummaryCounters, after: SummaryCounters,
         committedBefore: [Metrics.BudgetKey: Int64], committedAfter: [Metrics.BudgetKey: Int64],
         deadlines: [(old: Deadline?, new: Deadline?)]) {
        self.quarterFirst = quarterFirst
        self.quarterLast = quarterLast
        street = after.street
        // Both lists are in ID order: one walk finds what changed, with no hashing.
        var i = 0, j = 0
        let old = before.rows, new = after.rows
        while i < old.count || j < new.count {
            if j == new.count || (i < old.count && old[i].id < new[j].id) {
                removedRows.append(old[i].id)
                i += 1
            } else if i == old.count || new[j].id < old[i].id {
                rows.append(new[j])
                j += 1
            } else {
                if old[i] != new[j] { rows.append(new[j]) }
                i += 1
                j += 1
            }
        }
        if committedBefore != committedAfter {
            for (key, amount) in committedAfter where committedBefore[key] != amount {
                committed.append(SummaryCounters.Budget(community: key.community, year: key.year, amount: amount))
            }
            for key in committedBefore.keys where committedAfter[key] == nil {
                committed.append(SummaryCounters.Budget(community: key.community, year: key.year, amount: 0))
            }
            committed.sort { ($0.community, $0.year) < ($1.community, $1.year) }
        }
        for change in deadlines where change.old != change.new {
            if let old = change.old { deadlinesRemoved.append(old) }
            if let new = change.new { deadlinesAdded.append(new) }
        }
    }

    /// `counters` after `changes`, in order (the rows and budgets looked up once for all of them).
    public static func apply(_ changes: [FigureChanges], to counters: inout SummaryCounters) {
        guard let last = changes.last else { return }
        var rowsByID = Dictionary(counters.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var budgets = Dictionary(counters.committed.map { (BudgetKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        for change in changes {
            for id in change.removedRows { rowsByID[id] = nil }
            for row in change.rows { rowsByID[row.id] = row }
            for budget in change.committed { budgets[BudgetKey(budget)] = budget.amount == 0 ? nil : budget }
        }
        counters.street = last.street
        counters.rows = rowsByID.values.sorted { $0.id < $1.id }
        counters.committed = budgets.values.sorted { ($0.community, $0.year) < ($1.community, $1.year) }
    }

    private struct BudgetKey: Hashable {
        var community: Int32
        var year: Int32
        init(_ budget: SummaryCounters.Budget) {
            community = budget.community
            year = budget.year
        }
    }
}

extension Registry {
    /// Applies a batch as ``apply(_:by:at:)-(EditBatch,_,_)`` does and also says what it changed in the
    /// summary's counts; the changes are nil when the batch changes the settings (the zone
    /// decides the day, and so the quarter).
    ///
    /// The members-behind tracker is moved to `time`'s quarter first if it covers another (a
    /// process that never ticked its clock), once, so the counts never need a scan of the volunteers.
    public mutating func applyWithFigures(_ batch: EditBatch, by author: UserID?, at time: Int64) throws(BatchRefusal) -> (AppliedBatch, FigureChanges?) {
        let changesSettings = batch.edits.contains { if case .changeSettings = $0 { true } else { false } }
        guard !changesSettings else { return (try apply(batch, by: author, at: time), nil) }
        if !tracksQuarter(of: time) {
            quarter = QuarterTracker(quarterOf: Day(unixTime: time, utcOffset: settings.utcOffset(at: time)),
                                     volunteers: volunteers.rows, services: services.rows)
        }
        // Names to keys once, not on every edit: the strings are most of the counters' cost.
        if summaryKeyCache == nil { summaryKeyCache = summaryKeys() }
        let before = summaryCountersWithoutBudgets(at: time)
        let committedBefore = metrics.committedBudget
        deadlineLog = []
        defer { deadlineLog = nil }
        let applied = try apply(batch, by: author, at: time)
        if summaryKeyCache == nil { summaryKeyCache = summaryKeys() }
        let changes = FigureChanges(quarterFirst: quarter.first, quarterLast: quarter.last, before: before,
                                    after: summaryCountersWithoutBudgets(at: time), committedBefore: committedBefore,
                                    committedAfter: metrics.committedBudget, deadlines: deadlineLog ?? [])
        return (applied, changes)
    }
}
