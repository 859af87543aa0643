extension Registry {
    /// Who may do what: supervisors and unregistered logins read only; coordinators
    /// edit records but do not delete communities, manage users or change settings.
    /// An empty data set accepts exactly one edit from nobody: creating its first admin.
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
            if case .delete(let ref, _) = edit, ref.kind == .community { throw EditError(.notPermitted(.coordinator)) }
        }
    }
}
