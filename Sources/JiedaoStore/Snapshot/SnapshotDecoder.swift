import Foundation
import JiedaoCore

/// Reads a version 1 snapshot back into a ``Registry``. Every byte is checked:
/// damage becomes a ``SnapshotError`` naming what and where, never a trap.
public enum SnapshotDecoder {
    /// The header, after checking and decoding the whole file.
    public static func header(_ bytes: [UInt8]) throws(SnapshotError) -> SnapshotHeader {
        try decode(bytes).header
    }

    /// The registry and header held by `bytes`.
    public static func decode(_ bytes: [UInt8]) throws(SnapshotError) -> (registry: Registry, header: SnapshotHeader) {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(SnapshotError) in try decode(buffer, file: bytes) }
        }
        return try result.get()
    }

    /// Decodes `buffer`, the bytes of `file`; text and timeline events are kept as slices of `file`.
    static func decode(_ buffer: UnsafeRawBufferPointer, file: [UInt8]) throws(SnapshotError) -> (registry: Registry, header: SnapshotHeader) {
        guard buffer.count >= SnapshotLayout.magic.count, buffer.prefix(SnapshotLayout.magic.count).elementsEqual(SnapshotLayout.magic) else {
            throw .notASnapshot
        }
        var r = ByteReader(buffer, offset: SnapshotLayout.magic.count)
        let version = try r.u32()
        guard version <= SnapshotLayout.version else { throw .newerVersion(version) }
        guard version >= 1 else { throw .badValue(field: "format version", offset: 8) }
        guard buffer.count >= SnapshotLayout.headerSize + SnapshotLayout.trailerSize else { throw .truncated(offset: buffer.count) }
        let body = buffer.count - SnapshotLayout.trailerSize
        var trailer = ByteReader(buffer, offset: body)
        let stored = try trailer.u32()
        let reserved = try trailer.u32()
        guard try trailer.slice(8).elementsEqual(SnapshotLayout.trailerMagic) else { throw .truncated(offset: buffer.count) }
        guard reserved == 0 else { throw .badValue(field: "trailer", offset: body + 4) }
        // The file's layout is read first, but its errors wait: a checksum mismatch wins.
        let layout = Result { () throws(SnapshotError) in try readLayout(buffer, reader: r, body: body) }
        // Two cores: one checksums the file and then decodes the small sections, the other decodes
        // the appeals and events. Decoding checks every field and never traps on damage.
        let ((computed, small), (appeals, events)) = TwoCores.run({
            file.withUnsafeBytes { buffer -> (UInt32, SmallSections) in
                let crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: buffer[0..<body]))
                guard case .success(let layout) = layout else { return (crc, SmallSections()) }
                return (crc, SmallSections(buffer, layout))
            }
        }, {
            file.withUnsafeBytes { buffer -> (Result<[Appeal], SnapshotError>, Result<EventLog, SnapshotError>) in
                guard case .success(let layout) = layout else { return (.success([]), .success(EventLog())) }
                return (Result { () throws(SnapshotError) in try rows(buffer, layout.entries[.appeals], layout.textLimit) },
                        Result { () throws(SnapshotError) in try self.events(buffer, file: file, layout.entries[.events], layout.textLimit) })
            }
        })
        guard stored == computed else { throw .checksumMismatch(expected: stored, actual: computed) }
        let found = try layout.get()
        var parts = RegistryParts()
        parts.settings = found.meta.settings
        parts.texts = TextStore(bytes: file[Int(found.text.offset)..<Int(found.text.offset + found.text.length)])
        // Errors are reported in section order, as a one-core decoder would meet them.
        parts.communities = try small.communities.get()
        parts.compounds = try small.compounds.get()
        parts.volunteers = try small.volunteers.get()
        parts.services = try small.services.get()
        parts.appeals = try appeals.get()
        parts.events = try events.get()
        parts.projects = try small.projects.get()
        parts.departments = try small.departments.get()
        parts.teams = try small.teams.get()
        parts.users = try small.users.get()
        parts.categories = try small.categories.get()
        let counts: [String: Int] = [
            "communities": parts.communities.count, "compounds": parts.compounds.count, "volunteers": parts.volunteers.count,
            "services": parts.services.count, "appeals": parts.appeals.count, "events": parts.events.count,
            "projects": parts.projects.count, "departments": parts.departments.count, "teams": parts.teams.count,
            "users": parts.users.count, "categories": parts.categories.count,
        ]
        let registry: Registry
        do {
            registry = try Registry(parts: parts)
        } catch {
            throw .inconsistent(error.description)
        }
        let header = SnapshotHeader(formatVersion: version, createdAt: found.createdAt, author: found.meta.author,
                                    lastSequence: found.lastSequence, counts: counts)
        return (registry, header)
    }

    /// What the header and section table say, checked, with the meta section decoded.
    private struct Layout: Sendable {
        var createdAt: Int64
        var lastSequence: UInt64
        var entries: [SnapshotLayout.Section: SectionEntry]
        var meta: SnapshotMeta
        var text: SectionEntry
        var textLimit: Int { Int(text.length) }
    }

    private static func readLayout(_ buffer: UnsafeRawBufferPointer, reader: ByteReader, body: Int) throws(SnapshotError) -> Layout {
        var r = reader
        let headerSize = Int(try r.u32())
        let createdAt = try r.i64()
        let lastSequence = try r.u64()
        let sectionCount = Int(try r.u32())
        guard headerSize >= SnapshotLayout.headerSize, sectionCount <= 1_000 else { throw .badValue(field: "header", offset: 12) }
        var table = ByteReader(buffer, offset: headerSize)
        var entries: [SnapshotLayout.Section: SectionEntry] = [:]
        for _ in 0..<sectionCount {
            let at = table.offset
            let entry = SectionEntry(kind: try table.u32(), recordSize: Int(try table.u32()), count: try table.u64(),
                                     offset: try table.u64(), length: try table.u64())
            guard entry.offset <= UInt64(body), entry.length <= UInt64(body) - entry.offset else {
                throw .badSection(kind: entry.kind, offset: at)
            }
            if let kind = SnapshotLayout.Section(rawValue: entry.kind) { entries[kind] = entry }
        }
        guard let metaEntry = entries[.meta], let textEntry = entries[.text] else { throw .inconsistent("meta or text section missing") }
        let meta = try decodeMeta(slice(buffer, metaEntry))
        return Layout(createdAt: createdAt, lastSequence: lastSequence, entries: entries, meta: meta, text: textEntry)
    }

    /// Every section but the appeals and events, each decoded on its own.
    private struct SmallSections {
        var communities: Result<[Community], SnapshotError> = .success([])
        var compounds: Result<[Compound], SnapshotError> = .success([])
        var volunteers: Result<[Volunteer], SnapshotError> = .success([])
        var services: Result<[ServiceRecord], SnapshotError> = .success([])
        var projects: Result<[MicroProject], SnapshotError> = .success([])
        var departments: Result<[Department], SnapshotError> = .success([])
        var teams: Result<[Team], SnapshotError> = .success([])
        var users: Result<[User], SnapshotError> = .success([])
        var categories: Result<[AppealCategory], SnapshotError> = .success([])

        init() {}

        init(_ buffer: UnsafeRawBufferPointer, _ layout: Layout) {
            func decode<R: SnapshotRecord>(_ section: SnapshotLayout.Section) -> Result<[R], SnapshotError> {
                Result { () throws(SnapshotError) in try SnapshotDecoder.rows(buffer, layout.entries[section], layout.textLimit) }
            }
            communities = decode(.communities)
            compounds = decode(.compounds)
            volunteers = decode(.volunteers)
            services = decode(.services)
            projects = decode(.projects)
            departments = decode(.departments)
            teams = decode(.teams)
            users = decode(.users)
            categories = decode(.categories)
        }
    }

    private struct SectionEntry: Sendable {
        var kind: UInt32
        var recordSize: Int
        var count: UInt64
        var offset: UInt64
        var length: UInt64
    }

    private static func slice(_ buffer: UnsafeRawBufferPointer, _ entry: SectionEntry) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: buffer[Int(entry.offset)..<Int(entry.offset + entry.length)])
    }

    private static func decodeMeta(_ bytes: UnsafeRawBufferPointer) throws(SnapshotError) -> SnapshotMeta {
        do {
            return try JSONDecoder().decode(SnapshotMeta.self, from: Data(bytes))
        } catch {
            throw .badValue(field: "meta", offset: 0)
        }
    }

    /// The timeline events, checked record by record and then kept packed as a slice of
    /// `file` (records longer than this version knows are first cut to the known fields).
    private static func events(_ buffer: UnsafeRawBufferPointer, file: [UInt8], _ entry: SectionEntry?, _ limit: Int) throws(SnapshotError) -> EventLog {
        guard let entry else { return EventLog() }
        try checkShape(entry, AppealEvent.recordSize)
        var reader = ByteReader(slice(buffer, entry), base: Int(entry.offset))
        let extra = entry.recordSize - AppealEvent.recordSize
        var packed: [UInt8] = []
        if extra > 0 { packed.reserveCapacity(Int(entry.count) * EventLog.packedSize) }
        for _ in 0..<Int(entry.count) {
            let start = reader.offset
            _ = try AppealEvent.read(from: &reader, textLimit: limit)
            if extra > 0 {
                packed.append(contentsOf: UnsafeRawBufferPointer(rebasing: reader.bytes[start..<reader.offset]))
                try reader.skip(extra)
            }
        }
        if extra > 0 { return EventLog(packed: packed[...]) }
        return EventLog(packed: file[Int(entry.offset)..<Int(entry.offset + entry.length)])
    }

    private static func checkShape(_ entry: SectionEntry, _ recordSize: Int) throws(SnapshotError) {
        guard entry.recordSize >= recordSize, entry.count <= entry.length / UInt64(max(entry.recordSize, 1)),
              entry.count * UInt64(entry.recordSize) == entry.length else {
            throw .badSection(kind: entry.kind, offset: Int(entry.offset))
        }
    }

    /// The records of one section; records longer than this version knows carry fields
    /// added later, which are skipped.
    private static func rows<R: SnapshotRecord>(_ buffer: UnsafeRawBufferPointer, _ entry: SectionEntry?, _ limit: Int) throws(SnapshotError) -> [R] {
        guard let entry else { return [] }
        try checkShape(entry, R.baseRecordSize)
        var reader = ByteReader(slice(buffer, entry), base: Int(entry.offset))
        var result: [R] = []
        result.reserveCapacity(Int(entry.count))
        let extra = entry.recordSize - R.baseRecordSize
        for _ in 0..<Int(entry.count) {
            var record = try R.read(from: &reader, textLimit: limit)
            let appended = extra > 0 ? try R.readAppended(&record, from: &reader, available: extra, textLimit: limit) : 0
            result.append(record)
            if extra > appended { try reader.skip(extra - appended) }
        }
        return result
    }
}
