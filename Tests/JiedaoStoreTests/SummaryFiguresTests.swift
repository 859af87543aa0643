import Foundation
import JiedaoCore
@testable import JiedaoStore
import XCTest

/// The snapshot's figures section: the summary it gives equals the one a full open gives, and it
/// is used only when it is the whole data set.
final class SummaryFiguresTests: XCTestCase {
    private let now = StoreFixtures.now
    private let day: Int64 = 86_400

    private func fullSummary(_ directory: DataDirectory, at time: Int64) throws -> Summary {
        var registry = try directory.open().registry
        registry.advanceClock(to: time)
        return registry.summary(at: time)
    }

    func testTheQuickSummaryEqualsTheFullOneAsDeadlinesPass() throws {
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        let demo = try DemoGenerator(scale: .street, seed: 5, now: now, adminLogin: "admin").build()
        try directory.create(demo, author: "admin", at: now)
        // 2026-11-27: later the same quarter, overdue counts grow as deadlines pass.
        var overdue: [Int] = []
        for time in [now, now + 2 * day, now + 9 * day, now + 30 * day] {
            let quick = try XCTUnwrap(directory.quickSummary(at: time), "no quick summary at +\((time - now) / day) days")
            XCTAssertEqual(quick, try fullSummary(directory, at: time), "at +\((time - now) / day) days")
            overdue.append(quick.appealsOverdue)
        }
        XCTAssertEqual(overdue, overdue.sorted())
        XCTAssertLessThan(overdue[0], overdue[3], "deadlines passed in those days")
        XCTAssertNil(directory.quickSummary(at: now + 40 * day), "the next quarter's members behind are not in the figures")
    }

    func testAJournalTailSendsTheSummaryTheLongWayUntilCompaction() throws {
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: now)
        XCTAssertNotNil(directory.quickSummary(at: now))
        var (session, registry) = try directory.open()
        try session.append(.create(.community, [FieldChange("name", .text("新社区"))]), to: &registry, by: UserID(0), login: "admin", at: now)
        XCTAssertNil(directory.quickSummary(at: now), "the journal has a record the figures do not")
        try session.compact(&registry, author: "admin", at: now)
        let quick = try XCTUnwrap(directory.quickSummary(at: now))
        XCTAssertEqual(quick, try fullSummary(directory, at: now))
        XCTAssertEqual(quick.communities, 2)
    }

    func testDamageToTheFiguresIsNeverTrusted() throws {
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: now)
        let bytes = try directory.read(directory.snapshotPath)
        XCTAssertNotNil(SnapshotFigures.read(snapshot: directory.snapshotPath))
        // Every byte of the figures section (found through the section table), flipped in turn,
        // is caught by its own checksum.
        func integer(_ at: Int, _ size: Int) -> Int { bytes[at..<(at + size)].reversed().reduce(0) { $0 << 8 | Int($1) } }
        let entries = (0..<integer(32, 4)).map { 64 + $0 * 32 }
        guard let entry = entries.first(where: { integer($0, 4) == Int(SnapshotLayout.Section.figures.rawValue) }) else {
            return XCTFail("no figures section")
        }
        let start = integer(entry + 16, 8)
        let length = integer(entry + 24, 8)
        for offset in stride(from: start, to: start + length, by: max(1, length / 300)) {
            var damaged = bytes
            damaged[offset] ^= 0x20
            try Data(damaged).write(to: URL(fileURLWithPath: directory.snapshotPath))
            XCTAssertNil(directory.quickSummary(at: now), "a flip at \(offset) was trusted")
            XCTAssertThrowsError(try directory.open(), "and the long way reports the damage")
        }
    }

    func testAFileFromBeforeTheFiguresTakesTheLongWay() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/v1.snapshot")
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: now)
        try Data(contentsOf: golden).write(to: URL(fileURLWithPath: directory.snapshotPath))
        XCTAssertNil(SnapshotFigures.read(snapshot: directory.snapshotPath))
        XCTAssertNil(directory.quickSummary(at: now))
        XCTAssertNoThrow(try directory.open())
    }
}
