import JiedaoCore

/// Every journaled edit, oldest first, from the archived segments and the current journal:
/// who changed what, and when.
public enum AuditTrail {
    /// The entries of `directory`; an unreadable segment stops the read with its reason.
    public static func entries(of directory: DataDirectory) throws(StoreError) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        var paths = ArchiveSegment.list(in: directory.archivePath).map(\.path)
        if FileSystem.exists(directory.journalPath) { paths.append(directory.journalPath) }
        for path in paths {
            let bytes = try directory.read(path)
            do {
                let scan = try JournalReader.scan(bytes, path: path)
                let newest = entries.last?.sequence ?? 0
                entries += scan.entries.filter { $0.sequence > newest }
            } catch {
                throw StoreError.journal(error)
            }
        }
        return entries
    }
}
