import JiedaoCore

extension DataDirectory {
    /// The summary at `now` from the snapshot's figures section alone, when that gives exactly what
    /// opening the data set would: the section is sound, the journal holds nothing after the
    /// snapshot, and `now` is in the quarter the figures were made in. Nil otherwise (open it then).
    public func quickSummary(at now: Int64) -> Summary? {
        guard let (basis, lastSequence) = SnapshotFigures.read(snapshot: snapshotPath),
              !journalHasRecords(after: lastSequence) else { return nil }
        return basis.summary(at: now)
    }

    /// Whether the journal holds a record after `sequence`, or cannot be read (either way the
    /// snapshot alone is not the data set).
    func journalHasRecords(after sequence: UInt64) -> Bool {
        guard FileSystem.exists(journalPath) else { return false }
        guard let bytes = try? read(journalPath) else { return true }
        if bytes.isEmpty { return false }
        guard let scan = try? JournalReader.scan(bytes, path: journalPath) else { return true }
        return scan.baseSequence != sequence || !scan.entries.isEmpty || scan.tornBytes > 0
    }
}
