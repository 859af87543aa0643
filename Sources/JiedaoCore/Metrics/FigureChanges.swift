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

    /// The changes from `before` to `after`, with each changed appeal's deadline entry before and after.
    public init(quarterFirst: Int32, quarterLast: Int32, before: SummaryCounters, after: SummaryCounters,
                deadlines: [(old: Deadline?, new: Deadline?)]) {
        self.quarterFirst = quarterFirst
        self.quarterLast = quarterLast
        street = after.street
        let oldRows = Dictionary(before.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(after.rows.map(\.id))
        rows = after.rows.filter { oldRows[$0.id] != $0 }
        removedRows = before.rows.map(\.id).filter { !newIDs.contains($0) }
        func key(_ budget: SummaryCounters.Budget) -> Int64 { Int64(budget.community) << 32 | Int64(UInt32(bitPattern: budget.year)) }
        let oldBudgets = Dictionary(before.committed.map { (key($0), $0.amount) }, uniquingKeysWith: { first, _ in first })
        let newBudgets = Set(after.committed.map(key))
        committed = after.committed.filter { oldBudgets[key($0)] != $0.amount }
            + before.committed.filter { !newBudgets.contains(key($0)) }.map { SummaryCounters.Budget(community: $0.community, year: $0.year, amount: 0) }
        for change in deadlines where change.old != change.new {
            if let old = change.old { deadlinesRemoved.append(old) }
            if let new = change.new { deadlinesAdded.append(new) }
        }
    }

    /// `counters` after this record.
    public func apply(to counters: inout SummaryCounters) {
        counters.street = street
        var rowsByID = Dictionary(counters.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in removedRows { rowsByID[id] = nil }
        for row in rows { rowsByID[row.id] = row }
        counters.rows = rowsByID.values.sorted { $0.id < $1.id }
        var budgets = Dictionary(counters.committed.map { (BudgetKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        for budget in committed { budgets[BudgetKey(budget)] = budget.amount == 0 ? nil : budget }
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
        let before = summaryCounters(at: time)
        deadlineLog = []
        defer { deadlineLog = nil }
        let applied = try apply(batch, by: author, at: time)
        let changes = FigureChanges(quarterFirst: quarter.first, quarterLast: quarter.last, before: before,
                                    after: summaryCounters(at: time), deadlines: deadlineLog ?? [])
        return (applied, changes)
    }
}
