/// A dense, typed record identifier: the index of the record in its table.
///
/// IDs are never reused while the record exists; a deleted record keeps its slot
/// as a tombstone so that every other ID stays valid.
///
/// ```swift
/// let id = CommunityID(3)
/// registry.communities[id]   // the fourth community
/// ```
public struct ID<Entity>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The index into the entity's table.
    public var raw: Int32

    @inlinable public init(_ raw: Int32) { self.raw = raw }
    @inlinable public init(_ raw: Int) { self.raw = Int32(truncatingIfNeeded: raw) }

    /// The index as an `Int`, for subscripting arrays.
    @inlinable public var index: Int { Int(raw) }

    public static func < (lhs: ID, rhs: ID) -> Bool { lhs.raw < rhs.raw }

    public var description: String { String(raw) }

    public init(from decoder: Decoder) throws {
        raw = try decoder.singleValueContainer().decode(Int32.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(raw)
    }
}

public typealias CommunityID = ID<Community>
public typealias CompoundID = ID<Compound>
public typealias VolunteerID = ID<Volunteer>
public typealias ServiceRecordID = ID<ServiceRecord>
public typealias AppealID = ID<Appeal>
public typealias AppealEventID = ID<AppealEvent>
public typealias ProjectID = ID<MicroProject>
public typealias DepartmentID = ID<Department>
public typealias TeamID = ID<Team>
public typealias UserID = ID<User>
public typealias CategoryID = ID<AppealCategory>

/// Stored in fixed-width fields where a reference is optional.
public let noReference: Int32 = -1
