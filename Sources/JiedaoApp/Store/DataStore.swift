import JiedaoCore
import TermCanvas

/// Everything the dashboard asks of the world, so that one interpreter (``Dashboard``) runs
/// in the program and in the tests: the executable adapts the data directory to it, the
/// tests use ``MemoryStore``, and a client of a data server can take either's place.
public protocol DataStore {
    /// Journals and applies a batch all or nothing; when it returns, the batch is durable.
    /// Others' changes are taken in first, so `registry` is current either way.
    mutating func append(_ batch: EditBatch, to registry: inout Registry, by author: UserID?, login: String, at time: Int64) throws(StoreFailure) -> AppliedBatch
    /// Applies what others appended since the last call, and tells of each edit.
    mutating func catchUp(_ registry: inout Registry) throws(StoreFailure) -> [ChangeNote]
    /// Writes everything so far as a new snapshot (`:w`).
    mutating func compact(_ registry: inout Registry, author: String, at time: Int64) throws(StoreFailure)
    /// Every journaled change, oldest first, for the audit view.
    mutating func auditTrail() throws(StoreFailure) -> [ChangeRecord]
    /// Writes a file for people (exports, reports); `personal` ones are readable by their owner only.
    mutating func write(_ bytes: [UInt8], to path: String, personal: Bool) throws(StoreFailure)
    /// Writes an .xlsx workbook made of `parts` (the store packs them into the ZIP file).
    mutating func writeWorkbook(_ parts: [(path: String, bytes: [UInt8])], to path: String, personal: Bool) throws(StoreFailure)
    /// Keeps the user's choices (`:lang`, `:theme`) for the next run.
    mutating func rememberPreferences(_ preferences: UserPreferences) throws(StoreFailure)
    /// A theme by name (built in, or a file the store knows where to find) or by path.
    func loadTheme(_ nameOrPath: String) throws(StoreFailure) -> Theme
    /// True once after the store replaced the whole data set in ``catchUp(_:)`` (a data
    /// server's client that could not catch up record by record).
    mutating func takeReplacement() -> Bool
    /// Things worth telling the user that happened inside the store (a torn tail cut off,
    /// a compaction that will be retried), each returned once.
    mutating func takeWarnings() -> [Bilingual]
    /// Unix seconds now.
    func now() -> Int64
    /// Starts a narrowing away from the caller's thread; a newer one cancels it.
    mutating func startSearch(_ job: SearchJob)
    /// The narrowings finished since the last call (a store that searches in place has its
    /// answer ready at once).
    mutating func finishedSearches() -> [SearchResult]
    /// The open appeals of `community` with `phone` (canonical), for the duplicate hint, when the
    /// copy holds phones masked and the data server has to say. Only asked of such a store.
    mutating func openAppeals(withPhone phone: String, community: Int32) throws(StoreFailure) -> [Int32]
}

extension DataStore {
    /// A store on files never replaces the data set as a whole.
    public mutating func takeReplacement() -> Bool { false }
    /// A store on files holds the phones themselves: the hint compares them in the copy.
    public mutating func openAppeals(withPhone phone: String, community: Int32) throws(StoreFailure) -> [Int32] { [] }
}

/// Why the store did not do what was asked; nothing changed.
public struct StoreFailure: Error, Equatable, Sendable {
    /// The edit's own refusal, when the data refused it (not the disk).
    public var refusal: EditError?
    /// Which edit of a batch was refused (from 0).
    public var part: Int?
    /// What to tell the user.
    public var message: Bilingual

    public init(refusal: EditError? = nil, part: Int? = nil, message: Bilingual) {
        self.refusal = refusal
        self.part = part
        self.message = message
    }
}

/// One journaled change as the audit view reads it: who, when, and its edits with their inverses.
public struct ChangeRecord: Equatable, Sendable {
    public var sequence: UInt64
    /// The author's user ID, or -1 for the bootstrap admin.
    public var user: Int32
    public var login: String
    public var time: Int64
    public var edits: [Edit]
    /// Each edit's inverse as applied, where the journal has it.
    public var inverses: [Edit]

    public init(sequence: UInt64, user: Int32, login: String, time: Int64, edits: [Edit], inverses: [Edit]) {
        self.sequence = sequence
        self.user = user
        self.login = login
        self.time = time
        self.edits = edits
        self.inverses = inverses
    }
}
