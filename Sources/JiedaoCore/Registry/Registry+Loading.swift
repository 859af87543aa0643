import Dispatch

/// The raw tables of a data set as a snapshot holds them, before they become a ``Registry``.
public struct RegistryParts: Sendable {
    public var texts = TextStore()
    public var communities: [Community] = []
    public var compounds: [Compound] = []
    public var volunteers: [Volunteer] = []
    public var services: [ServiceRecord] = []
    public var appeals: [Appeal] = []
    public var projects: [MicroProject] = []
    public var departments: [Department] = []
    public var teams: [Team] = []
    public var users: [User] = []
    /// Empty in a file from before categories were records: the built-in twelve are added.
    public var categories: [AppealCategory] = []
    public var events = EventLog()
    public var settings = Settings()

    public init() {}
}

/// A loaded data set that breaks an invariant (a reference to nothing, say).
public struct RegistryLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    public let description: String
}

extension Registry {
    /// Builds a registry from loaded tables, checking every reference and rebuilding
    /// indexes and metrics, so a damaged file can never produce a half-valid registry.
    public init(parts: RegistryParts) throws(RegistryLoadError) {
        self.init(settings: parts.settings)
        texts = parts.texts
        communities = RecordTable(rows: parts.communities)
        compounds = RecordTable(rows: parts.compounds)
        volunteers = RecordTable(rows: parts.volunteers)
        services = RecordTable(rows: parts.services)
        appeals = RecordTable(rows: parts.appeals)
        projects = RecordTable(rows: parts.projects)
        departments = RecordTable(rows: parts.departments)
        teams = RecordTable(rows: parts.teams)
        users = RecordTable(rows: parts.users)
        categories = RecordTable(rows: parts.categories)
        addBuiltInCategories()
        events = parts.events
        try checkLoadedReferences()
        rebuildDerived()
    }

    /// Recomputes every index and metric from the tables (used after loading, and by tests
    /// to check that the incremental ones agree).
    public mutating func rebuildDerived() {
        summaryKeyCache = nil
        let trackedQuarter = quarter.first <= quarter.last ? Day(daysSince1970: quarter.first) : nil
        let ledger = kpis
        // Indexes on one core, metrics and the overdue queue on the other, each from the tables of this copy.
        let tables = self
        let (builtIndexes, figures) = TwoCores.run({ tables.derivedIndexes() }, {
            (tables.derivedMetrics(), OverdueTracker(appeals: tables.appeals.rows, clock: tables.overdue.clock),
             OverdueTracker(.firstContact, appeals: tables.appeals.rows, clock: tables.lateContacts.clock))
        })
        indexes = builtIndexes
        metrics = figures.0
        overdue = figures.1
        lateContacts = figures.2
        quarter = trackedQuarter.map { QuarterTracker(quarterOf: $0, volunteers: volunteers.rows, services: services.rows) } ?? QuarterTracker()
        kpis = ledger.map { KPILedger(appeals: appeals.rows, calendar: $0.calendar, utcOffset: $0.utcOffset) }
    }

    /// The indexes of the tables, built from nothing.
    private func derivedIndexes() -> RegistryIndexes {
        var result = RegistryIndexes()
        func add<R: Record>(_ rows: [R], _ update: (inout RegistryIndexes, Int32, R) -> Void) {
            for index in rows.indices where !rows[index].isDeleted { update(&result, Int32(index), rows[index]) }
        }
        add(compounds.rows) { $0.update($1, old: nil, new: $2) }
        add(volunteers.rows) { $0.update($1, old: nil, new: $2) }
        add(services.rows) { $0.update($1, old: nil, new: $2) }
        add(appeals.rows) { $0.update($1, old: nil, new: $2) }
        add(projects.rows) { $0.update($1, old: nil, new: $2) }
        add(teams.rows) { $0.update($1, old: nil, new: $2) }
        return result
    }

    /// The running metrics of the tables, built from nothing.
    private func derivedMetrics() -> Metrics {
        var result = Metrics()
        for compound in compounds.rows where !compound.isDeleted { result.update(old: nil, new: compound) }
        for appeal in appeals.rows where !appeal.isDeleted { result.update(old: nil, new: appeal) }
        for project in projects.rows where !project.isDeleted { result.update(old: nil, new: project) }
        return result
    }

    /// No community's annual budget can be larger (one trillion CNY); larger is damage.
    static let largestBudget: Int64 = 1_000_000_000_000

    private func checkLoadedReferences() throws(RegistryLoadError) {
        func fail(_ what: String) -> RegistryLoadError { RegistryLoadError(description: what) }
        func live(_ isLive: Bool, _ what: @autoclosure () -> String) throws(RegistryLoadError) {
            if !isLive { throw fail(what()) }
        }
        func optional(_ raw: Int32, _ isLive: (Int32) -> Bool) -> Bool { raw == noReference || isLive(raw) }
        for (i, c) in compounds.rows.enumerated() where !c.isDeleted {
            try live(communities.isLive(c.community.raw), "compound #\(i) refers to missing community #\(c.community.raw)")
        }
        for (i, v) in volunteers.rows.enumerated() where !v.isDeleted {
            try live(communities.isLive(v.community.raw) && optional(v.compound.raw, compounds.isLive) && optional(v.team.raw, teams.isLive),
                     "volunteer #\(i) refers to a missing community, compound or team")
        }
        for (i, s) in services.rows.enumerated() where !s.isDeleted {
            try live(volunteers.isLive(s.volunteer.raw), "service record #\(i) refers to missing volunteer #\(s.volunteer.raw)")
        }
        for (i, t) in teams.rows.enumerated() where !t.isDeleted {
            try live(communities.isLive(t.community.raw) && optional(t.leader.raw, volunteers.isLive), "team #\(i) refers to a missing record")
        }
        for (i, p) in projects.rows.enumerated() where !p.isDeleted {
            try live(communities.isLive(p.community.raw), "project #\(i) refers to missing community #\(p.community.raw)")
            try live((0...p.projectKind.cap).contains(p.budget), "project #\(i) has a budget outside 0–\(p.projectKind.cap)")
        }
        try live(categories.count <= AppealCategory.capacity, "\(categories.count) categories, more than \(AppealCategory.capacity)")
        for (i, c) in communities.rows.enumerated() {
            try live((0...Self.largestBudget).contains(c.annualBudget), "community #\(i) has an impossible annual budget")
        }
        for (i, a) in appeals.rows.enumerated() {
            let last = a.progress.lastEvent
            try live(last.raw == noReference || (last.raw >= 0 && last.index < events.count), "appeal #\(i) has a timeline outside the events")
            guard !a.isDeleted else { continue }
            try live(communities.isLive(a.community.raw) && optional(a.compound.raw, compounds.isLive) && optional(a.project.raw, projects.isLive),
                     "appeal #\(i) refers to a missing community, compound or project")
            try live(categories.isLive(Int32(a.categoryCode)), "appeal #\(i) refers to missing category #\(a.categoryCode)")
            try live(a.progress.mergedInto.raw == noReference || (a.progress.mergedInto.raw >= 0 && a.progress.mergedInto.index < appeals.count),
                     "appeal #\(i) is merged into a missing appeal")
        }
        for (i, e) in events.enumerated() {
            try live(e.appeal.raw >= 0 && e.appeal.index < appeals.count, "event #\(i) belongs to missing appeal #\(e.appeal.raw)")
            // Links only point backwards, so walking a timeline always ends.
            try live(e.previous.raw == noReference || (e.previous.raw >= 0 && e.previous.raw < Int32(i)), "event #\(i) links forwards")
        }
    }
}
