/// A change to the data as a value: what the journal stores, what undo applies and
/// what the audit trail shows. Every edit goes through ``Registry/apply(_:by:at:)``.
///
/// Records are named by ``RecordRef``; `version` is the record's version the edit was
/// made against, and an edit against an older version is refused (no lost updates).
public enum Edit: Hashable, Sendable, Codable {
    /// A new record of `kind`; it gets the next free ID.
    case create(EntityKind, [FieldChange])
    /// Sets some fields of a record.
    case update(RecordRef, version: UInt32, [FieldChange])
    /// Deletes a record (it stays as a tombstone, so IDs remain valid).
    case delete(RecordRef, version: UInt32)
    /// Brings a deleted record back: the inverse of ``delete(_:version:)``.
    case restore(RecordRef, version: UInt32)
    /// Removes a record just created: the inverse of ``create(_:_:)``.
    case discard(RecordRef, version: UInt32)
    /// A step of the appeals' closed loop, with the handler's or coordinator's note.
    case moveAppeal(AppealID, version: UInt32, AppealMove, note: String)
    /// Takes back an appeal's last step: the inverse of ``moveAppeal(_:version:_:note:)``.
    case revertAppeal(AppealID, version: UInt32, to: AppealProgress)
    /// A step of a micro-project.
    case moveProject(ProjectID, version: UInt32, ProjectMove, note: String)
    /// Takes back a project's last step.
    case revertProject(ProjectID, version: UInt32, to: ProjectProgress)
    /// Replaces the data set's settings.
    case changeSettings(version: UInt32, Settings)
    /// Personal data of a record was shown unmasked: changes nothing, but the journal
    /// (and so the audit trail) records who looked, and when.
    case reveal(RecordRef)

    /// The record the edit is about, if it is about one.
    public var target: RecordRef? {
        switch self {
        case .create, .changeSettings: nil
        case .update(let ref, _, _), .delete(let ref, _), .restore(let ref, _), .discard(let ref, _): ref
        case .moveAppeal(let id, _, _, _), .revertAppeal(let id, _, _): RecordRef(.appeal, id.raw)
        case .moveProject(let id, _, _, _), .revertProject(let id, _, _): RecordRef(.project, id.raw)
        case .reveal(let ref): ref
        }
    }
}

/// What applying an edit gave: the edit that undoes it and the record it touched.
public struct AppliedEdit: Hashable, Sendable {
    /// Applying this right after restores the data (versions move on; see docs/architecture.md).
    public let inverse: Edit
    /// The record created or changed (nil for settings).
    public let record: RecordRef?

    public init(inverse: Edit, record: RecordRef?) {
        self.inverse = inverse
        self.record = record
    }
}
