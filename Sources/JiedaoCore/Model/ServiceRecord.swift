/// 服务记录: one service a volunteer gave.
public struct ServiceRecord: Record, Hashable {
    public static let kind = EntityKind.serviceRecord

    public var version: UInt32 = 0
    public var isDeleted = false
    public var volunteer = VolunteerID(noReference)
    /// Days since 1970-01-01.
    public var day: Int32 = 0
    /// Hours × 10, so half hours are exact.
    public var tenthsOfHour: Int32 = 0
    public var activity = TextRef.empty
    public var place = ServicePlace.serviceCentre
    public var placeName = TextRef.empty
    /// Who confirmed it; an unconfirmed service does not count for the quarterly rule.
    public var confirmedBy = TextRef.empty

    public init() {}

    /// Whether the service counts for the quarterly rule.
    public var isConfirmed: Bool { !confirmedBy.isEmpty }

    public enum Field: String, CaseIterable, Sendable {
        case volunteer, day = "date", tenthsOfHour = "hours", activity, place, placeName = "place_name"
        case confirmedBy = "confirmed_by"
    }

    public static func spec(_ field: Field) -> FieldSpec {
        switch field {
        case .volunteer: FieldSpec("volunteer", "志愿者", "Volunteer", .reference(.volunteer, optional: false))
        case .day: FieldSpec("date", "日期", "Date", .day(optional: false))
        case .tenthsOfHour: FieldSpec("hours", "时长", "Hours", .tenthsOfHour)
        case .activity: FieldSpec("activity", "活动", "Activity", .name)
        case .place: FieldSpec("place", "地点类型", "Place", FieldSpec.options(ServicePlace.self))
        case .placeName: FieldSpec("place_name", "地点", "Place name", .text)
        case .confirmedBy: FieldSpec("confirmed_by", "确认人", "Confirmed by", .text)
        }
    }

    public func value(_ field: Field, _ texts: TextStore) -> FieldValue {
        switch field {
        case .volunteer: .ref(volunteer.raw)
        case .day: .day(day)
        case .tenthsOfHour: .int(Int64(tenthsOfHour))
        case .activity: texts.value(activity)
        case .place: .int(Int64(place.rawValue))
        case .placeName: texts.value(placeName)
        case .confirmedBy: texts.value(confirmedBy)
        }
    }

    public mutating func assign(_ field: Field, _ value: FieldValue, _ texts: inout TextStore) {
        switch field {
        case .volunteer: volunteer = VolunteerID(value.refValue)
        case .day: day = value.dayValue
        case .tenthsOfHour: tenthsOfHour = Int32(truncatingIfNeeded: value.intValue)
        case .activity: activity = texts.intern(value.textValue)
        case .place: place = ServicePlace(rawValue: UInt8(truncatingIfNeeded: value.intValue)) ?? .other
        case .placeName: placeName = texts.intern(value.textValue)
        case .confirmedBy: confirmedBy = texts.intern(value.textValue)
        }
    }
}
