import JiedaoCore
/// Why a whole file cannot be imported (a single bad row is reported, not thrown).
public struct ExchangeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The reason, with the figures a message needs.
    public enum Code: Hashable, Sendable {
        /// A quoted cell opened on `row` (as a spreadsheet counts rows) at text line `line` never closes.
        case unterminatedQuote(row: Int, line: Int)
        /// Neither UTF-8, UTF-16 with a byte-order mark nor GB18030/GBK.
        case undecodable
        /// An Excel workbook or other zip archive rather than CSV or JSON.
        case workbook
        /// No header row.
        case empty
        /// No column of the sheet belongs to the table.
        case noKnownColumns(table: Bilingual)
        /// Not JSON, or JSON of the wrong shape, at a line and column (1-based).
        case badJSON(line: Int, column: Int, Bilingual)
    }

    public let code: Code
    public let message: Bilingual

    public init(_ code: Code) {
        self.code = code
        self.message = Self.message(for: code)
    }

    public var description: String { message.en }

    private static func message(for code: Code) -> Bilingual {
        switch code {
        case .unterminatedQuote(let row, let line):
            Bilingual(zh: "第 \(row) 行（文本第 \(line) 行）的引号没有闭合：从那里到文件末尾都被当作一个单元格",
                      en: "The quote opened on row \(row) (text line \(line)) is never closed: everything after it would be one cell")
        case .undecodable:
            Bilingual(zh: "无法识别文件编码：应为 UTF-8（可带 BOM）或 GBK/GB18030",
                      en: "Unknown text encoding: expected UTF-8 (with or without BOM) or GBK/GB18030")
        case .workbook:
            Bilingual(zh: "这是 Excel 工作簿（.xlsx/.xls），不是 CSV：请在 Excel 中“另存为”CSV 后再导入",
                      en: "This is an Excel workbook (.xlsx/.xls), not CSV: save it as CSV in Excel and import that")
        case .empty:
            Bilingual(zh: "文件是空的：第 1 行应为表头", en: "The file is empty: row 1 should be the header")
        case .noKnownColumns(let table):
            Bilingual(zh: "表头中没有一列属于“\(table.zh)”：是否选错了表？",
                      en: "No column of the header belongs to “\(table.en)”: is this the right table?")
        case .badJSON(let line, let column, let reason):
            Bilingual(zh: "JSON 无效（第 \(line) 行第 \(column) 列）：\(reason.zh)",
                      en: "Invalid JSON (line \(line), column \(column)): \(reason.en)")
        }
    }
}
