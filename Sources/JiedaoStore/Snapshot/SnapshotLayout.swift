/// Constants of snapshot format version 1 (docs/snapshot-format.md).
enum SnapshotLayout {
    static let magic: [UInt8] = Array("JIEDAOSN".utf8)
    static let trailerMagic: [UInt8] = Array("SNAPEND\0".utf8)
    static let version: UInt32 = 1
    static let headerSize = 64
    static let sectionEntrySize = 32
    static let trailerSize = 16

    /// Section kinds; a reader skips kinds it does not know.
    enum Section: UInt32, CaseIterable {
        case meta = 1, text, communities, compounds, volunteers, services, appeals, events, projects, departments, teams, users, categories
        /// The summary's basis with its own checksum (``SnapshotFigures``).
        case figures
    }
}

/// What a snapshot's header says besides its data.
public struct SnapshotHeader: Hashable, Sendable {
    public var formatVersion: UInt32
    /// Unix seconds.
    public var createdAt: Int64
    public var author: String
    /// The sequence number of the last journal record the snapshot contains.
    public var lastSequence: UInt64
    /// Records per section kind, for `jiedao check`.
    public var counts: [String: Int]
}
