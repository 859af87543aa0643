import JiedaoCore

extension DataDirectory {
    /// The summary at `now` from the snapshot's figures section and the figure changes of the
    /// journal's records after it, when that gives exactly what opening the data set would: the
    /// section is sound, the journal continues the snapshot and every record in it carries its
    /// changes, and `now` is in the quarter the figures were made in. Nil otherwise (open it then).
    public func quickSummary(at now: Int64) -> Summary? {
        guard let (basis, lastSequence) = SnapshotFigures.read(snapshot: snapshotPath),
              let changes = journalFigureChanges(after: lastSequence) else { return nil }
        return basis.summary(at: now, after: changes)
    }

    /// The figure changes of the journal's records after `sequence`, in order; nil when the journal
    /// cannot be read, does not start at `sequence`, ends in a torn record or holds a record without them.
    func journalFigureChanges(after sequence: UInt64) -> [FigureChanges]? {
        guard FileSystem.exists(journalPath) else { return [] }
        guard let bytes = try? read(journalPath) else { return nil }
        if bytes.isEmpty { return [] }
        guard let scan = try? JournalReader.scan(bytes, path: journalPath, figuresOnly: true), scan.baseSequence == sequence, scan.tornBytes == 0 else { return nil }
        var changes: [FigureChanges] = []
        changes.reserveCapacity(scan.entries.count)
        for entry in scan.entries {
            guard let figures = entry.figures else { return nil }
            changes.append(figures)
        }
        return changes
    }
}
