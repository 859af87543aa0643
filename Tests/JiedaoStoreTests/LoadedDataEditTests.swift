import JiedaoCore
@testable import JiedaoStore
import XCTest

/// A loaded registry keeps its text and timeline events as slices of the file's bytes;
/// edits on top of them must behave exactly as on a registry built in memory.
final class LoadedDataEditTests: XCTestCase {
    func testUndoingTheLastLoadedEventAndAddingNewOnesOnTopOfPackedEvents() throws {
        var original = try DemoGenerator(scale: .street, seed: 4, now: StoreFixtures.now, adminLogin: "admin").build()
        let before = original
        let appeal = try XCTUnwrap(original.appeals.rows.indices.first { original.appeals.rows[$0].progress.state.isOpen }.map { AppealID($0) })
        let urged = try original.apply(.moveAppeal(appeal, version: original.appeals[appeal].version, .urge, note: "请尽快处理"),
                                       by: UserID(0), at: StoreFixtures.now)
        let after = SnapshotEncoder.encode(original, author: "admin", createdAt: StoreFixtures.now, lastSequence: 1)

        var loaded = try SnapshotDecoder.decode(after).registry
        XCTAssertEqual(timeline(loaded, appeal), timeline(original, appeal))
        XCTAssertEqual(loaded.timeline(of: appeal).last?.kind, .urged)
        XCTAssertEqual(loaded.text(try XCTUnwrap(loaded.timeline(of: appeal).last).note), "请尽快处理")

        // The urge's event is the last packed one; undoing it drops it from the log.
        let eventsBefore = loaded.events.count
        try loaded.apply(urged.inverse, by: UserID(0), at: StoreFixtures.now)
        XCTAssertEqual(loaded.events.count, eventsBefore - 1)
        XCTAssertEqual(timeline(loaded, appeal), timeline(before, appeal))
        // Versions move forward on undo; everything else is as before the edit.
        XCTAssertTrue(loaded.contentLines(includingVersions: false) == before.contentLines(includingVersions: false),
                      "undone on loaded data, the records equal those from before the edit")

        // New events and text go after the packed ones and survive a second round trip.
        try loaded.apply(.moveAppeal(appeal, version: loaded.appeals[appeal].version, .urge, note: "催办：三日内回复"),
                         by: UserID(0), at: StoreFixtures.now + 60)
        let again = try SnapshotDecoder.decode(SnapshotEncoder.encode(loaded, author: "admin", createdAt: StoreFixtures.now, lastSequence: 2)).registry
        XCTAssertEqual(timeline(again, appeal), timeline(loaded, appeal))
        XCTAssertEqual(again.text(try XCTUnwrap(again.timeline(of: appeal).last).note), "催办：三日内回复")
        XCTAssertTrue(storeContents(again) == storeContents(loaded), "a second round trip changes nothing")
    }

    func testARefusedEditOnLoadedDataDropsOnlyItsOwnText() throws {
        let registry = try StoreFixtures.smallRegistry()
        var loaded = try SnapshotDecoder.decode(SnapshotEncoder.encode(registry, author: "admin", createdAt: StoreFixtures.now, lastSequence: 1)).registry
        let textBefore = loaded.texts.count
        let names = (0..<loaded.communities.count).map { loaded.name(of: RecordRef(.community, Int32($0))) }
        XCTAssertThrowsError(try loaded.apply(.create(.compound, [FieldChange("name", .text("新小区")), FieldChange("community", .int(999))]),
                                              by: UserID(0), at: StoreFixtures.now))
        XCTAssertEqual(loaded.texts.count, textBefore, "the refused edit's text is cut off")
        XCTAssertEqual((0..<loaded.communities.count).map { loaded.name(of: RecordRef(.community, Int32($0))) }, names, "loaded text is untouched")
        try loaded.apply(.update(RecordRef(.community, 0), version: loaded.communities.rows[0].version, [FieldChange("name", .text("新名字社区"))]),
                         by: UserID(0), at: StoreFixtures.now)
        XCTAssertEqual(loaded.name(of: RecordRef(.community, 0)), "新名字社区")
        XCTAssertTrue(loaded.user(login: "admin") != nil, "loaded text still compares equal")

        // Few edits since loading: the text is saved whole, handles unchanged.
        let resaved = try SnapshotDecoder.decode(SnapshotEncoder.encode(loaded, author: "admin", createdAt: StoreFixtures.now, lastSequence: 2)).registry
        XCTAssertEqual(resaved.texts.count, loaded.texts.count)
        XCTAssertEqual(resaved.name(of: RecordRef(.community, 0)), "新名字社区")
        XCTAssertTrue(storeContents(resaved) == storeContents(loaded))
        // Many replacements since loading: the save compacts, and the replaced names are gone.
        var edited = resaved
        for n in 0..<40 {
            try edited.apply(.update(RecordRef(.community, 0), version: edited.communities.rows[0].version,
                                     [FieldChange("name", .text("改名第\(n)次社区，名字写得很长很长很长"))]), by: UserID(0), at: StoreFixtures.now)
        }
        let compacted = try SnapshotDecoder.decode(SnapshotEncoder.encode(edited, author: "admin", createdAt: StoreFixtures.now, lastSequence: 3)).registry
        XCTAssertLessThan(compacted.texts.count, edited.texts.count)
        XCTAssertTrue(storeContents(compacted) == storeContents(edited))
    }

    /// A timeline with its notes as text (handles differ once a save has compacted the text).
    private func timeline(_ registry: Registry, _ appeal: AppealID) -> [String] {
        registry.timeline(of: appeal).map { "\($0.kind) \($0.stateAfter) \($0.actor.raw) \($0.at) \(registry.text($0.note)) \($0.previous.raw)" }
    }
}
