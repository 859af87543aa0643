extension Edit {
    /// The same edit with every record ID it names passed through `map`: the target, the
    /// values of reference fields, a dispatch's handler and a merge's original.
    ///
    /// Batches use it to turn the IDs a plan saw into placeholders and back (``EditBatch``).
    public func mappingReferences(_ map: (EntityKind, Int32) -> Int32) -> Edit {
        func ref(_ r: RecordRef) -> RecordRef { RecordRef(r.kind, map(r.kind, r.id)) }
        func fields(_ kind: EntityKind, _ changes: [FieldChange]) -> [FieldChange] {
            changes.map { change in
                guard case .int(let raw) = change.value, let spec = Schema.field(change.key, of: kind),
                      case .reference(let target, _) = spec.kind, let id = Int32(exactly: raw) else { return change }
                return FieldChange(change.key, .int(Int64(map(target, id))))
            }
        }
        switch self {
        case .create(let kind, let changes):
            return .create(kind, fields(kind, changes))
        case .update(let r, let version, let changes):
            return .update(ref(r), version: version, fields(r.kind, changes))
        case .delete(let r, let version): return .delete(ref(r), version: version)
        case .restore(let r, let version): return .restore(ref(r), version: version)
        case .discard(let r, let version): return .discard(ref(r), version: version)
        case .moveAppeal(let id, let version, let move, let note):
            let appeal = AppealID(map(.appeal, id.raw))
            switch move {
            case .dispatch(let kind, let handler, let deadline):
                let target: EntityKind? = switch kind {
                case .department: .department
                case .community: .community
                case .none: nil
                }
                let mapped = target.map { map($0, handler) } ?? handler
                return .moveAppeal(appeal, version: version, .dispatch(kind, handler: mapped, deadline: deadline), note: note)
            case .merge(let original):
                return .moveAppeal(appeal, version: version, .merge(into: AppealID(map(.appeal, original.raw))), note: note)
            default:
                return .moveAppeal(appeal, version: version, move, note: note)
            }
        case .revertAppeal(let id, let version, let progress):
            return .revertAppeal(AppealID(map(.appeal, id.raw)), version: version, to: progress)
        case .moveProject(let id, let version, let move, let note):
            return .moveProject(ProjectID(map(.project, id.raw)), version: version, move, note: note)
        case .revertProject(let id, let version, let progress):
            return .revertProject(ProjectID(map(.project, id.raw)), version: version, to: progress)
        case .changeSettings:
            return self
        case .reveal(let r):
            return .reveal(ref(r))
        }
    }
}
