/// 民生微实事: a community micro-project, proposed by residents and paid from the community's budget.
public struct MicroProject: Record, Hashable {
    public static let kind = EntityKind.project

    public var version: UInt32 = 0
    public var isDeleted = false
    public var title = TextRef.empty
    public var community = CommunityID(noReference)
    public var projectKind = ProjectKind.service
    public var proposer = TextRef.empty
    /// CNY.
    public var budget: Int64 = 0
    /// The budget year the project is paid from.
    public var year: Int32 = 0
    public var details = TextRef.empty
    public var progress = ProjectProgress()

    public init() {}

    public enum Field: String, CaseIterable, Sendable {
        case title = "name", community, projectKind = "kind", proposer, budget, year, details = "description"
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .title: FieldSpec("name", "名称", "Title", .name)
        case .community: FieldSpec("community", "社区", "Community", .reference(.community, optional: false))
        case .projectKind: FieldSpec("kind", "类型", "Kind", FieldSpec.options(ProjectKind.self))
        case .proposer: FieldSpec("proposer", "提议人", "Proposer", .text)
        case .budget: FieldSpec("budget", "预算（元）", "Budget (CNY)", .money)
        case .year: FieldSpec("year", "年度", "Year", .count)
        case .details: FieldSpec("description", "内容", "Description", .longText)
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .title: texts.value(title)
        case .community: .ref(community.raw)
        case .projectKind: .int(Int64(projectKind.rawValue))
        case .proposer: texts.value(proposer)
        case .budget: .int(budget)
        case .year: .int(Int64(year))
        case .details: texts.value(details)
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        switch field {
        case .title: title = texts.intern(value.textValue)
        case .community: community = CommunityID(value.refValue)
        case .projectKind: projectKind = ProjectKind(rawValue: UInt8(truncatingIfNeeded: value.intValue)) ?? .service
        case .proposer: proposer = texts.intern(value.textValue)
        case .budget: budget = value.intValue
        case .year: year = Int32(truncatingIfNeeded: value.intValue)
        case .details: details = texts.intern(value.textValue)
        }
    }
}
