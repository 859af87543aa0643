@testable import JiedaoApp
import JiedaoCore
import TermCanvas
import XCTest

/// Edits from another process that change only appeals re-place just those rows of the appeals
/// pane; the rows must be exactly those a full listing gives, under every sort, filter and scope.
final class RowPlacementTests: XCTestCase {
    func testReplacedRowsEqualAFullListing() throws {
        let registry = try DemoGenerator(scale: .street, seed: 2, now: AppFixtures.now, adminLogin: "zhang").build()
        var state = AppState(registry: registry, login: "zhang", language: .zh, now: AppFixtures.now, dataName: "test")
        _ = update(&state, .resize(width: 100, height: 30))
        _ = update(&state, .key(.character("5")))
        let admin = try XCTUnwrap(state.user)
        var random = DemoRandom(seed: 8)
        let configurations: [(sort: ColumnSort?, filters: [FilterChip], scope: [Scope])] = [
            (nil, [], []),
            (ColumnSort(.deadline), [], []),
            (ColumnSort(.deadline, .descending), [FilterChip(column: .state, value: "办理中")], []),
            (ColumnSort(.category), [], [.community(CommunityID(1))]),
            (ColumnSort(.community, .descending), [], []),
        ]
        var placed = 0
        for configuration in configurations {
            state.scope = configuration.scope
            state.withPane {
                $0.sort = configuration.sort
                $0.filters = configuration.filters
            }
            state.recomputeRows(of: .appeals)
            for step in 0..<12 {
                let id = AppealID(random.below(state.registry.appeals.count))
                let version = state.registry.appeals[id].version
                let edit: Edit = switch random.below(5) {
                case 0: .update(RecordRef(.appeal, id.raw), version: version, [FieldChange("community", .int(Int64(random.below(3)))), FieldChange("compound", .none)])
                case 1: .moveAppeal(id, version: version, .dispatch(.community, handler: 0, deadline: AppFixtures.now + Int64(random.below(200)) * 3_600), note: "")
                case 2: .moveAppeal(id, version: version, .resolve, note: "")
                case 3: .update(RecordRef(.appeal, id.raw), version: version, [FieldChange("category", .int(Int64(random.below(12))))])
                default: .moveAppeal(id, version: version, .merge(into: AppealID(random.below(state.registry.appeals.count))), note: "")
                }
                guard (try? state.registry.apply(edit, by: admin, at: AppFixtures.now)) != nil else { continue }
                if RowQuery.appealsTouched(by: [edit]) != nil { placed += 1 }
                _ = update(&state, .externalChange([ChangeNote(login: "lisi", time: AppFixtures.now, edit: edit)]))
                let pane = try XCTUnwrap(state.panes[.appeals])
                let expected = RowQuery(pane: .appeals, scope: state.scope, filters: pane.filters, sort: pane.sort).run(state.rowContext)
                XCTAssertEqual(pane.rows, expected.rows, "rows after step \(step) of \(configuration)")
                XCTAssertEqual(pane.total, expected.total, "total after step \(step) of \(configuration)")
            }
        }
        XCTAssertGreaterThan(placed, 20, "most edits must take the re-placing path")
    }
}
