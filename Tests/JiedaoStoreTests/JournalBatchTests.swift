import Foundation
import JiedaoCore
@testable import JiedaoStore
import XCTest

/// Journal format v2: batches in one record or split over parts, named keys, v1 still read.
final class JournalBatchTests: XCTestCase {
    private func batchEntry(sequence: UInt64, parts: Int) -> JournalEntry {
        let edits = (0..<parts).map { i in
            Edit.create(.compound, [FieldChange("name", .text("批量小区\(i)-" + String(repeating: "长", count: 40))), FieldChange("community", .int(0))])
        }
        return JournalEntry(sequence: sequence, user: 0, login: "admin", time: StoreFixtures.now, edits: edits,
                            inverses: (0..<parts).map { .discard(RecordRef(.compound, Int32($0)), version: 1) })
    }

    func testABatchSplitOverPartsIsReadOnlyWhenItsLastPartIsThere() throws {
        let single = JournalEntry(sequence: 1, user: 0, login: "admin", time: StoreFixtures.now,
                                  edit: .update(RecordRef(.compound, 0), version: 1, [FieldChange("households", .int(5))]))
        let batch = batchEntry(sequence: 2, parts: 30)
        var bytes = JournalFormat.header(baseSequence: 0)
        bytes += try JournalFormat.frame(single)
        let batchStart = bytes.count
        let framed = try JournalFormat.frames(batch, partSize: 500)
        bytes += framed
        let frames = try JournalReader.scan(bytes, path: "journal")
        XCTAssertEqual(frames.entries, [single, batch])
        XCTAssertGreaterThan(framed.count, 5 * 500, "split into several parts")
        // Cut anywhere inside the batch's frames: the batch is absent, the record before it stays.
        for length in stride(from: batchStart, to: bytes.count, by: 97) {
            let scan = try JournalReader.scan(Array(bytes.prefix(length)), path: "journal")
            XCTAssertEqual(scan.entries, [single], "cut at \(length)")
            XCTAssertEqual(scan.validLength, batchStart, "cut at \(length)")
        }
    }

    func testPayloadsUseNamedKeysAndV1RecordsStillRead() throws {
        let entry = JournalEntry(sequence: 1, user: 0, login: "admin", time: StoreFixtures.now,
                                 edits: [.moveAppeal(AppealID(3), version: 2, .dispatch(.department, handler: 1, deadline: 99), note: "转城管"),
                                         .create(.compound, [FieldChange("name", .text("甲")), FieldChange("owners_term_end", .none)])])
        let json = String(decoding: try JournalPayload.encode(entry), as: UTF8.self)
        XCTAssertFalse(json.contains("\"_0\""), json)
        for key in ["\"op\":\"moveAppeal\"", "\"step\":\"dispatch\"", "\"handlerKind\":1", "\"op\":\"create\"", "\"kind\":\"compound\"", "\"none\":true"] {
            XCTAssertTrue(json.contains(key), "\(key) in \(json)")
        }
        let v1 = JournalEntry(sequence: 2, user: 0, login: "admin", time: StoreFixtures.now,
                              edit: .update(RecordRef(.compound, 0), version: 1, [FieldChange("households", .int(7))]))
        var bytes = JournalFormat.header(baseSequence: 0)
        bytes += try JournalFormat.frame(entry)
        bytes += try JournalFormat.frame(v1, legacy: true)
        let legacyJSON = String(decoding: try JournalPayload.encodeV1(v1), as: UTF8.self)
        XCTAssertTrue(legacyJSON.contains("\"_0\""), "the v1 layout is Swift's synthesized one: \(legacyJSON)")
        XCTAssertEqual(try JournalReader.scan(bytes, path: "journal").entries, [entry, v1])
    }

