import Foundation
import JiedaoCore

/// Writes a ``Registry`` as a version 1 snapshot: header, section table, sections of
/// fixed-width records, the text they refer to, and a CRC-32C trailer.
public enum SnapshotEncoder {
    /// The snapshot's bytes. Text no record refers to any more is left out.
    public static func encode(_ registry: Registry, author: String, createdAt: Int64, lastSequence: UInt64) -> [UInt8] {
        var compactor = TextCompactor(source: registry.texts)
        // Records first, so the text section holds exactly what they refer to.
        var sections: [(SnapshotLayout.Section, recordSize: Int, count: Int, bytes: [UInt8])] = []
        func add<Rows: Collection>(_ kind: SnapshotLayout.Section, _ rows: Rows) where Rows.Element: SnapshotRecord {
            typealias R = Rows.Element
            var writer = ByteWriter(capacity: rows.count * R.recordSize)
            for row in rows { row.write(to: &writer, &compactor) }
            sections.append((kind, R.recordSize, rows.count, writer.bytes))
        }
        add(.communities, registry.communities.rows)
        add(.compounds, registry.compounds.rows)
        add(.volunteers, registry.volunteers.rows)
        add(.services, registry.services.rows)
        add(.appeals, registry.appeals.rows)
        add(.events, registry.events)
        add(.projects, registry.projects.rows)
        add(.departments, registry.departments.rows)
        add(.teams, registry.teams.rows)
        add(.users, registry.users.rows)
        let meta = SnapshotMeta(author: author, settings: registry.settings)
        let metaBytes = (try? JSONEncoder().encode(meta)).map { [UInt8]($0) } ?? []
        sections.insert((.meta, 0, 1, metaBytes), at: 0)
        sections.insert((.text, 0, compactor.bytes.count, compactor.bytes), at: 1)

        let tableSize = sections.count * SnapshotLayout.sectionEntrySize
        let total = SnapshotLayout.headerSize + tableSize + sections.reduce(0) { $0 + align($1.bytes.count) } + SnapshotLayout.trailerSize
        var w = ByteWriter(capacity: total)
        w.raw(SnapshotLayout.magic)
        w.u32(SnapshotLayout.version)
        w.u32(UInt32(SnapshotLayout.headerSize))
        w.i64(createdAt)
        w.u64(lastSequence)
        w.u32(UInt32(sections.count))
        w.u32(0)
        w.zeros(SnapshotLayout.headerSize - w.bytes.count)
        var offset = SnapshotLayout.headerSize + tableSize
        for section in sections {
            w.u32(section.0.rawValue)
            w.u32(UInt32(section.recordSize))
            w.u64(UInt64(section.count))
            w.u64(UInt64(offset))
            w.u64(UInt64(section.bytes.count))
            offset += align(section.bytes.count)
        }
        for section in sections {
            w.raw(section.bytes)
            w.zeros(align(section.bytes.count) - section.bytes.count)
        }
        let crc = CRC32C.checksum(w.bytes)
        w.u32(crc)
        w.u32(0)
        w.raw(SnapshotLayout.trailerMagic)
        return w.bytes
    }

    /// Sections start on 8-byte boundaries.
    static func align(_ count: Int) -> Int { (count + 7) & ~7 }
}

/// The meta section: small, rarely read, so JSON.
struct SnapshotMeta: Codable {
    var author: String
    var settings: Settings
}
