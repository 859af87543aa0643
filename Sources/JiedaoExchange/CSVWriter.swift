import JiedaoCore
import Foundation

/// CSV as Excel on Chinese Windows reads it: UTF-8 with a byte-order mark, CRLF line ends,
/// quotes where needed, and cells that a spreadsheet would run as a formula defused with `'`.
///
/// ```swift
/// CSVWriter.document([["名称", "户数"], ["锦绣花园", "800"]])   // "\u{FEFF}名称,户数\r\n锦绣花园,800\r\n"
/// ```
public enum CSVWriter {
    /// A whole document, BOM first.
    public static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map(line).joined()
    }

    /// One row with its CRLF.
    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One cell: `'` before a leading = + - @ (or tab/CR) unless the cell is a plain signed number
    /// (-1, +3, -57.1%), quoted when it holds a comma, quote or line break.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), !isSignedNumber(value) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// "-1", "+3", "-57.1%": a sign, digits, at most one point, perhaps a percent sign; no formula.
    static func isSignedNumber(_ text: String) -> Bool {
        var body = Substring(text)
        guard let sign = body.first, sign == "-" || sign == "+" else { return false }
        body = body.dropFirst()
        if body.hasSuffix("%") { body = body.dropLast() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
