extension Registry {
    /// Applies one step of a micro-project; approving checks the cap and the community's remaining budget.
    mutating func moveProject(_ id: ProjectID, version: UInt32, _ move: ProjectMove, at time: Int64) throws(EditError) -> AppliedEdit {
        let ref = RecordRef(.project, id.raw)
        let old = try liveRecord(MicroProject.self, ref, version: version)
        var project = old
        let state = old.progress.state
        let refuse = EditError(.moveNotAllowed(move: move.label.en, state: state.label.en), Bilingual(
            zh: "当前状态“\(state.label.zh)”下不能\(move.label.zh)",
            en: "Cannot \(move.label.en) a project in state “\(state.label.en)”"))
        guard move.isAllowed(from: state) else { throw refuse }
        switch move {
        case .deliberate(let votesFor, let votesAgainst):
            guard votesFor >= 0, votesAgainst >= 0 else { throw EditError(.negative(field: "votes"), field: Bilingual(zh: "票数", en: "Votes")) }
            project.progress.state = .deliberated
            project.progress.votesFor = votesFor
            project.progress.votesAgainst = votesAgainst
        case .approve:
            guard old.progress.votesFor > old.progress.votesAgainst else {
                throw EditError(.invalid(""), Bilingual(
                    zh: "议事会赞成票（\(old.progress.votesFor)）未超过反对票（\(old.progress.votesAgainst)）",
                    en: "The council's votes for (\(old.progress.votesFor)) do not exceed those against (\(old.progress.votesAgainst))"))
            }
            project.progress.state = .approved
        case .implement:
            project.progress.state = .implementing
        case .accept(let score):
            guard score <= 100 else { throw EditError(.invalid(""), Bilingual(zh: "评分应在0到100之间", en: "The score must be 0–100")) }
            project.progress.state = .accepted
            project.progress.score = score
        case .reject:
            project.progress.state = .rejected
        }
        project.progress.movedAt = time
        project.version = old.version + 1
        try project.check(id: id.raw, in: self, at: time)
        projects.rows[id.index] = project
        MicroProject.track(id.raw, old: old, new: project, in: &self)
        return AppliedEdit(inverse: .revertProject(id, version: project.version, to: old.progress), record: ref)
    }

    /// Takes back a project's last step.
    mutating func revertProject(_ id: ProjectID, version: UInt32, to previous: ProjectProgress) throws(EditError) -> AppliedEdit {
        let ref = RecordRef(.project, id.raw)
        let old = try liveRecord(MicroProject.self, ref, version: version)
        var project = old
        project.progress = previous
        project.version = old.version + 1
        try project.check(id: id.raw, in: self, at: previous.movedAt)
        projects.rows[id.index] = project
        MicroProject.track(id.raw, old: old, new: project, in: &self)
        return AppliedEdit(inverse: .revertProject(id, version: project.version, to: old.progress), record: ref)
    }
}
