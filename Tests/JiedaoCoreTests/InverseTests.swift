import JiedaoCore
import XCTest

/// Applying an edit and then its inverse gives back the same data, over thousands of generated edits.
final class InverseTests: XCTestCase {
    func testApplyThenInverseRestoresAnEqualRegistry() throws {
        var registry = try DemoGenerator(scale: .street, seed: 7, now: Fixtures.now, adminLogin: "admin").buildSmall()
        var random = DemoRandom(seed: 99)
        let admin = UserID(0)
        let original = contents(registry)
        var history = UndoHistory()
        var applied = 0
        var refused = 0
        for step in 0..<3_000 {
            let edit = RandomEdits.make(&random, registry, step: step)
            do {
                let result = try registry.apply(edit, by: admin, at: Fixtures.now)
                history.record(edit, result, in: registry)
                applied += 1
            } catch {
                refused += 1
            }
        }
        XCTAssertGreaterThan(applied, 1_000, "the generator must mostly make valid edits")
        XCTAssertGreaterThan(refused, 0, "the generator must also try invalid edits")
        var check = registry
        check.rebuildDerived()
        XCTAssertEqual(check.indexes.normalized(), registry.indexes.normalized(), "incremental indexes drifted")
        XCTAssertEqual(check.metrics.appeals, registry.metrics.appeals, "incremental metrics drifted")
        XCTAssertEqual(check.metrics.committedBudget, registry.metrics.committedBudget)
        XCTAssertEqual(check.metrics.coveredCompounds, registry.metrics.coveredCompounds)
        let changed = contents(registry)
        var undos = 0
        while let undo = history.nextUndo() {
            let result = try registry.apply(undo, by: admin, at: Fixtures.now)
            history.didUndo(result, in: registry)
            undos += 1
        }
        XCTAssertEqual(undos, applied)
        XCTAssertEqual(contents(registry), original)
        // And redo everything again.
        while let redo = history.nextRedo() {
            let result = try registry.apply(redo, by: admin, at: Fixtures.now)
            history.didRedo(result, in: registry)
        }
        XCTAssertEqual(contents(registry), changed)
        var rebuilt = registry
        rebuilt.rebuildDerived()
        XCTAssertEqual(rebuilt.indexes.normalized(), registry.indexes.normalized())
        XCTAssertEqual(rebuilt.metrics.appeals, registry.metrics.appeals)
    }

    func testUndoOfAnEditSomeoneBuiltOnIsRefused() throws {
        var s = try Fixtures.street()
        let ref = RecordRef(.compound, 0)
        let first = try s.registry.apply(.update(ref, version: 1, [FieldChange("households", .int(900))]), by: s.admin, at: Fixtures.now)
        try s.registry.apply(.update(ref, version: 2, [FieldChange("households", .int(950))]), by: s.coordinator, at: Fixtures.now)
        assertRefused({ () throws(EditError) in try s.registry.apply(first.inverse, by: s.admin, at: Fixtures.now) }) {
            if case .versionConflict = $0 { true } else { false }
        }
    }
}

extension DemoGenerator {
    /// A smaller demo for fast tests: the street's shape with fewer volunteers and appeals.
    func buildSmall() throws -> Registry {
        var registry = try DemoGenerator(scale: .street, seed: seed, now: now, adminLogin: adminLogin).build()
        registry.rebuildDerived()
        return registry
    }
}

/// Random edits of every kind over a registry, some deliberately invalid.
enum RandomEdits {
    static func make(_ random: inout DemoRandom, _ r: Registry, step: Int) -> Edit {
        let communities = Int32(r.communities.count)
        let compounds = Int32(r.compounds.count)
        switch random.below(11) {
        case 0:
            return .create(.community, [FieldChange("name", .text("新社区\(step)")), FieldChange("grids", .int(Int64(random.below(30))))])
        case 1:
            return .create(.compound, [FieldChange("name", .text("新小区\(step)")), FieldChange("community", .int(Int64(random.below(Int(communities) + 1)))),
                                       FieldChange("party_org", .int(Int64(random.below(4))))])
        case 2:
            let id = Int32(random.below(Int(compounds)))
            return .update(RecordRef(.compound, id), version: r.compounds.rows[Int(id)].version, [
                FieldChange("households", .int(Int64(random.below(3_000) - 100))),
                FieldChange("party_org", .int(Int64(random.below(4)))),
                FieldChange("property_company", .text("物业\(step)")),
            ])
        case 3:
            let id = Int32(random.below(Int(compounds)))
            return .delete(RecordRef(.compound, id), version: r.compounds.rows[Int(id)].version)
        case 4:
            let id = Int32(random.below(Int(communities)))
            return .delete(RecordRef(.community, id), version: r.communities.rows[Int(id)].version)
        case 5:
            let c = Int32(random.below(Int(communities)))
            let local = r.indexes.compoundsByCommunity.children(of: c)
            return .create(.appeal, [FieldChange("summary", .text("诉求\(step)")), FieldChange("received_at", .time(Fixtures.now - 86_400)),
                                     FieldChange("community", .int(Int64(c))),
                                     FieldChange("compound", local.isEmpty ? .none : .int(Int64(random.pick(local)))),
                                     FieldChange("category", .int(Int64(random.below(12))))])
        case 6, 7:
            let id = AppealID(random.below(r.appeals.count))
            let moves: [AppealMove] = [.dispatch(.community, handler: 0, deadline: Fixtures.now + 86_400), .accept, .resolve, .giveBack,
                                       .evaluate(Evaluation(all: random.chance(50) ? .satisfied : .dissatisfied), redoDeadline: Fixtures.now + 86_400),
                                       .withdraw, .supervise, .urge, .merge(into: AppealID(random.below(r.appeals.count)))]
            return .moveAppeal(id, version: r.appeals.rows[id.index].version, random.pick(moves), note: "步骤\(step)")
        case 8:
            let id = ProjectID(random.below(r.projects.count))
            let moves: [ProjectMove] = [.deliberate(votesFor: 10, votesAgainst: 2), .approve, .implement, .accept(score: 80), .reject]
            return .moveProject(id, version: r.projects.rows[id.index].version, random.pick(moves), note: "")
        case 9:
            let id = Int32(random.below(r.volunteers.count))
            return .update(RecordRef(.volunteer, id), version: r.volunteers.rows[Int(id)].version,
                           [FieldChange("phone", .text(random.chance(80) ? "1391234\(1000 + random.below(8999))" : "bad")),
                            FieldChange("kind", .int(Int64(random.below(3))))])
        default:
            let id = Int32(random.below(r.services.count))
            return random.chance(50)
                ? .delete(RecordRef(.serviceRecord, id), version: r.services.rows[Int(id)].version)
                : .update(RecordRef(.serviceRecord, id), version: r.services.rows[Int(id)].version, [FieldChange("hours", .int(Int64(random.below(300))))])
        }
    }
}
