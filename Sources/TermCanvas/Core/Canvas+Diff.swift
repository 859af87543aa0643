// MARK: - Diffing

extension Canvas {
    /// The runs of cells that differ from `previous`, so a terminal backend writes only those.
    ///
    /// Runs are split where the role changes and never start or end inside a wide
    /// character. When the sizes differ (after a resize) every cell is returned.
    ///
    /// ```swift
    /// for run in next.diff(from: shown) {
    ///     terminal.move(run.x, run.y); terminal.write(run.text, style: theme.style(for: run.role))
    /// }
    /// ```
    public func diff(from previous: Canvas) -> [CanvasRun] {
        guard previous.width == width, previous.height == height else { return runs() }
        var result: [CanvasRun] = []
        for row in 0..<height {
            var column = 0
            while column < width {
                guard cells[row * width + column] != previous.cells[row * width + column] else {
                    column += 1
                    continue
                }
                var start = column
                // Start on the lead cell when the change is in the right half of a wide character.
                if cells[row * width + start].isContinuation, start > 0 { start -= 1 }
                var end = column + 1
                while end < width && cells[row * width + end] != previous.cells[row * width + end] {
                    end += 1
                }
                // Never stop between a wide character and its right half.
                while end < width && cells[row * width + end].isContinuation { end += 1 }
                result.append(contentsOf: runs(row: row, from: start, to: end))
                column = end
            }
        }
        return result
    }

    /// Every cell as runs: what a full redraw writes.
    public func runs() -> [CanvasRun] {
        (0..<height).flatMap { runs(row: $0, from: 0, to: width) }
    }

    /// The cells `start..<end` of `row`, cut where the role changes (continuations follow their lead).
    private func runs(row: Int, from start: Int, to end: Int) -> [CanvasRun] {
        var result: [CanvasRun] = []
        var current: CanvasRun? = nil
        for column in start..<max(start, end) {
            let cell = cells[row * width + column]
            if cell.isContinuation, current != nil {
                current?.width += 1
                continue
            }
            // An orphaned continuation (never produced by drawing) is written as a space.
            let grapheme = cell.isContinuation ? " " : cell.grapheme
            if var run = current, run.role == cell.role {
                run.text += grapheme
                run.width += 1
                current = run
            } else {
                if let run = current { result.append(run) }
                current = CanvasRun(x: column, y: row, role: cell.role, text: grapheme, width: 1)
            }
        }
        if let run = current { result.append(run) }
        return result
    }
}
