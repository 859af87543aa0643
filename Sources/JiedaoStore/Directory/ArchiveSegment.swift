/// An archived journal, named `journal-FIRST-LAST` by the sequence numbers it holds.
public struct ArchiveSegment: Hashable, Sendable {
    public var path: String
    public var first: UInt64
    public var last: UInt64

    /// The segments in `directory`, oldest first.
    public static func list(in directory: String) -> [ArchiveSegment] {
        FileSystem.list(directory).compactMap { name in
            let parts = name.split(separator: "-")
            guard parts.count == 3, parts[0] == "journal", let first = UInt64(parts[1]), let last = UInt64(parts[2]) else { return nil }
            return ArchiveSegment(path: directory + "/" + name, first: first, last: last)
        }
        .sorted { $0.first < $1.first }
    }
}
