import JiedaoCore
import Foundation

/// A file to import as a header and rows of text cells, whatever its format: what
/// ``TableImport`` works on. Row numbers are the ones people see: for CSV the spreadsheet
/// row (the header is row 1), for JSON the position in the array (the first object is 1).
public struct ImportSheet: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case csv, json
    }

    public struct Row: Sendable {
        /// The row number as the user sees it.
        public var number: Int
        /// One per header column; nil when a JSON object lacks the key (the field stays as it is).
        public var cells: [String?]
        /// Why the whole row cannot be read (wrong number of cells, not an object).
        public var problem: Bilingual?
        /// Cells that could not be read as text (a JSON object where a value belongs), by column.
        public var cellProblems: [Int: Bilingual]

        public init(number: Int, cells: [String?], problem: Bilingual? = nil, cellProblems: [Int: Bilingual] = [:]) {
            self.number = number
            self.cells = cells
            self.problem = problem
            self.cellProblems = cellProblems
        }
    }

    public var format: Format
    public var encoding: SourceEncoding
    public var header: [String]
    public var rows: [Row]

    public init(format: Format, encoding: SourceEncoding, header: [String], rows: [Row]) {
        self.format = format
        self.encoding = encoding
        self.header = header
        self.rows = rows
    }

    /// Reads a file of `format`.
    public static func read(_ bytes: [UInt8], format: Format) throws(ExchangeError) -> ImportSheet {
        switch format {
        case .csv: try csv(bytes)
        case .json: try json(bytes)
        }
    }

    /// A CSV file: the first non-blank row is the header; blank rows are skipped (their
    /// numbers still count); a row with more or fewer cells than the header is marked,
    /// except that empty cells past the header's end are dropped; the `'` that defuses a
    /// formula (see ``CSVWriter/cell(_:)``) is taken off again, and a cell that is still a
    /// formula is marked.
    public static func csv(_ bytes: [UInt8]) throws(ExchangeError) -> ImportSheet {
        let (records, encoding) = try CSVReader.rows(bytes: bytes)
        guard let headerIndex = records.firstIndex(where: { !isBlank($0) }) else { throw ExchangeError(.empty) }
        var header = records[headerIndex].map(trimmed)
        while header.last?.isEmpty == true { header.removeLast() }
        var rows: [Row] = []
        for index in (headerIndex + 1)..<records.count where !isBlank(records[index]) {
            var cells = records[index]
            let number = index + 1
            if cells.count > header.count, cells[header.count...].allSatisfy({ trimmed($0).isEmpty }) {
                cells.removeLast(cells.count - header.count)
            }
            var problem: Bilingual?
            if cells.count != header.count {
                problem = Bilingual(zh: "有 \(cells.count) 个单元格，而表头有 \(header.count) 列",
                                    en: "has \(cells.count) cells but the header has \(header.count) columns")
            }
            var row = Row(number: number, cells: [], problem: problem)
            for (column, cell) in cells.enumerated() {
                let (text, formula) = unguarded(cell)
                row.cells.append(text)
                if formula { row.cellProblems[column] = formulaProblem(text) }
            }
            rows.append(row)
        }
        return ImportSheet(format: .csv, encoding: encoding, header: header, rows: rows)
    }

    /// A JSON array of objects; the header is every key in order of first appearance.
    /// Numbers and booleans become their text, arrays their elements joined by `、`, null an empty cell.
    public static func json(_ bytes: [UInt8]) throws(ExchangeError) -> ImportSheet {
        let (text, encoding) = try TextDecoding.decode(bytes)
        let document = try JSONParser.parse(Array(text.utf8))
        guard let items = document.elements else {
            throw ExchangeError(.badJSON(line: 1, column: 1, Bilingual(zh: "应为对象数组 [ {…}, … ]", en: "expected an array of objects [ {…}, … ]")))
        }
        var header: [String] = []
        var columnOf: [String: Int] = [:]
        for item in items {
            for key in item.keys where columnOf[key] == nil {
                columnOf[key] = header.count
                header.append(key)
            }
        }
        var rows: [Row] = []
        for (n, item) in items.enumerated() {
            var row = Row(number: n + 1, cells: Array(repeating: nil, count: header.count))
            guard case .object(let members) = item else {
                row.problem = Bilingual(zh: "不是对象 {…}", en: "is not an object {…}")
                rows.append(row)
                continue
            }
            for member in members {
                guard let column = columnOf[member.key], row.cells[column] == nil else { continue }
                switch cellText(member.value) {
                case .success(let text): row.cells[column] = text
                case .failure(let problem): row.cellProblems[column] = problem
                }
            }
            rows.append(row)
        }
        return ImportSheet(format: .json, encoding: encoding, header: header, rows: rows)
    }

    // MARK: - Pieces

    private static func cellText(_ value: JSONValue) -> Result<String, Bilingual> {
        switch value {
        case .null: return .success("")
        case .bool(let flag): return .success(flag ? "true" : "false")
        case .int(let n): return .success(String(n))
        case .double(let n): return .success(String(n))
        case .string(let text): return .success(text)
        case .array(let items):
            var parts: [String] = []
            for item in items {
                switch item {
                case .string, .int, .double, .bool:
                    if case .success(let text) = cellText(item) { parts.append(text) }
                default:
                    return .failure(Bilingual(zh: "列表中只能有文字或数字", en: "a list may hold only text or numbers"))
                }
            }
            return .success(parts.joined(separator: "、"))
        case .object:
            return .failure(Bilingual(zh: "值不能是对象", en: "the value cannot be an object"))
        }
    }

    private static func isBlank(_ cells: [String]) -> Bool { cells.allSatisfy { trimmed($0).isEmpty } }

    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// A cell without the `'` that an export put before `=`, `+`, `-`, `@`, tab or CR, and
    /// whether it is an undefused formula (`=…`): a sheet saved by a spreadsheet holds values,
    /// so a formula in a CSV file was typed or planted there, and is refused rather than stored.
    static func unguarded(_ cell: String) -> (text: String, formula: Bool) {
        let scalars = cell.unicodeScalars
        if scalars.first == "'", let next = scalars.dropFirst().first, ["=", "+", "-", "@", "\t", "\r"].contains(next) {
            return (String(scalars.dropFirst()), false)
        }
        return (cell, trimmed(cell).hasPrefix("="))
    }

    private static func formulaProblem(_ text: String) -> Bilingual {
        let shown = text.count > 30 ? String(text.prefix(30)) + "…" : text
        return Bilingual(zh: "“\(shown)”是公式而不是值：请在 Excel 中“粘贴为数值”，或在前面加 '",
                         en: "“\(shown)” is a formula, not a value: paste values in Excel, or put ' before it")
    }
}
