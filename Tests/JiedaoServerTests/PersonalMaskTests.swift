import JiedaoCore
import JiedaoServer
import JiedaoStore
import XCTest

/// What the server sends holds no resident's name or phone, and what clients send back cannot
/// overwrite them with stars.
final class PersonalMaskTests: XCTestCase {
    private let now: Int64 = 1_790_000_000

    /// A demo street as a server has it: loaded from a snapshot, its text a slice of the file.
    private func street() throws -> Registry {
        let built = try DemoGenerator(scale: .street, seed: 3, now: now, adminLogin: "admin").build()
        return try SnapshotDecoder.decode(SnapshotEncoder.encode(built, author: "t", createdAt: now, lastSequence: 0)).registry
    }

    private func firstAppealWithPhone(_ registry: Registry) throws -> AppealID {
        try XCTUnwrap(registry.appeals.liveIDs.first { !registry.text(registry.appeals[$0].phone).isEmpty })
    }

    /// Every run of eleven or more digits in `bytes`, as text.
    private func digitRuns(_ bytes: [UInt8]) -> Set<String> {
        var runs: Set<String> = []
        var current: [UInt8] = []
        for byte in bytes + [0] {
            if byte >= 0x30, byte <= 0x39 { current.append(byte); continue }
            if current.count >= 11 { runs.insert(String(decoding: current, as: UTF8.self)) }
            current = []
        }
        return runs
    }

    func testTheMaskedSnapshotHoldsNoPhoneOrName() throws {
        let registry = try street()
        let phones = Set(registry.appeals.liveIDs.map { registry.text(registry.appeals[$0].phone) }.filter { !$0.isEmpty })
            .union(registry.volunteers.liveIDs.map { registry.text(registry.volunteers[$0].phone) }.filter { !$0.isEmpty })
        XCTAssertGreaterThan(phones.count, 1000)
        let plain = SnapshotEncoder.encode(registry, author: "t", createdAt: now, lastSequence: 0)
        XCTAssertFalse(digitRuns(plain).isDisjoint(with: phones), "the unmasked snapshot must hold the phones, or this test proves nothing")
        let copy = PersonalMask.masked(registry)
        XCTAssertFalse(digitRuns(SnapshotEncoder.encode(copy, author: "t", createdAt: now, lastSequence: 0)).isDisjoint(with: phones),
                       "without compacting, the replaced text would still be written")
        let masked = SnapshotEncoder.encode(copy, author: "t", createdAt: now, lastSequence: 0, compactingText: true)
        XCTAssertTrue(digitRuns(masked).isDisjoint(with: phones))
        // Names: the submitter of an appeal is masked, and what it masked is gone from the bytes.
        let appeal = try firstAppealWithPhone(registry)
        let name = registry.text(registry.appeals[appeal].submitter)
        let received = try SnapshotDecoder.decode(masked).registry
        XCTAssertFalse(String(decoding: masked, as: UTF8.self).contains(name + registry.text(registry.appeals[appeal].phone)))
        XCTAssertEqual(received.text(received.appeals[appeal].submitter), String(name.prefix(1)) + String(repeating: "*", count: name.count - 1))
        XCTAssertEqual(received.text(received.appeals[appeal].phone), PhoneNumber.masked(registry.text(registry.appeals[appeal].phone)))
        XCTAssertEqual(received.appeals[appeal].version, registry.appeals[appeal].version, "masking is not an edit")
    }

    func testRecordsAreMaskedInTheirEditsAndInverses() {
        let ref = RecordRef(.appeal, 4)
        let entry = JournalEntry(sequence: 1, user: 0, login: "a", time: now,
                                 edits: [.update(ref, version: 1, [FieldChange("phone", .text("13912345678")), FieldChange("summary", .text("路灯坏了"))])],
                                 inverses: [.update(ref, version: 2, [FieldChange("phone", .text("13800001111")), FieldChange("summary", .text("旧"))])])
        let masked = PersonalMask.masked(entry)
        XCTAssertEqual(masked.edits, [.update(ref, version: 1, [FieldChange("phone", .text("139****5678")), FieldChange("summary", .text("路灯坏了"))])])
        XCTAssertEqual(masked.inverses, [.update(ref, version: 2, [FieldChange("phone", .text("138****1111")), FieldChange("summary", .text("旧"))])])
    }

    func testAMaskedValueSentBackUnchangedIsDroppedAndAnyOtherIsRefused() throws {
        let registry = try street()
        let appeal = try firstAppealWithPhone(registry)
        let ref = RecordRef(.appeal, appeal.raw)
        let version = registry.appeals[appeal].version
        let ownMask = PhoneNumber.masked(registry.text(registry.appeals[appeal].phone))
        let form: [Edit] = [.update(ref, version: version, [FieldChange("phone", .text(ownMask)), FieldChange("summary", .text("新"))])]
        XCTAssertEqual(try PersonalMask.sanitized(form, in: registry).get(), [.update(ref, version: version, [FieldChange("summary", .text("新"))])])
        let stars: [Edit] = [.reveal(ref), .update(ref, version: version, [FieldChange("phone", .text("177****0000"))])]
        XCTAssertThrowsError(try PersonalMask.sanitized(stars, in: registry).get()) { error in
            XCTAssertEqual((error as? PersonalMask.Refusal)?.part, 1)
        }
        let created: [Edit] = [.create(.volunteer, [FieldChange("name", .text("王五")), FieldChange("phone", .text("139****5678"))])]
        XCTAssertThrowsError(try PersonalMask.sanitized(created, in: registry).get())
        XCTAssertEqual(PersonalMask.revealedFields(of: ref, in: registry).map(\.key).sorted(), ["phone", "submitter"])
    }

    func testAClientsCopyTakesMaskedRecordsAndARevealPutsTheRealTextBack() throws {
        let registry = try street()
        let appeal = try firstAppealWithPhone(registry)
        var copy = try SnapshotDecoder.decode(SnapshotEncoder.encode(PersonalMask.masked(registry), author: "t", createdAt: now, lastSequence: 0, compactingText: true)).registry
        let ref = RecordRef(.appeal, appeal.raw)
        let update = PersonalMask.masked(Edit.update(ref, version: copy.appeals[appeal].version, [FieldChange("phone", .text("13912345678"))]))
        XCTAssertThrowsError(try copy.apply(update, by: copy.user(login: "admin"), at: now), "a registry of real data refuses a masked phone")
        copy.acceptsMaskedText = true
        try copy.apply(update, by: copy.user(login: "admin"), at: now)
        XCTAssertEqual(copy.text(copy.appeals[appeal].phone), "139****5678")
        XCTAssertTrue(copy.overwriteText(ref, key: "phone", with: "13912345678"))
        XCTAssertEqual(copy.text(copy.appeals[appeal].phone), "13912345678")
        XCTAssertFalse(copy.overwriteText(RecordRef(.community, 0), key: "name", with: "x"), "only personal text is put back")
    }
}
