extension Community: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<Community>> { \.communities }

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        guard annualBudget <= Registry.largestBudget else {
            throw EditError(.invalid(""), Bilingual(zh: "年度预算过大", en: "The annual budget is impossibly large"))
        }
        // Lowering the budget below what approved projects already use would over-commit it.
        let committed = registry.metrics.committedBudget.filter { $0.key.community == id }
        if let worst = committed.max(by: { $0.value < $1.value }), worst.value > annualBudget {
            throw EditError(.overBudget(budget: worst.value, remaining: annualBudget, total: annualBudget))
        }
    }

    static func track(_ id: Int32, old: Community?, new: Community?, in registry: inout Registry) {
        registry.summaryKeyCache = nil
    }

    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)? {
        let indexes = registry.indexes
        return firstDependents([
            (.compound, indexes.compoundsByCommunity.count(of: id)),
            (.volunteer, indexes.volunteersByCommunity.count(of: id)),
            (.appeal, indexes.appealsByCommunity.count(of: id)),
            (.project, indexes.projectsByCommunity.count(of: id)),
            (.team, indexes.teamsByCommunity.count(of: id)),
        ])
    }
}

extension Compound: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<Compound>> { \.compounds }

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        try registry.requireLive(.community, community.raw, field: Self.spec(.community))
    }

    static func track(_ id: Int32, old: Compound?, new: Compound?, in registry: inout Registry) {
        registry.indexes.update(id, old: old, new: new)
        registry.metrics.update(old: old, new: new)
    }

    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)? {
        firstDependents([
            (.volunteer, registry.indexes.volunteersByCompound.count(of: id)),
            (.appeal, registry.indexes.appealsByCompound.count(of: id)),
        ])
    }
}

extension Volunteer: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<Volunteer>> { \.volunteers }

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        try registry.requireLive(.community, community.raw, field: Self.spec(.community))
        try registry.requireLiveIfSet(.compound, compound.raw, field: Self.spec(.compound))
        try registry.requireLiveIfSet(.team, team.raw, field: Self.spec(.team))
        if compound.raw != noReference, registry.compounds[compound].community != community {
            throw EditError(.invalid(""), Bilingual(
                zh: "居住小区不属于所选社区", en: "The compound is not in the chosen community"))
        }
    }

    static func track(_ id: Int32, old: Volunteer?, new: Volunteer?, in registry: inout Registry) {
        registry.indexes.update(id, old: old, new: new)
        registry.quarter.update(volunteer: id, old: old, new: new)
    }

    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)? {
        let leads = registry.teams.rows.reduce(0) { $0 + (!$1.isDeleted && $1.leader.raw == id ? 1 : 0) }
        return firstDependents([(.serviceRecord, registry.indexes.servicesByVolunteer.count(of: id)), (.team, leads)])
    }
}

extension ServiceRecord: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<ServiceRecord>> { \.services }

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        try registry.requireLive(.volunteer, volunteer.raw, field: Self.spec(.volunteer))
        guard tenthsOfHour > 0, tenthsOfHour <= 240 else {
            throw EditError(.invalid(""), Bilingual(zh: "时长应在0到24小时之间", en: "Hours must be more than 0 and at most 24"))
        }
    }

    static func track(_ id: Int32, old: ServiceRecord?, new: ServiceRecord?, in registry: inout Registry) {
        registry.indexes.update(id, old: old, new: new)
        let volunteers = registry.volunteers.rows
        registry.quarter.update(service: old, new: new, volunteers: volunteers)
    }
}

extension Department: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<Department>> { \.departments }

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        let known = registry.categories(inMask: categories).filter { registry.categories.isLive($0.raw) }
        let knownMask = known.reduce(UInt64(0)) { $0 | 1 << UInt64($1.raw) }
        if knownMask != categories { throw EditError(.badChoice(field: "categories"), field: Self.spec(.categories).label) }
    }

    static func track(_ id: Int32, old: Department?, new: Department?, in registry: inout Registry) {}

    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)? {
        let handled = registry.appeals.rows.reduce(0) {
            $0 + (!$1.isDeleted && $1.progress.handlerKind == .department && $1.progress.handler == id ? 1 : 0)
        }
        return firstDependents([(.appeal, handled)])
    }
}

