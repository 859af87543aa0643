import Foundation
import JiedaoCore
@testable import JiedaoStore
import XCTest

/// A project made from appeals keeps its links through the journal, a compaction and a reload.
final class ProjectLinkTests: XCTestCase {
    func testTheAppealToProjectLinkSurvivesSaveAndReload() throws {
        let directory = DataDirectory(path: try StoreFixtures.temporaryDirectory() + "/data")
        try directory.create(try StoreFixtures.smallRegistry(), author: "admin", at: StoreFixtures.now)
        var (session, registry) = try directory.open()
        let now = StoreFixtures.now
        let appeal = RecordRef(.appeal, 0)
        try session.append(.update(appeal, version: registry.version(of: appeal) ?? 0, [FieldChange("project", .int(0))]),
                           to: &registry, by: UserID(0), login: "admin", at: now)
        XCTAssertEqual(try directory.open().registry.indexes.appealsByProject.children(of: 0), [0], "through the journal")
        try session.compact(&registry, author: "admin", at: now)
        let reloaded = try directory.open().registry
        XCTAssertEqual(reloaded.indexes.appealsByProject.children(of: 0), [0], "through the snapshot")
        XCTAssertEqual(reloaded.appeals[AppealID(0)].project, ProjectID(0))
        XCTAssertThrowsError(try reloaded.applyingDeleteOfProject()) { error in
            guard case .hasDependents(_, .appeal, 1)? = (error as? EditError)?.code else { return XCTFail("\(error)") }
        }
    }
}

private extension Registry {
    /// A linked project cannot be deleted while appeals point at it.
    func applyingDeleteOfProject() throws {
        var copy = self
        try copy.apply(.delete(RecordRef(.project, 0), version: projects[ProjectID(0)].version), by: UserID(0), at: StoreFixtures.now)
    }
}
