import Foundation

extension DemoGenerator {
    mutating func addCommunities() throws(EditError) -> [Int32] {
        var used = Set<String>()
        var ids: [Int32] = []
        for i in 0..<scale.communities {
            let stem = DemoNames.communityStems[i % DemoNames.communityStems.count]
            let name = unique(stem + "社区", in: &used)
            let registered = random.within(3_000...12_000)
            // Shenzhen's ratio is inverted: far more non-registered residents than registered.
            let nonRegistered = registered * random.within(2...6)
            let street = scale == .street ? "桂香街道" : "第\(i / 12 + 1)街道"
            ids.append(try create(.community, [
                FieldChange("name", .text(name)),
                FieldChange("street", .text(street)),
                FieldChange("secretary", .text(personName())),
                FieldChange("secretary_years", .int(Int64(random.within(1...12)))),
                FieldChange("registered_residents", .int(Int64(registered))),
                FieldChange("non_registered_residents", .int(Int64(nonRegistered))),
                FieldChange("households", .int(Int64((registered + nonRegistered) / 3))),
                FieldChange("grids", .int(Int64(random.within(8...40)))),
                FieldChange("workers", .int(Int64(random.within(15...60)))),
                FieldChange("service_centre", .bool(random.chance(92))),
                FieldChange("committees_non_registered", .bool(random.chance(81))),
                FieldChange("deliberation_council", .bool(random.chance(75))),
                FieldChange("annual_budget", .int(2_000_000)),
            ]))
        }
        return ids
    }

    mutating func addCompounds(in communities: [Int32]) throws(EditError) -> [Int32] {
        var used = Set<String>()
        var ids: [Int32] = []
        for i in 0..<scale.compounds {
            // Every community gets compounds in turn, so none is empty.
            let community = communities[i % communities.count]
            let village = random.chance(20)
            let kind: CompoundKind = village ? .urbanVillage : random.pick([.commercial, .commercial, .commercial, .publicHousing, .workUnit, .industrialPark])
            let stem = random.pick(DemoNames.compoundStems)
            let name = unique(stem + (village ? random.pick(DemoNames.villageSuffixes) : random.pick(DemoNames.compoundSuffixes)), in: &used)
            // About 82% of compounds have a party organisation.
            let party: PartyOrgKind = random.chance(82) ? random.pick([.branch, .branch, .jointBranch, .functionalBranch]) : .none
            let households = random.within(200...3_000)
            let committee = !village && random.chance(60)
            let termEnd = committee ? FieldValue.day(Day(unixTime: now).daysSince1970 + Int32(random.within(-30...900))) : FieldValue.none
            let lastYear = random.within(2...40)
            let thisYear = party == .none ? lastYear + random.within(-3...6) : lastYear * random.within(55...95) / 100
            ids.append(try create(.compound, [
                FieldChange("name", .text(name)),
                FieldChange("community", .int(Int64(community))),
                FieldChange("kind", .int(Int64(kind.rawValue))),
                FieldChange("households", .int(Int64(households))),
                FieldChange("buildings", .int(Int64(max(1, households / random.within(60...200))))),
                FieldChange("party_org", .int(Int64(party.rawValue))),
                FieldChange("party_secretary", .text(party == .none ? "" : personName())),
                FieldChange("party_members", .int(Int64(party == .none ? random.within(0...8) : random.within(10...160)))),
                FieldChange("floating_members", .int(Int64(random.within(0...(village ? 124 : 30))))),
                FieldChange("owners_committee", .bool(committee)),
                FieldChange("owners_term_end", termEnd),
                FieldChange("property_company", .text(village ? "" : random.pick(DemoNames.propertyCompanies))),
                FieldChange("cross_appointed", .int(Int64(party != .none && committee ? random.within(0...4) : 0))),
                FieldChange("building_leaders", .int(Int64(random.within(0...20)))),
                FieldChange("disputes_this_year", .int(Int64(max(0, thisYear)))),
                FieldChange("disputes_last_year", .int(Int64(lastYear))),
            ]))
        }
        return ids
    }

    mutating func addTeams(in communities: [Int32]) throws(EditError) -> [Int32] {
        var ids: [Int32] = []
        for community in communities {
            for n in 1...2 {
                let name = registry.name(of: RecordRef(.community, community)).replacingOccurrences(of: "社区", with: "") + "党员先锋队第\(n)队"
                ids.append(try create(.team, [FieldChange("name", .text(name)), FieldChange("community", .int(Int64(community)))]))
            }
        }
        return ids
    }
}
