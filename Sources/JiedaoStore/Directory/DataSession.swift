#if canImport(Glibc)
import Glibc
#endif
import JiedaoCore

/// Where this process is in a data set's journal. The registry itself belongs to the
/// caller (one copy in memory, however large), and is passed in to be brought up to date.
///
/// ``append(_:to:by:login:at:)`` is the only way an edit reaches the disk; ``catchUp(_:)``
/// brings in what other processes appended.
public struct DataSession: Sendable {
    public let directory: DataDirectory
    /// The sequence number of the last journal record applied.
    public private(set) var sequence: UInt64
    /// Things worth telling the user (a torn tail that was cut off, say).
    public private(set) var warnings: [Bilingual] = []

    /// The warnings gathered so far, each returned once.
    public mutating func takeWarnings() -> [Bilingual] {
        defer { warnings = [] }
        return warnings
    }
    /// Past this many journal bytes an append also compacts.
    public var autoCompactBytes = 16 << 20

    /// Records larger than this are split over several frames.
    public var partSize = JournalFormat.defaultPartSize
    /// Compactions this session has written (automatic ones included).
    public private(set) var compactions = 0
    /// Set when a failed write could not be cut back: no more writes from this process.
    public private(set) var stopped: StoreIOError?

    private var journalInode: UInt64?
    private var journalOffset = 0
    private var journalBase: UInt64 = 0

    init(directory: DataDirectory, sequence: UInt64) {
        self.directory = directory
        self.sequence = sequence
    }

    /// Applies records other processes appended since the last call, and returns them.
    /// Never takes the lock and never writes: an incomplete last record is left for its writer.
    @discardableResult
    public mutating func catchUp(_ registry: inout Registry) throws(StoreError) -> [JournalEntry] {
        var applied: [JournalEntry] = []
        guard let inode = FileSystem.inode(directory.journalPath) else { return applied }
        if inode != journalInode {
            // A new journal (first read, or another process compacted): start from its header.
            let bytes = try directory.read(directory.journalPath)
            let scan = try scan(bytes, from: 0, base: nil)
            if scan.baseSequence > sequence { applied += try catchUpFromArchive(through: scan.baseSequence, &registry) }
            journalInode = inode
            journalBase = scan.baseSequence
            journalOffset = scan.validLength
            applied += try replay(scan.entries, &registry)
            return applied
        }
        let file: PosixFile
        do {
            file = try PosixFile.open(directory.journalPath, flags: O_RDONLY)
            guard try file.size() > journalOffset else { return applied }
            let bytes = try file.readAll(from: journalOffset)
            let scan = try scan(bytes, from: 0, base: journalBase, offsetInFile: journalOffset)
            journalOffset += scan.validLength
            applied += try replay(scan.entries, &registry)
        } catch let error as StoreIOError {
            throw StoreError.io(error)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.encoding("\(error)")
        }
        return applied
    }

    /// Journals and applies one edit under the lock; when it returns, the edit is on disk.
    /// - Throws: ``StoreError/refused(_:)`` when the edit is invalid against the current data (nothing written).
    @discardableResult
    public mutating func append(_ edit: Edit, to registry: inout Registry, by author: UserID?, login: String, at time: Int64) throws(StoreError) -> AppliedEdit {
        let applied = try append(EditBatch([edit]), to: &registry, by: author, login: login, at: time)
        guard let first = applied.results.first else { throw StoreError.encoding("empty batch") }
        return first
    }

    /// Journals and applies a batch all or nothing, as one record made durable with one
    /// fdatasync. When it returns, every edit is on disk; when it throws, none is, and the
    /// registry is as it was before the call (apart from others' records it caught up on).
    ///
    /// Others' records are taken in under the lock first and the batch is checked against
    /// them, so concurrent writers fail only on a real conflict (a record they change was
    /// changed meanwhile); records the batch creates get their IDs here (see ``EditBatch``).
    /// - Throws: ``StoreError/refused(_:)`` or ``StoreError/batchRefused(_:)`` when an edit is invalid
    ///   (nothing written); ``StoreError/notSaved(_:)`` when writing failed and was cut back;
    ///   ``StoreError/writesStopped(_:)`` when even that failed, then for every later call.
    @discardableResult
    public mutating func append(_ batch: EditBatch, to registry: inout Registry, by author: UserID?, login: String, at time: Int64) throws(StoreError) -> AppliedBatch {
        if let stopped { throw StoreError.writesStopped(stopped) }
        guard !batch.edits.isEmpty else { throw StoreError.encoding("empty batch") }
        let lock = try directory.lock()
        defer { lock.unlock() }
        try catchUp(&registry)
        try cutTornTail()
        let applied: AppliedBatch
        let figures: FigureChanges?
        do {
            (applied, figures) = try registry.applyWithFigures(batch, by: author, at: time)
        } catch {
            if batch.edits.count == 1 { throw StoreError.refused(error.error) }
            throw StoreError.batchRefused(error)
        }
        let entry = JournalEntry(sequence: sequence + 1, user: author?.raw ?? noReference, login: login, time: time,
                                 edits: applied.edits, inverses: applied.results.map(\.inverse), figures: figures)
        let bytes: [UInt8]
        do {
            bytes = try JournalFormat.frames(entry, partSize: partSize)
        } catch {
            try takeBack(&registry)
            throw StoreError.encoding("\(error)")
        }
        do {
            try writeDurably(bytes)
        } catch {
            // Not acknowledged, so it must not be on disk, nor in memory.
            cutBack()
            try takeBack(&registry)
            throw stopped.map { StoreError.writesStopped($0) } ?? StoreError.notSaved(error)
        }
        sequence += 1
        journalOffset += bytes.count
        // Durable now: nothing after this point may turn the change into a failure.
        if journalOffset > autoCompactBytes { compactQuietly(&registry, author: login, at: time) }
        return applied
    }

