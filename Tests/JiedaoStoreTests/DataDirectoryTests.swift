import Foundation
import JiedaoCore
@testable import JiedaoStore
import XCTest

final class DataDirectoryTests: XCTestCase {
    private let now = StoreFixtures.now

    private func newDirectory(_ name: String = #function) throws -> DataDirectory {
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory(name) + "/data")
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: now)
        return directory
    }

    /// A session with its own copy of the data, as each process has.
    private struct Opened {
        var session: DataSession
        var registry: Registry
        init(_ directory: DataDirectory) throws { (session, registry) = try directory.open() }
        @discardableResult mutating func catchUp() throws -> [JournalEntry] { try session.catchUp(&registry) }
        mutating func append(_ edit: Edit) throws { try session.append(edit, to: &registry, by: UserID(0), login: "admin", at: StoreFixtures.now) }
        mutating func compact() throws { try session.compact(&registry, author: "admin", at: StoreFixtures.now) }
        var households: Int32 { registry.compounds[CompoundID(0)].households }
    }

    private func setHouseholds(_ opened: inout Opened, _ value: Int64) throws {
        let ref = RecordRef(.compound, 0)
        try opened.append(.update(ref, version: opened.registry.version(of: ref) ?? 0, [FieldChange("households", .int(value))]))
    }

    func testEditsSurviveReopening() throws {
        let directory = try newDirectory()
        var session = try Opened(directory)
        for value in 1...5 { try setHouseholds(&session, Int64(value)) }
        let reopened = try Opened(directory)
        XCTAssertEqual(reopened.households, 5)
        XCTAssertEqual(reopened.session.sequence, 5)
        XCTAssertEqual(storeContents(reopened.registry), storeContents(session.registry))
    }

    func testARefusedEditWritesNothing() throws {
        let directory = try newDirectory()
        var session = try Opened(directory)
        let before = try Data(contentsOf: URL(fileURLWithPath: directory.journalPath))
        XCTAssertThrowsError(try session.append(.update(RecordRef(.compound, 0), version: 99, [])))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: directory.journalPath)), before)
    }

    func testAnotherSessionCatchesUp() throws {
        let directory = try newDirectory()
        var writer = try Opened(directory)
        var reader = try Opened(directory)
        try setHouseholds(&writer, 777)
        let applied = try reader.catchUp()
        XCTAssertEqual(applied.count, 1)
        XCTAssertEqual(reader.households, 777)
        // The reader's own edit is validated against the writer's change: no lost update.
        XCTAssertThrowsError(try reader.append(.update(RecordRef(.compound, 0), version: 1, [FieldChange("households", .int(1))])))
    }

    func testCompactionIsSafeForOtherSessions() throws {
        let directory = try newDirectory()
        var first = try Opened(directory)
        var second = try Opened(directory)
        try setHouseholds(&first, 10)
        try first.compact()
        try setHouseholds(&first, 11)
        try second.catchUp()
        XCTAssertEqual(second.households, 11)
        try setHouseholds(&second, 12)
        try first.catchUp()
        XCTAssertEqual(first.households, 12)
        XCTAssertEqual(ArchiveSegment.list(in: directory.archivePath).map { [$0.first, $0.last] }, [[1, 1]])
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.previousSnapshotPath))
        let reopened = try Opened(directory)
        XCTAssertEqual(reopened.households, 12)
        XCTAssertEqual(reopened.session.sequence, 3)
    }

    func testASessionThatMissedACompactionReadsTheArchive() throws {
        let directory = try newDirectory()
        var first = try Opened(directory)
        var late = try Opened(directory)
        try setHouseholds(&first, 20)
        try setHouseholds(&first, 21)
        try first.compact()
        try setHouseholds(&first, 22)
        let applied = try late.catchUp()
        XCTAssertEqual(applied.map(\.sequence), [1, 2, 3])
        XCTAssertEqual(late.households, 22)
    }

    func testATornTailIsIgnoredByReadersAndCutByTheNextWriter() throws {
        let directory = try newDirectory()
        var session = try Opened(directory)
        try setHouseholds(&session, 1)
        let frame = try JournalFormat.frame(JournalEntry(sequence: 2, user: 0, login: "admin", time: now,
                                                          edit: .update(RecordRef(.compound, 0), version: 2, [FieldChange("households", .int(2))])))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: directory.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data(frame.prefix(frame.count - 5)))
        try handle.close()
        let sizeWithTail = try FileManager.default.attributesOfItem(atPath: directory.journalPath)[.size] as? Int
        var reader = try Opened(directory)
        XCTAssertEqual(reader.households, 1)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: directory.journalPath)[.size] as? Int, sizeWithTail, "readers never modify")
        try setHouseholds(&reader, 3)
        XCTAssertEqual(reader.session.warnings.count, 1)
        XCTAssertTrue(reader.session.warnings[0].en.contains("\(frame.count - 5) bytes"), reader.session.warnings[0].en)
        XCTAssertEqual(try Opened(directory).households, 3)
    }

    func testDamageRefusesToOpenAndChangesNothing() throws {
        let directory = try newDirectory()
        var session = try Opened(directory)
        for value in 1...3 { try setHouseholds(&session, Int64(value)) }
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory.journalPath)))
        bytes[JournalFormat.headerSize + 30] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: directory.journalPath))
        XCTAssertThrowsError(try Opened(directory)) { error in
            let message = (error as? StoreError)?.message.en ?? ""
            XCTAssertTrue(message.contains("offset \(JournalFormat.headerSize)"), message)
            XCTAssertTrue(message.contains("jiedao check"), message)
        }
        XCTAssertEqual([UInt8](try Data(contentsOf: URL(fileURLWithPath: directory.journalPath))), bytes)
        XCTAssertFalse(IntegrityCheck.check(directory: directory).isSound)

        var snapshot = [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory.snapshotPath)))
        snapshot[100] ^= 0x10
        try Data(snapshot).write(to: URL(fileURLWithPath: directory.snapshotPath))
        XCTAssertThrowsError(try Opened(directory)) { error in
            let message = (error as? StoreError)?.message.en ?? ""
            XCTAssertTrue(message.contains("checksum mismatch") && message.contains("snapshot"), message)
            // It says what to do next.
            XCTAssertTrue(message.contains("jiedao restore") && message.contains("snapshot.prev"), message)
            XCTAssertTrue((error as? StoreError)?.message.zh.contains("恢复办法") ?? false)
        }
    }

    func testIntegrityCheckOfSoundData() throws {
        let directory = try newDirectory()
        var session = try Opened(directory)
        try setHouseholds(&session, 5)
        try session.compact()
        try setHouseholds(&session, 6)
        let report = IntegrityCheck.check(directory: directory)
        XCTAssertTrue(report.isSound, report.lines.map(\.text.en).joined(separator: "\n"))
        XCTAssertEqual(report.lines.count, 5)
    }

    func testNewFilesArePrivateOrGroupShared() throws {
        let privateDirectory = try newDirectory()
        let mode = try FileManager.default.attributesOfItem(atPath: privateDirectory.snapshotPath)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        let shared = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/shared")
        try FileManager.default.createDirectory(atPath: shared.path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o2770])
        try shared.create(try StoreFixtures.smallRegistry(), author: "admin", at: now)
        for file in [shared.snapshotPath, shared.journalPath] {
            XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int, 0o660, file)
        }
    }

    func testCreatingOverExistingDataIsRefused() throws {
        let directory = try newDirectory()
        XCTAssertThrowsError(try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: now)) {
            guard case .alreadyExists = $0 as? StoreError else { return XCTFail("\($0)") }
        }
    }
}
