import JiedaoCore
/// Reads CSV as spreadsheets write it: comma- (or tab-) separated cells, quoted cells
/// with `""` for a quote and line breaks inside, CRLF, LF or CR line ends.
///
/// ```swift
/// try CSVReader.rows("名称,户数\r\n\"锦绣\"\"花园\",800\r\n")   // [["名称", "户数"], ["锦绣\"花园", "800"]]
/// ```
///
/// Rows are records, not text lines: a cell with a line break in it keeps its row, so
/// `rows[i]` is row `i + 1` as a spreadsheet numbers it. A blank line is a row of one empty cell.
public enum CSVReader {
    /// The rows of a file in any encoding ``TextDecoding`` knows.
    public static func rows(bytes: [UInt8]) throws(ExchangeError) -> (rows: [[String]], encoding: SourceEncoding) {
        let (text, encoding) = try TextDecoding.decode(bytes)
        return (try rows(text), encoding)
    }

    /// The rows of a text; the separator is a comma unless the first line has more tabs than commas.
    public static func rows(_ text: String) throws(ExchangeError) -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        let separator = detectSeparator(scalars)
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var i = 0
        var line = 1
        // Whether the current cell began with a quote and is still inside it.
        var quoted = false
        var quoteRow = 0
        var quoteLine = 0
        // Whether the current cell began with a quote (closed or not).
        var wasQuoted = false
        var rowHasContent = false

        func endCell() {
            row.append(String(cell))
            cell = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRow() {
            endCell()
            rows.append(row)
            row = []
            rowHasContent = false
        }

        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        cell.append("\"")
                        i += 2
                        continue
                    }
                    quoted = false
                    i += 1
                    continue
                }
                if c == "\r" || c == "\n" {
                    // A line break inside a cell is kept as LF, whatever the file used.
                    if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                    cell.append("\n")
                    line += 1
                    i += 1
                    continue
                }
                cell.append(c)
                i += 1
                continue
            }
            switch c {
            case "\"" where cell.isEmpty && !wasQuoted:
                quoted = true
                wasQuoted = true
                rowHasContent = true
                quoteRow = rows.count + 1
                quoteLine = line
            case separator:
                rowHasContent = true
                endCell()
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                line += 1
                endRow()
            default:
                // Text after a closing quote, or a quote inside an unquoted cell, is kept as written.
                rowHasContent = true
                cell.append(c)
            }
            i += 1
        }
        if quoted { throw ExchangeError(.unterminatedQuote(row: quoteRow, line: quoteLine)) }
        // The last line needs no line end; an empty text after the last line end is no row.
        if rowHasContent || !cell.isEmpty || !row.isEmpty { endRow() }
        return rows
    }

    /// Tab when the first line (outside quotes) has more tabs than commas: Excel's "Unicode text".
    private static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0
        var tabs = 0
        var quoted = false
        for c in scalars {
            if c == "\"" { quoted.toggle() }
            if quoted { continue }
            if c == "\n" || c == "\r" { break }
            if c == "," { commas += 1 } else if c == "\t" { tabs += 1 }
        }
        return tabs > commas ? "\t" : ","
    }
}
