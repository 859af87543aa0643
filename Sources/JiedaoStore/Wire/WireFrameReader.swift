import JiedaoCore

/// Cuts the bytes read from a socket into ``WireMessage``s. Feed it with ``append(_:)`` as
/// bytes arrive and take messages with ``next()`` until it returns nil (a frame not yet whole).
///
/// A frame that announces more than ``WireMessage/maxFrame`` bytes is refused at once, before
/// its bytes are waited for, so a peer cannot make the reader hold more than one frame's worth.
public struct WireFrameReader: Sendable {
    private var buffer: [UInt8] = []
    private var start = 0

    public init() {}

    /// Bytes received and not yet taken as messages.
    public var bufferedBytes: Int { buffer.count - start }

    public mutating func append(_ bytes: some Sequence<UInt8>) {
        // Drop what was taken once it is most of the buffer, so the buffer stays one frame long.
        if start > 0, start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next whole message, or nil when the next frame has not fully arrived.
    /// - Throws: ``WireError`` when the frame is oversized, of no known kind or malformed; the
    ///   stream cannot be trusted after that and its connection should be closed.
    public mutating func next() throws(WireError) -> WireMessage? {
        guard buffer.count - start >= 4 else { return nil }
        var length = 0
        for i in 0..<4 { length |= Int(buffer[start + i]) << (8 * i) }
        guard length > 0 else { throw WireError.malformed("empty frame") }
        guard length <= WireMessage.maxFrame else { throw WireError.tooLarge(length) }
        guard buffer.count - start - 4 >= length else { return nil }
        let kind = buffer[start + 4]
        let payload = buffer[(start + 5)..<(start + 4 + length)]
        start += 4 + length
        return try Self.decode(kind: kind, payload)
    }

    /// One frame's message from its kind byte and payload.
    static func decode(kind: UInt8, _ payload: ArraySlice<UInt8>) throws(WireError) -> WireMessage {
        var fields = WireFields(payload)
        let message: WireMessage
        switch kind {
        case 0x01:
            guard Array(try fields.raw(WireMessage.magic.count)) == WireMessage.magic else { throw WireError.malformed("not a jiedao hello") }
            let version = try fields.u32()
            let hasKnown = try fields.u8()
            let known = try fields.u64()
            guard hasKnown <= 1 else { throw WireError.malformed("bad flag") }
            message = .hello(version: version, known: hasKnown == 1 ? known : nil)
        case 0x02:
            let request = try fields.u32()
            message = .submit(request: request, edits: try entry(fields.rest).edits)
            return message
        case 0x03: message = .compact(request: try fields.u32())
        case 0x04: message = .audit(request: try fields.u32())
        case 0x05:
            let request = try fields.u32()
            let table = try fields.text()
            let flags = try fields.u8()
            guard flags < 8 else { throw WireError.malformed("bad flags") }
            return .importSheet(request: request, table: table, json: flags & 1 != 0, partial: flags & 2 != 0,
                                dryRun: flags & 4 != 0, bytes: Array(fields.rest))
        case 0x81:
            let version = try fields.u32()
            let login = try fields.text()
            let user = try fields.i32()
            let sequence = try fields.u64()
            let follows = try fields.u8()
            guard follows <= 1 else { throw WireError.malformed("bad flag") }
            message = .welcome(version: version, login: login, user: user, sequence: sequence, snapshotFollows: follows == 1)
        case 0x82: return .snapshotPart(Array(payload))
        case 0x83: message = .snapshotEnd
        case 0x84: return .entry(try entry(payload))
        case 0x85:
            let request = try fields.u32()
            message = .accepted(request: request, sequence: try fields.u64())
        case 0x86:
            let request = try fields.u32()
            let part = try fields.i32()
            let zh = try fields.text()
            message = .refused(request: request, part: part, message: Bilingual(zh: zh, en: try fields.text()))
        case 0x87:
            let request = try fields.u32()
            guard let kind = EntityKind(rawValue: try fields.u8()) else { throw WireError.malformed("unknown record kind") }
            let record = RecordRef(kind, try fields.i32())
            let count = try fields.u32()
            guard Int(count) <= payload.count / 8 else { throw WireError.malformed("too many fields") }
            var changes: [FieldChange] = []
            for _ in 0..<count {
                let key = try fields.text()
                changes.append(FieldChange(key, .text(try fields.text())))
            }
            message = .revealed(request: request, record: record, fields: changes)
        case 0x88:
            let request = try fields.u32()
            let count = try fields.u32()
            guard Int(count) <= payload.count / 4 else { throw WireError.malformed("too many records") }
            var entries: [JournalEntry] = []
            for _ in 0..<count {
                let size = try fields.u32()
                entries.append(try entry(try fields.raw(Int(size))))
            }
            message = .auditTrail(request: request, entries: entries)
        case 0x89:
            let zh = try fields.text()
            message = .goodbye(Bilingual(zh: zh, en: try fields.text()))
        case 0x06:
            let request = try fields.u32()
            let community = try fields.i32()
            message = .findPhone(request: request, community: community, phone: try fields.text())
        case 0x8B:
            let request = try fields.u32()
            let count = try fields.u32()
            guard Int(count) <= payload.count / 4 else { throw WireError.malformed("too many records") }
            var appeals: [Int32] = []
            for _ in 0..<count { appeals.append(try fields.i32()) }
            message = .phoneMatches(request: request, appeals: appeals)
        case 0x8A: message = .imported(request: try fields.u32(), outcome: try importOutcome(&fields, payloadSize: payload.count))
        default:
            throw WireError.unknownKind(kind)
        }
        try fields.finish()
        return message
    }

    private static func importOutcome(_ fields: inout WireFields, payloadSize: Int) throws(WireError) -> WireImportOutcome {
        let zh = try fields.text()
        let report = Bilingual(zh: zh, en: try fields.text())
        let applies = try fields.u8()
        guard applies <= 1 else { throw WireError.malformed("bad flag") }
        var outcome = WireImportOutcome(report: report, applies: applies == 1, planned: try fields.u32(), rejected: try fields.u32())
        outcome.journaled = try fields.u32()
        outcome.sequence = try fields.u64()
        let count = try fields.u32()
        guard Int(count) <= payloadSize / 4 else { throw WireError.malformed("too many records") }
        for _ in 0..<count { outcome.moved.append(try fields.i32()) }
        switch try fields.u8() {
        case 0: break
        case 1:
            let zh = try fields.text()
            outcome.failure = Bilingual(zh: zh, en: try fields.text())
        default: throw WireError.malformed("bad flag")
        }
        return outcome
    }

    private static func entry(_ json: ArraySlice<UInt8>) throws(WireError) -> JournalEntry {
        guard let entry = JournalPayload.decode(json) else { throw WireError.malformed("the record's JSON does not read") }
        return entry
    }
}
