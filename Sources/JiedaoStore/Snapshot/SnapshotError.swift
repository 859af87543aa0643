import JiedaoCore

/// Why a snapshot or journal could not be read; each names where the damage is.
public enum SnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
    case notASnapshot
    case newerVersion(UInt32)
    case truncated(offset: Int)
    case checksumMismatch(expected: UInt32, actual: UInt32)
    case badSection(kind: UInt32, offset: Int)
    case badValue(field: String, offset: Int)
    case inconsistent(String)

    public var description: String { message.en }

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .notASnapshot:
            Bilingual(zh: "不是 Jiedao 快照文件（文件头不符）", en: "not a Jiedao snapshot (unknown magic)")
        case .newerVersion(let version):
            Bilingual(zh: "快照格式版本 \(version) 比本程序新，请升级 jiedao",
                      en: "snapshot format version \(version) is newer than this jiedao understands; upgrade jiedao")
        case .truncated(let offset):
            Bilingual(zh: "文件在偏移 \(offset) 处被截断", en: "file is truncated at offset \(offset)")
        case .checksumMismatch(let expected, let actual):
            Bilingual(zh: "校验和不符（应为 \(hex(expected))，实为 \(hex(actual))）：文件已损坏",
                      en: "checksum mismatch (stored \(hex(expected)), computed \(hex(actual))): the file is damaged")
        case .badSection(let kind, let offset):
            Bilingual(zh: "偏移 \(offset) 处的分段 \(kind) 无效", en: "invalid section \(kind) at offset \(offset)")
        case .badValue(let field, let offset):
            Bilingual(zh: "偏移 \(offset) 处的字段 \(field) 值无效", en: "invalid value for \(field) at offset \(offset)")
        case .inconsistent(let text):
            Bilingual(zh: "数据不一致：\(text)", en: "inconsistent data: \(text)")
        }
    }

    private func hex(_ value: UInt32) -> String { "0x" + String(value, radix: 16) }
}
