extension Registry {
    /// Who may do what (docs/permissions.md): supervisors read and oversee; coordinators edit
    /// records but do not delete communities, manage users or change settings, and a coordinator
    /// limited to a community edits only what is located in it (and handles the appeals
    /// dispatched to it); a department's handler works only the appeals dispatched to the
    /// department. An empty data set accepts exactly one edit from nobody: creating its first admin.
    func authorize(_ edit: Edit, by author: UserID?) throws(EditError) {
        if users.liveCount == 0, case .create(.user, let changes) = edit,
           changes.contains(FieldChange("role", .int(Int64(Role.admin.rawValue)))) {
            return
        }
        guard let author, let user = users.live(author) else { throw EditError(.notPermitted(nil)) }
        switch user.role {
        case .admin:
            return
        case .supervisor:
            // Oversight, not records: a supervisor may put an appeal under 督办 and decide
            // extension requests, and nothing else.
            if case .moveAppeal(_, _, let move, _) = edit, move.isOversight { return }
            throw EditError(.notPermitted(.supervisor))
        case .coordinator:
            if case .changeSettings = edit { throw EditError(.notPermitted(.coordinator)) }
            if case .moveAppeal(_, _, let move, _) = edit, move.isDecision { throw EditError(.notPermitted(.coordinator)) }
            if edit.target?.kind == .user { throw EditError(.notPermitted(.coordinator)) }
            if case .create(.user, _) = edit { throw EditError(.notPermitted(.coordinator)) }
            // Departments and categories are the street's set-up, as users are: admins' to change.
            if let kind = edit.target?.kind, kind == .department || kind == .category { throw EditError(.notPermitted(.coordinator)) }
            if case .create(let kind, _) = edit, kind == .department || kind == .category { throw EditError(.notPermitted(.coordinator)) }
            if case .delete(let ref, _) = edit, ref.kind == .community { throw EditError(.notPermitted(.coordinator)) }
            if user.community.raw != noReference { try authorizeScoped(edit, within: user.community) }
        case .handler:
            try authorizeHandler(edit, of: user.department)
        }
    }

    /// Why `author` may not make `edit`, or nil when they may: the same rules `apply` enforces,
    /// asked before a form opens or a key's step is offered.
    public func permission(for edit: Edit, by author: UserID?) -> EditError? {
        do {
            try authorize(edit, by: author)
            return nil
        } catch {
            return error
        }
    }

    /// The steps of handling an appeal: what its handler (a department's, or a community's
    /// coordinator for an appeal dispatched there) may do to it.
    static func isHandlingStep(_ move: AppealMove) -> Bool {
        switch move {
        case .accept, .giveBack, .resolve, .contact, .requestExtension, .suspend, .resume: true
        default: false
        }
    }

    /// A coordinator limited to `community`: records located in it; appeals dispatched to it.
    private func authorizeScoped(_ edit: Edit, within community: CommunityID) throws(EditError) {
        let name = text(communities[community].name)
        let outside = EditError(.notPermitted(.coordinator), Bilingual(
            zh: "你只能修改\(name)的记录", en: "You may change only the records of \(name)"))
        switch edit {
        case .create(let kind, let changes):
            guard kind != .community, kind != .department, let placed = communityOfNew(kind, changes), placed == community.raw else { throw outside }
        case .update(let ref, _, let changes):
            guard ref.kind != .department, communityOf(ref) == community.raw else { throw outside }
            if let moved = communityOfNew(ref.kind, changes), moved != community.raw { throw outside }
        case .delete(let ref, _), .restore(let ref, _), .discard(let ref, _):
            guard ref.kind != .department, communityOf(ref) == community.raw else { throw outside }
        case .moveAppeal(let id, _, let move, _):
            guard appeals.isLive(id.raw) else { return }
            let appeal = appeals[id]
            if appeal.community == community { return }
            let dispatchedHere = appeal.progress.handlerKind == .community && appeal.progress.handler == community.raw
            guard dispatchedHere, Self.isHandlingStep(move) else { throw outside }
        case .revertAppeal(let id, _, _):
            guard appeals.isLive(id.raw) else { return }
            let appeal = appeals[id]
            let dispatchedHere = appeal.progress.handlerKind == .community && appeal.progress.handler == community.raw
            guard appeal.community == community || dispatchedHere else { throw outside }
        case .moveProject(let id, _, _, _), .revertProject(let id, _, _):
            guard !projects.isLive(id.raw) || projects[id].community == community else { throw outside }
        case .reveal, .changeSettings:
            return
        }
    }

    /// A department's handler: the handling steps of the appeals dispatched to the department.
    private func authorizeHandler(_ edit: Edit, of department: DepartmentID) throws(EditError) {
        let refused = EditError(.notPermitted(.handler), Bilingual(
            zh: "承办人只能办理分拨到本部门的诉求", en: "A handler works only the appeals dispatched to their department"))
        func isTheirs(_ id: AppealID) -> Bool {
            guard appeals.isLive(id.raw) else { return false }
            let progress = appeals[id].progress
            return progress.handlerKind == .department && progress.handler == department.raw
        }
        switch edit {
        case .moveAppeal(let id, _, let move, _):
            guard isTheirs(id), Self.isHandlingStep(move) else { throw refused }
        case .revertAppeal(let id, _, _):
            guard isTheirs(id) else { throw refused }
        case .reveal(let ref):
            guard ref.kind == .appeal, isTheirs(AppealID(ref.id)) else { throw refused }
        default:
            throw refused
        }
    }

    /// The community a record is located in (a service record's is its volunteer's); nil for
    /// street-wide records (departments, users).
    func communityOf(_ ref: RecordRef) -> Int32? {
        guard ref.id >= 0, Int(ref.id) < count(of: ref.kind) else { return nil }
        switch ref.kind {
        case .community: return ref.id
        case .compound: return compounds.rows[Int(ref.id)].community.raw
        case .volunteer: return volunteers.rows[Int(ref.id)].community.raw
        case .serviceRecord:
            let volunteer = services.rows[Int(ref.id)].volunteer
            return volunteers.isLive(volunteer.raw) ? volunteers[volunteer].community.raw : nil
        case .appeal: return appeals.rows[Int(ref.id)].community.raw
        case .project: return projects.rows[Int(ref.id)].community.raw
        case .team: return teams.rows[Int(ref.id)].community.raw
        case .department, .user, .category: return nil
        }
    }

    /// The community `changes` place a record of `kind` in; nil when they name none.
    private func communityOfNew(_ kind: EntityKind, _ changes: [FieldChange]) -> Int32? {
        let key = kind == .serviceRecord ? "volunteer" : "community"
        guard let change = changes.first(where: { $0.key == key }) else { return nil }
        let raw = Int32(truncatingIfNeeded: change.value.intValue)
        if kind == .serviceRecord { return volunteers.isLive(raw) ? volunteers[VolunteerID(raw)].community.raw : nil }
        return raw
    }
}
