import JiedaoCore

/// The journal file: a 24-byte header, then framed records
/// `[u32 payload length][u32 CRC-32C of sequence+payload][u64 sequence][payload]`.
///
/// A v2 payload starts with a frame kind byte: ``whole`` (the record's JSON follows), or
/// ``part`` / ``last`` for a record too large for one frame, whose JSON is split over
/// consecutive frames of the same sequence number; readers apply such a record only at its
/// ``last`` frame. A v1 payload is the JSON alone (it starts with `{`) and still reads.
public enum JournalFormat {
    static let magic: [UInt8] = Array("JIEDAOJL".utf8)
    static let version: UInt32 = 2
    static let headerSize = 24
    static let frameHeaderSize = 16
    /// A frame larger than this is damage, not data.
    static let maxPayload = 64 << 20
    /// Where a record is split into parts, unless the writer asks for less.
    public static let defaultPartSize = 16 << 20

    static let whole: UInt8 = 0x01
    static let part: UInt8 = 0x02
    static let last: UInt8 = 0x03

    static func header(baseSequence: UInt64) -> [UInt8] {
        ByteWriter.collect(capacity: headerSize) { w in
            w.raw(magic)
            w.u32(version)
            w.u32(0)
            w.u64(baseSequence)
        }
    }

    /// The framed bytes of one entry, in one frame (a test may write v1 frames with `legacy`).
    static func frame(_ entry: JournalEntry, legacy: Bool = false) throws -> [UInt8] {
        if legacy { return frame(sequence: entry.sequence, payload: try JournalPayload.encodeV1(entry)) }
        return try frames(entry, partSize: maxPayload - 1)
    }

    /// The framed bytes of one entry: one frame, or parts of at most `partSize` bytes of JSON.
    static func frames(_ entry: JournalEntry, partSize: Int) throws -> [UInt8] {
        let json = try JournalPayload.encode(entry)
        let size = max(1, min(partSize, maxPayload - 1))
        guard json.count > size else { return frame(sequence: entry.sequence, payload: [whole] + json) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(json.count + (json.count / size + 1) * (frameHeaderSize + 1))
        var start = 0
        while start < json.count {
            let end = min(start + size, json.count)
            bytes += frame(sequence: entry.sequence, payload: [end == json.count ? last : part] + json[start..<end])
            start = end
        }
        return bytes
    }

    private static func frame(sequence: UInt64, payload: [UInt8]) -> [UInt8] {
        let body = ByteWriter.collect(capacity: 8 + payload.count) { w in
            w.u64(sequence)
            w.raw(payload)
        }
        return ByteWriter.collect(capacity: frameHeaderSize + payload.count) { w in
            w.u32(UInt32(payload.count))
            w.u32(CRC32C.checksum(body))
            w.raw(body)
        }
    }
}

/// What reading a journal found.
public struct JournalScan: Sendable {
    /// The sequence number the journal continues from (its snapshot's last one).
    public var baseSequence: UInt64
    public var entries: [JournalEntry]
    /// Where the complete records end.
    public var validLength: Int
    /// Bytes after the last complete record: an append in flight, or one whose writer died.
    public var tornBytes: Int
}

/// Why a journal cannot be trusted; an incomplete last record is not one of these.
public enum JournalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The same error with offsets moved by `delta` (for a scan that began mid-file).
    func shifted(by delta: Int) -> JournalError {
        switch self {
        case .damagedRecord(let path, let offset, let reason): .damagedRecord(path: path, offset: offset + delta, reason: reason)
        case .outOfSequence(let path, let offset, let expected, let found):
            .outOfSequence(path: path, offset: offset + delta, expected: expected, found: found)
        default: self
        }
    }

    case notAJournal(path: String)
    case newerVersion(path: String, UInt32)
    case damagedRecord(path: String, offset: Int, reason: String)
    case outOfSequence(path: String, offset: Int, expected: UInt64, found: UInt64)

    public var description: String { message.en }

    public var message: Bilingual {
        switch self {
        case .notAJournal(let path):
            Bilingual(zh: "\(path) 不是 Jiedao 日志文件", en: "\(path) is not a Jiedao journal")
        case .newerVersion(let path, let version):
            Bilingual(zh: "\(path) 的日志格式版本 \(version) 比本程序新", en: "\(path): journal format version \(version) is newer than this jiedao understands")
        case .damagedRecord(let path, let offset, let reason):
            Bilingual(zh: "\(path) 偏移 \(offset) 处的日志记录已损坏（\(reason)）", en: "\(path): damaged record at offset \(offset) (\(reason))")
        case .outOfSequence(let path, let offset, let expected, let found):
            Bilingual(zh: "\(path) 偏移 \(offset) 处序号应为 \(expected)，实为 \(found)",
                      en: "\(path): record at offset \(offset) has sequence \(found), expected \(expected)")
        }
    }
}

