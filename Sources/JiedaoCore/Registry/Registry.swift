/// The whole data set of one street (or district) in memory: every record in dense
/// tables, the text they refer to, the indexes the panes use and running metrics.
///
/// The only way to change it is ``apply(_:by:at:)``, which validates the edit,
/// keeps indexes and metrics current and returns the edit that undoes it.
///
/// ```swift
/// var registry = Registry()
/// let admin = try registry.apply(.create(.user, [...]), by: nil, at: now)
/// try registry.apply(.create(.community, [FieldChange("name", .text("侨香社区"))]), by: admin.record.id, at: now)
/// ```
public struct Registry: Sendable {
    public internal(set) var texts: TextStore
    public internal(set) var communities: RecordTable<Community>
    public internal(set) var compounds: RecordTable<Compound>
    public internal(set) var volunteers: RecordTable<Volunteer>
    public internal(set) var services: RecordTable<ServiceRecord>
    public internal(set) var appeals: RecordTable<Appeal>
    public internal(set) var projects: RecordTable<MicroProject>
    public internal(set) var departments: RecordTable<Department>
    public internal(set) var teams: RecordTable<Team>
    public internal(set) var users: RecordTable<User>
    /// 诉求类别: the twelve built in, then the street's own.
    public internal(set) var categories: RecordTable<AppealCategory>
    /// Every appeal's timeline events (see ``AppealEvent/previous``).
    public internal(set) var events: EventLog
    public internal(set) var settings: Settings
    /// Lists of child IDs per parent, kept sorted.
    public internal(set) var indexes: RegistryIndexes
    /// Running totals, exact after every edit.
    public internal(set) var metrics: Metrics
    /// Open appeals past their deadline, exact after every edit and every ``advanceClock(to:)``.
    public internal(set) var overdue: OverdueTracker
    /// Appeals whose first contact is more than a day late, kept as ``overdue`` is.
    public internal(set) var lateContacts: OverdueTracker
    /// Members behind on the quarterly rule in the clock's quarter.
    public internal(set) var quarter: QuarterTracker
    /// KPIs per group and day, once ``enableKPIs(calendar:at:)`` has been called.
    public internal(set) var kpis: KPILedger?
    /// Set on a data server's client: its copy holds personal text masked (`188****9392`), and
    /// the edits it replays carry it so. Such text is taken as it is instead of being refused.
    public var acceptsMaskedText = false
    /// While ``applyWithFigures(_:by:at:)`` runs: each appeal change's running-deadline entry before and after.
    var deadlineLog: [(old: FigureChanges.Deadline?, new: FigureChanges.Deadline?)]?
    /// ``summaryKeys()`` as last made by ``applyWithFigures(_:by:at:)``; any community change drops it.
    var summaryKeyCache: [(key: String, id: CommunityID)]?

    /// An empty data set.
    public init(settings: Settings = Settings()) {
        texts = TextStore()
        communities = RecordTable()
        compounds = RecordTable()
        volunteers = RecordTable()
        services = RecordTable()
        appeals = RecordTable()
        projects = RecordTable()
        departments = RecordTable()
        teams = RecordTable()
        users = RecordTable()
        categories = RecordTable()
        events = EventLog()
        self.settings = settings
        indexes = RegistryIndexes()
        metrics = Metrics()
        overdue = OverdueTracker()
        lateContacts = OverdueTracker(.firstContact)
        quarter = QuarterTracker()
        kpis = nil
        deadlineLog = nil
        summaryKeyCache = nil
        addBuiltInCategories()
    }

    /// Fills an empty category table with the built-in twelve (a new data set, or a file from
    /// before categories were records, whose appeals hold the same IDs).
    mutating func addBuiltInCategories() {
        guard categories.count == 0 else { return }
        var rows: [AppealCategory] = []
        for label in AppealCategory.builtIn {
            var category = AppealCategory()
            category.name = texts.intern(label.zh)
            category.englishName = texts.intern(label.en)
            rows.append(category)
        }
        categories = RecordTable(rows: rows)
    }

    /// The text behind a handle.
    public func text(_ ref: TextRef) -> String { texts.string(ref) }

    /// Whether `ref` names a record that exists and is not deleted.
    public func isLive(_ ref: RecordRef) -> Bool {
        switch ref.kind {
        case .community: communities.isLive(ref.id)
        case .compound: compounds.isLive(ref.id)
        case .volunteer: volunteers.isLive(ref.id)
        case .serviceRecord: services.isLive(ref.id)
        case .appeal: appeals.isLive(ref.id)
        case .project: projects.isLive(ref.id)
        case .department: departments.isLive(ref.id)
        case .team: teams.isLive(ref.id)
        case .user: users.isLive(ref.id)
        case .category: categories.isLive(ref.id)
        }
    }

    /// How many records of `kind` exist (deleted ones not counted).
    public func liveCount(_ kind: EntityKind) -> Int {
        switch kind {
        case .community: communities.liveCount
        case .compound: compounds.liveCount
        case .volunteer: volunteers.liveCount
        case .serviceRecord: services.liveCount
        case .appeal: appeals.liveCount
        case .project: projects.liveCount
        case .department: departments.liveCount
        case .team: teams.liveCount
        case .user: users.liveCount
        case .category: categories.liveCount
        }
    }

    /// The user whose OS login is `login`, if registered.
    public func user(login: String) -> UserID? {
        users.rows.indices.first { !users.rows[$0].isDeleted && texts.equals(users.rows[$0].login, login) }
            .map { UserID($0) }
    }

    /// The events of an appeal's timeline, oldest first.
    public func timeline(of appeal: AppealID) -> [AppealEvent] {
        var result: [AppealEvent] = []
        var cursor = appeals[appeal].progress.lastEvent
        while cursor.raw >= 0, cursor.index < events.count {
            let event = events[cursor.index]
            result.append(event)
            cursor = event.previous
        }
        return result.reversed()
    }

    /// A record's display name (name, title or summary), empty for a missing record.
    public func name(of ref: RecordRef) -> String {
        guard ref.id >= 0 else { return "" }
        let i = Int(ref.id)
        switch ref.kind {
        case .community: return i < communities.count ? text(communities.rows[i].name) : ""
        case .compound: return i < compounds.count ? text(compounds.rows[i].name) : ""
        case .volunteer: return i < volunteers.count ? text(volunteers.rows[i].name) : ""
        case .serviceRecord: return i < services.count ? text(services.rows[i].activity) : ""
        case .appeal: return i < appeals.count ? text(appeals.rows[i].summary) : ""
        case .project: return i < projects.count ? text(projects.rows[i].title) : ""
        case .department: return i < departments.count ? text(departments.rows[i].name) : ""
        case .team: return i < teams.count ? text(teams.rows[i].name) : ""
        case .user: return i < users.count ? text(users.rows[i].displayName) : ""
        case .category: return i < categories.count ? text(categories.rows[i].name) : ""
        }
    }
}
