#if canImport(Glibc)
import Glibc
#endif
import JiedaoCore

/// Rewrites archived journals older than the retention period without residents' names and
/// phones, so the history keeps who did what to which appeal but not the personal data.
enum RetentionRewriter {
    /// Every segment whose newest record is older than `cutoff` and still holds an appeal's
    /// name or phone is written again without them (temp file, fsync, rename), records and
    /// sequence numbers unchanged.
    static func rewriteArchives(in directory: DataDirectory, before cutoff: Int64) throws(StoreError) {
        for segment in ArchiveSegment.list(in: directory.archivePath) {
            let bytes = try directory.read(segment.path)
            let scan: JournalScan
            do {
                scan = try JournalReader.scan(bytes, path: segment.path)
            } catch {
                throw StoreError.journal(error)
            }
            guard let newest = scan.entries.map(\.time).max(), newest < cutoff else { continue }
            var changed = false
            let cleaned = scan.entries.map { entry in
                var copy = entry
                copy.edits = entry.edits.map { erased($0, &changed) }
                copy.inverses = entry.inverses.map { erased($0, &changed) }
                return copy
            }
            guard changed else { continue }
            try write(cleaned, base: scan.baseSequence, over: segment.path, mode: directory.fileMode, in: directory.archivePath)
        }
    }

    /// The edit with an appeal's personal fields emptied; `changed` is set when one held text.
    static func erased(_ edit: Edit, _ changed: inout Bool) -> Edit {
        func clean(_ changes: [FieldChange]) -> [FieldChange] {
            changes.map { change in
                guard Registry.residentFieldKeys.contains(change.key), case .text(let text) = change.value, !text.isEmpty else { return change }
                changed = true
                return FieldChange(change.key, .text(""))
            }
        }
        switch edit {
        case .create(.appeal, let changes): return .create(.appeal, clean(changes))
        case .update(let ref, let version, let changes) where ref.kind == .appeal: return .update(ref, version: version, clean(changes))
        default: return edit
        }
    }

    private static func write(_ entries: [JournalEntry], base: UInt64, over path: String, mode: mode_t, in folder: String) throws(StoreError) {
        let temp = path + ".tmp"
        do {
            var bytes = JournalFormat.header(baseSequence: base)
            for entry in entries { bytes += try JournalFormat.frames(entry, partSize: JournalFormat.defaultPartSize) }
            let file = try PosixFile.open(temp, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: mode)
            file.setMode(mode)
            try file.write(bytes)
            try file.sync()
            try FileSystem.rename(temp, path)
            try FileSystem.syncDirectory(folder)
        } catch let error as StoreIOError {
            FileSystem.remove(temp)
            throw StoreError.io(error)
        } catch {
            FileSystem.remove(temp)
            throw StoreError.encoding("\(error)")
        }
    }
}
