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
    /// One edit of a batch was refused; nothing of the batch was written.
    case batchRefused(BatchRefusal)
    /// Writing the change failed; the journal was cut back, so it is not on disk.
    case notSaved(StoreIOError)
    /// A write failed and the journal could not be cut back afterwards: this process
    /// accepts no more changes, as after a failed fsync nothing it holds can be trusted.
    case writesStopped(StoreIOError)

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
            // What to do next: the backup, or the snapshot kept from before the last save.
            let next = Bilingual(
                zh: "。恢复办法：用最近的备份 jiedao restore 备份文件 --data 目录；或改用上次保存前留下的 snapshot.prev（先备份现有文件，其后日志中的修改会丢失）",
                en: ". To recover: restore the latest backup (jiedao restore FILE --data DIR), or use snapshot.prev, kept from before the last save (copy the current files aside first; changes journaled after it are lost)")
            return Bilingual(zh: "\(path)：\(error.message.zh)" + hint.zh + next.zh, en: "\(path): \(error.message.en)" + hint.en + next.en)
        case .journal(let error):
            return Bilingual(zh: error.message.zh + hint.zh, en: error.message.en + hint.en)
        case .replay(let sequence, let error):
            return Bilingual(zh: "日志记录 \(sequence) 无法重放：\(error.message.zh)" + hint.zh,
                             en: "journal record \(sequence) no longer applies: \(error.message.en)" + hint.en)
        case .refused(let error):
            return error.message
        case .batchRefused(let refusal):
            return Bilingual(zh: "第 \(refusal.index + 1) 项被拒绝，整批未保存：\(refusal.error.message.zh)",
                             en: "part \(refusal.index + 1) was refused, so none of the change was saved: \(refusal.error.message.en)")
        case .notSaved(let error):
            return Bilingual(zh: "修改未保存（\(error)）；数据保持原样", en: "the change was not saved (\(error)); the data is as it was")
        case .writesStopped(let error):
            return Bilingual(zh: "写入失败且无法撤回（\(error)）：本进程不再接受修改，刚才的修改可能已写入；请退出并重新打开，再用 jiedao check 检查",
                             en: "a write failed and could not be undone (\(error)): this process accepts no more changes, and the last change may have reached the disk; quit, open again and run `jiedao check`")
        case .encoding(let text):
            return Bilingual(zh: "无法编码修改：\(text)", en: "could not encode the edit: \(text)")
        }
    }
}
