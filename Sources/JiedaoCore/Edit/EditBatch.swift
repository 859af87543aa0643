/// Several edits that are one change: applied all or nothing, journaled as one record.
///
/// A record created inside the batch is named by a placeholder ID, `EditBatch.placeholder(k)`
/// for the batch's `k`-th create (counting creates only, from 0), so a batch never depends on
/// which IDs its records will get: another writer may have created records meanwhile.
/// ``Registry/apply(_:by:at:)-(EditBatch,_,_)`` replaces each placeholder by the real ID.
///
/// ```swift
/// let batch = EditBatch([.create(.community, [FieldChange("name", .text("新社区"))]),
///                        .create(.compound, [FieldChange("community", .int(Int64(EditBatch.placeholder(0))))])])
/// ```
public struct EditBatch: Hashable, Sendable {
    public var edits: [Edit]

    public init(_ edits: [Edit]) { self.edits = edits }

    /// The placeholder for the batch's `k`-th create: negative, below ``noReference``.
    public static func placeholder(_ k: Int) -> Int32 { -2 - Int32(truncatingIfNeeded: k) }

    /// Which create a placeholder ID stands for; nil for a real ID or ``noReference``.
    public static func placeholderIndex(_ id: Int32) -> Int? { id <= -2 ? Int(-2 - id) : nil }

    /// A batch whose creates may land on other IDs than `edits` were planned with.
    ///
    /// `edits` were planned one after another on a registry that then had `counts[kind]`
    /// records of each kind; every reference to a record they create becomes a placeholder.
    public init(planned edits: [Edit], counts: [EntityKind: Int]) {
        var created: [RecordRef: Int32] = [:]
        var next = counts
        var creates = 0
        var result: [Edit] = []
        result.reserveCapacity(edits.count)
        for edit in edits {
            let mapped = edit.mappingReferences { kind, id in created[RecordRef(kind, id)] ?? id }
            result.append(mapped)
            if case .create(let kind, _) = edit {
                let id = Int32(truncatingIfNeeded: next[kind, default: 0])
                next[kind, default: 0] += 1
                created[RecordRef(kind, id)] = EditBatch.placeholder(creates)
                creates += 1
            }
        }
        self.edits = result
    }
}

/// What applying a batch gave: the edits as applied (placeholders replaced) and each one's result.
public struct AppliedBatch: Hashable, Sendable {
    /// The edits with real IDs, in order: what the journal keeps, so a replay needs no placeholders.
    public let edits: [Edit]
    /// Each edit's inverse and record, in the same order.
    public let results: [AppliedEdit]

    public init(edits: [Edit], results: [AppliedEdit]) {
        self.edits = edits
        self.results = results
    }
}

/// A batch refused: which edit (from 0) and why. Nothing of the batch was applied.
public struct BatchRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    public let index: Int
    public let error: EditError

    public init(index: Int, error: EditError) {
        self.index = index
        self.error = error
    }

    public var description: String { "edit \(index + 1): \(error.message.en)" }
}
