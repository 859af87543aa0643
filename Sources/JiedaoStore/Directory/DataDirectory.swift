import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import JiedaoCore

/// A data set on disk: `snapshot`, `snapshot.prev`, `journal`, `lock` and `archive/`.
///
/// Writers follow one protocol, so several processes can edit at once:
/// lock → catch up on others' records → validate against that state → append →
/// fdatasync → unlock. Readers never lock and never modify anything.
///
/// ```swift
/// let directory = DataDirectory(path: "/srv/jiedao/futian")
/// var (session, registry) = try directory.open()
/// try session.append(edit, to: &registry, by: user, login: "lisi", at: now)
/// ```
public struct DataDirectory: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    public var snapshotPath: String { path + "/snapshot" }
    public var previousSnapshotPath: String { path + "/snapshot.prev" }
    public var journalPath: String { path + "/journal" }
    public var lockPath: String { path + "/lock" }
    public var archivePath: String { path + "/archive" }

    /// Whether a data set exists here.
    public var exists: Bool { FileSystem.exists(snapshotPath) }

    /// Whether there is certainly no data set here (as opposed to one this process may not read).
    public var isMissing: Bool {
        var info = stat()
        return stat(snapshotPath, &info) != 0 && errno == ENOENT
    }

    /// The mode for new files: 0660 in a group-writable (shared) directory, else 0600.
    var fileMode: mode_t { FileSystem.isGroupWritable(path) ? 0o660 : 0o600 }

    /// Creates a new data set holding `registry`; refuses to overwrite an existing one.
    public func create(_ registry: Registry, author: String, at time: Int64, lastSequence: UInt64 = 0) throws(StoreError) {
        guard !exists else { throw StoreError.alreadyExists(path) }
        do {
            try FileSystem.makeDirectory(path)
        } catch {
            throw StoreError.io(error)
        }
        try writeSnapshot(registry, author: author, at: time, lastSequence: lastSequence)
        try startJournal(baseSequence: lastSequence)
    }

    /// Brings a backup file back into this (empty) directory, after checking it whole.
    public func restore(from file: String, author: String, at time: Int64) throws(StoreError) {
        guard !exists else { throw StoreError.alreadyExists(path) }
        let bytes = try read(file)
        let decoded: (registry: Registry, header: SnapshotHeader)
        do {
            decoded = try SnapshotDecoder.decode(bytes)
        } catch {
            throw StoreError.snapshot(path: file, error)
        }
        try create(decoded.registry, author: author, at: time, lastSequence: decoded.header.lastSequence)
    }

    /// Takes the data set out of this directory: a backup of everything so far is written to
    /// `file` (0600), then the snapshot, journal and archive are removed, so ``create(_:author:at:lastSequence:)``
    /// can start a new one here. The backup restores with `jiedao restore`.
    public func retire(backupTo file: String, author: String, at time: Int64) throws(StoreError) {
        var (session, registry) = try open()
        try session.backup(&registry, to: file, author: author, at: time)
        let lock = try self.lock()
        defer { lock.unlock() }
        for segment in ArchiveSegment.list(in: archivePath) { FileSystem.remove(segment.path) }
        for path in [journalPath, previousSnapshotPath, snapshotPath] { FileSystem.remove(path) }
        do {
            try FileSystem.syncDirectory(path)
        } catch {
            throw StoreError.io(error)
        }
    }

    /// Opens the data set: loads the snapshot and replays the journal.
    /// A damaged file stops the open with the reason and place; nothing on disk changes.
    public func open() throws(StoreError) -> (session: DataSession, registry: Registry) {
        guard FileSystem.exists(path) else { throw StoreError.missing(path) }
        let bytes = try read(snapshotPath)
        let decoded: (registry: Registry, header: SnapshotHeader)
        do {
            decoded = try SnapshotDecoder.decode(bytes)
        } catch {
            throw StoreError.snapshot(path: snapshotPath, error)
        }
        var registry = decoded.registry
        var session = DataSession(directory: self, sequence: decoded.header.lastSequence)
        try session.catchUp(&registry)
        return (session, registry)
    }

    // MARK: - Files

    func read(_ file: String) throws(StoreError) -> [UInt8] {
        do {
            return try PosixFile.open(file, flags: O_RDONLY).readAll()
        } catch {
            throw StoreError.io(error)
        }
    }

    /// Writes a snapshot crash-safely: temp file, fsync, keep the old one as `snapshot.prev`, rename, fsync the directory.
    func writeSnapshot(_ registry: Registry, author: String, at time: Int64, lastSequence: UInt64, compactingText: Bool = false) throws(StoreError) {
        let chunks = SnapshotEncoder.chunks(registry, author: author, createdAt: time, lastSequence: lastSequence, compactingText: compactingText)
        let temp = path + "/snapshot.tmp"
        do {
            let file = try PosixFile.open(temp, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: fileMode)
            // The umask would narrow 0660 to 0640; set the mode explicitly.
            file.setMode(fileMode)
            try Self.write(chunks, to: file)
            try file.sync()
            if exists { try FileSystem.link(snapshotPath, previousSnapshotPath) }
            try FileSystem.rename(temp, snapshotPath)
            try FileSystem.syncDirectory(path)
        } catch {
            FileSystem.remove(temp)
            throw StoreError.io(error)
        }
    }

    /// Writes the chunks in order and then the trailer, checksumming on the second core while
    /// the first writes (each part touches only its own variable until both have joined).
    private static func write(_ chunks: [ArraySlice<UInt8>], to file: PosixFile) throws(StoreIOError) {
        let (crc, written) = TwoCores.run({
            chunks.reduce(UInt32(0)) { crc, chunk in chunk.withUnsafeBytes { CRC32C.checksum($0, seed: crc) } }
        }, { () -> Result<Void, StoreIOError> in
            Result { () throws(StoreIOError) in
                for chunk in chunks {
                    let result = chunk.withUnsafeBytes { bytes in Result { () throws(StoreIOError) in try file.write(bytes) } }
                    try result.get()
                }
            }
        })
        try written.get()
        try file.write(SnapshotEncoder.trailer(crc: crc))
    }

    /// Starts an empty journal that continues from `baseSequence`.
    func startJournal(baseSequence: UInt64) throws(StoreError) {
        let temp = path + "/journal.tmp"
        do {
            let file = try PosixFile.open(temp, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: fileMode)
            file.setMode(fileMode)
            try file.write(JournalFormat.header(baseSequence: baseSequence))
            try file.sync()
            try FileSystem.rename(temp, journalPath)
            try FileSystem.syncDirectory(path)
        } catch {
            throw StoreError.io(error)
        }
    }

    /// Creates `archive/` with the directory's sharing (0770 in a shared directory, else 0700).
    func makeArchive() throws(StoreIOError) {
        guard !FileSystem.exists(archivePath) else { return }
        try FileSystem.makeDirectory(archivePath)
        if fileMode == 0o660 { _ = chmod(archivePath, 0o2770) }
    }

    /// Opens the lock file and takes the exclusive lock.
    func lock() throws(StoreError) -> PosixFile {
        do {
            let created = !FileSystem.exists(lockPath)
            let file = try PosixFile.open(lockPath, flags: O_RDWR | O_CREAT, mode: fileMode)
            if created { file.setMode(fileMode) }
            try file.lockExclusive()
            return file
        } catch {
            throw StoreError.io(error)
        }
    }
}
