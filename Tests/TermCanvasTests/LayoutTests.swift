import XCTest
import TermCanvas

final class LayoutTests: XCTestCase {
    // MARK: Rect

    func testRectClampsNegativeSizes() {
        let rect = Rect(x: 3, y: 4, width: -2, height: -7)
        XCTAssertEqual(rect.width, 0)
        XCTAssertEqual(rect.height, 0)
        XCTAssertTrue(rect.isEmpty)
    }

    func testIntersectionAndInset() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        XCTAssertEqual(a.intersection(Rect(x: 8, y: 3, width: 10, height: 10)), Rect(x: 8, y: 3, width: 2, height: 2))
        XCTAssertTrue(a.intersection(Rect(x: 20, y: 20, width: 1, height: 1)).isEmpty)
        XCTAssertEqual(a.inset(by: 1), Rect(x: 1, y: 1, width: 8, height: 3))
        XCTAssertEqual(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1), Rect(x: 0, y: 0, width: 0, height: 0))
        XCTAssertEqual(a.centered(width: 4, height: 3), Rect(x: 3, y: 1, width: 4, height: 3))
        XCTAssertEqual(a.centered(width: 40, height: 30), a)
        XCTAssertEqual(a.row(2), Rect(x: 0, y: 2, width: 10, height: 1))
        XCTAssertTrue(a.row(5).isEmpty)
        XCTAssertTrue(a.contains(x: 9, y: 4))
        XCTAssertFalse(a.contains(x: 10, y: 4))
    }

    // MARK: Split

    func testVerticalSplitWithFixedFillAndPercent() {
        let parts = Layout.split(Rect(width: 80, height: 24), .vertical, [.fixed(1), .fill, .percent(30)])
        XCTAssertEqual(parts, [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 16),
            Rect(x: 0, y: 17, width: 80, height: 7),
        ])
    }

    func testHorizontalSplitSharesRemainderAmongFills() {
        let parts = Layout.split(Rect(x: 2, y: 1, width: 11, height: 3), .horizontal, [.fill, .fixed(3), .fill])
        XCTAssertEqual(parts.map(\.width), [4, 3, 4])
        XCTAssertEqual(parts.map(\.x), [2, 6, 9])
        XCTAssertEqual(Layout.sizes(for: [.fill, .fill, .fill], length: 10), [4, 3, 3])
    }

    func testMinimumGetsItsSizeAndAShare() {
        XCTAssertEqual(Layout.sizes(for: [.min(10), .fill], length: 30), [20, 10])
        XCTAssertEqual(Layout.sizes(for: [.min(10), .fixed(5)], length: 8), [8, 0])
    }

    func testSpacingBetweenParts() {
        let parts = Layout.split(Rect(width: 10, height: 1), .horizontal, [.fixed(3), .fill], spacing: 1)
        XCTAssertEqual(parts, [Rect(x: 0, y: 0, width: 3, height: 1), Rect(x: 4, y: 0, width: 6, height: 1)])
    }

    func testTinyAreasNeverGiveNegativeSizes() {
        let constraints: [Layout.Constraint] = [.fixed(3), .percent(50), .fill, .min(2), .fixed(-4), .percent(250)]
        for length in 0...4 {
            for spacing in [0, 1, 5, -1] {
                let sizes = Layout.sizes(for: constraints, length: length, spacing: spacing)
                XCTAssertEqual(sizes.count, constraints.count)
                XCTAssertTrue(sizes.allSatisfy { $0 >= 0 })
                XCTAssertLessThanOrEqual(sizes.reduce(0, +), length)
                let rect = Rect(width: length, height: length)
                for part in Layout.split(rect, .vertical, constraints, spacing: spacing) {
                    XCTAssertGreaterThanOrEqual(part.height, 0)
                    XCTAssertLessThanOrEqual(part.maxY, rect.maxY)
                }
            }
        }
        XCTAssertEqual(Layout.split(.zero, .horizontal, [.fixed(1), .fill]), [Rect.zero, Rect.zero])
        XCTAssertEqual(Layout.split(Rect(width: 5, height: 1), .vertical, [.fixed(1), .fill, .fixed(1)]).map(\.height), [1, 0, 0])
        XCTAssertEqual(Layout.split(Rect(width: 5, height: 5), .vertical, []), [])
    }

    func testFixedPartsAreServedFirstComeFirstServed() {
        XCTAssertEqual(Layout.sizes(for: [.fixed(4), .fixed(4), .fill], length: 6), [4, 2, 0])
    }
}
