import JiedaoCore
/// Which column of a sheet feeds which field of a table, found from the header in
/// either language and in any order, with notes about the columns left out.
struct ColumnMapping {
    /// The sheet column of the ID, if any.
    var id: Int?
    /// Sheet column per field, in schema order (a community comes before its compound).
    var fields: [(column: Int, spec: FieldSpec)] = []
    var notes: [Bilingual] = []

    var hasDataColumns: Bool { id != nil || !fields.isEmpty }

    init(header: [String], table: ExchangeTable) {
        var lookup: [String: Int] = [:]
        let columns = table.columns
        for (index, column) in columns.enumerated() {
            for name in column.headerNames where lookup[name] == nil { lookup[name] = index }
        }
        var taken: [Int: Int] = [:]
        var unknown: [String] = []
        var workflow: [String] = []
        var repeated: [String] = []
        for (position, title) in header.enumerated() {
            let name = ExchangeColumn.normalizedHeader(title)
            if name.isEmpty { continue }
            if table == .appeals, name == "timeline" || name == "办理记录" {
                workflow.append(title)
                continue
            }
            guard let index = lookup[name] else {
                unknown.append(title)
                continue
            }
            guard taken[index] == nil else {
                repeated.append(title)
                continue
            }
            taken[index] = position
            if case .workflow = columns[index] { workflow.append(title) }
        }
        for (index, column) in columns.enumerated() {
            guard let position = taken[index] else { continue }
            switch column {
            case .id: id = position
            case .name(let spec), .field(let spec): fields.append((position, spec))
            case .workflow: break
            }
        }
        let order = Schema.fields(of: table.kind).map(\.key)
        fields.sort { (order.firstIndex(of: $0.spec.key) ?? 0) < (order.firstIndex(of: $1.spec.key) ?? 0) }

        if !unknown.isEmpty {
            notes.append(Bilingual(zh: "忽略了不属于\(table.label.zh)的列：\(unknown.joined(separator: "、"))",
                                   en: "Ignored columns that are not fields of \(table.label.en.lowercased()): \(unknown.joined(separator: ", "))"))
        }
        if !workflow.isEmpty {
            notes.append(Bilingual(zh: "\(workflow.joined(separator: "、")) 只随办理流程变化，导入时忽略",
                                   en: "\(workflow.joined(separator: ", ")) change only through the workflow; ignored on import"))
        }
        if !repeated.isEmpty {
            notes.append(Bilingual(zh: "重复的列只用第一列：\(repeated.joined(separator: "、"))",
                                   en: "Repeated columns: only the first is used: \(repeated.joined(separator: ", "))"))
        }
        if id == nil, !fields.isEmpty {
            notes.append(Bilingual(zh: "没有编号列：每一行都将新建记录", en: "No ID column: every row makes a new record"))
        }
    }
}
