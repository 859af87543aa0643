/// The kinds of record a ``Registry`` holds; the raw value is stored on disk.
public enum EntityKind: UInt8, Choice {
    case community = 0, compound, volunteer, serviceRecord, appeal, project, department, team, user, category

    public var label: Bilingual {
        switch self {
        case .community: Bilingual(zh: "社区", en: "Community")
        case .compound: Bilingual(zh: "小区", en: "Compound")
        case .volunteer: Bilingual(zh: "志愿者", en: "Volunteer")
        case .serviceRecord: Bilingual(zh: "服务记录", en: "Service record")
        case .appeal: Bilingual(zh: "诉求", en: "Appeal")
        case .project: Bilingual(zh: "微实事", en: "Micro-project")
        case .department: Bilingual(zh: "职能部门", en: "Department")
        case .team: Bilingual(zh: "党员先锋队", en: "Vanguard team")
        case .user: Bilingual(zh: "用户", en: "User")
        case .category: Bilingual(zh: "诉求类别", en: "Category")
        }
    }
}

/// A reference to any record: its kind and dense ID.
public struct RecordRef: Hashable, Sendable, Codable, CustomStringConvertible {
    public var kind: EntityKind
    public var id: Int32

    public init(_ kind: EntityKind, _ id: Int32) {
        self.kind = kind
        self.id = id
    }

    public var description: String { "\(kind.label.en.lowercased()) #\(id)" }
}
