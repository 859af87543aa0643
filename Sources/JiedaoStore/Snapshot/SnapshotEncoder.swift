import Foundation
import JiedaoCore

/// Writes a ``Registry`` as a version 1 snapshot: header, section table, sections of
/// fixed-width records, the text they refer to, and a CRC-32C trailer.
public enum SnapshotEncoder {
    /// The snapshot's bytes. Text no record refers to any more is left out once much has been
    /// interned since loading, and always with `compactingText` (a copy whose text was replaced
    /// in place, as a data server's masked one, must not carry the text it replaced).
    public static func encode(_ registry: Registry, author: String, createdAt: Int64, lastSequence: UInt64, compactingText: Bool = false) -> [UInt8] {
        let chunks = self.chunks(registry, author: author, createdAt: createdAt, lastSequence: lastSequence, compactingText: compactingText)
        let crc = chunks.reduce(UInt32(0)) { crc, chunk in chunk.withUnsafeBytes { CRC32C.checksum($0, seed: crc) } }
        let total = chunks.reduce(0) { $0 + $1.count } + SnapshotLayout.trailerSize
        return ByteWriter.collect(capacity: total) { w in
            for chunk in chunks { chunk.withUnsafeBytes { w.raw($0) } }
            w.raw(trailer(crc: crc))
        }
    }

    /// One section as it is written: its table entry's fields and its bytes in pieces, padded to 8.
    typealias Section = (kind: SnapshotLayout.Section, recordSize: Int, count: Int, length: Int, pieces: [ArraySlice<UInt8>])

    /// The snapshot without its trailer, in file order: header and section table, then each
    /// section padded to 8 bytes. Loaded text and events are passed on as slices of the loaded
    /// file's bytes where they are unchanged. A writer can stream these and checksum them as it goes.
    static func chunks(_ registry: Registry, author: String, createdAt: Int64, lastSequence: UInt64, compactingText: Bool = false) -> [ArraySlice<UInt8>] {
        var compactor = TextCompactor(source: registry.texts, always: compactingText)
        // Records first, so the text section holds exactly what they refer to.
        var sections: [Section] = []
        func add<Rows: Collection>(_ kind: SnapshotLayout.Section, _ rows: Rows) where Rows.Element: SnapshotRecord {
            let length = rows.count * Rows.Element.recordSize
            let bytes = ByteWriter.collect(capacity: align(length)) { w in
                for row in rows { row.write(to: &w, &compactor) }
                w.zeros(align(length) - length)
            }
            sections.append((kind, Rows.Element.recordSize, rows.count, length, [bytes[...]]))
        }
        add(.communities, registry.communities.rows)
        add(.compounds, registry.compounds.rows)
        add(.volunteers, registry.volunteers.rows)
        add(.services, registry.services.rows)
        add(.appeals, registry.appeals.rows)
        addEvents(registry.events, &compactor, &sections)
        add(.projects, registry.projects.rows)
        add(.departments, registry.departments.rows)
        add(.teams, registry.teams.rows)
        add(.users, registry.users.rows)
        add(.categories, registry.categories.rows)
        let figures = SnapshotFigures.section(registry, at: createdAt)
        sections.append((.figures, 0, 1, figures.count, [figures[...], padding(figures.count)]))
        let meta = SnapshotMeta(author: author, settings: registry.settings)
        let metaBytes = (try? JSONEncoder().encode(meta)).map { [UInt8]($0) } ?? []
        sections.insert((.meta, 0, 1, metaBytes.count, [metaBytes[...], padding(metaBytes.count)]), at: 0)
        let textLength = compactor.length
        sections.insert((.text, 0, textLength, textLength, compactor.section + [padding(textLength)]), at: 1)

        let tableSize = sections.count * SnapshotLayout.sectionEntrySize
        let head = ByteWriter.collect(capacity: SnapshotLayout.headerSize + tableSize) { w in
            w.raw(SnapshotLayout.magic)
            w.u32(SnapshotLayout.version)
            w.u32(UInt32(SnapshotLayout.headerSize))
            w.i64(createdAt)
            w.u64(lastSequence)
            w.u32(UInt32(sections.count))
            w.u32(0)
            w.zeros(SnapshotLayout.headerSize - w.count)
            var offset = SnapshotLayout.headerSize + tableSize
            for section in sections {
                w.u32(section.0.rawValue)
                w.u32(UInt32(section.recordSize))
                w.u64(UInt64(section.count))
                w.u64(UInt64(offset))
                w.u64(UInt64(section.length))
                offset += align(section.length)
            }
        }
        return [head[...]] + sections.flatMap { $0.pieces.filter { !$0.isEmpty } }
    }

    /// The 16-byte trailer: the checksum of everything before it, a reserved word, the end mark.
    static func trailer(crc: UInt32) -> [UInt8] {
        ByteWriter.collect(capacity: SnapshotLayout.trailerSize) { w in
            w.u32(crc)
            w.u32(0)
            w.raw(SnapshotLayout.trailerMagic)
        }
    }

    /// The events section. While text is not being compacted, handles keep their values, so
    /// the packed records loaded with the snapshot are passed on as they are.
    private static func addEvents(_ events: EventLog, _ compactor: inout TextCompactor, _ sections: inout [Section]) {
        let size = AppealEvent.recordSize
        let length = events.count * size
        // The packed layout is the snapshot's event record; passing it on relies on that.
        let copied = compactor.compacts || EventLog.packedSize != size ? 0 : events.packedCount
        let rest = ByteWriter.collect(capacity: align(length) - copied * size) { w in
            for index in copied..<events.count { events[index].write(to: &w, &compactor) }
            w.zeros(align(length) - length)
        }
        sections.append((.events, size, events.count, length, copied > 0 ? [events.packedRecords, rest[...]] : [rest[...]]))
    }

    /// Zeros taking a section of `length` bytes to the next 8-byte boundary.
    private static func padding(_ length: Int) -> ArraySlice<UInt8> {
        ArraySlice(repeating: 0, count: align(length) - length)
    }

    /// Sections start on 8-byte boundaries.
    static func align(_ count: Int) -> Int { (count + 7) & ~7 }
}

/// The meta section: small, rarely read, so JSON.
struct SnapshotMeta: Codable {
    var author: String
    var settings: Settings
}
