import JiedaoCore
import JiedaoExchange
import XCTest

/// Reading CSV as spreadsheets write it, in the encodings they use.
final class CSVReaderTests: XCTestCase {
    func testQuotedCellsWithEscapedQuotesCommasAndLineBreaks() throws {
        let text = "名称,说明\r\n\"阳光\"\"雅苑\"\"\",\"一, 二\r\n三\"\r\n\"\",x\r\n"
        XCTAssertEqual(try CSVReader.rows(text), [["名称", "说明"], ["阳光\"雅苑\"", "一, 二\n三"], ["", "x"]])
    }

    func testLineEndsCRLFLFAndCRGiveTheSameRows() throws {
        let expected = [["a", "b"], ["1", "2"], ["3", "4"]]
        XCTAssertEqual(try CSVReader.rows("a,b\r\n1,2\r\n3,4\r\n"), expected)
        XCTAssertEqual(try CSVReader.rows("a,b\n1,2\n3,4\n"), expected)
        XCTAssertEqual(try CSVReader.rows("a,b\r1,2\r3,4"), expected)
        XCTAssertEqual(try CSVReader.rows("a,b\n1,2\r\n3,4"), expected, "mixed line ends, none at the end")
    }

    func testALineBreakInsideACellBecomesLFAndKeepsItsRow() throws {
        let rows = try CSVReader.rows("h1,h2\r\n\"line one\r\nline two\",x\r\nnext,y\r\n")
        XCTAssertEqual(rows, [["h1", "h2"], ["line one\nline two", "x"], ["next", "y"]])
    }

    func testBlankLinesAreRowsOfOneEmptyCell() throws {
        XCTAssertEqual(try CSVReader.rows("a\n\nb\n"), [["a"], [""], ["b"]])
        XCTAssertEqual(try CSVReader.rows(""), [])
        XCTAssertEqual(try CSVReader.rows("a,\n"), [["a", ""]])
    }

    func testTextAfterAClosingQuoteAndQuotesInsideUnquotedCellsAreKept() throws {
        XCTAssertEqual(try CSVReader.rows("\"ab\"cd,e\"f\n"), [["abcd", "e\"f"]])
    }

    func testUnterminatedQuoteNamesTheRowWhereItOpened() {
        XCTAssertThrowsError(try CSVReader.rows("名称,户数\r\n锦绣花园,800\r\n\"阳光雅苑,900\r\n翠林,100\r\n")) { error in
            guard let error = error as? ExchangeError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.code, .unterminatedQuote(row: 3, line: 3))
            XCTAssertTrue(error.message.zh.contains("第 3 行"), error.message.zh)
            XCTAssertTrue(error.message.en.contains("row 3"), error.message.en)
        }
        // A cell with a line break before the open quote moves the text line, not the row.
        XCTAssertThrowsError(try CSVReader.rows("a\n\"x\ny\",b\n\"open")) { error in
            XCTAssertEqual((error as? ExchangeError)?.code, .unterminatedQuote(row: 3, line: 4))
        }
    }

    func testUTF8WithAndWithoutBOM() throws {
        let plain = Array("名称\r\n锦绣花园\r\n".utf8)
        let withBOM: [UInt8] = [0xEF, 0xBB, 0xBF] + plain
        let a = try CSVReader.rows(bytes: plain)
        let b = try CSVReader.rows(bytes: withBOM)
        XCTAssertEqual(a.rows, [["名称"], ["锦绣花园"]])
        XCTAssertEqual(b.rows, a.rows, "the BOM is not part of the first header")
        XCTAssertEqual(a.encoding, .utf8)
        XCTAssertEqual(b.encoding, .utf8BOM)
    }

    func testGBKBytesAreDetectedAndConverted() throws {
        let result = try CSVReader.rows(bytes: ExchangeFixtures.gbkCompounds)
        XCTAssertEqual(result.encoding, .gb18030)
        XCTAssertEqual(result.rows, [
            ["名称", "社区", "类型", "户数", "业委会任期届满"],
            ["阳光雅苑", "侨香社区", "商品房", "800", "2027/6/30"],
            ["翠林新村", "侨香社区", "城中村", "1200", ""],
        ])
    }

    func testGB18030FourByteCharacters() throws {
        // "𠀀" (U+20000) is four bytes in GB18030 and not in GBK.
        let (text, encoding) = try TextDecoding.decode([0x95, 0x32, 0x82, 0x36, 0x2C, 0xC3, 0xFB])
        XCTAssertEqual(encoding, .gb18030)
        XCTAssertEqual(text, "𠀀,名")
    }

    func testUTF16WithBOMAndTabsAsExcelUnicodeTextSavesIt() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "名称\t户数\r\n锦绣花园\t800\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try CSVReader.rows(bytes: bytes)
        XCTAssertEqual(result.encoding, .utf16)
        XCTAssertEqual(result.rows, [["名称", "户数"], ["锦绣花园", "800"]])
    }

    func testWorkbooksAndUndecodableBytesAreRefusedWithAReason() {
        XCTAssertThrowsError(try CSVReader.rows(bytes: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])) { error in
            XCTAssertEqual((error as? ExchangeError)?.code, .workbook)
        }
        XCTAssertThrowsError(try CSVReader.rows(bytes: [0x41, 0xFF, 0xFF, 0x42])) { error in
            XCTAssertEqual((error as? ExchangeError)?.code, .undecodable)
        }
    }

    func testSignedNumbersAreNotGuardedButFormulasAre() {
        for number in ["-1", "+3", "-57.1%", "-0.5"] { XCTAssertEqual(CSVWriter.cell(number), number) }
        for formula in ["-1+A1", "-A1", "+", "-", "--1", "-1.2.3", "=1", "@SUM(A1)", "-1 "] {
            XCTAssertTrue(CSVWriter.cell(formula).hasPrefix("'") || CSVWriter.cell(formula).hasPrefix("\"'"), formula)
        }
    }

    func testWhatTheWriterWritesTheReaderReads() throws {
        let rows = [["名称", "备注"], ["=SUM(A1)", "a,\"b\"\nc"], ["-5", "@x"], ["", "+86 138"]]
        let read = try CSVReader.rows(bytes: Array(CSVWriter.document(rows).utf8))
        XCTAssertEqual(read.encoding, .utf8BOM)
        // The reader keeps the guard; taking it off is the importer's business (ImportSheet).
        // A plain signed number is a number, not a formula: no guard (the report's -1 stays a number).
        XCTAssertEqual(read.rows, [["名称", "备注"], ["'=SUM(A1)", "a,\"b\"\nc"], ["-5", "'@x"], ["", "'+86 138"]])
        let sheet = try ImportSheet.csv(Array(CSVWriter.document(rows).utf8))
        XCTAssertEqual(sheet.rows.map(\.cells), [["=SUM(A1)", "a,\"b\"\nc"], ["-5", "@x"], ["", "+86 138"]])
        XCTAssertTrue(sheet.rows.allSatisfy { $0.cellProblems.isEmpty }, "guarded formulas are values")
    }

    func testNoInputTraps() throws {
        // Arbitrary bytes give rows or an error, never a crash.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let length = Int.random(in: 0..<64, using: &generator)
            let alphabet: [UInt8] = [0x22, 0x2C, 0x0D, 0x0A, 0x09, 0x41, 0xC3, 0xFB, 0xE4, 0xB8, 0xAD, 0x27, 0x3D, 0xFF]
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x41 }
            _ = try? CSVReader.rows(bytes: bytes)
            _ = try? ImportSheet.csv(bytes)
            _ = try? JSONParser.parse(bytes)
        }
    }
}
