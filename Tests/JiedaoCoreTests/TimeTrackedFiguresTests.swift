import JiedaoCore
import XCTest

/// The overdue tracker, the quarterly-rule tracker and the KPI ledger are kept incrementally;
/// after thousands of random edits with the clock moving (and once going back) they must
/// equal a recomputation from the records.
final class TimeTrackedFiguresTests: XCTestCase {
    private let hour: Int64 = 3_600

    func testIncrementalFiguresEqualARecomputationAfterThousandsOfEdits() throws {
        var registry = try DemoGenerator(scale: .street, seed: 11, now: Fixtures.now, adminLogin: "admin").build()
        let calendar = WorkCalendar.shipped
        var now = Fixtures.now
        registry.enableKPIs(calendar: calendar, at: now)
        registry.advanceClock(to: now)
        var random = DemoRandom(seed: 5)
        var applied = 0
        var overdueSeen = Set<Int>()
        for step in 0..<4_000 {
            if step % 25 == 0 {
                // Time passes (now and then by days, across a quarter's end), once it goes back.
                now += step == 2_000 ? -30 * hour : Int64(random.below(20)) * hour
                if step % 500 == 0 { now += 24 * hour * Int64(random.below(20)) }
                registry.advanceClock(to: now)
            }
            if (try? registry.apply(edit(&random, registry, now: now, step: step), by: UserID(0), at: now)) != nil { applied += 1 }
            if step % 400 == 399 {
                try compare(registry, at: now, calendar: calendar, step: step)
                // A moment after the clock, not yet advanced to, is answered exactly too.
                try compare(registry, at: now + 5 * 24 * hour, calendar: calendar, step: step)
                overdueSeen.insert(registry.overdue.counts.total)
            }
        }
        XCTAssertGreaterThan(applied, 1_500, "many generated edits must be valid")
        XCTAssertGreaterThan(overdueSeen.count, 3, "the overdue count must move during the run")
    }

    func testAnAppealBecomesOverdueWhenItsDeadlinePassesAndLeavesWhenResolved() throws {
        var s = try Fixtures.street()
        let received = Fixtures.now - 2 * hour
        try s.registry.apply(.create(.appeal, [FieldChange("summary", .text("路灯不亮")), FieldChange("received_at", .time(received)),
                                               FieldChange("community", .int(0))]), by: s.admin, at: Fixtures.now)
        let id = AppealID(s.registry.appeals.count - 1)
        let deadline = Fixtures.now + 3 * hour
        try s.registry.apply(.moveAppeal(id, version: s.registry.appeals[id].version, .dispatch(.community, handler: 0, deadline: deadline), note: ""),
                             by: s.admin, at: Fixtures.now)
        s.registry.advanceClock(to: Fixtures.now)
        XCTAssertEqual(s.registry.overdue.counts.total, 0)
        s.registry.advanceClock(to: deadline)
        XCTAssertEqual(s.registry.overdue.counts.total, 0, "due at the deadline itself, not yet over it")
        s.registry.advanceClock(to: deadline + 1)
        XCTAssertEqual(s.registry.overdue.counts.total, 1, "the tick moved it into overdue")
        XCTAssertEqual(s.registry.overdue.counts[0], 1)
        XCTAssertEqual(s.registry.mostOverdue(10, at: deadline + 1), [id])
        try s.registry.apply(.moveAppeal(id, version: s.registry.appeals[id].version, .resolve, note: ""), by: s.admin, at: deadline + 1)
        XCTAssertEqual(s.registry.overdue.counts.total, 0, "resolving takes it out at once")
        XCTAssertEqual(s.registry.summary(at: deadline + 1).appealsOverdue, 0)
        let redo = deadline + 48 * hour
        try s.registry.apply(.moveAppeal(id, version: s.registry.appeals[id].version,
                                         .evaluate(Evaluation(all: .dissatisfied), redoDeadline: redo), note: ""), by: s.admin, at: deadline + 2)
        XCTAssertEqual(s.registry.overdue.counts.total, 0, "the redo deadline is ahead")
        XCTAssertEqual(s.registry.summary(at: redo + 1).appealsOverdue, 1, "asked ahead of the clock, the queue answers")
        s.registry.advanceClock(to: deadline)
        XCTAssertEqual(s.registry.overdue.counts.total, 0, "a clock set back rebuilds")
    }

    // MARK: - Recomputation from the records

