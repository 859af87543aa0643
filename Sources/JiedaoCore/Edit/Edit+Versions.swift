extension Edit {
    /// The version of the target the edit was made against (nil for creates).
    public var expectedVersion: UInt32? {
        switch self {
        case .create, .reveal: nil
        case .update(_, let v, _), .delete(_, let v), .restore(_, let v), .discard(_, let v),
             .moveAppeal(_, let v, _, _), .revertAppeal(_, let v, _), .moveProject(_, let v, _, _),
             .revertProject(_, let v, _), .changeSettings(let v, _): v
        }
    }

    /// The same edit made against `version` instead.
    public func against(version: UInt32) -> Edit {
        switch self {
        case .create, .reveal: self
        case .update(let ref, _, let changes): .update(ref, version: version, changes)
        case .delete(let ref, _): .delete(ref, version: version)
        case .restore(let ref, _): .restore(ref, version: version)
        case .discard(let ref, _): .discard(ref, version: version)
        case .moveAppeal(let id, _, let move, let note): .moveAppeal(id, version: version, move, note: note)
        case .revertAppeal(let id, _, let progress): .revertAppeal(id, version: version, to: progress)
        case .moveProject(let id, _, let move, let note): .moveProject(id, version: version, move, note: note)
        case .revertProject(let id, _, let progress): .revertProject(id, version: version, to: progress)
        case .changeSettings(_, let settings): .changeSettings(version: version, settings)
        }
    }
}

extension Registry {
    /// The current version of a record (deleted ones too), or of the settings when `ref` is nil.
    public func version(of ref: RecordRef?) -> UInt32? {
        guard let ref else { return settings.version }
        guard ref.id >= 0 else { return nil }
        let i = Int(ref.id)
        switch ref.kind {
        case .community: return i < communities.count ? communities.rows[i].version : nil
        case .compound: return i < compounds.count ? compounds.rows[i].version : nil
        case .volunteer: return i < volunteers.count ? volunteers.rows[i].version : nil
        case .serviceRecord: return i < services.count ? services.rows[i].version : nil
        case .appeal: return i < appeals.count ? appeals.rows[i].version : nil
        case .project: return i < projects.count ? projects.rows[i].version : nil
        case .department: return i < departments.count ? departments.rows[i].version : nil
        case .team: return i < teams.count ? teams.rows[i].version : nil
        case .user: return i < users.count ? users.rows[i].version : nil
        case .category: return i < categories.count ? categories.rows[i].version : nil
        }
    }
}
