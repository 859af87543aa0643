/// The indexes the panes and the checks need, kept current by every edit.
public struct RegistryIndexes: Hashable, Sendable {
    public internal(set) var compoundsByCommunity = ChildIndex()
    public internal(set) var volunteersByCommunity = ChildIndex()
    public internal(set) var appealsByCommunity = ChildIndex()
    public internal(set) var projectsByCommunity = ChildIndex()
    public internal(set) var teamsByCommunity = ChildIndex()
    public internal(set) var appealsByCompound = ChildIndex()
    public internal(set) var volunteersByCompound = ChildIndex()
    public internal(set) var servicesByVolunteer = ChildIndex()
    public internal(set) var membersByTeam = ChildIndex()
    public internal(set) var appealsByProject = ChildIndex()
    /// Duplicates merged into each original.
    public internal(set) var duplicatesByAppeal = ChildIndex()

    public init() {}

    /// A copy without empty trailing lists, for comparisons.
    public func normalized() -> RegistryIndexes {
        var copy = self
        copy.compoundsByCommunity = compoundsByCommunity.normalized()
        copy.volunteersByCommunity = volunteersByCommunity.normalized()
        copy.appealsByCommunity = appealsByCommunity.normalized()
        copy.projectsByCommunity = projectsByCommunity.normalized()
        copy.teamsByCommunity = teamsByCommunity.normalized()
        copy.appealsByCompound = appealsByCompound.normalized()
        copy.volunteersByCompound = volunteersByCompound.normalized()
        copy.servicesByVolunteer = servicesByVolunteer.normalized()
        copy.membersByTeam = membersByTeam.normalized()
        copy.appealsByProject = appealsByProject.normalized()
        copy.duplicatesByAppeal = duplicatesByAppeal.normalized()
        return copy
    }

    // MARK: - Keeping the lists current; `nil` means the record is absent or deleted.

    private static func parent(_ raw: Int32?) -> Int32? {
        guard let raw, raw >= 0 else { return nil }
        return raw
    }

    mutating func update(_ id: Int32, old: Compound?, new: Compound?) {
        compoundsByCommunity.move(id, from: old?.community.raw, to: new?.community.raw)
    }

    mutating func update(_ id: Int32, old: Volunteer?, new: Volunteer?) {
        volunteersByCommunity.move(id, from: old?.community.raw, to: new?.community.raw)
        volunteersByCompound.move(id, from: Self.parent(old?.compound.raw), to: Self.parent(new?.compound.raw))
        membersByTeam.move(id, from: Self.parent(old?.team.raw), to: Self.parent(new?.team.raw))
    }

    mutating func update(_ id: Int32, old: Appeal?, new: Appeal?) {
        appealsByCommunity.move(id, from: old?.community.raw, to: new?.community.raw)
        appealsByCompound.move(id, from: Self.parent(old?.compound.raw), to: Self.parent(new?.compound.raw))
        appealsByProject.move(id, from: Self.parent(old?.project.raw), to: Self.parent(new?.project.raw))
        duplicatesByAppeal.move(id, from: Self.parent(old?.progress.mergedInto.raw), to: Self.parent(new?.progress.mergedInto.raw))
    }

    mutating func update(_ id: Int32, old: MicroProject?, new: MicroProject?) {
        projectsByCommunity.move(id, from: old?.community.raw, to: new?.community.raw)
    }

    mutating func update(_ id: Int32, old: Team?, new: Team?) {
        teamsByCommunity.move(id, from: old?.community.raw, to: new?.community.raw)
    }

    mutating func update(_ id: Int32, old: ServiceRecord?, new: ServiceRecord?) {
        servicesByVolunteer.move(id, from: old?.volunteer.raw, to: new?.volunteer.raw)
    }

    mutating func update(_ id: Int32, old: Community?, new: Community?) {}
    mutating func update(_ id: Int32, old: Department?, new: Department?) {}
    mutating func update(_ id: Int32, old: User?, new: User?) {}
}
