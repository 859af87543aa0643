import JiedaoCore
import XCTest

/// A handler's copy holds the appeals dispatched to the department and nothing of the others.
final class WithholdingTests: XCTestCase {
    func testOnlyTheKeptAppealsRemainWithTheirTimelinesAndTheOthersAreEmptyTombstones() throws {
        let registry = try DemoGenerator(scale: .street, seed: 3, now: 1_795_744_800, adminLogin: "admin").build()
        func isHandled(_ appeal: Appeal) -> Bool { appeal.progress.handlerKind == .department && appeal.progress.handler == 0 }
        let handled = registry.appeals.liveIDs.filter { isHandled(registry.appeals[$0]) }
        XCTAssertGreaterThan(handled.count, 10)
        XCTAssertLessThan(handled.count, registry.appeals.liveCount / 2)

        let view = registry.keepingAppeals(where: isHandled)
        XCTAssertEqual(view.appeals.count, registry.appeals.count, "IDs keep their meaning")
        XCTAssertEqual(view.appeals.liveIDs, handled)
        for id in handled {
            XCTAssertEqual(Schema.values(of: RecordRef(.appeal, id.raw), in: view), Schema.values(of: RecordRef(.appeal, id.raw), in: registry))
            XCTAssertEqual(view.timeline(of: id).map(\.kind), registry.timeline(of: id).map(\.kind))
            XCTAssertEqual(view.timeline(of: id).map { view.text($0.note) }, registry.timeline(of: id).map { registry.text($0.note) })
        }
        let withheld = try XCTUnwrap(registry.appeals.liveIDs.first { !isHandled(registry.appeals[$0]) })
        XCTAssertEqual(view.text(view.appeals[withheld].summary), "")
        XCTAssertEqual(view.text(view.appeals[withheld].address), "")
        XCTAssertEqual(view.timeline(of: withheld), [])
        XCTAssertEqual(view.events.count, handled.reduce(0) { $0 + registry.timeline(of: $1).count }, "only the kept appeals' events")
        XCTAssertEqual(view.communities.liveCount, registry.communities.liveCount, "records of other kinds stay")
        let community = registry.appeals[handled[0]].community.raw
        XCTAssertEqual(Set(view.indexes.appealsByCommunity.children(of: community)),
                       Set(handled.filter { registry.appeals[$0].community.raw == community }.map(\.raw)), "indexes of what is kept")
    }
}
