/// In-service party members with no confirmed service in one calendar quarter (the
/// quarterly rule), kept exact as services and volunteers change, with no rescan.
///
/// The registry moves it to a new quarter when its clock crosses one; that is the only rebuild.
public struct QuarterTracker: Sendable {
    /// The quarter tracked, as days since 1970 (empty when `first > last`).
    public private(set) var first: Int32 = 1
    public private(set) var last: Int32 = 0
    /// Members behind in the quarter, street-wide and by community.
    public private(set) var behind = CommunityCounts()
    /// Confirmed services in the quarter, by volunteer index.
    private var served: [Int32] = []

    /// Tracks nothing until the registry's clock is set.
    public init() {}

    /// Tracks the quarter containing `day`.
    init(quarterOf day: Day, volunteers: [Volunteer], services: [ServiceRecord]) {
        first = day.firstOfQuarter.daysSince1970
        last = day.lastOfQuarter.daysSince1970
        served = Array(repeating: 0, count: volunteers.count)
        for service in services where counts(service) {
            let volunteer = service.volunteer.index
            if volunteer < served.count { served[volunteer] += 1 }
        }
        for (index, volunteer) in volunteers.enumerated() where Self.isMember(volunteer) && served[index] == 0 {
            behind.add(1, to: volunteer.community)
        }
    }

    /// Whether `day` is in the quarter tracked.
    public func covers(_ day: Day) -> Bool { day.daysSince1970 >= first && day.daysSince1970 <= last }

    /// Live in-service party members: the volunteers the quarterly rule applies to.
    static func isMember(_ volunteer: Volunteer) -> Bool {
        !volunteer.isDeleted && volunteer.volunteerKind == .inServiceMember
    }

    private func counts(_ service: ServiceRecord) -> Bool {
        !service.isDeleted && service.isConfirmed && service.day >= first && service.day <= last && service.volunteer.raw >= 0
    }

    // MARK: - Changes

    mutating func update(volunteer id: Int32, old: Volunteer?, new: Volunteer?) {
        guard first <= last, id >= 0 else { return }
        grow(to: Int(id))
        guard served[Int(id)] == 0 else { return }
        if let old, Self.isMember(old) { behind.add(-1, to: old.community) }
        if let new, Self.isMember(new) { behind.add(1, to: new.community) }
    }

    mutating func update(service old: ServiceRecord?, new: ServiceRecord?, volunteers: [Volunteer]) {
        guard first <= last else { return }
        if let old, counts(old) { serve(old.volunteer, by: -1, volunteers: volunteers) }
        if let new, counts(new) { serve(new.volunteer, by: 1, volunteers: volunteers) }
    }

    private mutating func serve(_ volunteer: VolunteerID, by delta: Int32, volunteers: [Volunteer]) {
        let index = volunteer.index
        grow(to: index)
        let before = served[index]
        served[index] += delta
        guard index < volunteers.count, Self.isMember(volunteers[index]) else { return }
        // Only the moves between none and some change who is behind.
        if before == 0, served[index] > 0 { behind.add(-1, to: volunteers[index].community) }
        if before > 0, served[index] == 0 { behind.add(1, to: volunteers[index].community) }
    }

    private mutating func grow(to index: Int) {
        if index >= served.count { served.append(contentsOf: repeatElement(0, count: index - served.count + 1)) }
    }
}
