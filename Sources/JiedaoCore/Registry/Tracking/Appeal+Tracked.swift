extension Appeal: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<Appeal>> { \.appeals }

    /// Clock skew allowed between coordinators' machines when checking that an appeal is not received in the future.
    static let allowedSkew: Int64 = 300

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        try registry.requireLive(.community, community.raw, field: Self.spec(.community))
        try registry.requireLiveIfSet(.compound, compound.raw, field: Self.spec(.compound))
        try registry.requireLiveIfSet(.project, project.raw, field: Self.spec(.project))
        try registry.requireLive(.category, category.raw, field: Self.spec(.category))
        // A retired category stays on the appeals that have it, and is given to no other.
        let kept = Int(id) < registry.appeals.count && registry.appeals.rows[Int(id)].categoryCode == categoryCode
        if registry.categories[category].isRetired, !kept {
            let name = registry.text(registry.categories[category].name)
            throw EditError(.invalid("category"), Bilingual(zh: "类别“\(name)”已停用", en: "The category “\(name)” is retired"))
        }
        if compound.raw != noReference, registry.compounds[compound].community != community {
            throw EditError(.invalid(""), Bilingual(zh: "小区不属于所选社区", en: "The compound is not in the chosen community"))
        }
        guard receivedAt <= time + Self.allowedSkew else {
            throw EditError(.datesOutOfOrder(earlier: "now", later: "received_at"), Bilingual(
                zh: "受理时间不能晚于当前时间", en: "The time received cannot be in the future"))
        }
        if progress.deadline > 0, progress.deadline <= receivedAt {
            throw EditError(.datesOutOfOrder(earlier: "received_at", later: "deadline"), Bilingual(
                zh: "办理期限不能早于受理时间", en: "The deadline cannot be before the time received"))
        }
    }

    static func track(_ id: Int32, old: Appeal?, new: Appeal?, in registry: inout Registry) {
        registry.indexes.update(id, old: old, new: new)
        registry.metrics.update(old: old, new: new)
        registry.overdue.update(id, old: old, new: new)
        registry.lateContacts.update(id, old: old, new: new)
        registry.kpis?.update(old: old, new: new)
        registry.deadlineLog?.append((FigureChanges.Deadline.of(old), FigureChanges.Deadline.of(new)))
    }

    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)? {
        firstDependents([(.appeal, registry.indexes.duplicatesByAppeal.count(of: id))])
    }
}

extension MicroProject: TrackedRecord {
    static var table: WritableKeyPath<Registry, RecordTable<MicroProject>> { \.projects }

    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError) {
        try registry.requireLive(.community, community.raw, field: Self.spec(.community))
        guard (2000...2100).contains(year) else {
            throw EditError(.invalid(""), Bilingual(zh: "年度应在2000到2100之间", en: "The year must be between 2000 and 2100"))
        }
        guard budget <= projectKind.cap else {
            throw EditError(.overCap(kind: projectKind, budget: budget, cap: projectKind.cap))
        }
        if progress.state.commitsBudget { try registry.checkBudget(for: self, id: id) }
    }

    static func track(_ id: Int32, old: MicroProject?, new: MicroProject?, in registry: inout Registry) {
        registry.indexes.update(id, old: old, new: new)
        registry.metrics.update(old: old, new: new)
    }

    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)? {
        firstDependents([(.appeal, registry.indexes.appealsByProject.count(of: id))])
    }
}

extension Registry {
    /// Refuses a committed project that would take its community past the annual budget.
    func checkBudget(for project: MicroProject, id: Int32) throws(EditError) {
        let total = communities[project.community].annualBudget
        var committed = metrics.committed(community: project.community, year: project.year)
        // The project's own current commitment is replaced, not added to.
        if id >= 0, Int(id) < projects.count {
            let current = projects.rows[Int(id)]
            if !current.isDeleted, current.progress.state.commitsBudget,
               current.community == project.community, current.year == project.year {
                committed -= current.budget
            }
        }
        let remaining = total - committed
        guard project.budget <= remaining else {
            throw EditError(.overBudget(budget: project.budget, remaining: remaining, total: total))
        }
    }
}
