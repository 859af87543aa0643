import TermCanvas

/// Which of a pane's columns a list of a given width shows: on a narrow screen columns give way,
/// one by one, until the pane's text column (its `.min` width, the title or the name) has room
/// for twice its minimum, so titles are read rather than guessed.
enum ColumnFit {
    /// The order in which a pane's columns give way; panes not listed lose theirs from the right.
    /// On appeals, what the coordinator acts on (state, deadline) stays longest.
    static func dropOrder(for pane: Pane) -> [ColumnID]? {
        switch pane {
        case .appeals: [.ticket, .received, .channel, .category, .community, .state, .deadline]
        default: nil
        }
    }

    /// The indices of `columns` to show in `width` cells on `pane`, in order; the first column
    /// and the text column always stay.
    static func shown(_ columns: [PaneColumn], width: Int, on pane: Pane) -> [Int] {
        var kept = Array(columns.indices)
        guard let text = columns.firstIndex(where: { if case .min = $0.width { true } else { false } }),
              case .min(let least) = columns[text].width else { return kept }
        func textWidth() -> Int {
            let sizes = Layout.sizes(for: kept.map { columns[$0].width }, length: width, spacing: 1)
            return kept.firstIndex(of: text).map { sizes[$0] } ?? 0
        }
        let order = dropOrder(for: pane)
        func nextToDrop() -> Int? {
            if let order {
                return order.lazy.compactMap { id in kept.first { columns[$0].id == id } }.first { $0 != 0 && $0 != text }
            }
            return kept.last { $0 != 0 && $0 != text }
        }
        while textWidth() < 2 * least, let drop = nextToDrop() {
            kept.removeAll { $0 == drop }
        }
        return kept
    }
}
