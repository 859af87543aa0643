/// Figures that change as time passes, not only as edits apply: overdue appeals and the
/// quarterly rule. The trackers answer for any moment at or after the registry's clock;
/// an earlier moment (a report on the past) is answered by a scan.
extension Registry {
    /// Moves the clock to `now`: appeals whose deadline has passed become overdue, and a
    /// new quarter starts the quarterly rule afresh. Call it on every tick.
    public mutating func advanceClock(to now: Int64) {
        let rows = appeals.rows
        overdue.advance(to: now, appeals: rows)
        lateContacts.advance(to: now, appeals: rows)
        let today = Day(unixTime: now, utcOffset: settings.utcOffset(at: now))
        if !quarter.covers(today) {
            quarter = QuarterTracker(quarterOf: today, volunteers: volunteers.rows, services: services.rows)
        }
    }

    /// Starts (or restarts, for another calendar) the KPI ledger, kept current from then on.
    public mutating func enableKPIs(calendar: WorkCalendar, at now: Int64) {
        let offset = settings.utcOffset(at: now)
        if let kpis, kpis.calendar == calendar, kpis.utcOffset == offset { return }
        kpis = KPILedger(appeals: appeals.rows, calendar: calendar, utcOffset: offset)
    }

    /// Appeals dispatched more than a day before `now` whose resident nobody has contacted yet.
    public func lateFirstContacts(at now: Int64) -> Int {
        if let counts = lateContacts.countsByCommunity(at: now, appeals: appeals.rows) { return counts.values.reduce(0, +) }
        return appeals.rows.reduce(0) { $0 + (!$1.isDeleted && $1.progress.isFirstContactLate(at: now) ? 1 : 0) }
    }

    /// Open appeals past their deadline at `now`, per community index.
    public func overdueByCommunity(at now: Int64) -> [Int: Int] {
        if let counts = overdue.countsByCommunity(at: now, appeals: appeals.rows) { return counts }
        var result: [Int: Int] = [:]
        for appeal in appeals.rows where !appeal.isDeleted && appeal.progress.isOverdue(at: now) {
            result[appeal.community.index, default: 0] += 1
        }
        return result
    }

    /// The open appeals past their deadline at `now`, in no particular order.
    public func overdueAppeals(at now: Int64) -> [AppealID] {
        if let ids = overdue.overdueAppeals(at: now) { return ids }
        return appeals.rows.indices.filter { !appeals.rows[$0].isDeleted && appeals.rows[$0].progress.isOverdue(at: now) }.map { AppealID($0) }
    }

    /// Up to `limit` overdue appeals at `now`, the earliest deadline first.
    public func mostOverdue(_ limit: Int, at now: Int64) -> [AppealID] {
        if let ids = overdue.mostOverdue(limit, at: now) { return ids }
        return overdueAppeals(at: now).sorted {
            (appeals[$0].progress.deadline, $0.raw) < (appeals[$1].progress.deadline, $1.raw)
        }.prefix(limit).map { $0 }
    }

    /// Open appeals whose deadline falls at or after `now` and before `limit` (not yet overdue).
    /// Costs only those appeals once the clock is at `now`; a scan otherwise.
    public func appealsDue(before limit: Int64, at now: Int64) -> Int {
        if let count = overdue.dueCount(before: limit, at: now) { return count }
        return appeals.rows.reduce(0) { count, appeal in
            let progress = appeal.progress
            let due = !appeal.isDeleted && progress.state.runsClock && progress.deadline > 0 && progress.deadline >= now && progress.deadline < limit
            return count + (due ? 1 : 0)
        }
    }

    /// In-service party members with no confirmed service in the quarter of `now`, per community index.
    public func volunteersBehindByCommunity(at now: Int64) -> [Int: Int] {
        let today = Day(unixTime: now, utcOffset: settings.utcOffset(at: now))
        if quarter.covers(today) { return quarter.behind.nonZero }
        var result: [Int: Int] = [:]
        for index in volunteers.rows.indices {
            let volunteer = volunteers.rows[index]
            guard !volunteer.isDeleted, volunteer.volunteerKind == .inServiceMember else { continue }
            if !hasServed(VolunteerID(index), inQuarterOf: today) { result[volunteer.community.index, default: 0] += 1 }
        }
        return result
    }

    /// How many confirmed services the volunteer has in the quarter containing `day`.
    public func serviceCount(_ volunteer: VolunteerID, inQuarterOf day: Day) -> Int {
        let first = day.firstOfQuarter.daysSince1970
        let last = day.lastOfQuarter.daysSince1970
        return indexes.servicesByVolunteer.children(of: volunteer.raw).reduce(0) { count, id in
            let service = services.rows[Int(id)]
            return count + (service.isConfirmed && service.day >= first && service.day <= last ? 1 : 0)
        }
    }

    /// Whether the volunteer has a confirmed service in the quarter containing `day`.
    public func hasServed(_ volunteer: VolunteerID, inQuarterOf day: Day) -> Bool {
        let first = day.firstOfQuarter.daysSince1970
        let last = day.lastOfQuarter.daysSince1970
        return indexes.servicesByVolunteer.children(of: volunteer.raw).contains { id in
            let service = services.rows[Int(id)]
            return service.isConfirmed && service.day >= first && service.day <= last
        }
    }
}
