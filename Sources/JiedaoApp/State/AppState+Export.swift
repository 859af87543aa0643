import JiedaoCore
import JiedaoExchange

extension AppState {
    /// The current view (scope, filters and sort applied) as CSV, personal data masked as on screen.
    public func currentViewCSV() -> String {
        let columns = PaneColumns.columns(for: pane)
        let context = rowContext
        var rows = [columns.map { $0.title.text(language) }]
        for id in current.rows { rows.append(columns.map { $0.text(context, id) }) }
        return CSVWriter.document(rows)
    }
}
