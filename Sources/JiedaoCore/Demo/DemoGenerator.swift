/// Builds a fictional but realistic street (or district, or city) through the same
/// ``Registry/apply(_:by:at:)`` path as every user edit.
///
/// The result depends only on the seed, the scale and the day of `now` (times are
/// laid out from that day's 09:00 local), so the same inputs give identical data.
///
/// ```swift
/// let registry = try DemoGenerator(scale: .street, seed: 1, now: clock.now(), adminLogin: "zhang").build()
/// ```
public struct DemoGenerator {
    public let scale: DemoScale
    public let seed: UInt64
    /// The data set's "now", rounded to 09:00 of its day (of the day before, when earlier than that).
    public let now: Int64
    public let adminLogin: String
    /// The street's name instead of the scale's own (桂香街道, 桂香区, 桂香市).
    public var streetName: String?
    /// The code that tells this street from others where figures across streets meet.
    public var streetCode = "demo"
    /// The district the street belongs to.
    public var districtName: String?
    let calendar: WorkCalendar

    var registry = Registry()
    var random: DemoRandom
    var admin = UserID(noReference)
    var coordinators: [UserID] = []

    public init(scale: DemoScale, seed: UInt64, now: Int64, adminLogin: String, calendar: WorkCalendar = .shipped) {
        self.scale = scale
        self.seed = seed
        // Before 09:00 the day's 09:00 is still to come, and a data set whose latest appeals were
        // received in the future would refuse the first step on them: take the day before's.
        let nine = Day(unixTime: now).startTime() + 9 * 3600
        self.now = nine <= now ? nine : nine - 86_400
        self.adminLogin = adminLogin
        self.calendar = calendar
        random = DemoRandom(seed: seed)
    }

    /// The finished data set; an error here is a bug in the generator, reported with the edit's reason.
    public consuming func build() throws(EditError) -> Registry {
        try addUsersAndSettings()
        let departments = try addDepartments()
        let communities = try addCommunities()
        let compounds = try addCompounds(in: communities)
        let teams = try addTeams(in: communities)
        try addVolunteers(communities: communities, compounds: compounds, teams: teams)
        try nameTeamLeaders(teams)
        try addAppeals(communities: communities, compounds: compounds, departments: departments)
        try addProjects(in: communities)
        return registry
    }

    // MARK: - Shared helpers

    /// Applies an edit as the demo's admin and returns the new record's ID.
    @discardableResult
    mutating func create(_ kind: EntityKind, _ fields: [FieldChange], at time: Int64? = nil) throws(EditError) -> Int32 {
        let applied = try registry.apply(.create(kind, fields), by: admin.raw < 0 ? nil : admin, at: time ?? now)
        return applied.record?.id ?? noReference
    }

    mutating func personName() -> String { random.pick(DemoNames.surnames) + random.pick(DemoNames.givenNames) }

    mutating func mobile() -> String {
        let prefixes = ["138", "139", "135", "136", "137", "150", "151", "158", "186", "188", "176", "199"]
        return random.pick(prefixes) + String(10_000_000 + random.below(90_000_000))
    }

    /// A name not yet used, made unique by a number when the word lists run out.
    mutating func unique(_ base: String, in used: inout Set<String>) -> String {
        var name = base
        var n = 2
        while used.contains(name) {
            name = base + "\(n)"
            n += 1
        }
        used.insert(name)
        return name
    }

    // MARK: - Users, settings and departments

    mutating func addUsersAndSettings() throws(EditError) {
        admin = UserID(try create(.user, [FieldChange("login", .text(adminLogin)), FieldChange("name", .text(adminLogin)),
                                          FieldChange("role", .int(Int64(Role.admin.rawValue)))]))
        let staff: [(String, String, Role)] = [("lisi", "李四", .coordinator), ("wangwu", "王五", .coordinator), ("zhaoliu", "赵六", .supervisor)]
        for (login, name, role) in staff where login != adminLogin {
            let id = try create(.user, [FieldChange("login", .text(login)), FieldChange("name", .text(name)),
                                        FieldChange("role", .int(Int64(role.rawValue)))])
            if role == .coordinator { coordinators.append(UserID(id)) }
        }
        var settings = registry.settings
        settings.streetName = streetName ?? (scale == .street ? "桂香街道" : (scale == .district ? "桂香区" : "桂香市"))
        settings.streetCode = streetCode
        settings.districtName = districtName
        settings.demoData = true
        settings.moveNotesRequired = true
        settings.extensionsNeedApproval = true
        try registry.apply(.changeSettings(version: registry.settings.version, settings), by: admin, at: now)
    }

    mutating func addDepartments() throws(EditError) -> [Int32] {
        var ids: [Int32] = []
        for (index, department) in DemoNames.departments.enumerated() {
            let mask = department.categories.reduce(Int64(0)) { $0 | (1 << Int64($1.raw)) }
            // The contact is picked by position, not by the seed, so the rest of the demo stays as it was.
            let contact = DemoNames.surnames[(index * 7) % DemoNames.surnames.count] + "科长"
            ids.append(try create(.department, [FieldChange("name", .text(department.name)), FieldChange("categories", .int(mask)),
                                                FieldChange("contact", .text(contact)),
                                                FieldChange("phone", .text("0755-8" + String(1_000_000 + random.below(8_999_999))))]))
        }
        return ids
    }
}
