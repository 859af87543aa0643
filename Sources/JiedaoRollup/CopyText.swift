/// Values in the text format of PostgreSQL's COPY: tab between columns, `\N` for NULL, and
/// backslash escapes for the characters that would end a value.
enum CopyText {
    static func line(_ values: [String?]) -> String {
        values.map { $0.map(escape) ?? "\\N" }.joined(separator: "\t")
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0 }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\0": continue  // PostgreSQL text cannot hold NUL
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
