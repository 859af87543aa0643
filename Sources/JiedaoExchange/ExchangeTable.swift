import JiedaoCore
/// The tables that can be exported and imported, each one kind of record.
///
/// Every table's columns are its ID (`编号` / `id`), its name (`名称` / `name`), then the
/// other fields of ``Schema/fields(of:)`` in order, then (appeals and projects) the
/// workflow columns, which only moves change and imports therefore ignore.
public enum ExchangeTable: String, CaseIterable, Sendable {
    case communities, compounds, volunteers, services, appeals, projects
    /// The street's own set-up: 职能部门, 党员先锋队 and the users (imported by an admin).
    case departments, teams, users
    /// 诉求类别: the street's categories (the twelve built in, and its own).
    case categories

    /// The kind of record a row is.
    public var kind: EntityKind {
        switch self {
        case .communities: .community
        case .compounds: .compound
        case .volunteers: .volunteer
        case .services: .serviceRecord
        case .appeals: .appeal
        case .projects: .project
        case .departments: .department
        case .teams: .team
        case .users: .user
        case .categories: .category
        }
    }

    /// The table for a kind of record, if it has one.
    public init?(kind: EntityKind) {
        guard let table = Self.allCases.first(where: { $0.kind == kind }) else { return nil }
        self = table
    }

    /// The key of the field shown in the name column: the record's display name
    /// (``Registry/name(of:)``): a service's activity, an appeal's summary.
    public var nameKey: String {
        switch self {
        case .communities, .compounds, .volunteers, .projects, .departments, .teams, .users, .categories: "name"
        case .services: "activity"
        case .appeals: "summary"
        }
    }

    /// The field in the name column.
    public var nameField: FieldSpec {
        Schema.field(nameKey, of: kind) ?? FieldSpec(nameKey, "名称", "Name", .name)
    }

    /// The fields after the name column, in schema order.
    public var otherFields: [FieldSpec] {
        Schema.fields(of: kind).filter { $0.key != nameKey }
    }

    /// Fields that hold personal data: masked in exports unless revealed.
    public var personalKeys: Set<String> {
        switch self {
        case .volunteers: ["phone"]
        case .appeals: ["submitter", "phone"]
        default: []
        }
    }

    /// Columns that show workflow state: exported, never imported.
    public var workflowColumns: [WorkflowColumn] {
        switch self {
        case .appeals: [.appealState, .deadline, .handler, .firstContact]
        case .projects: [.projectState, .votesFor, .votesAgainst]
        default: []
        }
    }

    /// Every column in order.
    public var columns: [ExchangeColumn] {
        [.id, .name(nameField)] + otherFields.map { .field($0) } + workflowColumns.map { .workflow($0) }
    }

    /// The table's name for people: 小区 / Compounds.
    public var label: Bilingual {
        switch self {
        case .communities: Bilingual(zh: "社区", en: "Communities")
        case .compounds: Bilingual(zh: "小区", en: "Compounds")
        case .volunteers: Bilingual(zh: "志愿者", en: "Volunteers")
        case .services: Bilingual(zh: "服务记录", en: "Service records")
        case .appeals: Bilingual(zh: "民生诉求", en: "Appeals")
        case .projects: Bilingual(zh: "民生微实事", en: "Micro-projects")
        case .departments: Bilingual(zh: "职能部门", en: "Departments")
        case .teams: Bilingual(zh: "党员先锋队", en: "Vanguard teams")
        case .users: Bilingual(zh: "用户", en: "Users")
        case .categories: Bilingual(zh: "诉求类别", en: "Categories")
        }
    }
}

/// A column that shows where a record is in its workflow.
public enum WorkflowColumn: String, CaseIterable, Sendable {
    case appealState = "state", deadline, handler, firstContact = "first_contact"
    case projectState = "project_state", votesFor = "votes_for", votesAgainst = "votes_against"

    /// The stable key (a JSON member name); both state columns are `state`.
    public var key: String { self == .projectState ? "state" : rawValue }

    public var label: Bilingual {
        switch self {
        case .appealState, .projectState: Bilingual(zh: "状态", en: "State")
        case .deadline: Bilingual(zh: "办理期限", en: "Deadline")
        case .handler: Bilingual(zh: "承办单位", en: "Handler")
        case .firstContact: Bilingual(zh: "首次联系", en: "First contact")
        case .votesFor: Bilingual(zh: "赞成票", en: "Votes for")
        case .votesAgainst: Bilingual(zh: "反对票", en: "Votes against")
        }
    }
}

/// One column of an exchange table.
public enum ExchangeColumn: Sendable {
    /// The dense ID: an empty cell on import makes a new record.
    case id
    /// The record's name field, under the common header `名称` / `name`.
    case name(FieldSpec)
    case field(FieldSpec)
    case workflow(WorkflowColumn)

    /// The header in `language`.
    public func header(_ language: Language) -> String {
        switch self {
        case .id: language == .zh ? "编号" : "id"
        case .name: language == .zh ? "名称" : "name"
        case .field(let spec): spec.label.text(language)
        case .workflow(let column): column.label.text(language)
        }
    }

    /// The stable key: a JSON member name.
    public var key: String {
        switch self {
        case .id: "id"
        case .name(let spec), .field(let spec): spec.key
        case .workflow(let column): column.key
        }
    }

    /// The field the column sets, if it sets one.
    public var spec: FieldSpec? {
        switch self {
        case .name(let spec), .field(let spec): spec
        case .id, .workflow: nil
        }
    }

    /// Every header text that names this column on import: keys and labels in both
    /// languages, compared after ``ExchangeColumn/normalizedHeader(_:)``.
    public var headerNames: Set<String> {
        var names: [String] = [key, header(.zh), header(.en)]
        switch self {
        case .id: names += ["ID", "#"]
        case .name(let spec): names += ["名称", "name", spec.label.zh, spec.label.en]
        case .field(let spec): names += [spec.label.zh, spec.label.en]
        case .workflow(let column): names += [column.rawValue, column.label.zh, column.label.en]
        }
        return Set(names.flatMap { [Self.normalizedHeader($0), Self.normalizedHeader(Self.withoutUnit($0))] }.filter { !$0.isEmpty })
    }

    /// A header as compared: lower case, without spaces, underscores, hyphens, apostrophes or a trailing `*`.
    public static func normalizedHeader(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter {
            !$0.properties.isWhitespace && !["_", "-", "'", "’", "*", "\u{FEFF}"].contains($0)
        }.map(Character.init))
    }

    /// `预算（元）` → `预算`, `Budget (CNY)` → `Budget`: people often leave the unit out.
    static func withoutUnit(_ text: String) -> String {
        guard let open = text.firstIndex(where: { $0 == "（" || $0 == "(" }) else { return text }
        return String(text[..<open])
    }
}
