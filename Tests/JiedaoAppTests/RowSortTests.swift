@testable import JiedaoApp
import XCTest

/// Sorting rows by a column's keys: numbers take a fast path, mixed keys the general one; both
/// order equal keys by ID in either direction.
final class RowSortTests: XCTestCase {
    func testNumericKeysBothDirectionsWithTiesByID() {
        let rows: [Int32] = [5, 1, 4, 2, 3]
        let keys: [SortKey] = [.number(7), .number(-2), .number(7), .number(Int64.max), .number(Int64.min)]
        XCTAssertEqual(RowQuery.sorted(rows, keys: keys, ascending: true), [3, 1, 4, 5, 2])
        XCTAssertEqual(RowQuery.sorted(rows, keys: keys, ascending: false), [2, 4, 5, 1, 3])
    }

    func testMixedKeysPutNumbersBeforeText() {
        let rows: [Int32] = [1, 2, 3, 4]
        let keys: [SortKey] = [.text("乙"), .number(3), .text("甲"), .number(3)]
        XCTAssertEqual(RowQuery.sorted(rows, keys: keys, ascending: true), [2, 4, 1, 3], "乙 (U+4E59) sorts before 甲 (U+7532)")
        XCTAssertEqual(RowQuery.sorted(rows, keys: keys, ascending: false), [3, 1, 2, 4])
    }
}
