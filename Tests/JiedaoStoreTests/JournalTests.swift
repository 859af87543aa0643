import Foundation
import JiedaoCore
@testable import JiedaoStore
import XCTest

final class JournalTests: XCTestCase {
    private func entries(_ count: Int) -> [JournalEntry] {
        (1...count).map { i in
            JournalEntry(sequence: UInt64(i), user: 0, login: "admin", time: StoreFixtures.now + Int64(i),
                         edit: .update(RecordRef(.compound, 0), version: UInt32(i), [FieldChange("households", .int(Int64(100 + i)))]))
        }
    }

    private func journal(_ entries: [JournalEntry]) throws -> [UInt8] {
        var bytes = JournalFormat.header(baseSequence: 0)
        for entry in entries { bytes += try JournalFormat.frame(entry) }
        return bytes
    }

    func testEveryTruncationRecoversExactlyTheCompleteRecordsBeforeIt() throws {
        let all = entries(6)
        var boundaries: [Int] = [JournalFormat.headerSize]
        var bytes = JournalFormat.header(baseSequence: 0)
        for entry in all {
            bytes += try JournalFormat.frame(entry)
            boundaries.append(bytes.count)
        }
        for length in 0...bytes.count {
            let scan = try JournalReader.scan(Array(bytes.prefix(length)), path: "journal")
            let complete = boundaries.lastIndex { $0 <= length } ?? 0
            let expected = length < JournalFormat.headerSize ? 0 : complete
            XCTAssertEqual(scan.entries, Array(all.prefix(expected)), "truncated at \(length)")
            XCTAssertEqual(scan.validLength + scan.tornBytes, length)
        }
    }

    func testDamageInTheMiddleIsAnErrorWithItsOffset() throws {
        var bytes = try journal(entries(3))
        let second = JournalFormat.headerSize + (try JournalFormat.frame(entries(1)[0])).count
        bytes[second + 20] ^= 0xFF
        XCTAssertThrowsError(try JournalReader.scan(bytes, path: "journal")) { error in
            guard case .damagedRecord(_, let offset, _) = error as? JournalError else { return XCTFail("\(error)") }
            XCTAssertEqual(offset, second)
        }
    }

    func testADamagedLastRecordIsATornTail() throws {
        var bytes = try journal(entries(3))
        bytes[bytes.count - 3] ^= 0xFF
        let scan = try JournalReader.scan(bytes, path: "journal")
        XCTAssertEqual(scan.entries.count, 2)
        XCTAssertGreaterThan(scan.tornBytes, 0)
    }

    func testNotAJournal() {
        XCTAssertThrowsError(try JournalReader.scan(Array("JIEDAOSNxxxxxxxxxxxxxxxxxxxxxxxxxxxx".utf8), path: "j")) {
            XCTAssertEqual($0 as? JournalError, .notAJournal(path: "j"))
        }
    }

    func testSequenceGapsAreDamage() throws {
        var all = entries(3)
        all[2].sequence = 5
        XCTAssertThrowsError(try JournalReader.scan(try journal(all), path: "j"))
    }
}