extension AppealCategory: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<AppealCategory>> { \.categories }

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        guard Int(id) < Self.capacity else {
            throw EditError(.invalid(""), Bilingual(
                zh: "类别已满（最多 \(Self.capacity) 个，含已停用的）：请改名或停用不用的类别", en: "No room for another category (at most \(Self.capacity), retired ones included): rename or retire one instead"))
        }
        let wanted = registry.text(name)
        let clash = registry.categories.rows.indices.contains { index in
            index != Int(id) && !registry.categories.rows[index].isDeleted && registry.text(registry.categories.rows[index].name) == wanted
        }
        if clash { throw EditError(.invalid("name"), Bilingual(zh: "已有类别“\(wanted)”", en: "A category “\(wanted)” already exists")) }
        let english = registry.text(englishName).lowercased()
        let englishClash = !english.isEmpty && registry.categories.rows.indices.contains { index in
            index != Int(id) && !registry.categories.rows[index].isDeleted && registry.text(registry.categories.rows[index].englishName).lowercased() == english
        }
        if englishClash {
            let shown = registry.text(englishName)
            throw EditError(.invalid("name_en"), Bilingual(zh: "已有英文名为“\(shown)”的类别", en: "A category is already named “\(shown)” in English"))
        }
    }

    static func track(_ id: Int32, old: AppealCategory?, new: AppealCategory?, in registry: inout Registry) {}

    /// Appeals keep their category and departments list it: one in use is retired, not deleted.
    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)? {
        let handling = registry.departments.rows.reduce(0) { $0 + (!$1.isDeleted && $1.handles(CategoryID(id)) ? 1 : 0) }
        return firstDependents([(.appeal, registry.appealCount(in: CategoryID(id))), (.department, handling)])
    }
}

extension Team: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<Team>> { \.teams }

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        try registry.requireLive(.community, community.raw, field: Self.spec(.community))
        try registry.requireLiveIfSet(.volunteer, leader.raw, field: Self.spec(.leader))
    }

    static func track(_ id: Int32, old: Team?, new: Team?, in registry: inout Registry) {
        registry.indexes.update(id, old: old, new: new)
    }

    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)? {
        firstDependents([(.volunteer, registry.indexes.membersByTeam.count(of: id))])
    }
}

extension User: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<User>> { \.users }

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        let loginText = registry.text(login)
        if let other = registry.user(login: loginText), other.raw != id {
            throw EditError(.invalid(""), Bilingual(zh: "登录名“\(loginText)”已存在", en: "Login “\(loginText)” already exists"))
        }
        // Someone must always be able to manage users.
        let otherAdmins = registry.users.rows.indices.filter {
            $0 != Int(id) && !registry.users.rows[$0].isDeleted && registry.users.rows[$0].role == .admin
        }
        if role != .admin, otherAdmins.isEmpty {
            throw EditError(.invalid(""), Bilingual(zh: "至少要保留一个管理员", en: "There must be at least one admin"))
        }
        try registry.requireLiveIfSet(.community, community.raw, field: Self.spec(.community))
        try registry.requireLiveIfSet(.department, department.raw, field: Self.spec(.department))
        if role == .handler, department.raw == noReference {
            throw EditError(.missing(field: "department"), Bilingual(zh: "承办人须指定所属部门", en: "A handler needs a department"))
        }
        if role == .coordinator ? false : community.raw != noReference {
            throw EditError(.invalid(""), Bilingual(zh: "只有协调员可以限定社区", en: "Only a coordinator is limited to a community"))
        }
    }

    static func track(_ id: Int32, old: User?, new: User?, in registry: inout Registry) {}
}
