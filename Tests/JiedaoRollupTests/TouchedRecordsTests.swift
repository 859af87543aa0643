import JiedaoCore
import JiedaoStore
import Testing
@testable import JiedaoRollup

/// Which records a run of journal entries makes the publisher write again.
@Suite struct TouchedRecordsTests {
    private func street() throws -> Registry {
        var registry = Registry()
        _ = try registry.apply(.create(.user, [FieldChange("login", .text("zhang")), FieldChange("name", .text("张主任")), FieldChange("role", .int(0))]), by: nil, at: 1_000)
        _ = try registry.apply(.create(.community, [FieldChange("name", .text("侨香社区"))]), by: UserID(0), at: 1_000)
        return registry
    }

    private func entry(_ registry: inout Registry, _ edit: Edit, sequence: UInt64) throws -> JournalEntry {
        let applied = try registry.apply(edit, by: UserID(0), at: 2_000)
        return JournalEntry(sequence: sequence, user: 0, login: "zhang", time: 2_000, edit: edit, inverse: applied.inverse)
    }

    @Test func aCreateIsFoundThroughItsInverse() throws {
        var registry = try street()
        let created = try entry(&registry, .create(.compound, [FieldChange("name", .text("锦绣花园")), FieldChange("community", .int(0))]), sequence: 3)
        var touched = TouchedRecords()
        touched.add(created)
        #expect(touched.ids[.compounds] == [0])
        #expect(touched.count == 1)
        #expect(!touched.settings)
    }

    @Test func updatesAndSettingsAreFoundByTheirTarget() throws {
        var registry = try street()
        let renamed = try entry(&registry, .update(RecordRef(.community, 0), version: 1, [FieldChange("name", .text("桂园社区"))]), sequence: 3)
        var settings = registry.settings
        settings.streetCode = "440304001"
        let coded = try entry(&registry, .changeSettings(version: registry.settings.version, settings), sequence: 4)
        var touched = TouchedRecords()
        touched.add(renamed)
        touched.add(coded)
        #expect(touched.ids[.communities] == [0])
        #expect(touched.settings)
    }

    @Test func recordsCreatedByOthersAreFoundByCount() throws {
        var registry = try street()
        let before = TouchedRecords.counts(in: registry)
        _ = try registry.apply(.create(.community, [FieldChange("name", .text("南园社区"))]), by: UserID(0), at: 3_000)
        _ = try registry.apply(.create(.community, [FieldChange("name", .text("华强社区"))]), by: UserID(0), at: 3_000)
        var touched = TouchedRecords()
        touched.addCreated(since: before, in: registry)
        #expect(touched.ids[.communities] == [1, 2])
        #expect(touched.ids[.appeals] == nil)
    }

    @Test func usersAndTeamsAreNotPublished() throws {
        var registry = try street()
        let added = try entry(&registry, .create(.user, [FieldChange("login", .text("lisi")), FieldChange("name", .text("李四")), FieldChange("role", .int(1))]), sequence: 3)
        var touched = TouchedRecords()
        touched.add(added)
        #expect(touched.isEmpty)
    }
}
