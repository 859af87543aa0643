import JiedaoCore
import TermCanvas

/// A view saved with `:view save NAME`: a pane with its filters, sort and narrowing, brought back
/// with `:view NAME` (remembered per user with the other preferences).
public struct SavedView: Equatable, Sendable {
    public var pane: Pane
    public var filters: [FilterChip]
    public var sort: ColumnSort?
    public var search: String

    public init(pane: Pane, filters: [FilterChip] = [], sort: ColumnSort? = nil, search: String = "") {
        self.pane = pane
        self.filters = filters
        self.sort = sort
        self.search = search
    }

    /// The pane's stable name in the preferences file (`appeals`).
    public var paneName: String { "\(pane)" }

    /// The pane a preferences file names, if it is one.
    public static func pane(named name: String) -> Pane? { Pane.allCases.first { "\($0)" == name } }
}

extension AppState {
    /// `:view` lists the saved views, `:view save NAME` saves this pane's, `:view delete NAME`
    /// forgets one, and `:view NAME` brings it back.
    mutating func viewLine(_ words: [String]) -> [Effect] {
        let names = preferences.views.keys.sorted()
        switch words.first {
        case nil:
            message = StatusMessage(names.isEmpty
                ? Bilingual(zh: "还没有保存的视图（:view save 名称）", en: "No saved views yet (:view save NAME)")
                : Bilingual(zh: "已保存的视图：" + names.joined(separator: "、"), en: "Saved views: " + names.joined(separator: ", ")))
            return []
        case "save"?:
            let name = words.dropFirst().joined(separator: " ")
            guard !name.isEmpty, pane.listsRecords else { return usage(":view save NAME") }
            preferences.views[name] = SavedView(pane: pane, filters: current.filters, sort: current.sort, search: current.search)
            message = StatusMessage(Bilingual(zh: "已保存视图“\(name)”", en: "Saved the view “\(name)”"))
            return [.remember(preferences)]
        case "delete"?:
            let name = words.dropFirst().joined(separator: " ")
            guard preferences.views.removeValue(forKey: name) != nil else { return unknownView(name, names) }
            message = StatusMessage(Bilingual(zh: "已删除视图“\(name)”", en: "Deleted the view “\(name)”"))
            return [.remember(preferences)]
        default:
            let name = words.joined(separator: " ")
            guard let view = preferences.views[name] else { return unknownView(name, names) }
            switchPane(to: view.pane)
            withPane {
                $0.preset = nil
                $0.filters = view.filters
                $0.sort = view.sort
                $0.search = view.search
            }
            recomputeRows(of: pane)
            withPane { $0.moveCursor(to: 0) }
            message = StatusMessage(Bilingual(zh: "视图“\(name)”", en: "View “\(name)”"))
            return []
        }
    }

    private mutating func unknownView(_ name: String, _ names: [String]) -> [Effect] {
        let known = names.isEmpty ? Bilingual(zh: "还没有保存的视图", en: "none is saved yet")
            : Bilingual(zh: "已有：" + names.joined(separator: "、"), en: "saved: " + names.joined(separator: ", "))
        message = StatusMessage(Bilingual(zh: "没有视图“\(name)”（\(known.zh)）", en: "No view “\(name)” (\(known.en))"), isError: true)
        return []
    }
}
