extension Registry {
    /// Applies a batch all or nothing: every edit in order, placeholders replaced by the IDs
    /// the batch's creates get. A refused edit leaves the registry exactly as it was.
    ///
    /// A batch of one edit is applied in place (``apply(_:by:at:)`` is all or nothing itself);
    /// a longer one is tried on a copy that then replaces the registry, because undoing the
    /// first edits with their inverses would move record versions on.
    @discardableResult
    public mutating func apply(_ batch: EditBatch, by author: UserID?, at time: Int64) throws(BatchRefusal) -> AppliedBatch {
        if batch.edits.count == 1, let only = batch.edits.first {
            let edit = try resolve(only, created: [], index: 0)
            do {
                return AppliedBatch(edits: [edit], results: [try apply(edit, by: author, at: time)])
            } catch {
                throw BatchRefusal(index: 0, error: error)
            }
        }
        var trial = self
        var created: [RecordRef] = []
        var edits: [Edit] = []
        var results: [AppliedEdit] = []
        edits.reserveCapacity(batch.edits.count)
        results.reserveCapacity(batch.edits.count)
        for (index, planned) in batch.edits.enumerated() {
            let edit = try resolve(planned, created: created, index: index)
            let applied: AppliedEdit
            do {
                applied = try trial.apply(edit, by: author, at: time)
            } catch {
                throw BatchRefusal(index: index, error: error)
            }
            if case .create = edit, let record = applied.record { created.append(record) }
            edits.append(edit)
            results.append(applied)
        }
        self = trial
        return AppliedBatch(edits: edits, results: results)
    }

    /// `edit` with its placeholders replaced by the records created so far in the batch.
    private func resolve(_ edit: Edit, created: [RecordRef], index: Int) throws(BatchRefusal) -> Edit {
        var problem: RecordRef?
        let resolved = edit.mappingReferences { kind, id in
            guard let k = EditBatch.placeholderIndex(id) else { return id }
            guard k < created.count, created[k].kind == kind else {
                problem = RecordRef(kind, id)
                return id
            }
            return created[k].id
        }
        if let problem {
            throw BatchRefusal(index: index, error: EditError(.notFound(problem), Bilingual(
                zh: "批量修改中引用了尚未创建的\(problem.kind.label.zh)", en: "The batch refers to a \(problem.kind.label.en.lowercased()) it has not created yet")))
        }
        return resolved
    }
}
