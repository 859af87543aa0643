import JiedaoCore
/// Reads JSON text (RFC 8259) into a ``JSONValue``; any input gives a value or an error
/// that says where, never a crash (nesting is limited, so no input can exhaust the stack).
///
/// ```swift
/// try JSONParser.parse(Array(#"[{"id": 1, "name": "锦绣花园"}]"#.utf8))
/// ```
public struct JSONParser {
    /// Deeper nesting is refused.
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private var position = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The value of a whole document (a UTF-8 byte-order mark is allowed first).
    public static func parse(_ bytes: [UInt8]) throws(ExchangeError) -> JSONValue {
        var parser = JSONParser(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.position == bytes.count else { throw parser.error("值之后还有多余的文本", "unexpected text after the value") }
        return value
    }

    private mutating func value(depth: Int) throws(ExchangeError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("嵌套超过 \(Self.maximumDepth) 层", "nested more than \(Self.maximumDepth) levels deep") }
        skipSpace()
        guard position < bytes.count else { throw error("文本意外结束", "unexpected end of the text") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func object(depth: Int) throws(ExchangeError) -> JSONValue {
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if peek(UInt8(ascii: "}")) { position += 1; return .object(members) }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw error("应为带引号的键", "expected a key in quotes") }
            let key = try string()
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw error("键之后应为“:”", "expected “:” after a key") }
            position += 1
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "}")) { position += 1; return .object(members) }
            throw error("应为“,”或“}”", "expected “,” or “}”")
        }
    }

    private mutating func array(depth: Int) throws(ExchangeError) -> JSONValue {
        position += 1
        var items: [JSONValue] = []
        skipSpace()
        if peek(UInt8(ascii: "]")) { position += 1; return .array(items) }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "]")) { position += 1; return .array(items) }
            throw error("应为“,”或“]”", "expected “,” or “]”")
        }
    }

    private mutating func string() throws(ExchangeError) -> String {
        position += 1
        var utf8: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: utf8, as: UTF8.self) else { throw error("字符串不是有效的 UTF-8", "a string is not valid UTF-8") }
                return text
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): utf8.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): utf8.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): utf8.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: try unicodeEscape())
                default: throw error("未知的转义“\\\(Character(Unicode.Scalar(escape)))”", "unknown escape “\\\(Character(Unicode.Scalar(escape)))”")
                }
            default:
                guard byte >= 0x20 else { throw error("字符串中有控制字符", "a control character inside a string") }
                utf8.append(byte)
            }
        }
        throw error("字符串没有闭合", "a string is not closed")
    }

    /// `\uXXXX`, joining a surrogate pair; a lone surrogate becomes U+FFFD.
    private mutating func unicodeEscape() throws(ExchangeError) -> [UInt8] {
        let first = try hex4()
        var scalar = Unicode.Scalar(first)
        if (0xD800..<0xDC00).contains(first), bytes.count - position >= 6,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let second = try hex4()
            if (0xDC00..<0xE000).contains(second) {
                scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            }
        }
        return Array(String(Character(scalar ?? "\u{FFFD}")).utf8)
    }

    private mutating func hex4() throws(ExchangeError) -> UInt32 {
        guard bytes.count - position >= 4,
              let value = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
        else { throw error("“\\u”之后应为四位十六进制数", "“\\u” needs four hex digits") }
        position += 4
        return value
    }

    private mutating func number() throws(ExchangeError) -> JSONValue {
        let start = position
        while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard !text.isEmpty else { throw error("意外的字符", "unexpected character") }
        guard isJSONNumber(text) else { throw error("“\(text)”不是数字", "“\(text)” is not a number") }
        if let int = Int64(text) { return .int(int) }
        guard let double = Double(text), double.isFinite else { throw error("“\(text)”不是数字", "“\(text)” is not a number") }
        return .double(double)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private func isJSONNumber(_ text: String) -> Bool {
        var s = Substring(text)
        if s.first == "-" { s = s.dropFirst() }
        let integer = s.prefix { $0.isASCII && $0.isNumber }
        guard !integer.isEmpty, integer == "0" || integer.first != "0" else { return false }
        s = s.dropFirst(integer.count)
        if s.first == "." {
            s = s.dropFirst()
            let fraction = s.prefix { $0.isASCII && $0.isNumber }
            guard !fraction.isEmpty else { return false }
            s = s.dropFirst(fraction.count)
        }
        if s.first == "e" || s.first == "E" {
            s = s.dropFirst()
            if s.first == "+" || s.first == "-" { s = s.dropFirst() }
            let exponent = s.prefix { $0.isASCII && $0.isNumber }
            guard !exponent.isEmpty else { return false }
            s = s.dropFirst(exponent.count)
        }
        return s.isEmpty
    }

    private mutating func literal(_ word: String) throws(ExchangeError) {
        let utf8 = Array(word.utf8)
        guard bytes.count - position >= utf8.count, Array(bytes[position..<(position + utf8.count)]) == utf8 else {
            throw error("意外的字符", "unexpected character")
        }
        position += utf8.count
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

    /// An error that names the line and column of the current position.
    private func error(_ zh: String, _ en: String) -> ExchangeError {
        var line = 1
        var column = 1
        for byte in bytes[..<min(position, bytes.count)] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return ExchangeError(.badJSON(line: line, column: column, Bilingual(zh: zh, en: en)))
    }
}
