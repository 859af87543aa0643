import JiedaoCore

/// One message between a data server (`jiedao serve`) and a client, as a value.
///
/// On the socket each is a frame `[u32 length][u8 kind][payload]` (little-endian; the length
/// counts the kind byte and the payload). ``encoded()`` makes a frame and ``WireFrameReader``
/// takes frames apart; docs/server-protocol.md describes every payload.
public enum WireMessage: Hashable, Sendable {
    // Client to server.
    /// The first frame of a connection: the protocol version, and the last sequence the client
    /// holds (nil: it holds nothing and wants the masked snapshot).
    case hello(version: UInt32, known: UInt64?)
    /// A batch to apply all or nothing; `request` is the client's number for the answer.
    case submit(request: UInt32, edits: [Edit])
    /// Write a snapshot now (`:w`).
    case compact(request: UInt32)
    /// Every journaled change, masked, for the audit view.
    case audit(request: UInt32)
    /// A sheet (CSV or JSON) to import into `table` (an `ExchangeTable` name): the server plans it
    /// against the unmasked data and journals it as the caller; answered with ``imported(request:outcome:)``.
    case importSheet(request: UInt32, table: String, json: Bool, partial: Bool, dryRun: Bool, bytes: [UInt8])
    /// Which open appeals of a community have this (canonical) phone, for the duplicate hint;
    /// answered with ``phoneMatches(request:appeals:)``.
    case findPhone(request: UInt32, community: Int32, phone: String)

    // Server to client.
    /// The answer to ``hello(version:known:)``: who the kernel says is calling, their user
    /// record, the server's sequence, and whether a snapshot follows (else the records after
    /// the client's sequence do).
    case welcome(version: UInt32, login: String, user: Int32, sequence: UInt64, snapshotFollows: Bool)
    /// A piece of the masked snapshot; the pieces end with ``snapshotEnd``.
    case snapshotPart([UInt8])
    case snapshotEnd
    /// A committed journal record, masked; sent to every client, the author's included.
    case entry(JournalEntry)
    /// The request is durable as record `sequence` (sent after that record's ``entry(_:)``).
    case accepted(request: UInt32, sequence: UInt64)
    /// The request was refused (`part`: which edit of a batch, -1 when none); nothing changed.
    case refused(request: UInt32, part: Int32, message: Bilingual)
    /// A revealed record's personal text, sent only to the client that asked (before ``accepted(request:sequence:)``).
    case revealed(request: UInt32, record: RecordRef, fields: [FieldChange])
    /// The answer to ``audit(request:)``.
    case auditTrail(request: UInt32, entries: [JournalEntry])
    /// The server closes the connection, and why.
    case goodbye(Bilingual)
    /// The answer to ``importSheet(request:table:json:partial:dryRun:bytes:)`` (after the record it wrote, if any).
    case imported(request: UInt32, outcome: WireImportOutcome)
    /// The answer to ``findPhone(request:community:phone:)``: the appeals' IDs, newest first.
    case phoneMatches(request: UInt32, appeals: [Int32])

    /// The protocol this build speaks; a hello with another version is answered with goodbye.
    public static let version: UInt32 = 1
    /// The bytes a hello starts with, so a stray connection is told apart at once.
    static let magic: [UInt8] = Array("JIEDAOSV".utf8)
    /// The largest frame either side accepts (a journal record's limit, plus room).
    public static let maxFrame = (64 << 20) + 64
    /// The snapshot is sent in pieces of this size, so no frame comes near the limit.
    public static let snapshotPiece = 1 << 20

    /// The frame kind byte of each message.
    var kind: UInt8 {
        switch self {
        case .hello: 0x01
        case .submit: 0x02
        case .compact: 0x03
        case .audit: 0x04
        case .importSheet: 0x05
        case .findPhone: 0x06
        case .welcome: 0x81
        case .snapshotPart: 0x82
        case .snapshotEnd: 0x83
        case .entry: 0x84
        case .accepted: 0x85
        case .refused: 0x86
        case .revealed: 0x87
        case .auditTrail: 0x88
        case .goodbye: 0x89
        case .imported: 0x8A
        case .phoneMatches: 0x8B
        }
    }

