import JiedaoCore

/// An empty sheet for an office to fill in Excel: the headers an import reads, and one example
/// row showing the form of each cell (the ID left empty, so every filled row is a new record).
///
/// ```swift
/// let csv = TableTemplate.csv(.compounds, language: .zh)
/// // "\u{FEFF}编号,名称,社区,类型,…\r\n,锦绣花园,侨香社区,商品房,…\r\n"
/// ```
public enum TableTemplate {
    /// The header row and the example row; workflow columns (which imports ignore) are left out.
    public static func rows(_ table: ExchangeTable, language: Language) -> [[String]] {
        let columns = table.columns.filter { if case .workflow = $0 { false } else { true } }
        let header = columns.map { $0.header(language) }
        let sample = columns.map { column -> String in
            switch column {
            case .id, .workflow: ""
            case .name(let spec), .field(let spec): example(spec, table: table, language: language)
            }
        }
        return [header, sample]
    }

    /// The template as CSV for Excel (see ``CSVWriter``).
    public static func csv(_ table: ExchangeTable, language: Language) -> String {
        CSVWriter.document(rows(table, language: language))
    }

    /// A value of the field's form, as an import reads it.
    static func example(_ spec: FieldSpec, table: ExchangeTable, language: Language) -> String {
        // A category sheet's example is a street's own; the key "categories" is a department's field.
        if table == .categories, spec.key == "name" { return "燃气安全" }
        if let named = examples[spec.key == "name" ? table.rawValue : spec.key] { return named }
        // A user sheet's example is a coordinator, never a second admin by accident.
        if spec.key == "role" { return Role.coordinator.label(language) }
        switch spec.kind {
        case .name, .text, .longText: return ""
        case .phone: return "13800000000"
        case .count, .money: return "0"
        case .tenthsOfHour: return "2"
        case .bool: return language == .zh ? "否" : "no"
        case .day: return "2026-12-01"
        case .time: return "2026-12-01 09:00"
        case .choice(let options): return options.first?.label.text(language) ?? ""
        // A volunteer's team is left empty: teams name their leader, a volunteer, so volunteers come first.
        case .reference(.team, _): return ""
        case .reference(.category, _): return AppealCategory.builtIn[0].text(language)
        case .reference(let kind, _): return examples[referenceKey(kind)] ?? ""
        case .skills: return ""
        case .categories: return AppealCategory.builtIn[0].text(language)
        }
    }

    private static func referenceKey(_ kind: EntityKind) -> String {
        switch kind {
        case .community: "communities"
        case .compound: "compounds"
        case .volunteer: "volunteers"
        case .department: "departments"
        case .team: "teams"
        case .project: "projects"
        default: ""
        }
    }

    /// Plausible names per table (by raw value) and per field key.
    private static let examples: [String: String] = [
        "communities": "侨香社区", "compounds": "锦绣花园", "volunteers": "王芳", "projects": "楼道照明更新",
        "departments": "城市管理和综合执法局", "name_en": "Gas safety", "teams": "侨香社区党员先锋队", "users": "李四",
        "activity": "长者探访", "summary": "路灯不亮", "login": "lisi", "street": "桂香街道", "address": "桂香路1号",
    ]
}
