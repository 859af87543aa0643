/// 党员先锋队: a vanguard team; its members are the volunteers whose `team` is this one.
public struct Team: Record, Hashable {
    public static let kind = EntityKind.team

    public var version: UInt32 = 0
    public var isDeleted = false
    public var name = TextRef.empty
    public var community = CommunityID(noReference)
    public var leader = VolunteerID(noReference)

    public init() {}

    public enum Field: String, CaseIterable, Sendable {
        case name, community, leader
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .name: FieldSpec("name", "名称", "Name", .name)
        case .community: FieldSpec("community", "社区", "Community", .reference(.community, optional: false))
        case .leader: FieldSpec("leader", "队长", "Leader", .reference(.volunteer, optional: true))
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .name: texts.value(name)
        case .community: .ref(community.raw)
        case .leader: .ref(leader.raw)
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        switch field {
        case .name: name = texts.intern(value.textValue)
        case .community: community = CommunityID(value.refValue)
        case .leader: leader = VolunteerID(value.refValue)
        }
    }
}
