/// One user's undo and redo stacks.
///
/// Versions only move forward (so a form opened on an old version can never overwrite
/// newer data). Undoing therefore gives a record a new version whose content equals an
/// older one; the history remembers those equivalences, so several undos and redos of
/// the same record chain, while an edit by someone else in between still makes the
/// undo refuse with a version conflict.
public struct UndoHistory: Equatable, Sendable {
    struct Step: Equatable, Sendable {
        var edit: Edit
        var inverse: Edit
        var record: RecordRef?
        /// The record's version before the edit (nil when it created the record).
        var before: UInt32?
        /// The record's version right after it.
        var after: UInt32
    }

    private var done: [Step] = []
    private var undone: [Step] = []
    /// For each record: version → a later version with the same content.
    private var sameAs: [RecordRef?: [UInt32: UInt32]] = [:]

    public init() {}

    public var canUndo: Bool { !done.isEmpty }
    public var canRedo: Bool { !undone.isEmpty }

    /// Notes an edit the user made (clears the redo stack).
    public mutating func record(_ edit: Edit, _ applied: AppliedEdit, in registry: Registry) {
        let after = registry.version(of: applied.record) ?? 0
        done.append(Step(edit: edit, inverse: applied.inverse, record: applied.record, before: edit.expectedVersion, after: after))
        undone.removeAll()
    }

    /// The edit that undoes the newest step, made against the record's equivalent version.
    public func nextUndo() -> Edit? {
        guard let step = done.last else { return nil }
        return step.inverse.against(version: resolve(step.after, step.record))
    }

    /// The edit that redoes the newest undone step.
    public func nextRedo() -> Edit? {
        guard let step = undone.last else { return nil }
        guard let before = step.before else { return step.edit }
        return step.edit.against(version: resolve(before, step.record))
    }

    /// Call after ``nextUndo()`` applied: the step moves to the redo stack.
    public mutating func didUndo(_ applied: AppliedEdit, in registry: Registry) {
        guard var step = done.popLast() else { return }
        if let before = step.before, let now = registry.version(of: step.record) {
            sameAs[step.record, default: [:]][before] = now
        }
        step.inverse = applied.inverse
        undone.append(step)
    }

    /// Call after ``nextRedo()`` applied: the step moves back to the undo stack.
    public mutating func didRedo(_ applied: AppliedEdit, in registry: Registry) {
        guard var step = undone.popLast() else { return }
        let now = registry.version(of: applied.record) ?? 0
        if step.before == nil {
            // A re-created record starts a new history of versions.
            sameAs[step.record] = nil
            step.after = now
        } else {
            sameAs[step.record, default: [:]][step.after] = now
        }
        step.inverse = applied.inverse
        done.append(step)
    }

    /// Follows the equivalences to the newest version with the same content.
    private func resolve(_ version: UInt32, _ record: RecordRef?) -> UInt32 {
        var current = version
        var hops = 0
        while let next = sameAs[record]?[current], hops < 10_000 {
            current = next
            hops += 1
        }
        return current
    }
}