/// Parses journal bytes; never traps, and never modifies anything.
public enum JournalReader {
    /// Reads every complete record of `bytes`. A bad or partial record that reaches the
    /// end of the file is a torn tail; one followed by more data is damage.
    /// - Parameters:
    ///   - headerless: `bytes` continue a journal already read up to a record boundary, after `baseSequence`.
    ///   - figuresOnly: decode each record's author, time and ``JournalEntry/figures`` but not its
    ///     edits (left empty): what a cold summary needs, at a fraction of the cost.
    public static func scan(_ bytes: [UInt8], path: String, from start: Int = 0, baseSequence known: UInt64? = nil, headerless: Bool = false,
                            figuresOnly: Bool = false) throws(JournalError) -> JournalScan {
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(JournalError) in
                try scan(buffer, path: path, from: start, knownBase: known, headerless: headerless, figuresOnly: figuresOnly)
            }
        }
        return try result.get()
    }

    static func scan(_ buffer: UnsafeRawBufferPointer, path: String, from start: Int, knownBase: UInt64?, headerless: Bool,
                     figuresOnly: Bool = false) throws(JournalError) -> JournalScan {
        let decode = figuresOnly ? JournalPayload.decodeFigures : JournalPayload.decode
        var base: UInt64
        var offset = start
        if let knownBase, headerless {
            base = knownBase
        } else {
            guard buffer.count >= JournalFormat.headerSize, buffer.prefix(8).elementsEqual(JournalFormat.magic) else {
                // A journal whose header never reached the disk holds nothing acknowledged.
                if buffer.allSatisfy({ $0 == 0 }) || (buffer.count < JournalFormat.headerSize && JournalFormat.magic.starts(with: buffer.prefix(8))) {
                    return JournalScan(baseSequence: knownBase ?? 0, entries: [], validLength: 0, tornBytes: buffer.count)
                }
                throw .notAJournal(path: path)
            }
            var r = ByteReader(buffer, offset: 8)
            let version = (try? r.u32()) ?? 0
            guard version <= JournalFormat.version else { throw .newerVersion(path: path, version) }
            _ = try? r.u32()
            base = (try? r.u64()) ?? 0
            offset = JournalFormat.headerSize
        }
        var entries: [JournalEntry] = []
        var expected = headerless ? (knownBase ?? base) : base
        // The parts of a record split over frames, and where its first frame starts.
        var pending: [UInt8] = []
        var pendingStart: Int?
        while offset < buffer.count {
            let committed = pendingStart ?? offset
            let tail = { JournalScan(baseSequence: base, entries: entries, validLength: committed, tornBytes: buffer.count - committed) }
            let remaining = buffer.count - offset
            guard remaining >= JournalFormat.frameHeaderSize else { return tail() }
            var r = ByteReader(buffer, offset: offset)
            guard let length = try? Int(r.u32()), let crc = try? r.u32() else { return tail() }
            let end = offset + JournalFormat.frameHeaderSize + length
            guard length <= JournalFormat.maxPayload, end <= buffer.count else {
                if isZeroOrEnd(buffer, from: offset) || length <= JournalFormat.maxPayload { return tail() }
                throw .damagedRecord(path: path, offset: offset, reason: "impossible length \(length)")
            }
            let body = UnsafeRawBufferPointer(rebasing: buffer[(offset + 8)..<end])
            guard CRC32C.checksum(body) == crc else {
                if end == buffer.count || isZeroOrEnd(buffer, from: offset) { return tail() }
                throw .damagedRecord(path: path, offset: offset, reason: "checksum mismatch")
            }
            let sequence = UInt64(littleEndian: body.loadUnaligned(as: UInt64.self))
            // Each record follows the one before (or the journal's base) by exactly one; the parts of
            // one record share its number. A base of UInt64.max leaves no next number: damage, not a trap.
            let next = expected.addingReportingOverflow(1)
            guard !next.overflow, sequence == next.partialValue else {
                throw .outOfSequence(path: path, offset: offset, expected: next.partialValue, found: sequence)
            }
            let payload = UnsafeRawBufferPointer(rebasing: body[8...])
            let kind = payload.first ?? 0
            if kind == JournalFormat.part {
                if pendingStart == nil { pendingStart = offset }
                pending += payload.dropFirst()
                offset = end
                continue
            }
            let entry: JournalEntry?
            if kind == JournalFormat.last, pendingStart != nil {
                pending += payload.dropFirst()
                entry = decode(pending[...])
            } else if pendingStart == nil, kind == JournalFormat.whole {
                entry = decode(ArraySlice(payload.dropFirst()))
            } else if pendingStart == nil, kind == UInt8(ascii: "{") {
                entry = JournalPayload.decodeV1(ArraySlice(payload))
            } else {
                entry = nil
            }
            guard let entry, entry.sequence == sequence, figuresOnly || !entry.edits.isEmpty else {
                throw .damagedRecord(path: path, offset: committed, reason: "unreadable edit")
            }
            pending = []
            pendingStart = nil
            expected = sequence
            entries.append(entry)
            offset = end
        }
        if let pendingStart {
            // Parts whose last frame never reached the disk: not acknowledged, so not data.
            return JournalScan(baseSequence: base, entries: entries, validLength: pendingStart, tornBytes: buffer.count - pendingStart)
        }
        return JournalScan(baseSequence: base, entries: entries, validLength: offset, tornBytes: 0)
    }

    private static func isZeroOrEnd(_ buffer: UnsafeRawBufferPointer, from offset: Int) -> Bool {
        buffer[offset...].allSatisfy { $0 == 0 }
    }
}
