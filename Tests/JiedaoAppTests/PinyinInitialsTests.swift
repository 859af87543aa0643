import XCTest
@testable import JiedaoApp

final class PinyinInitialsTests: XCTestCase {
    func testFullAndPartialInitials() {
        XCTAssertTrue(PinyinInitials.matches("qxsq", in: "侨香社区"))
        XCTAssertTrue(PinyinInitials.matches("xs", in: "侨香社区"))
        XCTAssertTrue(PinyinInitials.matches("sq", in: "侨香社区"))
        XCTAssertTrue(PinyinInitials.matches("jd", in: "街道"))
        XCTAssertTrue(PinyinInitials.matches("jd", in: "Jiedao 街道办"))
    }

    func testCharacterWithSeveralInitials() {
        XCTAssertTrue(PinyinInitials.matches("h", in: "行"))
        XCTAssertTrue(PinyinInitials.matches("x", in: "行"))
        XCTAssertTrue(PinyinInitials.matches("yh", in: "银行"))
        XCTAssertTrue(PinyinInitials.matches("xh", in: "行行"))
        XCTAssertTrue(PinyinInitials.matches("zd", in: "长大"))
        XCTAssertTrue(PinyinInitials.matches("cd", in: "长大"))
        XCTAssertEqual(PinyinInitials.initials(of: "行"), ["x", "h"])
        XCTAssertEqual(Set(PinyinInitials.initials(of: "重")), ["z", "c"])
    }

    func testASCIIMatchesCaseInsensitively() {
        XCTAssertTrue(PinyinInitials.matches("ab", in: "xABc"))
        XCTAssertTrue(PinyinInitials.matches("b2", in: "B2 栋"))
        XCTAssertTrue(PinyinInitials.matches("2d", in: "2栋"))
        XCTAssertEqual(PinyinInitials.initials(of: "A"), ["a"])
        XCTAssertEqual(PinyinInitials.initials(of: "7"), ["7"])
        XCTAssertEqual(PinyinInitials.initials(of: "!"), [])
    }

    func testNonMatches() {
        XCTAssertFalse(PinyinInitials.matches("qxsqq", in: "侨香社区"))
        XCTAssertFalse(PinyinInitials.matches("zz", in: "侨香社区"))
        XCTAssertFalse(PinyinInitials.matches("qs", in: "侨香社区"))
        XCTAssertFalse(PinyinInitials.matches("qx", in: "侨 香"))
        XCTAssertFalse(PinyinInitials.matches("a", in: ""))
    }

    func testEmptyQueryMatches() {
        XCTAssertTrue(PinyinInitials.matches("", in: "侨香社区"))
        XCTAssertTrue(PinyinInitials.matches("", in: ""))
    }

    func testLongQuery() {
        let query = String(repeating: "a", count: 70)
        XCTAssertTrue(PinyinInitials.matches(query, in: String(repeating: "阿", count: 71)))
        XCTAssertFalse(PinyinInitials.matches(query, in: String(repeating: "阿", count: 69)))
    }
}
