import Foundation
import JiedaoCore

/// The `figures` section (docs/snapshot-format.md §1.4): the ``SummaryBasis`` of the snapshot's
/// data at the moment it was written, with a checksum of its own, so `jiedao summary` can read the
/// header, the section table and this section, and not the appeals.
///
/// Layout: `u32` CRC-32C of the bytes after the first 8, `u32` 0, `u32` JSON length, `u32` number
/// of deadlines n, the JSON of the basis, zeros to a multiple of 8, n `i64` deadlines, n `i32`
/// communities. Anything wrong with it only sends the reader the long way, through the whole file.
public enum SnapshotFigures {
    /// The section's bytes for `registry` at `time`.
    static func section(_ registry: Registry, at time: Int64) -> [UInt8] {
        let basis = registry.summaryBasis(at: time)
        let json = (try? JSONEncoder().encode(basis)).map { [UInt8]($0) } ?? []
        let count = basis.deadlines.count
        let jsonEnd = 16 + json.count
        let body = ByteWriter.collect(capacity: SnapshotEncoder.align(jsonEnd) + count * 12) { w in
            w.u32(0)
            w.u32(0)
            w.u32(UInt32(json.count))
            w.u32(UInt32(count))
            w.raw(json)
            w.zeros(SnapshotEncoder.align(jsonEnd) - jsonEnd)
            for deadline in basis.deadlines { w.i64(deadline) }
            for community in basis.deadlineCommunities { w.i32(community) }
        }
        let crc = body.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[8...])) }
        return ByteWriter.collect(capacity: 8) { $0.u32(crc); $0.u32(0) } + body[8...]
    }

    /// The basis held by a figures section, or nil when it is damaged in any way.
    static func basis(_ bytes: [UInt8]) -> SummaryBasis? {
        bytes.withUnsafeBytes { buffer -> SummaryBasis? in
            guard buffer.count >= 16 else { return nil }
            var r = ByteReader(buffer)
            guard let crc = try? r.u32(), (try? r.u32()) == 0, let jsonLength = try? r.u32(), let count = try? r.u32(),
                  CRC32C.checksum(UnsafeRawBufferPointer(rebasing: buffer[8...])) == crc else { return nil }
            let jsonEnd = 16 + Int(jsonLength)
            let deadlinesAt = SnapshotEncoder.align(jsonEnd)
            guard jsonEnd <= buffer.count, deadlinesAt + Int(count) * 12 <= buffer.count,
                  var basis = try? JSONDecoder().decode(SummaryBasis.self, from: Data(bytes[16..<jsonEnd])) else { return nil }
            var reader = ByteReader(buffer, offset: deadlinesAt)
            basis.deadlines.reserveCapacity(Int(count))
            basis.deadlineCommunities.reserveCapacity(Int(count))
            for _ in 0..<count { guard let value = try? reader.i64() else { return nil }; basis.deadlines.append(value) }
            for _ in 0..<count { guard let value = try? reader.i32() else { return nil }; basis.deadlineCommunities.append(value) }
            return basis
        }
    }

    /// The basis and the snapshot's last journal sequence, read from the file at `path` without
    /// reading the rest of it; nil when the file has no (sound) figures section.
    public static func read(snapshot path: String) -> (basis: SummaryBasis, lastSequence: UInt64)? {
        guard let file = try? PosixFile.open(path, flags: O_RDONLY) else { return nil }
        guard let head = try? file.read(SnapshotLayout.headerSize, at: 0), head.count == SnapshotLayout.headerSize,
              head.prefix(SnapshotLayout.magic.count).elementsEqual(SnapshotLayout.magic) else { return nil }
        let header: (version: UInt32, tableAt: Int, lastSequence: UInt64, sections: Int)? = head.withUnsafeBytes { buffer in
            var r = ByteReader(buffer, offset: SnapshotLayout.magic.count)
            guard let version = try? r.u32(), let tableAt = try? r.u32(), (try? r.i64()) != nil,
                  let last = try? r.u64(), let sections = try? r.u32() else { return nil }
            return (version, Int(tableAt), last, Int(sections))
        }
        guard let header, header.version == SnapshotLayout.version, header.tableAt >= SnapshotLayout.headerSize, header.sections <= 1_000,
              let table = try? file.read(header.sections * SnapshotLayout.sectionEntrySize, at: header.tableAt),
              table.count == header.sections * SnapshotLayout.sectionEntrySize else { return nil }
        let entry: (offset: Int, length: Int)? = table.withUnsafeBytes { buffer in
            var r = ByteReader(buffer)
            for _ in 0..<header.sections {
                guard let kind = try? r.u32(), (try? r.u32()) != nil, (try? r.u64()) != nil,
                      let offset = try? r.u64(), let length = try? r.u64() else { return nil }
                if kind == SnapshotLayout.Section.figures.rawValue, offset < UInt64(Int.max / 2), length < 1 << 31 {
                    return (Int(offset), Int(length))
                }
            }
            return nil
        }
        guard let entry, let bytes = try? file.read(entry.length, at: entry.offset), bytes.count == entry.length,
              let basis = basis(bytes) else { return nil }
        return (basis, header.lastSequence)
    }
}
