import JiedaoCore
/// The parts of a one-sheet Office Open XML workbook (.xlsx), ready to be zipped.
///
/// Every cell is an inline string except the columns named numeric, so Excel never turns a
/// phone number or an ID into 1.38E+10.
public enum XLSXDocument {
    /// (path inside the archive, UTF-8 bytes) of each part.
    public static func parts(rows: [[String]], numericColumns: Set<Int>, sheetName: String) -> [(path: String, bytes: [UInt8])] {
        let name = String(sheetName.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        return [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(name.isEmpty ? "Sheet1" : name)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/worksheets/sheet1.xml", sheet(rows, numericColumns)),
        ]
    }

    /// Column letters: 0 → A, 25 → Z, 26 → AA.
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// Text made safe for XML 1.0: markup escaped, characters XML cannot carry replaced by U+FFFD.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xFFFE...0xFFFF).contains(value)
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static var contentTypes: [UInt8] {
        Array((header + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        </Types>
        """).utf8)
    }

    private static var rootRelationships: [UInt8] {
        Array((header + "<Relationships xmlns=\"\(relationships)\"><Relationship Id=\"rId1\" Type=\"\(officeRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").utf8)
    }

    private static func workbook(_ name: String) -> [UInt8] {
        Array((header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelationships)\"><sheets><sheet name=\"\(escape(name))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").utf8)
    }

    private static var workbookRelationships: [UInt8] {
        Array((header + "<Relationships xmlns=\"\(relationships)\"><Relationship Id=\"rId1\" Type=\"\(officeRelationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>").utf8)
    }

    /// A whole number or a decimal such as 2.5 (hours): written as a number cell.
    static func isNumber(_ text: String) -> Bool {
        if Int64(text) != nil { return true }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
            && (parts[0].first != "0" || parts[0].count == 1)
    }

    private static func sheet(_ rows: [[String]], _ numeric: Set<Int>) -> [UInt8] {
        var xml = header + "<worksheet xmlns=\"\(main)\"><sheetData>"
        for (r, row) in rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, text) in row.enumerated() {
                let ref = columnName(c) + String(r + 1)
                // The header row is text; a numeric column's cell is a number only when it parses as one.
                if r > 0, numeric.contains(c), isNumber(text) {
                    xml += "<c r=\"\(ref)\"><v>\(text)</v></c>"
                } else if !text.isEmpty {
                    xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        return Array(xml.utf8)
    }
}

extension TableExport {
    /// The columns of `table` that hold plain numbers (counts, money, hours, votes); all others
    /// stay text in a workbook.
    public static func numericColumns(_ table: ExchangeTable) -> Set<Int> {
        Set(table.columns.enumerated().compactMap { index, column in
            switch column {
            case .field(let spec):
                switch spec.kind {
                case .count, .money, .tenthsOfHour: return index
                default: return nil
                }
            case .workflow(.votesFor), .workflow(.votesAgainst): return index
            default: return nil
            }
        })
    }
}
