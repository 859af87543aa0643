import JiedaoCore
import XCTest

/// Micro-project moves, the caps per kind and the community's budget.
final class ProjectMoveTests: XCTestCase {
    private let now = Fixtures.now

    private func project(_ s: inout Fixtures.Street, kind: ProjectKind = .works, budget: Int64) throws(EditError) -> ProjectID {
        let applied = try s.registry.apply(.create(.project, [
            FieldChange("name", .text("小公园改造")), FieldChange("community", .int(0)), FieldChange("kind", .int(Int64(kind.rawValue))),
            FieldChange("budget", .int(budget)), FieldChange("year", .int(2026)),
        ]), by: s.admin, at: now)
        return ProjectID(applied.record?.id ?? -1)
    }

    private func move(_ s: inout Fixtures.Street, _ id: ProjectID, _ move: ProjectMove) throws(EditError) {
        try s.registry.apply(.moveProject(id, version: s.registry.projects[id].version, move, note: ""), by: s.coordinator, at: now)
    }

    func testTheWholeWayToAcceptance() throws {
        var s = try Fixtures.street()
        let id = try project(&s, budget: 800_000)
        try move(&s, id, .deliberate(votesFor: 40, votesAgainst: 3))
        try move(&s, id, .approve)
        XCTAssertEqual(s.registry.metrics.committed(community: CommunityID(0), year: 2026), 800_000)
        try move(&s, id, .implement)
        try move(&s, id, .accept(score: 92))
        XCTAssertEqual(s.registry.projects[id].progress.state, .accepted)
        XCTAssertEqual(s.registry.projects[id].progress.score, 92)
        XCTAssertEqual(s.registry.metrics.committed(community: CommunityID(0), year: 2026), 800_000)
    }

    func testRefusedMoves() throws {
        var s = try Fixtures.street()
        let id = try project(&s, budget: 100_000)
        assertRefused({ () throws(EditError) in try move(&s, id, .approve) }) { if case .moveNotAllowed = $0 { true } else { false } }
        assertRefused({ () throws(EditError) in try move(&s, id, .implement) }) { if case .moveNotAllowed = $0 { true } else { false } }
        try move(&s, id, .deliberate(votesFor: 2, votesAgainst: 30))
        assertRefused({ () throws(EditError) in try move(&s, id, .approve) }) { if case .invalid = $0 { true } else { false } }
        try move(&s, id, .reject)
        assertRefused({ () throws(EditError) in try move(&s, id, .deliberate(votesFor: 1, votesAgainst: 0)) }) { if case .moveNotAllowed = $0 { true } else { false } }
    }

    func testCapsPerKind() throws {
        var s = try Fixtures.street()
        assertRefused({ () throws(EditError) in _ = try project(&s, kind: .service, budget: 600_000) }) {
            if case .overCap(kind: .service, budget: 600_000, cap: 500_000) = $0 { true } else { false }
        }
        assertRefused({ () throws(EditError) in _ = try project(&s, kind: .works, budget: 1_000_001) }) {
            if case .overCap(kind: .works, budget: 1_000_001, cap: 1_000_000) = $0 { true } else { false }
        }
        _ = try project(&s, kind: .works, budget: 1_000_000)
    }

    func testTheBudgetIsNeverOverCommitted() throws {
        var s = try Fixtures.street()
        var approved: [ProjectID] = []
        for _ in 0..<2 {
            let id = try project(&s, budget: 900_000)
            try move(&s, id, .deliberate(votesFor: 10, votesAgainst: 1))
            try move(&s, id, .approve)
            approved.append(id)
        }
        let third = try project(&s, budget: 300_000)
        try move(&s, third, .deliberate(votesFor: 10, votesAgainst: 1))
        assertRefused({ () throws(EditError) in try move(&s, third, .approve) }) {
            if case .overBudget(budget: 300_000, remaining: 200_000, total: 2_000_000) = $0 { true } else { false }
        }
        // Raising an approved project's budget counts against what is left.
        try s.registry.apply(.update(RecordRef(.project, approved[0].raw), version: s.registry.projects[approved[0]].version,
                                     [FieldChange("budget", .int(1_000_000))]), by: s.admin, at: now)
        XCTAssertEqual(s.registry.metrics.committed(community: CommunityID(0), year: 2026), 1_900_000)
        let fourth = try project(&s, budget: 200_000)
        try move(&s, fourth, .deliberate(votesFor: 10, votesAgainst: 1))
        assertRefused({ () throws(EditError) in try move(&s, fourth, .approve) }) {
            if case .overBudget(budget: 200_000, remaining: 100_000, total: 2_000_000) = $0 { true } else { false }
        }
        // So is cutting the community's budget below what is committed.
        assertRefused({ () throws(EditError) in
            try s.registry.apply(.update(RecordRef(.community, 0), version: s.registry.communities[CommunityID(0)].version,
                                         [FieldChange("annual_budget", .int(1_000_000))]), by: s.admin, at: now)
        }) { if case .overBudget = $0 { true } else { false } }
    }
}
