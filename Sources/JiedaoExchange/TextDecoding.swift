import JiedaoCore
import Foundation

/// The encoding a file to import was found to be in.
public enum SourceEncoding: String, Hashable, Sendable {
    case utf8
    /// UTF-8 with a byte-order mark (what Excel writes for "CSV UTF-8").
    case utf8BOM
    /// UTF-16 with a byte-order mark (Excel's "Unicode text").
    case utf16
    /// GB18030, a superset of GBK and GB2312 (what Excel on Chinese Windows writes for plain "CSV").
    case gb18030

    /// The name shown in reports.
    public var label: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8BOM: "UTF-8 (BOM)"
        case .utf16: "UTF-16"
        case .gb18030: "GBK/GB18030"
        }
    }
}

/// Turns the bytes of a file into text, whatever encoding a spreadsheet saved it in.
///
/// ```swift
/// try TextDecoding.decode([0xBD, 0xF5, 0xD0, 0xE5])   // ("锦绣", .gb18030)
/// ```
public enum TextDecoding {
    /// Valid UTF-8 (BOM or not) is taken as UTF-8; a UTF-16 BOM as UTF-16; anything else is tried as GB18030.
    /// The BOM is not part of the text.
    public static func decode(_ bytes: [UInt8]) throws(ExchangeError) -> (text: String, encoding: SourceEncoding) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ExchangeError(.workbook)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let text = String(validating: bytes.dropFirst(3), as: UTF8.self) { return (text, .utf8BOM) }
        } else if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if let text = String(bytes: bytes, encoding: .utf16) {
                return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, .utf16)
            }
            throw ExchangeError(.undecodable)
        }
        // GB18030 encodes every Unicode character, so it covers GBK and GB2312 files too.
        // Foundation names it by its CoreFoundation number (kCFStringEncodingGB_18030_2000 | 0x8000_0000).
        if let text = String(bytes: bytes, encoding: gb18030) { return (text, .gb18030) }
        throw ExchangeError(.undecodable)
    }

    /// GB18030-2000 as Foundation knows it on Linux and macOS alike.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
}
