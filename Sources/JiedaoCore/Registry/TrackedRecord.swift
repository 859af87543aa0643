/// What the registry needs to know of each record type beyond its fields: where its
/// table is, the invariants that span records, its indexes and its dependents.
protocol TrackedRecord: Record {
    static var table: WritableKeyPath<Registry, RecordTable<Self>> { get }
    /// Checks the invariants that involve other records, for a record about to be stored.
    func check(id: Int32, in registry: Registry, at time: Int64) throws(EditError)
    /// Keeps indexes and metrics current; `nil` means absent or deleted.
    static func track(_ id: Int32, old: Self?, new: Self?, in registry: inout Registry)
    /// The first kind of live record that still refers to this one, with how many.
    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)?
}

extension TrackedRecord {
    static func dependents(of id: Int32, in registry: Registry) -> (EntityKind, Int)? { nil }
}

/// The first non-zero count of a list of (kind, count), for delete refusals.
func firstDependents(_ counts: [(EntityKind, Int)]) -> (EntityKind, Int)? {
    counts.first { $0.1 > 0 }
}

extension Registry {
    /// Refuses a reference field that names no live record.
    func requireLive(_ kind: EntityKind, _ id: Int32, field: FieldSpec) throws(EditError) {
        guard isLive(RecordRef(kind, id)) else {
            throw EditError(.badReference(field: field.key, RecordRef(kind, id)), field: field.label)
        }
    }

    /// Like ``requireLive(_:_:field:)`` for an optional reference.
    func requireLiveIfSet(_ kind: EntityKind, _ id: Int32, field: FieldSpec) throws(EditError) {
        if id != noReference { try requireLive(kind, id, field: field) }
    }
}