    private func compare(_ registry: Registry, at now: Int64, calendar: WorkCalendar, step: Int) throws {
        var overdue: [Int: Int] = [:]
        var overdueList: [(AppealID, Int64)] = []
        for (index, appeal) in registry.appeals.rows.enumerated() where !appeal.isDeleted && appeal.progress.isOverdue(at: now) {
            overdue[appeal.community.index, default: 0] += 1
            overdueList.append((AppealID(index), appeal.progress.deadline))
        }
        XCTAssertEqual(registry.overdueByCommunity(at: now), overdue, "overdue by community at step \(step)")
        let expectedMost = overdueList.sorted { ($0.1, $0.0.raw) < ($1.1, $1.0.raw) }.prefix(10).map(\.0)
        XCTAssertEqual(registry.mostOverdue(10, at: now), expectedMost, "most overdue at step \(step)")
        XCTAssertEqual(Set(registry.overdueAppeals(at: now)), Set(overdueList.map(\.0)))

        let today = Day(unixTime: now, utcOffset: registry.settings.utcOffset(at: now))
        var behind: [Int: Int] = [:]
        for (index, volunteer) in registry.volunteers.rows.enumerated() where !volunteer.isDeleted && volunteer.volunteerKind == .inServiceMember {
            if !registry.hasServed(VolunteerID(index), inQuarterOf: today) { behind[volunteer.community.index, default: 0] += 1 }
        }
        XCTAssertEqual(registry.volunteersBehindByCommunity(at: now), behind, "members behind at step \(step)")

        for dimension in KPIDimension.allCases {
            for (first, last) in [(today, today), (today.firstOfMonth, today), (today.firstOfYear, today), (today.adding(days: -45), today.adding(days: -3))] {
                let window = KPIWindow(registry, from: first, to: last, by: dimension, at: now, calendar: calendar, language: .zh)
                let expected = ReferenceKPIs(registry, from: first, to: last, by: dimension, at: now, calendar: calendar)
                // Names can repeat (two compounds of one name): compare per name, summed.
                let actual = Dictionary(window.groups.map { ($0.name, $0) }, uniquingKeysWith: { $0.merged(with: $1) })
                XCTAssertEqual(Set(actual.keys), Set(expected.groups.keys), "\(dimension) groups \(first.iso)–\(last.iso) at step \(step)")
                for (name, group) in expected.groups {
                    XCTAssertEqual(actual[name]?.tally, group.tally, "\(dimension) \(name) at step \(step)")
                    XCTAssertEqual(actual[name]?.handlingDays, group.handlingDays, "\(dimension) \(name) handling days at step \(step)")
                    XCTAssertEqual(actual[name]?.overdue, group.overdue, "\(dimension) \(name) overdue at step \(step)")
                }
            }
        }
    }

    /// Edits that move appeals through deadlines and services through quarters.
    private func edit(_ random: inout DemoRandom, _ r: Registry, now: Int64, step: Int) -> Edit {
        let appeal = AppealID(random.below(r.appeals.count))
        let version = r.appeals.rows[appeal.index].version
        let deadline = now + Int64(random.below(96) - 24) * hour
        switch random.below(10) {
        case 0:
            let community = Int32(random.below(r.communities.count))
            return .create(.appeal, [FieldChange("summary", .text("诉求\(step)")), FieldChange("received_at", .time(now - Int64(random.below(72)) * hour)),
                                     FieldChange("community", .int(Int64(community))), FieldChange("category", .int(Int64(random.below(12)))),
                                     FieldChange("channel", .int(Int64(random.below(4))))])
        case 1, 2:
            return .moveAppeal(appeal, version: version, .dispatch(random.chance(50) ? .community : .department, handler: Int32(random.below(3)), deadline: deadline), note: "")
        case 3:
            return .moveAppeal(appeal, version: version, random.chance(50) ? .extend(deadline: deadline) : .accept, note: "")
        case 4:
            return .moveAppeal(appeal, version: version, .resolve, note: "")
        case 5:
            let rating: Rating = random.chance(40) ? .dissatisfied : random.chance(50) ? .basicallySatisfied : .satisfied
            return .moveAppeal(appeal, version: version, .evaluate(Evaluation(all: rating), redoDeadline: deadline), note: "")
        case 6:
            let moves: [AppealMove] = [.withdraw, .giveBack, .urge, .merge(into: AppealID(random.below(r.appeals.count)))]
            return .moveAppeal(appeal, version: version, random.pick(moves), note: "")
        case 7:
            let community = Int32(random.below(r.communities.count))
            return .update(RecordRef(.appeal, appeal.raw), version: version, [FieldChange("community", .int(Int64(community))), FieldChange("compound", .none)])
        case 8:
            let volunteer = Int32(random.below(r.volunteers.count))
            if random.chance(30) {
                return .update(RecordRef(.volunteer, volunteer), version: r.volunteers.rows[Int(volunteer)].version, [FieldChange("kind", .int(Int64(random.below(3))))])
            }
            let day = Day(unixTime: now).daysSince1970 + Int32(random.below(60) - 30)
            return .create(.serviceRecord, [FieldChange("volunteer", .int(Int64(volunteer))), FieldChange("date", .day(day)), FieldChange("hours", .int(10)),
                                            FieldChange("activity", .text("巡查")), FieldChange("confirmed_by", .text(random.chance(70) ? "李四" : ""))])
        default:
            let service = Int32(random.below(r.services.count))
            let version = r.services.rows[Int(service)].version
            return random.chance(50)
                ? .delete(RecordRef(.serviceRecord, service), version: version)
                : .update(RecordRef(.serviceRecord, service), version: version, [FieldChange("confirmed_by", .text(random.chance(50) ? "王五" : ""))])
        }
    }
}

