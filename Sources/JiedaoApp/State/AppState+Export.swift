import JiedaoCore
import JiedaoExchange

extension AppState {
    /// The current view (scope, filters and sort applied) as rows, the titles first, personal
    /// data masked as on screen. Numbers lose the thousands marks the screen gives them, so a
    /// spreadsheet reads them as numbers.
    public func currentViewRows() -> (rows: [[String]], numericColumns: Set<Int>) {
        let columns = PaneColumns.columns(for: pane)
        let context = rowContext
        var rows = [columns.map { $0.title.text(language) }]
        for id in current.rows {
            rows.append(columns.map { column in
                let text = column.text(context, id)
                return column.isNumeric ? text.replacingOccurrences(of: ",", with: "") : text
            })
        }
        // A column is numeric in a workbook when every cell of it is a whole number.
        let numeric = Set(columns.indices.filter { index in
            columns[index].isNumeric && rows.dropFirst().allSatisfy { Int64($0[index]) != nil }
        })
        return (rows, numeric)
    }

    /// The current view as CSV.
    public func currentViewCSV() -> String {
        CSVWriter.document(currentViewRows().rows)
    }

    /// The current view as the parts of an .xlsx workbook, numbers as numbers.
    public func currentViewWorkbook() -> [(path: String, bytes: [UInt8])] {
        let view = currentViewRows()
        return XLSXDocument.parts(rows: view.rows, numericColumns: view.numericColumns, sheetName: pane.title.text(language))
    }
}
