import JiedaoCore

/// A record type's fixed-width layout in a snapshot section (see docs/snapshot-format.md).
protocol SnapshotRecord {
    /// Bytes per record as this version writes it.
    static var recordSize: Int { get }
    /// Bytes per record as version 1 first wrote it: the shortest record a reader accepts.
    static var baseRecordSize: Int { get }
    func write(to writer: inout ByteWriter, _ text: inout TextCompactor)
    /// Reads the fields of the base record.
    static func read(from reader: inout ByteReader, textLimit: Int) throws(SnapshotError) -> Self
    /// Reads fields appended after the base record, when `available` bytes hold them;
    /// returns the bytes read.
    static func readAppended(_ record: inout Self, from reader: inout ByteReader, available: Int, textLimit: Int) throws(SnapshotError) -> Int
}

extension SnapshotRecord {
    static var baseRecordSize: Int { recordSize }
    static func readAppended(_ record: inout Self, from reader: inout ByteReader, available: Int, textLimit: Int) throws(SnapshotError) -> Int { 0 }
}

/// Bit 0 of the flags byte that starts every record except events: the record is a tombstone.
let deletedFlag: UInt8 = 1

extension Community: SnapshotRecord {
    static let recordSize = 1 + 4 + 8 * 3 + 4 * 6 + 8

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8((isDeleted ? deletedFlag : 0) | (hasServiceCentre ? 2 : 0) | (committeesIncludeNonRegistered ? 4 : 0) | (hasDeliberationCouncil ? 8 : 0))
        w.u32(version)
        w.text(name, &text)
        w.text(street, &text)
        w.text(secretary, &text)
        for value in [secretaryYears, registeredResidents, nonRegisteredResidents, households, grids, workers] { w.i32(value) }
        w.i64(annualBudget)
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> Community {
        var c = Community()
        let flags = try r.u8()
        c.isDeleted = flags & deletedFlag != 0
        c.hasServiceCentre = flags & 2 != 0
        c.committeesIncludeNonRegistered = flags & 4 != 0
        c.hasDeliberationCouncil = flags & 8 != 0
        c.version = try r.u32()
        c.name = try r.text(limit: textLimit)
        c.street = try r.text(limit: textLimit)
        c.secretary = try r.text(limit: textLimit)
        c.secretaryYears = try r.i32()
        c.registeredResidents = try r.i32()
        c.nonRegisteredResidents = try r.i32()
        c.households = try r.i32()
        c.grids = try r.i32()
        c.workers = try r.i32()
        c.annualBudget = try r.i64()
        return c
    }
}

extension Compound: SnapshotRecord {
    static let recordSize = 1 + 4 + 8 + 4 + 1 + 1 + 8 * 2 + 4 * 9

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8((isDeleted ? deletedFlag : 0) | (hasOwnersCommittee ? 2 : 0))
        w.u32(version)
        w.text(name, &text)
        w.i32(community.raw)
        w.u8(compoundKind.rawValue)
        w.u8(partyOrg.rawValue)
        w.text(partySecretary, &text)
        w.text(propertyCompany, &text)
        for value in [households, buildings, partyMembers, floatingMembers, ownersTermEnd, crossAppointed, buildingLeaders,
                      disputesThisYear, disputesLastYear] { w.i32(value) }
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> Compound {
        var c = Compound()
        let flags = try r.u8()
        c.isDeleted = flags & deletedFlag != 0
        c.hasOwnersCommittee = flags & 2 != 0
        c.version = try r.u32()
        c.name = try r.text(limit: textLimit)
        c.community = CommunityID(try r.i32())
        c.compoundKind = try r.choice(CompoundKind.self, field: "compound kind")
        c.partyOrg = try r.choice(PartyOrgKind.self, field: "party organisation")
        c.partySecretary = try r.text(limit: textLimit)
        c.propertyCompany = try r.text(limit: textLimit)
        c.households = try r.i32()
        c.buildings = try r.i32()
        c.partyMembers = try r.i32()
        c.floatingMembers = try r.i32()
        c.ownersTermEnd = try r.i32()
        c.crossAppointed = try r.i32()
        c.buildingLeaders = try r.i32()
        c.disputesThisYear = try r.i32()
        c.disputesLastYear = try r.i32()
        return c
    }
}

extension Volunteer: SnapshotRecord {
    static let recordSize = 1 + 4 + 8 * 3 + 4 * 3 + 1 + 2

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8((isDeleted ? deletedFlag : 0) | (reportedAtResidence ? 2 : 0) | (reportedAtWorkplace ? 4 : 0))
        w.u32(version)
        w.text(name, &text)
        w.text(phone, &text)
        w.text(workplace, &text)
        w.i32(community.raw)
        w.i32(compound.raw)
        w.i32(team.raw)
        w.u8(volunteerKind.rawValue)
        w.u16(skills.rawValue)
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> Volunteer {
        var v = Volunteer()
        let flags = try r.u8()
        v.isDeleted = flags & deletedFlag != 0
        v.reportedAtResidence = flags & 2 != 0
        v.reportedAtWorkplace = flags & 4 != 0
        v.version = try r.u32()
        v.name = try r.text(limit: textLimit)
        v.phone = try r.text(limit: textLimit)
        v.workplace = try r.text(limit: textLimit)
        v.community = CommunityID(try r.i32())
        v.compound = CompoundID(try r.i32())
        v.team = TeamID(try r.i32())
        v.volunteerKind = try r.choice(VolunteerKind.self, field: "volunteer kind")
        v.skills = Skills(rawValue: try r.u16())
        return v
    }
}

