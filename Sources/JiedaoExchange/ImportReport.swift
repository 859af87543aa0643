import JiedaoCore
/// What an import did or would do, row by row, for people: which rows were accepted
/// (and as what), which were rejected and why, and notes about the file as a whole.
public struct ImportReport: Sendable {
    /// A row that passed: the record it creates or changes.
    public struct Accepted: Sendable, Hashable {
        public enum Outcome: Sendable, Hashable {
            /// A new record; `requestedID` is the ID the row gave, when that ID was not in the data set.
            case created(RecordRef, name: String, requestedID: Int32?)
            /// Changed fields, by label.
            case updated(RecordRef, name: String, fields: [Bilingual])
            /// Every cell equals the record already.
            case unchanged(RecordRef, name: String)
        }

        public var row: Int
        public var outcome: Outcome

        public init(row: Int, outcome: Outcome) {
            self.row = row
            self.outcome = outcome
        }
    }

    /// A row that cannot be imported, with the reason.
    public struct Rejected: Sendable, Hashable {
        public var row: Int
        public var reason: Bilingual

        public init(row: Int, reason: Bilingual) {
            self.row = row
            self.reason = reason
        }
    }

    public var table: ExchangeTable
    public var format: ImportSheet.Format
    public var encoding: SourceEncoding?
    /// Whether good rows are taken even when others are rejected.
    public var partial: Bool
    public var accepted: [Accepted] = []
    public var rejected: [Rejected] = []
    /// About the file as a whole: its encoding, ignored columns.
    public var notes: [Bilingual] = []
    /// Set when the file could not be read at all; then no row was looked at.
    public var fileError: ExchangeError?

    public init(table: ExchangeTable, format: ImportSheet.Format, encoding: SourceEncoding? = nil, partial: Bool) {
        self.table = table
        self.format = format
        self.encoding = encoding
        self.partial = partial
    }

    /// Whether the accepted rows are to be journaled: no file error, and no rejected row unless partial.
    public var applies: Bool { fileError == nil && (rejected.isEmpty || partial) }

    /// How many accepted rows change something.
    public var changeCount: Int {
        accepted.reduce(0) { count, row in
            if case .unchanged = row.outcome { return count }
            return count + 1
        }
    }

    /// The report as lines of text in `language`.
    public func text(_ language: Language) -> String {
        let zh = language == .zh
        let unit = format == .json ? (zh ? "条" : "record") : (zh ? "行" : "row")
        func where_(_ row: Int) -> String { zh ? "第 \(row) \(unit)" : (format == .json ? "Record \(row)" : "Row \(row)") }
        var lines: [String] = []
        let title = table.label.text(language)
        if let fileError {
            lines.append(zh ? "导入\(title)失败：\(fileError.message.zh)" : "Import of \(title.lowercased()) failed: \(fileError.message.en)")
            lines.append(zh ? "未做任何修改。" : "Nothing was changed.")
            return lines.joined(separator: "\n")
        }
        let total = accepted.count + rejected.count
        lines.append(zh
            ? "导入\(title)：共 \(total) \(unit)，接受 \(accepted.count) \(unit)，拒绝 \(rejected.count) \(unit)"
            : "Import of \(title.lowercased()): \(total) \(unit)\(total == 1 ? "" : "s"), \(accepted.count) accepted, \(rejected.count) rejected")
        for note in notes { lines.append((zh ? "注意：" : "Note: ") + note.text(language)) }
        // Rows that change something are listed; unchanged ones (most of a re-imported export) are counted.
        var unchanged = 0
        for row in accepted {
            if case .unchanged = row.outcome {
                unchanged += 1
            } else {
                lines.append("  " + where_(row.row) + (zh ? "：" : ": ") + describe(row.outcome, language))
            }
        }
        if unchanged > 0 {
            lines.append(zh ? "  无变化 \(unchanged) \(unit)" : "  Unchanged: \(unchanged) \(unit)\(unchanged == 1 ? "" : "s")")
        }
        if !rejected.isEmpty {
            lines.append(zh ? "被拒绝：" : "Rejected:")
            for row in rejected { lines.append("  " + where_(row.row) + (zh ? "：" : ": ") + row.reason.text(language)) }
        }
        if !rejected.isEmpty && !partial {
            lines.append(zh ? "有被拒绝的\(unit)，未做任何修改（改正后重新导入，或用 --partial 只导入通过的\(unit)）。"
                            : "Some \(unit)s were rejected, so nothing was changed (fix them and import again, or use --partial to take the good \(unit)s).")
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ outcome: Accepted.Outcome, _ language: Language) -> String {
        let zh = language == .zh
        switch outcome {
        case .created(let ref, let name, let requested):
            var text = zh ? "新建 #\(ref.id) \(name)" : "new #\(ref.id) \(name)"
            if let requested, requested != ref.id {
                text += zh ? "（表中编号 \(requested) 在本数据集中不存在）" : " (the sheet's ID \(requested) is not in this data set)"
            }
            return text
        case .updated(let ref, let name, let fields):
            let list = fields.map { $0.text(language) }.joined(separator: zh ? "、" : ", ")
            return zh ? "修改 #\(ref.id) \(name)：\(list)" : "changed #\(ref.id) \(name): \(list)"
        case .unchanged(let ref, let name):
            return zh ? "#\(ref.id) \(name)：无变化" : "#\(ref.id) \(name): unchanged"
        }
    }
}

/// An import ready to journal: the report and, in order, the edits of the accepted rows
/// (none when rows were rejected and the import is not partial).
public struct ImportPlan: Sendable {
    /// One edit to journal and what it should give.
    public struct Step: Sendable, Hashable {
        /// The row it comes from.
        public var row: Int
        public var edit: Edit
        /// The record it creates or changes; a create that gets another ID means the data
        /// changed since the plan was made (later rows may refer to this ID).
        public var record: RecordRef

        public init(row: Int, edit: Edit, record: RecordRef) {
            self.row = row
            self.edit = edit
            self.record = record
        }
    }

    public var report: ImportReport
    public var steps: [Step]
    /// How many records of each kind the registry held when the plan was made.
    public var counts: [EntityKind: Int]

    public init(report: ImportReport, steps: [Step], counts: [EntityKind: Int] = [:]) {
        self.report = report
        self.steps = steps
        self.counts = counts
    }

    /// The steps as one batch, with the records they create named by placeholders, so the
    /// import lands whole even when others created records since the plan was made.
    public var batch: EditBatch { EditBatch(planned: steps.map(\.edit), counts: counts) }
}
