import JiedaoCore
import JiedaoStore
import XCTest

/// The server protocol's frames: every message survives encoding, however the bytes arrive,
/// and bad frames are refused with a reason instead of being trusted.
final class WireMessageTests: XCTestCase {
    private let entry = JournalEntry(sequence: 7, user: 2, login: "guo", time: 1_790_000_000,
                                     edits: [.update(RecordRef(.appeal, 3), version: 4, [FieldChange("phone", .text("188****9392"))])],
                                     inverses: [.update(RecordRef(.appeal, 3), version: 5, [FieldChange("phone", .text("138****0000"))])])

    private var everyMessage: [WireMessage] {
        [
            .hello(version: WireMessage.version, known: nil),
            .hello(version: 9, known: 41),
            .submit(request: 5, edits: [.reveal(RecordRef(.appeal, 1)), .delete(RecordRef(.compound, 2), version: 3)]),
            .compact(request: 6),
            .audit(request: 7),
            .welcome(version: 1, login: "郭靖", user: 3, sequence: 99, snapshotFollows: true),
            .snapshotPart([0, 1, 2, 255]),
            .snapshotEnd,
            .entry(entry),
            .accepted(request: 5, sequence: 100),
            .refused(request: 5, part: 1, message: Bilingual(zh: "不行", en: "No")),
            .revealed(request: 8, record: RecordRef(.appeal, 3), fields: [FieldChange("submitter", .text("郭靖")), FieldChange("phone", .text("18800009392"))]),
            .auditTrail(request: 9, entries: [entry, entry]),
            .goodbye(Bilingual(zh: "再见", en: "Bye")),
            .importSheet(request: 10, table: "volunteers", json: false, partial: true, dryRun: false, bytes: Array("姓名,电话\r\n".utf8)),
            .findPhone(request: 12, community: 3, phone: "0755-88886666"),
            .phoneMatches(request: 12, appeals: [41, 7]),
            .phoneMatches(request: 13, appeals: []),
            .importSheet(request: 11, table: "appeals", json: true, partial: false, dryRun: true, bytes: []),
            .imported(request: 10, outcome: WireImportOutcome(report: Bilingual(zh: "接受 2 行", en: "2 rows accepted"), applies: true,
                                                              planned: 2, rejected: 1, journaled: 2, sequence: 77, moved: [5, 9])),
            .imported(request: 11, outcome: WireImportOutcome(report: Bilingual(zh: "", en: ""), applies: false, planned: 0, rejected: 3,
                                                              failure: Bilingual(zh: "冲突", en: "conflict"))),
        ]
    }

    func testEveryMessageReadsBackWhateverPiecesItArrivesIn() throws {
        var stream: [UInt8] = []
        for message in everyMessage { stream += try message.encoded() }
        for pieceSize in [1, 3, 7, 64, stream.count] {
            var reader = WireFrameReader()
            var read: [WireMessage] = []
            var start = 0
            while start < stream.count {
                let end = min(start + pieceSize, stream.count)
                reader.append(stream[start..<end])
                start = end
                while let message = try reader.next() { read.append(message) }
            }
            XCTAssertEqual(read, everyMessage, "pieces of \(pieceSize) bytes")
            XCTAssertEqual(reader.bufferedBytes, 0)
        }
    }

    func testAnOversizedFrameIsRefusedBeforeItsBytesArrive() {
        var reader = WireFrameReader()
        let length = UInt32(WireMessage.maxFrame + 1)
        reader.append([UInt8(length & 0xff), UInt8((length >> 8) & 0xff), UInt8((length >> 16) & 0xff), UInt8(length >> 24), 0x02])
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual(error as? WireError, .tooLarge(WireMessage.maxFrame + 1))
        }
    }

    func testUnknownKindsShortPayloadsAndStrangersAreRefused() throws {
        func first(_ bytes: [UInt8]) throws -> WireMessage? {
            var reader = WireFrameReader()
            reader.append(bytes)
            return try reader.next()
        }
        XCTAssertThrowsError(try first([1, 0, 0, 0, 0x7f])) { XCTAssertEqual($0 as? WireError, .unknownKind(0x7f)) }
        XCTAssertThrowsError(try first([0, 0, 0, 0])) { XCTAssertEqual($0 as? WireError, .malformed("empty frame")) }
        // An accepted frame cut short: the payload ends before its fields do.
        XCTAssertThrowsError(try first([3, 0, 0, 0, 0x85, 1, 2]))
        // A hello from something that is not jiedao.
        var stranger = try WireMessage.hello(version: 1, known: nil).encoded()
        stranger[5] = UInt8(ascii: "X")
        XCTAssertThrowsError(try first(stranger)) { XCTAssertEqual($0 as? WireError, .malformed("not a jiedao hello")) }
        // Text that is not UTF-8, and bytes left over after the fields.
        XCTAssertThrowsError(try first([9, 0, 0, 0, 0x89, 1, 0, 0, 0, 0xff, 0, 0, 0]))
        var longer = try WireMessage.compact(request: 1).encoded()
        longer[0] += 1
        longer.append(0)
        XCTAssertThrowsError(try first(longer)) { XCTAssertEqual($0 as? WireError, .malformed("1 bytes left over")) }
        // A record count larger than the payload could hold is refused before anything is reserved.
        XCTAssertThrowsError(try first([13, 0, 0, 0, 0x88, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f, 0, 0, 0, 0]))
    }

    func testAHalfFrameWaitsForTheRest() throws {
        let frame = try WireMessage.accepted(request: 1, sequence: 2).encoded()
        var reader = WireFrameReader()
        reader.append(frame.dropLast())
        XCTAssertNil(try reader.next())
        reader.append(frame.suffix(1))
        XCTAssertEqual(try reader.next(), .accepted(request: 1, sequence: 2))
    }
}
