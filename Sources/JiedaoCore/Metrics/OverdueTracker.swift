/// Open appeals past their deadline, kept exact as edits apply and as time passes, with no
/// rescan of the appeals.
///
/// Every open appeal with a deadline waits in a queue ordered by deadline. ``advance(to:appeals:)``
/// (the registry's clock tick) moves those whose deadline has passed into the overdue counts;
/// an edit takes its appeal out of the counts or the queue and puts the new version back.
/// Queue entries left behind by an edit are recognised by their generation and skipped.
///
/// The same tracker counts first contacts not made within a day of dispatch (``Due/firstContact``).
public struct OverdueTracker: Sendable {
    enum Status: UInt8, Sendable { case none, waiting, overdue }

    /// Which moment an appeal falls due at.
    public enum Due: Sendable {
        /// The deadline of an open appeal whose clock runs (not suspended).
        case deadline
        /// A day after dispatch, while nobody has reached the resident.
        case firstContact
    }

    /// What this tracker counts.
    public let due: Due

    /// Deadlines before this moment have been moved into the overdue counts.
    public private(set) var clock: Int64
    /// Overdue appeals at ``clock``, street-wide and by community.
    public private(set) var counts = CommunityCounts()
    private var status: [Status] = []
    private var generation: [UInt32] = []
    /// Open appeals whose deadline had not passed at ``clock``.
    private var waiting = DeadlineHeap()
    /// Appeals counted overdue, earliest deadline first (for "most overdue").
    private var overdue = DeadlineHeap()

    /// Tracks `appeals` with every deadline before `clock` already counted.
    public init(_ due: Due = .deadline, appeals: [Appeal] = [], clock: Int64 = .min) {
        self.due = due
        self.clock = clock
        status = Array(repeating: .none, count: appeals.count)
        generation = Array(repeating: 0, count: appeals.count)
        for (index, appeal) in appeals.enumerated() {
            if let time = dueTime(of: appeal) {
                place(DeadlineEntry(deadline: time, appeal: Int32(index), generation: 0), community: appeal.community)
            }
        }
    }

    /// When `appeal` falls due, or nil when it cannot (closed, suspended, no deadline, contacted).
    func dueTime(of appeal: Appeal) -> Int64? {
        guard !appeal.isDeleted else { return nil }
        switch due {
        case .deadline:
            return appeal.progress.state.runsClock && appeal.progress.deadline > 0 ? appeal.progress.deadline : nil
        case .firstContact:
            return appeal.progress.firstContactDue
        }
    }

    // MARK: - Changes

    /// Replaces appeal `id`'s old version (nil: absent or deleted) by its new one.
    mutating func update(_ id: Int32, old: Appeal?, new: Appeal?) {
        let index = Int(id)
        guard index >= 0 else { return }
        if index >= status.count {
            status.append(contentsOf: repeatElement(.none, count: index - status.count + 1))
            generation.append(contentsOf: repeatElement(0, count: index - generation.count + 1))
        }
        let newDue = new.flatMap(dueTime)
        // Edits that leave the due time and community alone keep the queue as it is.
        if let old, let new, let newDue, status[index] != .none,
           dueTime(of: old) == newDue, old.community == new.community {
            return
        }
        if status[index] == .overdue, let old { counts.add(-1, to: old.community) }
        status[index] = .none
        generation[index] &+= 1
        if let new, let newDue {
            place(DeadlineEntry(deadline: newDue, appeal: id, generation: generation[index]), community: new.community)
        }
        dropStaleEntries()
    }

    /// Moves every appeal whose deadline is before `now` into the overdue counts. Going back
    /// in time (a clock set back) rebuilds from the appeals.
    mutating func advance(to now: Int64, appeals: [Appeal]) {
        guard now >= clock else {
            self = OverdueTracker(due, appeals: appeals, clock: now)
            return
        }
        while let first = waiting.first, first.deadline < now {
            waiting.popFirst()
            guard isCurrent(first), Int(first.appeal) < appeals.count else { continue }
            status[Int(first.appeal)] = .overdue
            counts.add(1, to: appeals[Int(first.appeal)].community)
            overdue.push(first)
        }
        clock = now
    }

    // MARK: - Queries

    /// The overdue appeals at `now`, or nil when `now` is before ``clock`` (ask after advancing).
    public func overdueAppeals(at now: Int64) -> [AppealID]? {
        guard now >= clock else { return nil }
        var result: [AppealID] = []
        result.reserveCapacity(counts.total)
        overdue.forEach(before: .max) { if isCurrent($0) { result.append(AppealID($0.appeal)) } }
        waiting.forEach(before: now) { if isCurrent($0) { result.append(AppealID($0.appeal)) } }
        return result
    }

    /// Overdue appeals per community index at `now` (communities with none left out), or nil
    /// when `now` is before ``clock``. Costs only the appeals that fell due since the clock last moved.
    public func countsByCommunity(at now: Int64, appeals: [Appeal]) -> [Int: Int]? {
        guard now >= clock else { return nil }
        var result = counts.nonZero
        waiting.forEach(before: now) { entry in
            guard isCurrent(entry), Int(entry.appeal) < appeals.count else { return }
            let community = appeals[Int(entry.appeal)].community.index
            if community >= 0 { result[community, default: 0] += 1 }
        }
        return result
    }

    /// How many open appeals fall due at or after `now` and before `limit`, or nil when `now` is
    /// not the clock (ask after advancing). Visits only those appeals' queue entries.
    public func dueCount(before limit: Int64, at now: Int64) -> Int? {
        guard now == clock else { return nil }
        var count = 0
        waiting.forEach(before: limit) { if isCurrent($0), $0.deadline >= now { count += 1 } }
        return count
    }

    /// Up to `limit` overdue appeals at `now`, longest overdue first; nil when `now` is before ``clock``.
    public func mostOverdue(_ limit: Int, at now: Int64) -> [AppealID]? {
        guard now >= clock else { return nil }
        // Every counted appeal fell due before the clock, so before every waiting one.
        var result = overdue.earliest(limit, where: isCurrent)
        if result.count < limit { result += waiting.earliest(limit - result.count, before: now, where: isCurrent) }
        return result.map { AppealID($0.appeal) }
    }

    // MARK: - Internals

    private func isCurrent(_ entry: DeadlineEntry) -> Bool {
        Int(entry.appeal) < generation.count && generation[Int(entry.appeal)] == entry.generation
    }

    /// Counts the entry overdue if its deadline is before the clock, else queues it.
    private mutating func place(_ entry: DeadlineEntry, community: CommunityID) {
        if entry.deadline < clock {
            status[Int(entry.appeal)] = .overdue
            counts.add(1, to: community)
            overdue.push(entry)
        } else {
            status[Int(entry.appeal)] = .waiting
            waiting.push(entry)
        }
    }

    /// Keeps stale entries off the tops and the heaps no larger than twice what they hold.
    private mutating func dropStaleEntries() {
        while let first = waiting.first, !isCurrent(first) { waiting.popFirst() }
        while let first = overdue.first, !isCurrent(first) { overdue.popFirst() }
        let held = status.count
        if waiting.count + overdue.count > 2 * held + 1024 {
            waiting = DeadlineHeap(waiting.entries.filter(isCurrent))
            overdue = DeadlineHeap(overdue.entries.filter(isCurrent))
        }
    }
}
