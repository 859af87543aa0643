extension DemoGenerator {
    mutating func addVolunteers(communities: [Int32], compounds: [Int32], teams: [Int32]) throws(EditError) {
        let today = Day(unixTime: now)
        let quarterStart = today.firstOfQuarter
        for _ in 0..<scale.volunteers {
            let community = random.pick(communities)
            let local = registry.indexes.compoundsByCommunity.children(of: community)
            let compound: Int32 = local.isEmpty || random.chance(10) ? noReference : random.pick(local)
            let roll = random.below(100)
            let kind: VolunteerKind = roll < 45 ? .inServiceMember : (roll < 55 ? .floatingMember : .resident)
            let localTeams = registry.indexes.teamsByCommunity.children(of: community)
            let team: Int32 = kind != .resident && !localTeams.isEmpty && random.chance(40) ? random.pick(localTeams) : noReference
            var skills = Skills()
            for entry in Skills.catalogue where random.chance(12) { skills.insert(entry.skill) }
            let id = try create(.volunteer, [
                FieldChange("name", .text(personName())),
                FieldChange("phone", .text(mobile())),
                FieldChange("community", .int(Int64(community))),
                FieldChange("compound", compound == noReference ? .none : .int(Int64(compound))),
                FieldChange("kind", .int(Int64(kind.rawValue))),
                FieldChange("workplace", .text(kind == .inServiceMember ? random.pick(DemoNames.workplaces) : "")),
                FieldChange("reported_residence", .bool(kind != .resident && random.chance(95))),
                FieldChange("reported_workplace", .bool(kind == .inServiceMember && random.chance(90))),
                FieldChange("skills", .int(Int64(skills.rawValue))),
                FieldChange("team", team == noReference ? .none : .int(Int64(team))),
            ])
            // Earlier services over the past year.
            for _ in 0..<random.within(0...3) {
                try addService(volunteer: id, on: today.adding(days: -random.within(1...360)), compound: compound)
            }
            // About one in six in-service members has not served yet this quarter.
            if kind == .inServiceMember, random.below(6) != 0 {
                let span = max(0, quarterStart.days(to: today))
                try addService(volunteer: id, on: quarterStart.adding(days: random.within(0...span)), compound: compound)
            }
        }
    }

    private mutating func addService(volunteer: Int32, on day: Day, compound: Int32) throws(EditError) {
        let place: ServicePlace = compound == noReference ? .serviceCentre : random.pick([.serviceCentre, .compound, .compound, .checkpoint])
        try create(.serviceRecord, [
            FieldChange("volunteer", .int(Int64(volunteer))),
            FieldChange("date", .day(day.daysSince1970)),
            FieldChange("hours", .int(Int64(random.pick([10, 15, 20, 30, 40])))),
            FieldChange("activity", .text(random.pick(DemoNames.activities))),
            FieldChange("place", .int(Int64(place.rawValue))),
            FieldChange("place_name", .text(place == .compound ? registry.name(of: RecordRef(.compound, compound)) : "党群服务中心")),
            FieldChange("confirmed_by", .text(random.chance(95) ? personName() : "")),
        ])
    }

    mutating func addProjects(in communities: [Int32]) throws(EditError) {
        let year = Int32(Day(unixTime: now).year)
        for i in 0..<scale.projects {
            let community = communities[i % communities.count]
            let template = random.pick(DemoNames.projectTitles)
            let cap = Int(template.kind.cap)
            let budget = Int64(random.within(2...(cap / 10_000 / 4)) * 10_000)
            let linked = registry.indexes.appealsByCommunity.children(of: community)
            let id = try create(.project, [
                FieldChange("name", .text(template.title)),
                FieldChange("community", .int(Int64(community))),
                FieldChange("kind", .int(Int64(template.kind.rawValue))),
                FieldChange("proposer", .text(personName())),
                FieldChange("budget", .int(budget)),
                FieldChange("year", .int(Int64(year))),
                FieldChange("description", .text("居民提议：" + template.title)),
            ])
            // Link a recurring appeal of the community, as a coordinator would.
            if !linked.isEmpty, random.chance(30) {
                let appeal = random.pick(linked)
                let version = registry.appeals.rows[Int(appeal)].version
                if registry.appeals.rows[Int(appeal)].project.raw == noReference {
                    try registry.apply(.update(RecordRef(.appeal, appeal), version: version, [FieldChange("project", .int(Int64(id)))]), by: admin, at: now)
                }
            }
            try advance(project: ProjectID(id), stage: random.below(6))
        }
    }

    /// Moves a project through its stages; approval stops quietly when the budget is used up, as it would for a real street.
    private mutating func advance(project id: ProjectID, stage: Int) throws(EditError) {
        let moves: [ProjectMove]
        let votes = Int32(random.within(20...80))
        switch stage {
        case 0: moves = []
        case 1: moves = [.deliberate(votesFor: votes, votesAgainst: Int32(random.within(0...15)))]
        case 5: moves = [.deliberate(votesFor: Int32(random.within(3...15)), votesAgainst: votes), .reject]
        default:
            moves = [.deliberate(votesFor: votes, votesAgainst: Int32(random.within(0...15))), .approve, .implement,
                     .accept(score: UInt8(random.within(70...99)))].prefix(stage).map { $0 }
        }
        for move in moves {
            let version = registry.projects[id].version
            do {
                try registry.apply(.moveProject(id, version: version, move, note: ""), by: admin, at: now)
            } catch let error where isBudgetRefusal(error) {
                return
            }
        }
    }

    private func isBudgetRefusal(_ error: EditError) -> Bool {
        if case .overBudget = error.code { return true }
        return false
    }

    /// Each team's first member leads it (taken by position, not the seed, so the rest stays as it was).
    mutating func nameTeamLeaders(_ teams: [Int32]) throws(EditError) {
        for team in teams {
            guard let leader = registry.indexes.membersByTeam.children(of: team).first else { continue }
            let version = registry.teams[TeamID(team)].version
            try registry.apply(.update(RecordRef(.team, team), version: version, [FieldChange("leader", .int(Int64(leader)))]),
                               by: admin.raw < 0 ? nil : admin, at: now)
        }
    }
}
