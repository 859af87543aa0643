import JiedaoCore
import XCTest

/// Batches: all or nothing, and placeholders for the records they create.
final class EditBatchTests: XCTestCase {
    private func compound(_ name: String, community: Int32) -> Edit {
        .create(.compound, [FieldChange("name", .text(name)), FieldChange("community", .int(Int64(community)))])
    }

    func testABatchAppliesWholeAndResolvesPlaceholders() throws {
        var s = try Fixtures.street()
        let before = s.registry.compounds.count
        let communities = s.registry.communities.count
        let batch = EditBatch([
            .create(.community, [FieldChange("name", .text("新桥社区"))]),
            compound("新桥一区", community: EditBatch.placeholder(0)),
            compound("新桥二区", community: EditBatch.placeholder(0)),
            .update(RecordRef(.compound, EditBatch.placeholder(2)), version: 1, [FieldChange("households", .int(321))]),
        ])
        let applied = try s.registry.apply(batch, by: s.admin, at: Fixtures.now)
        XCTAssertEqual(applied.edits.count, 4)
        XCTAssertEqual(s.registry.communities.count, communities + 1)
        XCTAssertEqual(s.registry.compounds.count, before + 2)
        let newCommunity = Int32(communities)
        for id in before..<(before + 2) {
            XCTAssertEqual(s.registry.compounds.rows[id].community.raw, newCommunity)
        }
        XCTAssertEqual(s.registry.compounds.rows[before + 1].households, 321)
        // The journaled edits name real IDs only.
        guard case .update(let target, _, _) = applied.edits[3] else { return XCTFail("\(applied.edits[3])") }
        XCTAssertEqual(target, RecordRef(.compound, Int32(before + 1)))
    }

    func testARefusedPartLeavesEverythingAsItWasVersionsIncluded() throws {
        var s = try Fixtures.street()
        let lines = contents(s.registry)
        let version = s.registry.version(of: RecordRef(.compound, 0))
        let batch = EditBatch([
            .update(RecordRef(.compound, 0), version: version ?? 0, [FieldChange("households", .int(999))]),
            compound("新楼", community: 0),
            .update(RecordRef(.compound, 0), version: 99, [FieldChange("households", .int(1))]),
        ])
        do {
            try s.registry.apply(batch, by: s.admin, at: Fixtures.now)
            XCTFail("a stale version in part 3 must refuse the batch")
        } catch {
            XCTAssertEqual(error.index, 2)
            guard case .versionConflict = error.error.code else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(contents(s.registry), lines)
        XCTAssertEqual(s.registry.version(of: RecordRef(.compound, 0)), version)
        XCTAssertEqual(s.registry.compounds.count, 1)
    }

    func testAPlannedBatchLandsOnLaterIDsWhenOthersCreatedRecords() throws {
        var s = try Fixtures.street()
        // Planned on a copy: the second compound refers to the first by the ID it got there.
        var plan = s.registry
        let counts = Dictionary(uniqueKeysWithValues: EntityKind.allCases.map { ($0, s.registry.count(of: $0)) })
        let first = compound("甲", community: 0)
        let firstID = try XCTUnwrap(plan.apply(first, by: s.admin, at: Fixtures.now).record)
        let second = Edit.update(firstID, version: try XCTUnwrap(plan.version(of: firstID)), [FieldChange("households", .int(77))])
        let batch = EditBatch(planned: [first, second], counts: counts)
        // Someone else creates two compounds before the batch is applied.
        try s.registry.apply(compound("别人的一", community: 0), by: s.coordinator, at: Fixtures.now)
        try s.registry.apply(compound("别人的二", community: 0), by: s.coordinator, at: Fixtures.now)
        let applied = try s.registry.apply(batch, by: s.admin, at: Fixtures.now)
        let landed = try XCTUnwrap(applied.results[0].record)
        XCTAssertEqual(landed.id, firstID.id + 2)
        XCTAssertEqual(s.registry.compounds.rows[Int(landed.id)].households, 77)
        XCTAssertEqual(s.registry.text(s.registry.compounds.rows[Int(landed.id)].name), "甲")
    }

    func testAPlaceholderForARecordNotYetCreatedIsRefused() throws {
        var s = try Fixtures.street()
        let batch = EditBatch([compound("乙", community: EditBatch.placeholder(3)), compound("丙", community: 0)])
        XCTAssertThrowsError(try s.registry.apply(batch, by: s.admin, at: Fixtures.now))
        XCTAssertEqual(s.registry.compounds.count, 1)
    }
}