/// The KPIs of a period computed the plain way, one pass over every appeal.
private struct ReferenceKPIs {
    var groups: [String: KPIGroup] = [:]

    init(_ registry: Registry, from first: Day, to last: Day, by dimension: KPIDimension, at now: Int64, calendar: WorkCalendar) {
        let offset = registry.settings.utcOffset(at: now)
        for appeal in registry.appeals.rows where !appeal.isDeleted {
            let received = Day(unixTime: appeal.receivedAt, utcOffset: offset)
            guard received >= first, received <= last else { continue }
            let name = Self.name(appeal, dimension, registry)
            var group = groups[name] ?? KPIGroup(name: name, tally: AppealTally(), handlingDays: 0, overdue: 0)
            if appeal.progress.state.isHandled, appeal.progress.resolvedAt > 0 {
                group.handlingDays += calendar.workingDays(from: received, to: Day(unixTime: appeal.progress.resolvedAt, utcOffset: offset))
            }
            if appeal.progress.isOverdue(at: now) { group.overdue += 1 }
            var tally = group.tally
            tally.count(appeal)
            group.tally = tally
            groups[name] = group
        }
    }

    private static func name(_ appeal: Appeal, _ dimension: KPIDimension, _ registry: Registry) -> String {
        switch dimension {
        case .community: registry.name(of: RecordRef(.community, appeal.community.raw))
        case .compound: appeal.compound.raw < 0 ? "（无小区）" : registry.name(of: RecordRef(.compound, appeal.compound.raw))
        case .category: registry.categoryName(appeal.category, .zh)
        case .channel: appeal.channel.label(.zh)
        case .department:
            switch appeal.progress.handlerKind {
            case .none: "（未分拨）"
            case .department: registry.name(of: RecordRef(.department, appeal.progress.handler))
            case .community: registry.name(of: RecordRef(.community, appeal.progress.handler))
            }
        }
    }
}

private extension KPIGroup {
    func merged(with other: KPIGroup) -> KPIGroup {
        var tally = self.tally
        tally.counted += other.tally.counted
        tally.open += other.tally.open
        tally.handled += other.tally.handled
        tally.handledOnTime += other.tally.handledOnTime
        tally.evaluated += other.tally.evaluated
        tally.satisfied += other.tally.satisfied
        tally.reopened += other.tally.reopened
        return KPIGroup(name: name, tally: tally, handlingDays: handlingDays + other.handlingDays, overdue: overdue + other.overdue)
    }
}

private extension AppealTally {
    /// The tally rule of docs/metrics.md, written out independently of the library's.
    mutating func count(_ appeal: Appeal) {
        let progress = appeal.progress
        guard progress.state != .merged, progress.state != .withdrawn else { return }
        counted += 1
        let handled = progress.state == .resolved || progress.state == .closed
        if !handled { open += 1 }
        if handled {
            self.handled += 1
            if !progress.resolvedLate { handledOnTime += 1 }
        }
        let answers = [progress.speed, progress.effect, progress.attitude, progress.feedback]
        if answers.contains(where: { $0 != .none }) {
            evaluated += 1
            if !answers.contains(.dissatisfied) { satisfied += 1 }
        }
        if progress.redoCount > 0 { reopened += 1 }
    }
}
