/// 社区: a community of the street, with its figures.
public struct Community: Record, Hashable {
    public static let kind = EntityKind.community

    public var version: UInt32 = 0
    public var isDeleted = false
    public var name = TextRef.empty
    /// 街道: the street, for data sets that span a district.
    public var street = TextRef.empty
    /// 社区党委书记.
    public var secretary = TextRef.empty
    public var secretaryYears: Int32 = 0
    /// 户籍人口.
    public var registeredResidents: Int32 = 0
    /// 非户籍常住人口.
    public var nonRegisteredResidents: Int32 = 0
    public var households: Int32 = 0
    /// 网格数.
    public var grids: Int32 = 0
    /// 社区专职工作者.
    public var workers: Int32 = 0
    /// 党群服务中心.
    public var hasServiceCentre = false
    /// 两委 include non-registered members.
    public var committeesIncludeNonRegistered = false
    /// 居民议事会.
    public var hasDeliberationCouncil = false
    /// 民生微实事 annual budget in CNY.
    public var annualBudget: Int64 = 2_000_000

    public init() {}

    public enum Field: String, CaseIterable, Sendable {
        case name, street, secretary, secretaryYears = "secretary_years"
        case registeredResidents = "registered_residents", nonRegisteredResidents = "non_registered_residents"
        case households, grids, workers
        case hasServiceCentre = "service_centre", committeesIncludeNonRegistered = "committees_non_registered"
        case hasDeliberationCouncil = "deliberation_council", annualBudget = "annual_budget"
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .name: FieldSpec("name", "名称", "Name", .name)
        case .street: FieldSpec("street", "街道", "Street", .text)
        case .secretary: FieldSpec("secretary", "党委书记", "Party secretary", .text)
        case .secretaryYears: FieldSpec("secretary_years", "书记任职年限", "Secretary's years in post", .count)
        case .registeredResidents: FieldSpec("registered_residents", "户籍人口", "Registered residents", .count)
        case .nonRegisteredResidents: FieldSpec("non_registered_residents", "非户籍常住人口", "Non-registered residents", .count)
        case .households: FieldSpec("households", "户数", "Households", .count)
        case .grids: FieldSpec("grids", "网格数", "Grids", .count)
        case .workers: FieldSpec("workers", "专职工作者", "Community workers", .count)
        case .hasServiceCentre: FieldSpec("service_centre", "党群服务中心", "Service centre", .bool)
        case .committeesIncludeNonRegistered: FieldSpec("committees_non_registered", "两委含非户籍成员", "Committees include non-registered", .bool)
        case .hasDeliberationCouncil: FieldSpec("deliberation_council", "居民议事会", "Deliberation council", .bool)
        case .annualBudget: FieldSpec("annual_budget", "微实事年度预算", "Micro-project budget", .money)
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .name: texts.value(name)
        case .street: texts.value(street)
        case .secretary: texts.value(secretary)
        case .secretaryYears: .int(Int64(secretaryYears))
        case .registeredResidents: .int(Int64(registeredResidents))
        case .nonRegisteredResidents: .int(Int64(nonRegisteredResidents))
        case .households: .int(Int64(households))
        case .grids: .int(Int64(grids))
        case .workers: .int(Int64(workers))
        case .hasServiceCentre: .bool(hasServiceCentre)
        case .committeesIncludeNonRegistered: .bool(committeesIncludeNonRegistered)
        case .hasDeliberationCouncil: .bool(hasDeliberationCouncil)
        case .annualBudget: .int(annualBudget)
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        switch field {
        case .name: name = texts.intern(value.textValue)
        case .street: street = texts.intern(value.textValue)
        case .secretary: secretary = texts.intern(value.textValue)
        case .secretaryYears: secretaryYears = Int32(truncatingIfNeeded: value.intValue)
        case .registeredResidents: registeredResidents = Int32(truncatingIfNeeded: value.intValue)
        case .nonRegisteredResidents: nonRegisteredResidents = Int32(truncatingIfNeeded: value.intValue)
        case .households: households = Int32(truncatingIfNeeded: value.intValue)
        case .grids: grids = Int32(truncatingIfNeeded: value.intValue)
        case .workers: workers = Int32(truncatingIfNeeded: value.intValue)
        case .hasServiceCentre: hasServiceCentre = value.boolValue
        case .committeesIncludeNonRegistered: committeesIncludeNonRegistered = value.boolValue
        case .hasDeliberationCouncil: hasDeliberationCouncil = value.boolValue
        case .annualBudget: annualBudget = value.intValue
        }
    }
}