    /// The message as one frame, ready to write to the socket.
    public func encoded() throws(WireError) -> [UInt8] {
        var body = WireWriter()
        body.u8(kind)
        switch self {
        case .hello(let version, let known):
            body.raw(Self.magic)
            body.u32(version)
            body.u8(known == nil ? 0 : 1)
            body.u64(known ?? 0)
        case .submit(let request, let edits):
            body.u32(request)
            body.raw(try Self.json(JournalEntry(sequence: 0, user: -1, login: "", time: 0, edits: edits)))
        case .compact(let request), .audit(let request):
            body.u32(request)
        case .welcome(let version, let login, let user, let sequence, let snapshotFollows):
            body.u32(version)
            body.text(login)
            body.i32(user)
            body.u64(sequence)
            body.u8(snapshotFollows ? 1 : 0)
        case .snapshotPart(let bytes):
            body.raw(bytes)
        case .snapshotEnd:
            break
        case .entry(let entry):
            body.raw(try Self.json(entry))
        case .accepted(let request, let sequence):
            body.u32(request)
            body.u64(sequence)
        case .refused(let request, let part, let message):
            body.u32(request)
            body.i32(part)
            body.text(message.zh)
            body.text(message.en)
        case .revealed(let request, let record, let fields):
            body.u32(request)
            body.u8(record.kind.rawValue)
            body.i32(record.id)
            body.u32(UInt32(fields.count))
            for field in fields {
                body.text(field.key)
                if case .text(let text) = field.value { body.text(text) } else { body.text("") }
            }
        case .auditTrail(let request, let entries):
            body.u32(request)
            body.u32(UInt32(entries.count))
            for entry in entries {
                let json = try Self.json(entry)
                body.u32(UInt32(json.count))
                body.raw(json)
            }
        case .goodbye(let message):
            body.text(message.zh)
            body.text(message.en)
        case .importSheet(let request, let table, let json, let partial, let dryRun, let bytes):
            body.u32(request)
            body.text(table)
            body.u8((json ? 1 : 0) | (partial ? 2 : 0) | (dryRun ? 4 : 0))
            body.raw(bytes)
        case .findPhone(let request, let community, let phone):
            body.u32(request)
            body.i32(community)
            body.text(phone)
        case .phoneMatches(let request, let appeals):
            body.u32(request)
            body.u32(UInt32(appeals.count))
            for id in appeals { body.i32(id) }
        case .imported(let request, let outcome):
            body.u32(request)
            body.text(outcome.report.zh)
            body.text(outcome.report.en)
            body.u8(outcome.applies ? 1 : 0)
            body.u32(outcome.planned)
            body.u32(outcome.rejected)
            body.u32(outcome.journaled)
            body.u64(outcome.sequence)
            body.u32(UInt32(outcome.moved.count))
            for id in outcome.moved { body.i32(id) }
            body.u8(outcome.failure == nil ? 0 : 1)
            if let failure = outcome.failure {
                body.text(failure.zh)
                body.text(failure.en)
            }
        }
        guard body.bytes.count <= Self.maxFrame else { throw WireError.tooLarge(body.bytes.count) }
        var frame = WireWriter()
        frame.u32(UInt32(body.bytes.count))
        frame.raw(body.bytes)
        return frame.bytes
    }

    private static func json(_ entry: JournalEntry) throws(WireError) -> [UInt8] {
        do {
            // The figure changes are for the file's readers; clients keep their own figures.
            var sent = entry
            sent.figures = nil
            return try JournalPayload.encode(sent)
        } catch {
            throw WireError.malformed("cannot encode: \(error)")
        }
    }
}
