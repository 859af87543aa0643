import Foundation
import JiedaoCore
@testable import JiedaoStore
import XCTest

/// Residents' names and phones are kept no longer than the street's retention period after
/// their appeal closes: a compaction erases them from memory, the snapshot, the previous
/// snapshot and archived journals older than the period, and keeps everything else.
final class RetentionTests: XCTestCase {
    private let now = StoreFixtures.now
    private let day: Int64 = 86_400

    private func contains(_ path: String, _ text: String) throws -> Bool {
        try Data(contentsOf: URL(fileURLWithPath: path)).range(of: Data(text.utf8)) != nil
    }

    func testACompactionPastThePeriodErasesClosedAppealsNamesAndPhonesFromEveryFile() throws {
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        try directory.create(try DemoGenerator(scale: .street, seed: 5, now: now, adminLogin: "admin").build(), author: "admin", at: now)
        var (session, registry) = try directory.open()
        let admin = registry.user(login: "admin")
        let phones = registry.appeals.liveIDs.map { registry.text(registry.appeals[$0].phone) }
            + registry.volunteers.liveIDs.map { registry.text(registry.volunteers[$0].phone) }
        let once = Set(phones.filter { phone in phones.lazy.filter { $0 == phone }.count == 1 })
        let closed = try XCTUnwrap(registry.appeals.liveIDs.first {
            registry.appeals[$0].progress.state == .closed && once.contains(registry.text(registry.appeals[$0].phone))
        })
        let open = try XCTUnwrap(registry.appeals.liveIDs.first {
            registry.appeals[$0].progress.state.isOpen && once.contains(registry.text(registry.appeals[$0].phone))
        })
        let closedPhone = registry.text(registry.appeals[closed].phone)
        let openPhone = registry.text(registry.appeals[open].phone)
        let other = try XCTUnwrap(registry.appeals.liveIDs.first {
            $0 != closed && registry.appeals[$0].progress.state == .closed && !registry.text(registry.appeals[$0].phone).isEmpty
        })
        // A phone typed into a closed appeal goes into the journal, and with a compaction into the archive.
        let typed = "13900001111"
        let ref = RecordRef(.appeal, other.raw)
        try session.append(.update(ref, version: registry.appeals[other].version, [FieldChange("phone", .text(typed))]), to: &registry, by: admin, login: "admin", at: now)
        try session.compact(&registry, author: "admin", at: now)
        let archives = { ArchiveSegment.list(in: directory.archivePath).map(\.path) }
        XCTAssertEqual(archives().count, 1)
        XCTAssertTrue(try contains(archives()[0], typed), "the archive holds the typed phone before the period has passed")

        var settings = registry.settings
        settings.personalDataRetentionDays = 30
        try session.append(.changeSettings(version: settings.version, settings), to: &registry, by: admin, login: "admin", at: now)
        let later = now + 400 * day
        let before = registry.retentionReport(at: later)
        XCTAssertGreaterThan(before.pastRetention, 100)
        let version = registry.appeals[closed].version
        try session.compact(&registry, author: "admin", at: later)

        XCTAssertEqual(registry.text(registry.appeals[closed].phone), "", "erased in memory too")
        for path in [directory.snapshotPath, directory.previousSnapshotPath] + archives() {
            XCTAssertFalse(try contains(path, typed), path)
            XCTAssertFalse(try contains(path, closedPhone), path)
        }
        XCTAssertTrue(try contains(directory.snapshotPath, openPhone), "an open appeal keeps its resident's phone")
        let reopened = try directory.open().registry
        XCTAssertEqual(reopened.text(reopened.appeals[closed].phone), "")
        XCTAssertEqual(reopened.text(reopened.appeals[closed].submitter), "")
        XCTAssertEqual(reopened.appeals[closed].version, version, "erasing is not an edit")
        XCTAssertEqual(reopened.text(reopened.appeals[open].phone), openPhone)
        let after = reopened.retentionReport(at: later)
        XCTAssertEqual(after.pastRetention, 0)
        XCTAssertEqual(after.closedHolding, before.closedHolding - before.pastRetention)
        // The history keeps its records and sequence numbers, without the phone.
        let trail = try AuditTrail.entries(of: directory)
        XCTAssertEqual(trail.map(\.sequence), [1, 2])
        XCTAssertEqual(trail.first?.edits, [.update(ref, version: registry.appeals[other].version - 1, [FieldChange("phone", .text(""))])])
        XCTAssertTrue(IntegrityCheck.check(directory: directory).isSound)
    }

    func testWithoutAPeriodNothingIsErased() throws {
        var registry = try DemoGenerator(scale: .street, seed: 5, now: now, adminLogin: "admin").build()
        let held = registry.retentionReport(at: now + 4000 * day)
        XCTAssertGreaterThan(held.closedHolding, 0)
        XCTAssertEqual(held.pastRetention, 0)
        XCTAssertNil(held.retentionDays)
        XCTAssertEqual(registry.applyRetention(at: now + 4000 * day), 0)
    }
}
