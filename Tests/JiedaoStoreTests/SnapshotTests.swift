import Foundation
import JiedaoCore
@testable import JiedaoStore
import XCTest

final class SnapshotTests: XCTestCase {
    func testRoundTripAtStreetScaleGivesAnEqualRegistry() throws {
        let registry = try DemoGenerator(scale: .street, seed: 3, now: StoreFixtures.now, adminLogin: "admin").build()
        let bytes = SnapshotEncoder.encode(registry, author: "admin", createdAt: StoreFixtures.now, lastSequence: 42)
        let (loaded, header) = try SnapshotDecoder.decode(bytes)
        XCTAssertEqual(header.lastSequence, 42)
        XCTAssertEqual(header.author, "admin")
        XCTAssertEqual(header.createdAt, StoreFixtures.now)
        XCTAssertEqual(storeContents(loaded), storeContents(registry))
        XCTAssertEqual(loaded.indexes.normalized(), registry.indexes.normalized())
        XCTAssertEqual(loaded.metrics.appeals, registry.metrics.appeals)
        // The appended fields: the ticket number and the handling steps' facts.
        XCTAssertEqual(loaded.appeals.rows.map(\.progress), registry.appeals.rows.map(\.progress))
        XCTAssertEqual(loaded.appeals.rows.map { loaded.text($0.ticket) }, registry.appeals.rows.map { registry.text($0.ticket) })
        let progress = registry.appeals.rows.map(\.progress)
        XCTAssertTrue(progress.contains { $0.firstContactAt > 0 } && progress.contains { $0.requestedDeadline > 0 }
                      && progress.contains { $0.state == .suspended } && registry.appeals.rows.contains { $0.ticket != .empty },
                      "the demo street has every appended field set somewhere")
        XCTAssertEqual(loaded.summary(at: StoreFixtures.now), registry.summary(at: StoreFixtures.now))
        // Saving drops text that no record refers to any more.
        XCTAssertLessThanOrEqual(loaded.texts.count, registry.texts.count)
    }

    func testEverySingleByteFlipIsDetected() throws {
        let bytes = SnapshotEncoder.encode(try StoreFixtures.smallRegistry(), author: "admin", createdAt: 1, lastSequence: 0)
        XCTAssertNoThrow(try SnapshotDecoder.decode(bytes))
        var undetected: [Int] = []
        for offset in bytes.indices {
            var damaged = bytes
            damaged[offset] ^= 0x01
            if (try? SnapshotDecoder.decode(damaged)) != nil { undetected.append(offset) }
        }
        XCTAssertEqual(undetected, [], "flips at these offsets were not detected")
    }

    func testEveryTruncationIsDetected() throws {
        let bytes = SnapshotEncoder.encode(try StoreFixtures.smallRegistry(), author: "admin", createdAt: 1, lastSequence: 0)
        for length in 0..<bytes.count {
            XCTAssertThrowsError(try SnapshotDecoder.decode(Array(bytes.prefix(length))), "truncated to \(length)")
        }
    }

    func testNotASnapshotAndNewerVersion() throws {
        XCTAssertThrowsError(try SnapshotDecoder.decode(Array("hello, this is a text file".utf8))) {
            XCTAssertEqual($0 as? SnapshotError, .notASnapshot)
        }
        var bytes = SnapshotEncoder.encode(try StoreFixtures.smallRegistry(), author: "admin", createdAt: 1, lastSequence: 0)
        bytes[8] = 2
        XCTAssertThrowsError(try SnapshotDecoder.decode(bytes)) {
            XCTAssertEqual($0 as? SnapshotError, .newerVersion(2))
            XCTAssertTrue(($0 as? SnapshotError)?.message.en.contains("newer") ?? false)
        }
    }

    func testTheCommittedV1GoldenFileStillReads() throws {
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/v1.snapshot")
        let bytes = [UInt8](try Data(contentsOf: golden))
        let (registry, header) = try SnapshotDecoder.decode(bytes)
        XCTAssertEqual(header.formatVersion, 1)
        XCTAssertEqual(registry.text(registry.communities[CommunityID(0)].name), "侨香社区")
        XCTAssertEqual(registry.text(registry.appeals[AppealID(0)].details), "控制字符\u{1B}[31m也要原样保存")
        XCTAssertEqual(registry.timeline(of: AppealID(0)).map(\.kind), [.received, .dispatched])
        XCTAssertEqual(registry.projects[ProjectID(0)].progress.state, .deliberated)
        XCTAssertTrue(registry.compounds[CompoundID(1)].isDeleted)
        XCTAssertEqual(registry.metrics.partyCoverage, 1)
        // Written before categories were records: the built-in twelve are there, and the appeal keeps its own.
        XCTAssertEqual(registry.categories.count, 12)
        XCTAssertEqual(registry.categoryName(registry.appeals[AppealID(0)].category, .zh), "其他")
        XCTAssertEqual(registry.categories(inMask: registry.departments[DepartmentID(0)].categories), [.environment, .property])
    }

    func testAStreetsOwnCategoriesAndDepartmentMasksPastSixteenRoundTrip() throws {
        var registry = try StoreFixtures.smallRegistry()
        let admin = UserID(0)
        for index in 12..<20 {
            try registry.apply(.create(.category, [FieldChange("name", .text("类别\(index)")), FieldChange("name_en", .text("Kind \(index)"))]), by: admin, at: StoreFixtures.now)
        }
        try registry.apply(.update(RecordRef(.category, 19), version: 1, [FieldChange("retired", .bool(true))]), by: admin, at: StoreFixtures.now)
        let mask: UInt64 = 1 << 19 | 1 << 17 | 1
        try registry.apply(.update(RecordRef(.department, 0), version: registry.departments[DepartmentID(0)].version,
                                   [FieldChange("categories", .int(Int64(bitPattern: mask)))]), by: admin, at: StoreFixtures.now)
        try registry.apply(.update(RecordRef(.appeal, 0), version: registry.appeals[AppealID(0)].version, [FieldChange("category", .int(17))]),
                           by: admin, at: StoreFixtures.now)
        let (loaded, header) = try SnapshotDecoder.decode(SnapshotEncoder.encode(registry, author: "admin", createdAt: 1, lastSequence: 0))
        func names(_ r: Registry) -> [String] { r.categories.rows.map { "\(r.text($0.name))/\(r.text($0.englishName))/\($0.isRetired)/v\($0.version)" } }
        XCTAssertEqual(names(loaded), names(registry))
        XCTAssertEqual(header.counts["categories"], 20)
        XCTAssertTrue(loaded.categories[CategoryID(19)].isRetired)
        XCTAssertEqual(loaded.categoryName(CategoryID(18), .en), "Kind 18")
        XCTAssertEqual(loaded.departments[DepartmentID(0)].categories, mask)
        XCTAssertEqual(loaded.appeals[AppealID(0)].category, CategoryID(17))
    }

    /// Regenerates the golden file when JIEDAO_WRITE_GOLDEN=1 (only ever for a new format version's own file).
    func testWriteGoldenWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["JIEDAO_WRITE_GOLDEN"] == "1" else { throw XCTSkip("set JIEDAO_WRITE_GOLDEN=1 to write") }
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/v1.snapshot")
        let bytes = SnapshotEncoder.encode(try StoreFixtures.smallRegistry(), author: "admin", createdAt: StoreFixtures.now, lastSequence: 13)
        try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: golden)
    }
}