    /// Appends the frames to the journal (starting one if there is none) and syncs them.
    private mutating func writeDurably(_ bytes: [UInt8]) throws(StoreIOError) {
        if !FileSystem.exists(directory.journalPath) {
            do {
                try directory.startJournal(baseSequence: sequence)
            } catch {
                if case .io(let io) = error { throw io }
                throw StoreIOError(path: directory.journalPath, operation: "create", code: EIO)
            }
            journalInode = FileSystem.inode(directory.journalPath)
            journalBase = sequence
            journalOffset = JournalFormat.headerSize
        }
        let file = try PosixFile.open(directory.journalPath, flags: O_WRONLY | O_APPEND)
        try file.write(bytes)
        try file.dataSync()
    }

    /// After a failed write: cuts the journal back to its last acknowledged record and syncs.
    /// When even that fails, this process stops writing (``stopped``).
    private mutating func cutBack() {
        guard FileSystem.exists(directory.journalPath), journalOffset >= JournalFormat.headerSize else { return }
        do {
            let file = try PosixFile.open(directory.journalPath, flags: O_RDWR)
            guard file.inode() == journalInode else { return }
            if try file.size() > journalOffset { try file.truncate(to: journalOffset) }
            try file.dataSync()
        } catch {
            stopped = error
        }
    }

    /// Puts the registry back to what is on disk after a change that was applied in memory but
    /// not written. Its inverse would move record versions on, so the data is read again.
    private mutating func takeBack(_ registry: inout Registry) throws(StoreError) {
        do {
            let reopened = try directory.open()
            registry = reopened.registry
            sequence = reopened.session.sequence
            journalInode = reopened.session.journalInode
            journalOffset = reopened.session.journalOffset
            journalBase = reopened.session.journalBase
        } catch {
            if case .io(let io) = error { stopped = io } else { stopped = StoreIOError(path: directory.path, operation: "reopen", code: EIO) }
            throw error
        }
    }

    /// Compacts after an append; a failure is a warning, retried at a later append.
    private mutating func compactQuietly(_ registry: inout Registry, author: String, at time: Int64) {
        do {
            try compactLocked(&registry, author: author, at: time)
        } catch {
            warnings.append(Bilingual(zh: "修改已保存，但整理日志失败（\(error.message.zh)），稍后再试",
                                      en: "the change is saved, but compacting the journal failed (\(error.message.en)); it will be tried again later"))
            resyncJournal()
        }
    }

    /// After a failed compaction the journal may have moved to the archive: forget where we
    /// were in it unless it is still the same file, so the next append or catch-up starts cleanly.
    private mutating func resyncJournal() {
        guard FileSystem.inode(directory.journalPath) != journalInode else { return }
        journalInode = nil
        journalOffset = 0
        journalBase = sequence
    }

    /// Writes a new snapshot with everything so far and starts a new journal; the old
    /// journal goes to `archive/`, where the audit trail reads it.
    public mutating func compact(_ registry: inout Registry, author: String, at time: Int64) throws(StoreError) {
        let lock = try directory.lock()
        defer { lock.unlock() }
        if let stopped { throw StoreError.writesStopped(stopped) }
        try catchUp(&registry)
        try compactLocked(&registry, author: author, at: time)
    }

    /// Writes one consistent file with everything up to now (taken under the lock, so no
    /// append is half in it); `jiedao restore` brings it back.
    public mutating func backup(_ registry: inout Registry, to file: String, author: String, at time: Int64) throws(StoreError) {
        let lock = try directory.lock()
        defer { lock.unlock() }
        try catchUp(&registry)
        let bytes = SnapshotEncoder.encode(registry, author: author, createdAt: time, lastSequence: sequence)
        try TextFiles.write(bytes, to: file, personal: true)
    }

    // MARK: - Internals

