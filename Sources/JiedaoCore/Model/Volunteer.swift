/// 志愿者: a party member or resident who serves, with where they live and report.
public struct Volunteer: Record, Hashable {
    public static let kind = EntityKind.volunteer

    public var version: UInt32 = 0
    public var isDeleted = false
    public var name = TextRef.empty
    /// Personal data: masked in lists unless revealed.
    public var phone = TextRef.empty
    public var community = CommunityID(noReference)
    public var compound = CompoundID(noReference)
    public var volunteerKind = VolunteerKind.resident
    /// 工作单位 (for in-service members).
    public var workplace = TextRef.empty
    /// 双报到: reported to the residence's party organisation.
    public var reportedAtResidence = false
    /// 双报到: reported to the workplace's party organisation.
    public var reportedAtWorkplace = false
    public var skills = Skills()
    public var team = TeamID(noReference)

    public init() {}

    public enum Field: String, CaseIterable, Sendable {
        case name, phone, community, compound, volunteerKind = "kind", workplace
        case reportedAtResidence = "reported_residence", reportedAtWorkplace = "reported_workplace"
        case skills, team
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .name: FieldSpec("name", "姓名", "Name", .name)
        case .phone: FieldSpec("phone", "电话", "Phone", .phone(required: false))
        case .community: FieldSpec("community", "社区", "Community", .reference(.community, optional: false))
        case .compound: FieldSpec("compound", "居住小区", "Compound", .reference(.compound, optional: true))
        case .volunteerKind: FieldSpec("kind", "类型", "Kind", FieldSpec.options(VolunteerKind.self))
        case .workplace: FieldSpec("workplace", "工作单位", "Workplace", .text)
        case .reportedAtResidence: FieldSpec("reported_residence", "居住地报到", "Reported at residence", .bool)
        case .reportedAtWorkplace: FieldSpec("reported_workplace", "单位报到", "Reported at workplace", .bool)
        case .skills: FieldSpec("skills", "技能", "Skills", .skills)
        case .team: FieldSpec("team", "先锋队", "Team", .reference(.team, optional: true))
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .name: texts.value(name)
        case .phone: texts.value(phone)
        case .community: .ref(community.raw)
        case .compound: .ref(compound.raw)
        case .volunteerKind: .int(Int64(volunteerKind.rawValue))
        case .workplace: texts.value(workplace)
        case .reportedAtResidence: .bool(reportedAtResidence)
        case .reportedAtWorkplace: .bool(reportedAtWorkplace)
        case .skills: .int(Int64(skills.rawValue))
        case .team: .ref(team.raw)
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        switch field {
        case .name: name = texts.intern(value.textValue)
        case .phone: phone = texts.intern(value.textValue)
        case .community: community = CommunityID(value.refValue)
        case .compound: compound = CompoundID(value.refValue)
        case .volunteerKind: volunteerKind = VolunteerKind(rawValue: UInt8(truncatingIfNeeded: value.intValue)) ?? .resident
        case .workplace: workplace = texts.intern(value.textValue)
        case .reportedAtResidence: reportedAtResidence = value.boolValue
        case .reportedAtWorkplace: reportedAtWorkplace = value.boolValue
        case .skills: skills = Skills(rawValue: UInt16(truncatingIfNeeded: value.intValue))
        case .team: team = TeamID(value.refValue)
        }
    }
}
