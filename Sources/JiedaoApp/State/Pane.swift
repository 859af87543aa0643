import JiedaoCore

/// The dashboard's tabs, in tab order.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case today, communities, compounds, volunteers, appeals, projects, summary
    /// The street's set-up, changed by admins: departments and the users with their roles.
    case departments, users
    /// 党员先锋队, changed by coordinators (a scoped one: their community's); 诉求类别, by admins.
    case teams, categories

    public var title: Bilingual {
        switch self {
        case .today: Bilingual(zh: "今日待办", en: "Today")
        case .communities: Bilingual(zh: "社区", en: "Communities")
        case .compounds: Bilingual(zh: "小区", en: "Compounds")
        case .volunteers: Bilingual(zh: "志愿者", en: "Volunteers")
        case .appeals: Bilingual(zh: "诉求", en: "Appeals")
        case .projects: Bilingual(zh: "微实事", en: "Projects")
        case .summary: Bilingual(zh: "总览", en: "Summary")
        case .departments: Bilingual(zh: "部门", en: "Departments")
        case .users: Bilingual(zh: "用户", en: "Users")
        case .teams: Bilingual(zh: "先锋队", en: "Teams")
        case .categories: Bilingual(zh: "类别", en: "Categories")
        }
    }

    /// The kind of record the pane lists (none for the summary).
    public var kind: EntityKind? {
        switch self {
        case .communities: .community
        case .compounds: .compound
        case .volunteers: .volunteer
        case .appeals: .appeal
        case .projects: .project
        case .departments: .department
        case .users: .user
        case .teams: .team
        case .categories: .category
        case .today, .summary: nil
        }
    }

    /// Whether the pane is a table with a row per record (Today and the summary are not).
    public var listsRecords: Bool { kind != nil }

    /// Whether only admins change what the pane lists.
    public var isAdministration: Bool { self == .departments || self == .users || self == .categories }
}

/// What a drill-down narrowed the lists to; shown as a breadcrumb.
public enum Scope: Hashable, Sendable {
    case community(CommunityID)
    case compound(CompoundID)
}

/// One removable filter chip: a column's shown value must be one of `values` (状态 ∈ {受理, 分拨}).
///
/// The values are the cells as they read in Chinese, whatever the interface language, so a
/// filter stays when the language changes; ``label`` is how the chip reads in either language.
public struct FilterChip: Hashable, Sendable {
    public var column: ColumnID
    /// The cells' text in Chinese: what rows are compared with.
    public var values: [String]
    public var label: Bilingual

    public init(column: ColumnID, value: String, label: Bilingual? = nil) {
        self.init(column: column, values: [value], label: label ?? Bilingual(zh: value, en: value))
    }

    public init(column: ColumnID, values: [String], label: Bilingual) {
        self.column = column
        self.values = values
        self.label = label
    }

    /// One chip for any of `chips`' values (all on the same column), labelled "受理|分拨".
    public init(anyOf chips: [FilterChip]) {
        column = chips.first?.column ?? .name
        values = chips.flatMap(\.values)
        label = Bilingual(zh: chips.map(\.label.zh).joined(separator: "|"), en: chips.map(\.label.en).joined(separator: "|"))
    }

    /// Whether row `id` shows one of the values; `canonical` is the row context in Chinese.
    func matches(_ column: PaneColumn, _ canonical: RowContext, _ id: Int32) -> Bool {
        let text = column.text(canonical, id)
        return values.contains(text)
    }
}
