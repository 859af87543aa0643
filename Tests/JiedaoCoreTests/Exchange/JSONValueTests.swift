import JiedaoCore
import JiedaoExchange
import XCTest

/// The JSON writer and reader the exports and imports use.
final class JSONValueTests: XCTestCase {
    func testWriteAndReadBack() throws {
        let value = JSONValue.array([
            .object([("id", .int(3)), ("name", .string("锦绣\"花园\"\n\\")), ("ok", .bool(true)), ("none", .null),
                     ("hours", .double(2.5)), ("list", .array([.string("医疗"), .int(-1)])), ("empty", .object([]))]),
        ])
        for pretty in [false, true] {
            let text = value.text(pretty: pretty)
            XCTAssertEqual(try JSONParser.parse(Array(text.utf8)), value, text)
        }
        XCTAssertEqual(value.text(), #"[{"id":3,"name":"锦绣\"花园\"\n\\","ok":true,"none":null,"hours":2.5,"list":["医疗",-1],"empty":{}}]"#)
    }

    func testEscapesAndNumbers() throws {
        XCTAssertEqual(try JSONParser.parse(Array(#""\u0041\u4e2d\ud83d\ude00\/""#.utf8)), .string("A中😀/"))
        XCTAssertEqual(try JSONParser.parse(Array("[0, -0.5, 1e3, 12345678901234]".utf8)),
                       .array([.int(0), .double(-0.5), .double(1000), .int(12_345_678_901_234)]))
        XCTAssertEqual(JSONValue.string("\u{01}\u{2028}").text(), #""\u0001\u2028""#)
        // C1 controls (U+0080–U+009F: CSI is U+009B), DEL and bidi overrides are escaped too, and read back whole.
        let hostile = "a\u{9B}2Jb\u{7F}c\u{202E}d"
        XCTAssertEqual(JSONValue.string(hostile).text(), #""a\u009b2Jb\u007fc\u202ed""#)
        XCTAssertEqual(try JSONParser.parse(Array(JSONValue.string(hostile).text().utf8)), .string(hostile))
        for bad in ["[01]", "[1.]", "[-]", "[+1]", "\"\u{01}\"", "[1] x", "", "tru", "{\"a\" 1}", "\"\\x\""] {
            XCTAssertThrowsError(try JSONParser.parse(Array(bad.utf8)), bad)
        }
    }
}