    func testEveryKindOfEditSurvivesTheV2Encoding() throws {
        var settings = Settings()
        settings.streetName = "桂香街道"
        let edits: [Edit] = [
            .create(.appeal, [FieldChange("received_at", .time(5)), FieldChange("flag", .bool(true)), FieldChange("day", .day(3))]),
            .update(RecordRef(.volunteer, 4), version: 3, [FieldChange("phone", .text("13800000000"))]),
            .delete(RecordRef(.team, 1), version: 2), .restore(RecordRef(.team, 1), version: 3), .discard(RecordRef(.user, 9), version: 1),
            .moveAppeal(AppealID(1), version: 1, .accept, note: ""), .moveAppeal(AppealID(1), version: 1, .giveBack, note: "不属本部门"),
            .moveAppeal(AppealID(1), version: 1, .extend(deadline: 7), note: "x"), .moveAppeal(AppealID(1), version: 1, .resolve, note: ""),
            .moveAppeal(AppealID(1), version: 1, .evaluate(Evaluation(all: .satisfied), redoDeadline: 8), note: ""),
            .moveAppeal(AppealID(1), version: 1, .urge, note: ""), .moveAppeal(AppealID(1), version: 1, .supervise, note: ""),
            .moveAppeal(AppealID(1), version: 1, .merge(into: AppealID(0)), note: ""), .moveAppeal(AppealID(1), version: 1, .withdraw, note: ""),
            .moveAppeal(AppealID(1), version: 1, .contact, note: "已联系"), .moveAppeal(AppealID(1), version: 1, .residentUrge, note: ""),
            .moveAppeal(AppealID(1), version: 1, .requestExtension(deadline: 9), note: "材料未齐"),
            .moveAppeal(AppealID(1), version: 1, .approveExtension, note: ""), .moveAppeal(AppealID(1), version: 1, .refuseExtension, note: "理由不足"),
            .moveAppeal(AppealID(1), version: 1, .suspend, note: "等待鉴定"), .moveAppeal(AppealID(1), version: 1, .resume(deadline: 11, workingDays: 2), note: ""),
            .moveAppeal(AppealID(1), version: 1, .callback(.unreached), note: ""), .moveAppeal(AppealID(1), version: 1, .callback(.declined), note: ""),
            .moveAppeal(AppealID(1), version: 1, .closeUnreachable, note: ""),
            .revertAppeal(AppealID(1), version: 4, to: AppealProgress()),
            .moveProject(ProjectID(2), version: 1, .deliberate(votesFor: 30, votesAgainst: 2), note: ""),
            .moveProject(ProjectID(2), version: 1, .approve, note: ""), .moveProject(ProjectID(2), version: 1, .implement, note: ""),
            .moveProject(ProjectID(2), version: 1, .accept(score: 90), note: ""), .moveProject(ProjectID(2), version: 1, .reject, note: ""),
            .revertProject(ProjectID(2), version: 5, to: ProjectProgress()),
            .changeSettings(version: 1, settings), .reveal(RecordRef(.appeal, 1)),
        ]
        let entry = JournalEntry(sequence: 1, user: 0, login: "admin", time: 1, edits: edits)
        XCTAssertEqual(JournalPayload.decode(ArraySlice(try JournalPayload.encode(entry))), entry)
    }

    func testABatchIsOneRecordAndReplaysWhole() throws {
        let path = try StoreFixtures.temporaryDirectory() + "/data"
        let directory = DataDirectory(path: path)
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: StoreFixtures.now)
        var (session, registry) = try directory.open()
        session.partSize = 300
        let before = registry.compounds.count
        let batch = EditBatch((0..<20).map { i in
            .create(.compound, [FieldChange("name", .text("新区\(i)")), FieldChange("community", .int(0))])
        })
        let applied = try session.append(batch, to: &registry, by: UserID(0), login: "admin", at: StoreFixtures.now)
        XCTAssertEqual(applied.results.count, 20)
        XCTAssertEqual(session.sequence, 1, "one record for the whole batch")
        let reopened = try directory.open()
        XCTAssertEqual(reopened.registry.compounds.count, before + 20)
        XCTAssertEqual(reopened.session.sequence, 1)
        let trail = try AuditTrail.entries(of: directory)
        XCTAssertEqual(trail.count, 1)
        XCTAssertEqual(trail.first?.edits.count, 20)
        XCTAssertTrue(IntegrityCheck.check(directory: directory).isSound)
    }

    func testAWriterCutsOffTheUnfinishedPartsOfADeadWriter() throws {
        let path = try StoreFixtures.temporaryDirectory() + "/data"
        let directory = DataDirectory(path: path)
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: StoreFixtures.now)
        let parts = try JournalFormat.frames(batchEntry(sequence: 1, parts: 20), partSize: 400)
        // A writer died after some of its parts reached the file.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: directory.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data(parts.prefix(parts.count / 2)))
        try handle.close()
        var (session, registry) = try directory.open()
        XCTAssertEqual(session.sequence, 0)
        let before = registry.compounds.count
        try session.append(.create(.compound, [FieldChange("name", .text("之后")), FieldChange("community", .int(0))]),
                           to: &registry, by: UserID(0), login: "admin", at: StoreFixtures.now)
        let reopened = try directory.open()
        XCTAssertEqual(reopened.registry.compounds.count, before + 1)
        XCTAssertEqual(reopened.session.sequence, 1)
        XCTAssertTrue(IntegrityCheck.check(directory: directory).isSound)
    }

    func testDamagedPartFramesNeverTrapAndNeverInventRecords() throws {
        var bytes = JournalFormat.header(baseSequence: 0)
        let entries = [batchEntry(sequence: 1, parts: 12), batchEntry(sequence: 2, parts: 3), batchEntry(sequence: 3, parts: 20)]
        for entry in entries { bytes += try JournalFormat.frames(entry, partSize: 350) }
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3_000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0..<damaged.count, using: &generator)
                damaged[at] = UInt8.random(in: 0...255, using: &generator)
            }
            if round % 3 == 0 { damaged = Array(damaged.prefix(Int.random(in: 0...damaged.count, using: &generator))) }
            // Either damage is reported, or what is read is a prefix of what was written.
            if let scan = try? JournalReader.scan(damaged, path: "journal") {
                XCTAssertEqual(scan.entries, Array(entries.prefix(scan.entries.count)), "round \(round)")
            }
        }
    }
}
