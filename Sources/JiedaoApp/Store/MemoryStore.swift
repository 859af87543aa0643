import JiedaoCore
import TermCanvas

/// A store that keeps its journal in memory: the tests' stand-in for the data directory,
/// driven through the same ``Dashboard`` interpreter as the program.
///
/// Others' edits are queued with ``receive(_:by:login:at:)`` and arrive at the next catch-up,
/// as another process's journal records would.
public struct MemoryStore: DataStore {
    /// Every change acknowledged, oldest first (this dashboard's and others').
    public private(set) var journal: [ChangeRecord] = []
    /// Files written, by path.
    public private(set) var files: [String: [UInt8]] = [:]
    /// Paths written as personal files (0600 on disk).
    public private(set) var personalFiles: Set<String> = []
    /// Workbooks written, by path: their parts, as the file store would pack them.
    public private(set) var workbooks: [String: [String: [UInt8]]] = [:]
    /// The preferences last remembered.
    public private(set) var preferences = UserPreferences()
    /// How many times `:w` compacted.
    public private(set) var compactions = 0
    /// The clock the dashboard reads.
    public var clock: Int64
    /// When set, every append fails with this (a full disk, say).
    public var failure: StoreFailure?
    private var incoming: [(edit: Edit, author: UserID?, login: String, time: Int64)] = []
    private var searched: [SearchResult] = []
    /// How many narrowings were asked to run off the UI thread (the tests' count of them).
    public private(set) var searchesStarted = 0

    public init(clock: Int64) { self.clock = clock }

    /// An edit another process makes; applied at the next catch-up.
    public mutating func receive(_ edit: Edit, by author: UserID?, login: String, at time: Int64) {
        incoming.append((edit, author, login, time))
    }

    /// A change journaled before the dashboard opened: in the audit trail, already in the data.
    public mutating func remember(_ change: ChangeRecord) {
        journal.append(change)
    }

    public mutating func append(_ batch: EditBatch, to registry: inout Registry, by author: UserID?, login: String, at time: Int64) throws(StoreFailure) -> AppliedBatch {
        _ = try catchUp(&registry)
        if let failure { throw failure }
        do {
            let applied = try registry.apply(batch, by: author, at: time)
            journal.append(ChangeRecord(sequence: UInt64(journal.count + 1), user: author?.raw ?? noReference, login: login, time: time,
                                        edits: applied.edits, inverses: applied.results.map(\.inverse)))
            return applied
        } catch {
            throw StoreFailure(refusal: error.error, part: batch.edits.count > 1 ? error.index : nil, message: error.error.message)
        }
    }

    public mutating func catchUp(_ registry: inout Registry) throws(StoreFailure) -> [ChangeNote] {
        var notes: [ChangeNote] = []
        for change in incoming {
            do {
                let applied = try registry.apply(change.edit, by: change.author, at: change.time)
                journal.append(ChangeRecord(sequence: UInt64(journal.count + 1), user: change.author?.raw ?? noReference, login: change.login,
                                            time: change.time, edits: [change.edit], inverses: [applied.inverse]))
                notes.append(ChangeNote(login: change.login, time: change.time, edit: change.edit))
            } catch {
                incoming = []
                throw StoreFailure(refusal: error, message: error.message)
            }
        }
        incoming = []
        return notes
    }

    public mutating func compact(_ registry: inout Registry, author: String, at time: Int64) throws(StoreFailure) {
        _ = try catchUp(&registry)
        compactions += 1
    }

    public func auditTrail() throws(StoreFailure) -> [ChangeRecord] { journal }

    public mutating func write(_ bytes: [UInt8], to path: String, personal: Bool) throws(StoreFailure) {
        files[path] = bytes
        if personal { personalFiles.insert(path) } else { personalFiles.remove(path) }
    }

    public mutating func writeWorkbook(_ parts: [(path: String, bytes: [UInt8])], to path: String, personal: Bool) throws(StoreFailure) {
        if let failure { throw failure }
        workbooks[path] = Dictionary(parts.map { ($0.path, $0.bytes) }, uniquingKeysWith: { _, last in last })
        if personal { personalFiles.insert(path) } else { personalFiles.remove(path) }
    }

    public mutating func rememberPreferences(_ preferences: UserPreferences) throws(StoreFailure) {
        if let failure { throw failure }
        self.preferences = preferences
    }

    /// The themes built into the program; memory holds no theme files.
    public func loadTheme(_ nameOrPath: String) throws(StoreFailure) -> Theme {
        let builtIn = ThemeLoader(searchDirectories: [], files: ThemeLoader.FileAccess(read: { _ in .missing }, list: { _ in [] }))
        do {
            return try builtIn.load(nameOrPath)
        } catch {
            throw StoreFailure(message: Bilingual(zh: "没有配色 \(nameOrPath)", en: "no theme \(nameOrPath)"))
        }
    }

    /// Memory has no torn tails or failed compactions to tell of.
    public mutating func takeWarnings() -> [Bilingual] { [] }

    public func now() -> Int64 { clock }

    /// Memory runs the search in place: the tests see its answer on the next step.
    public mutating func startSearch(_ job: SearchJob) {
        searchesStarted += 1
        if let result = job.run(isCancelled: { false }) { searched.append(result) }
    }

    public mutating func finishedSearches() -> [SearchResult] {
        defer { searched = [] }
        return searched
    }
}
