/// 小区: a residential compound, with its party organisation, owners' committee and disputes.
public struct Compound: Record, Hashable {
    public static let kind = EntityKind.compound

    public var version: UInt32 = 0
    public var isDeleted = false
    public var name = TextRef.empty
    public var community = CommunityID(noReference)
    public var compoundKind = CompoundKind.commercial
    public var households: Int32 = 0
    public var buildings: Int32 = 0
    public var partyOrg = PartyOrgKind.none
    public var partySecretary = TextRef.empty
    /// Resident party members.
    public var partyMembers: Int32 = 0
    /// 流动党员.
    public var floatingMembers: Int32 = 0
    /// 业委会 formed.
    public var hasOwnersCommittee = false
    /// End of the owners' committee term, days since 1970-01-01; `Int32.min` when none.
    public var ownersTermEnd: Int32 = Int32.min
    /// 物业服务企业.
    public var propertyCompany = TextRef.empty
    /// 交叉任职: members on both the branch committee and the owners' committee.
    public var crossAppointed: Int32 = 0
    /// 楼栋长.
    public var buildingLeaders: Int32 = 0
    public var disputesThisYear: Int32 = 0
    public var disputesLastYear: Int32 = 0

    public init() {}

    /// Whether the compound has any party organisation (the coverage KPI).
    public var isCovered: Bool { partyOrg != .none }

    public enum Field: String, CaseIterable, Sendable {
        case name, community, compoundKind = "kind", households, buildings
        case partyOrg = "party_org", partySecretary = "party_secretary", partyMembers = "party_members"
        case floatingMembers = "floating_members", hasOwnersCommittee = "owners_committee"
        case ownersTermEnd = "owners_term_end", propertyCompany = "property_company"
        case crossAppointed = "cross_appointed", buildingLeaders = "building_leaders"
        case disputesThisYear = "disputes_this_year", disputesLastYear = "disputes_last_year"
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .name: FieldSpec("name", "名称", "Name", .name)
        case .community: FieldSpec("community", "社区", "Community", .reference(.community, optional: false))
        case .compoundKind: FieldSpec("kind", "类型", "Kind", FieldSpec.options(CompoundKind.self))
        case .households: FieldSpec("households", "户数", "Households", .count)
        case .buildings: FieldSpec("buildings", "楼栋数", "Buildings", .count)
        case .partyOrg: FieldSpec("party_org", "党组织", "Party organisation", FieldSpec.options(PartyOrgKind.self))
        case .partySecretary: FieldSpec("party_secretary", "支部书记", "Branch secretary", .text)
        case .partyMembers: FieldSpec("party_members", "党员数", "Party members", .count)
        case .floatingMembers: FieldSpec("floating_members", "流动党员", "Floating members", .count)
        case .hasOwnersCommittee: FieldSpec("owners_committee", "业委会", "Owners' committee", .bool)
        case .ownersTermEnd: FieldSpec("owners_term_end", "业委会任期届满", "Committee term ends", .day(optional: true))
        case .propertyCompany: FieldSpec("property_company", "物业服务企业", "Property company", .text)
        case .crossAppointed: FieldSpec("cross_appointed", "交叉任职", "Cross-appointed", .count)
        case .buildingLeaders: FieldSpec("building_leaders", "楼栋长", "Building leaders", .count)
        case .disputesThisYear: FieldSpec("disputes_this_year", "今年纠纷", "Disputes this year", .count)
        case .disputesLastYear: FieldSpec("disputes_last_year", "去年纠纷", "Disputes last year", .count)
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .name: texts.value(name)
        case .community: .ref(community.raw)
        case .compoundKind: .int(Int64(compoundKind.rawValue))
        case .households: .int(Int64(households))
        case .buildings: .int(Int64(buildings))
        case .partyOrg: .int(Int64(partyOrg.rawValue))
        case .partySecretary: texts.value(partySecretary)
        case .partyMembers: .int(Int64(partyMembers))
        case .floatingMembers: .int(Int64(floatingMembers))
        case .hasOwnersCommittee: .bool(hasOwnersCommittee)
        case .ownersTermEnd: .optionalDay(ownersTermEnd)
        case .propertyCompany: texts.value(propertyCompany)
        case .crossAppointed: .int(Int64(crossAppointed))
        case .buildingLeaders: .int(Int64(buildingLeaders))
        case .disputesThisYear: .int(Int64(disputesThisYear))
        case .disputesLastYear: .int(Int64(disputesLastYear))
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        let number = Int32(truncatingIfNeeded: value.intValue)
        switch field {
        case .name: name = texts.intern(value.textValue)
        case .community: community = CommunityID(value.refValue)
        case .compoundKind: compoundKind = CompoundKind(rawValue: UInt8(truncatingIfNeeded: number)) ?? .commercial
        case .households: households = number
        case .buildings: buildings = number
        case .partyOrg: partyOrg = PartyOrgKind(rawValue: UInt8(truncatingIfNeeded: number)) ?? .none
        case .partySecretary: partySecretary = texts.intern(value.textValue)
        case .partyMembers: partyMembers = number
        case .floatingMembers: floatingMembers = number
        case .hasOwnersCommittee: hasOwnersCommittee = value.boolValue
        case .ownersTermEnd: ownersTermEnd = value.dayValue
        case .propertyCompany: propertyCompany = texts.intern(value.textValue)
        case .crossAppointed: crossAppointed = number
        case .buildingLeaders: buildingLeaders = number
        case .disputesThisYear: disputesThisYear = number
        case .disputesLastYear: disputesLastYear = number
        }
    }
}
