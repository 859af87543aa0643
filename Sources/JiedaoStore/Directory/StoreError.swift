import JiedaoCore

/// Why the data directory could not be opened or written.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case missing(String)
    case alreadyExists(String)
    case io(StoreIOError)
    case snapshot(path: String, SnapshotError)
    case journal(JournalError)
    /// A journal record that no longer applies: the files disagree with each other.
    case replay(sequence: UInt64, EditError)
    /// The edit itself was refused; nothing was written.
    case refused(EditError)
    case encoding(String)

    public var description: String { message.en }

    /// The message in both languages, with a hint where one helps.
    public var message: Bilingual {
        let hint = Bilingual(zh: "；可运行 jiedao check 查看详情", en: "; run `jiedao check` for details")
        switch self {
        case .missing(let path):
            return Bilingual(zh: "数据目录 \(path) 不存在", en: "data directory \(path) does not exist")
        case .alreadyExists(let path):
            return Bilingual(zh: "\(path) 已有数据，不会覆盖", en: "\(path) already holds data; it will not be overwritten")
        case .io(let error):
            if error.isPermissionDenied {
                return Bilingual(zh: "没有权限：\(error)", en: "permission denied: \(error)")
            }
            return Bilingual(zh: "读写失败：\(error)", en: "I/O failed: \(error)")
        case .snapshot(let path, let error):
            return Bilingual(zh: "\(path)：\(error.message.zh)" + hint.zh, en: "\(path): \(error.message.en)" + hint.en)
        case .journal(let error):
            return Bilingual(zh: error.message.zh + hint.zh, en: error.message.en + hint.en)
        case .replay(let sequence, let error):
            return Bilingual(zh: "日志记录 \(sequence) 无法重放：\(error.message.zh)" + hint.zh,
                             en: "journal record \(sequence) no longer applies: \(error.message.en)" + hint.en)
        case .refused(let error):
            return error.message
        case .encoding(let text):
            return Bilingual(zh: "无法编码修改：\(text)", en: "could not encode the edit: \(text)")
        }
    }
}