    /// Also where the retention period is kept: names and phones of appeals closed before it
    /// are erased from memory and from the new snapshot (whose text is then compacted, and which
    /// replaces `snapshot.prev` as well), and archived journals older than it are rewritten
    /// without any.
    private mutating func compactLocked(_ registry: inout Registry, author: String, at time: Int64) throws(StoreError) {
        let erased = registry.applyRetention(at: time)
        try directory.writeSnapshot(registry, author: author, at: time, lastSequence: sequence, compactingText: erased > 0)
        if erased > 0 {
            do {
                try FileSystem.link(directory.snapshotPath, directory.previousSnapshotPath)
                try FileSystem.syncDirectory(directory.path)
            } catch {
                throw StoreError.io(error)
            }
        }
        if let cutoff = registry.retentionCutoff(at: time) { try RetentionRewriter.rewriteArchives(in: directory, before: cutoff) }
        do {
            try directory.makeArchive()
            let fresh = directory.path + "/journal.next"
            let file = try PosixFile.open(fresh, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: directory.fileMode)
            file.setMode(directory.fileMode)
            try file.write(JournalFormat.header(baseSequence: sequence))
            try file.sync()
            if sequence > journalBase, FileSystem.exists(directory.journalPath) {
                let name = "journal-\(pad(journalBase + 1))-\(pad(sequence))"
                try FileSystem.rename(directory.journalPath, directory.archivePath + "/" + name)
                try FileSystem.syncDirectory(directory.archivePath)
            }
            try FileSystem.rename(fresh, directory.journalPath)
            try FileSystem.syncDirectory(directory.path)
        } catch {
            FileSystem.remove(directory.path + "/journal.next")
            throw StoreError.io(error)
        }
        journalInode = FileSystem.inode(directory.journalPath)
        journalBase = sequence
        journalOffset = JournalFormat.headerSize
        compactions += 1
    }

    /// Cuts off an incomplete last record; called only under the lock, when no append is in flight.
    private mutating func cutTornTail() throws(StoreError) {
        do {
            guard FileSystem.exists(directory.journalPath) else { return }
            let file = try PosixFile.open(directory.journalPath, flags: O_RDWR)
            let size = try file.size()
            guard size > journalOffset || journalOffset < JournalFormat.headerSize, journalInode == file.inode() else { return }
            let dropped = size - journalOffset
            if journalOffset < JournalFormat.headerSize {
                // Not even the header reached the disk: start the file again.
                try file.truncate(to: 0)
                try file.write(JournalFormat.header(baseSequence: sequence))
                journalBase = sequence
                journalOffset = JournalFormat.headerSize
            } else {
                try file.truncate(to: journalOffset)
            }
            try file.dataSync()
            guard dropped > 0 else { return }
            warnings.append(Bilingual(zh: "日志末尾有未完成的记录（\(dropped) 字节），已截除", en: "cut off an incomplete last journal record (\(dropped) bytes)"))
        } catch {
            throw StoreError.io(error)
        }
    }

    private mutating func replay(_ entries: [JournalEntry], _ registry: inout Registry) throws(StoreError) -> [JournalEntry] {
        var applied: [JournalEntry] = []
        for entry in entries where entry.sequence > sequence {
            // Already checked by its writer: applied edit by edit, in place (a copy per batch would cost the whole data set).
            for edit in entry.edits {
                do {
                    try registry.apply(edit, by: entry.author, at: entry.time)
                } catch {
                    throw StoreError.replay(sequence: entry.sequence, error)
                }
            }
            sequence = entry.sequence
            applied.append(entry)
        }
        return applied
    }

    /// Reads archived segments that hold records after ours, up to `last`.
    private mutating func catchUpFromArchive(through last: UInt64, _ registry: inout Registry) throws(StoreError) -> [JournalEntry] {
        var applied: [JournalEntry] = []
        for segment in ArchiveSegment.list(in: directory.archivePath) where segment.last > sequence && segment.first <= last {
            let bytes = try directory.read(segment.path)
            let scan = try scan(bytes, from: 0, base: nil)
            applied += try replay(scan.entries, &registry)
        }
        guard sequence >= last else {
            throw StoreError.journal(.outOfSequence(path: directory.journalPath, offset: 0, expected: sequence + 1, found: last + 1))
        }
        return applied
    }

    private func scan(_ bytes: [UInt8], from start: Int, base: UInt64?, offsetInFile: Int = 0) throws(StoreError) -> JournalScan {
        do {
            if let base {
                // A continuation: no header, and records already known to follow `base`.
                return try JournalReader.scan(bytes, path: directory.journalPath, from: 0, baseSequence: max(base, sequence), headerless: true)
            }
            return try JournalReader.scan(bytes, path: directory.journalPath, from: start)
        } catch {
            throw StoreError.journal(error.shifted(by: offsetInFile))
        }
    }

    private func pad(_ n: UInt64) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}
