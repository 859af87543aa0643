/// The records of one kind in a dense array: the ID is the index.
public struct RecordTable<R: Record>: Sendable {
    /// Every record, deleted ones included as tombstones.
    public internal(set) var rows: [R]
    /// How many rows are not deleted.
    public internal(set) var liveCount: Int

    public init() {
        rows = []
        liveCount = 0
    }

    /// Wraps rows loaded from a snapshot.
    public init(rows: [R]) {
        self.rows = rows
        liveCount = rows.reduce(0) { $0 + ($1.isDeleted ? 0 : 1) }
    }

    /// Every slot, deleted or not.
    public var count: Int { rows.count }

    /// The record at `id`; the caller guarantees the ID is in range.
    @inlinable public subscript(id: ID<R>) -> R { rows[id.index] }

    /// The record, or nil when the ID is out of range or deleted.
    public func live(_ id: ID<R>) -> R? {
        guard id.raw >= 0, id.index < rows.count, !rows[id.index].isDeleted else { return nil }
        return rows[id.index]
    }

    /// Whether `raw` names a record that is not deleted.
    @inlinable public func isLive(_ raw: Int32) -> Bool {
        raw >= 0 && Int(raw) < rows.count && !rows[Int(raw)].isDeleted
    }

    /// The IDs of records that are not deleted, in ID order.
    @inlinable public var liveIDs: [ID<R>] {
        // Inlinable so that callers in other modules get a loop specialised to their record type.
        var result: [ID<R>] = []
        result.reserveCapacity(liveCount)
        for index in rows.indices where !rows[index].isDeleted { result.append(ID<R>(index)) }
        return result
    }
}