extension ServiceRecord: SnapshotRecord {
    static let recordSize = 1 + 4 + 4 * 3 + 1 + 8 * 3

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8(isDeleted ? deletedFlag : 0)
        w.u32(version)
        w.i32(volunteer.raw)
        w.i32(day)
        w.i32(tenthsOfHour)
        w.u8(place.rawValue)
        w.text(activity, &text)
        w.text(placeName, &text)
        w.text(confirmedBy, &text)
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> ServiceRecord {
        var s = ServiceRecord()
        s.isDeleted = try r.u8() & deletedFlag != 0
        s.version = try r.u32()
        s.volunteer = VolunteerID(try r.i32())
        s.day = try r.i32()
        s.tenthsOfHour = try r.i32()
        s.place = try r.choice(ServicePlace.self, field: "service place")
        s.activity = try r.text(limit: textLimit)
        s.placeName = try r.text(limit: textLimit)
        s.confirmedBy = try r.text(limit: textLimit)
        return s
    }
}

extension Department: SnapshotRecord {
    /// As version 1 first wrote it, with the categories of IDs 0–15; the whole 64-bit mask and
    /// the contact person were appended.
    static let baseRecordSize = 1 + 4 + 8 + 2 + 8
    static let recordSize = baseRecordSize + 8 + 8

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8(isDeleted ? deletedFlag : 0)
        w.u32(version)
        w.text(name, &text)
        w.u16(UInt16(truncatingIfNeeded: categories))
        w.text(phone, &text)
        w.u64(categories)
        w.text(contact, &text)
    }

    static func readAppended(_ d: inout Department, from r: inout ByteReader, available: Int, textLimit: Int) throws(SnapshotError) -> Int {
        guard available >= 8 else { return 0 }
        d.categories = try r.u64()
        guard available >= 16 else { return 8 }
        d.contact = try r.text(limit: textLimit)
        return 16
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> Department {
        var d = Department()
        d.isDeleted = try r.u8() & deletedFlag != 0
        d.version = try r.u32()
        d.name = try r.text(limit: textLimit)
        d.categories = UInt64(try r.u16())
        d.phone = try r.text(limit: textLimit)
        return d
    }
}

extension Team: SnapshotRecord {
    static let recordSize = 1 + 4 + 8 + 4 + 4

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8(isDeleted ? deletedFlag : 0)
        w.u32(version)
        w.text(name, &text)
        w.i32(community.raw)
        w.i32(leader.raw)
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> Team {
        var t = Team()
        t.isDeleted = try r.u8() & deletedFlag != 0
        t.version = try r.u32()
        t.name = try r.text(limit: textLimit)
        t.community = CommunityID(try r.i32())
        t.leader = VolunteerID(try r.i32())
        return t
    }
}

extension AppealCategory: SnapshotRecord {
    static let recordSize = 1 + 4 + 8 + 8

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8((isDeleted ? deletedFlag : 0) | (isRetired ? 2 : 0))
        w.u32(version)
        w.text(name, &text)
        w.text(englishName, &text)
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> AppealCategory {
        var c = AppealCategory()
        let flags = try r.u8()
        c.isDeleted = flags & deletedFlag != 0
        c.isRetired = flags & 2 != 0
        c.version = try r.u32()
        c.name = try r.text(limit: textLimit)
        c.englishName = try r.text(limit: textLimit)
        return c
    }
}

extension User: SnapshotRecord {
    /// As version 1 first wrote it; the scope (community, department) was appended.
    static let baseRecordSize = 1 + 4 + 8 + 8 + 1
    static let recordSize = baseRecordSize + 8

    func write(to w: inout ByteWriter, _ text: inout TextCompactor) {
        w.u8(isDeleted ? deletedFlag : 0)
        w.u32(version)
        w.text(login, &text)
        w.text(displayName, &text)
        w.u8(role.rawValue)
        w.i32(community.raw)
        w.i32(department.raw)
    }

    static func readAppended(_ u: inout User, from r: inout ByteReader, available: Int, textLimit: Int) throws(SnapshotError) -> Int {
        guard available >= 8 else { return 0 }
        u.community = CommunityID(try r.i32())
        u.department = DepartmentID(try r.i32())
        return 8
    }

    static func read(from r: inout ByteReader, textLimit: Int) throws(SnapshotError) -> User {
        var u = User()
        u.isDeleted = try r.u8() & deletedFlag != 0
        u.version = try r.u32()
        u.login = try r.text(limit: textLimit)
        u.displayName = try r.text(limit: textLimit)
        u.role = try r.choice(Role.self, field: "role")
        return u
    }
}
