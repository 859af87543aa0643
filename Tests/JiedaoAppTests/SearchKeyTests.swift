@testable import JiedaoApp
import JiedaoCore
import XCTest

/// Searching by stored bytes and by remembered values finds exactly the rows a search of every
/// cell's text finds.
final class SearchKeyTests: XCTestCase {
    /// The plain definition: some shown column's text holds the query, or its pinyin initials do.
    private func bruteForce(_ query: String, pane: Pane, _ context: RowContext) -> [Int32] {
        let lowered = query.lowercased()
        let initials = query.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let columns = PaneColumns.columns(for: pane).filter { !$0.isNumeric || pane == .appeals }
        return Self.sample(pane, context.registry).filter { id in
            columns.contains { column in
                let text = column.text(context, id)
                return text.lowercased().contains(lowered) || (initials && PinyinInitials.matches(lowered, in: text))
            }
        }
    }

    /// The first 1,500 live records of the pane (every state, community and channel occurs among them).
    private static func sample(_ pane: Pane, _ registry: Registry) -> [Int32] {
        guard let kind = pane.kind else { return [] }
        return Array((0..<Int32(registry.count(of: kind))).lazy.filter { registry.isLive(RecordRef(kind, $0)) }.prefix(1_500))
    }

    func testEveryQueryFindsWhatTheCellsShow() throws {
        let registry = try DemoGenerator(scale: .street, seed: 5, now: AppFixtures.now, adminLogin: "zhang").build()
        var state = AppState(registry: registry, login: "zhang", language: .zh, now: AppFixtures.now, dataName: "demo")
        _ = update(&state, .resize(width: 100, height: 30))
        let queries = ["路灯", "噪音", "超期", "剩", "个工作日", "办理中", "侨香", "qx", "QX", "ld", "2026-11", "11-2", "10:0", "42", "7", "12345",
                       "今日到期", "超期2天", "超期5小时", "剩3个工作日", "剩1", "2h", "days left", "环境", "zzzz", "不存在的字样", "a", "Z"]
        for language in Language.allCases {
            let context = state.rowContext.speaking(language)
            for pane in [Pane.appeals, .communities, .compounds, .volunteers, .projects] {
                for query in queries {
                    var matcher = try XCTUnwrap(SearchMatcher(query, pane: pane))
                    let found = Self.sample(pane, registry).filter { matcher.matches($0, context) }
                    XCTAssertEqual(found, bruteForce(query, pane: pane, context), "“\(query)” on \(pane) in \(language)")
                }
            }
        }
    }
}
