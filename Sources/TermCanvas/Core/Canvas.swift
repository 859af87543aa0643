/// An in-memory grid of terminal cells that widgets draw into.
///
/// Everything is measured in display columns: a Chinese character takes two
/// cells (the right one a continuation), a combining mark takes none. Drawing is
/// clipped to the canvas and to ``clip``; nothing ever leaves half of a wide
/// character behind, and control characters are drawn as visible escapes.
///
/// ```swift
/// var canvas = Canvas(width: 8, height: 1)
/// canvas.put("街道ab", at: 1, y: 0, role: .normal)   // returns 6
/// canvas.lines()                                      // [" 街道ab  "]
/// ```
public struct Canvas: Equatable, Sendable {
    /// Number of columns.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// Row-major cells: the cell at (`x`, `y`) is `cells[y * width + x]`.
    public private(set) var cells: [Cell]
    /// When set, drawing only touches cells inside this rectangle (and the canvas).
    public var clip: Rect?

    /// A blank canvas; negative sizes become zero.
    public init(width: Int, height: Int, role: StyleRole = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(width: width, height: height) }

    /// The area drawing may touch: the canvas, narrowed by ``clip``.
    public var drawableArea: Rect {
        guard let clip else { return bounds }
        return bounds.intersection(clip)
    }

    // MARK: Reading

    /// The cell at a position, or `nil` outside the canvas.
    public func cell(x: Int, y: Int) -> Cell? {
        guard x >= 0, x < width, y >= 0, y < height else { return nil }
        return cells[y * width + x]
    }

    /// One string per row, continuation cells skipped: what a terminal would show.
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = cells[row * width + column]
                if !cell.isContinuation { line += cell.grapheme }
            }
            return line
        }
    }

    /// One string per row naming each column's role with a letter from `legend`
    /// (continuation cells included; `"?"` for roles not in the legend). Handy in tests.
    public func roleLines(_ legend: [StyleRole: Character]) -> [String] {
        (0..<height).map { row in
            String((0..<width).map { legend[cells[row * width + $0].role] ?? "?" })
        }
    }

    // MARK: Clipping

    /// Runs `body` with ``clip`` narrowed to `rect`, then restores the previous clip.
    public mutating func withClip(_ rect: Rect, _ body: (inout Canvas) -> Void) {
        let saved = clip
        clip = drawableArea.intersection(rect)
        body(&self)
        clip = saved
    }

    // MARK: Writing text

    /// Draws `text` starting at column `x` of row `y` and returns the columns it advanced.
    ///
    /// - Control characters are drawn as escapes (see ``TextSanitizer``).
    /// - `maxWidth` limits the columns used; a wide character that does not fit
    ///   in the last column becomes a space there.
    /// - Columns outside the canvas or ``clip`` are skipped but still counted, so the
    ///   result can be used to place the next piece of text; a wide character cut by
    ///   any edge becomes a space on the visible side.
    /// - A leading zero-width character (such as a lone combining mark) joins the
    ///   grapheme just left of `x`, when that cell is drawable.
    @discardableResult
    public mutating func put(_ text: String, at x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole) -> Int {
        let limit = maxWidth ?? Int.max
        guard limit > 0 else { return 0 }
        let area = drawableArea
        let rowVisible = y >= area.y && y < area.maxY
        var column = x
        var advanced = 0
        // Index of the last lead cell drawn by this call, for zero-width characters.
        var lastDrawn: Int? = nil
        var isFirst = true

        for character in TextSanitizer.sanitize(text) {
            defer { isFirst = false }
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 {
                guard rowVisible else { continue }
                let target = lastDrawn ?? (isFirst ? leadIndex(x: x - 1, y: y, within: area) : nil)
                // The mark is drawn with its base, in the base's role.
                if let target { cells[target].grapheme += String(character) }
                continue
            }
            if advanced + characterWidth > limit {
                // Only a wide character can overshoot; its visible column becomes a space.
                if advanced < limit, rowVisible, area.contains(x: column, y: y) {
                    write(.blank(role), x: column, y: y)
                    advanced += 1
                }
                break
            }
            lastDrawn = nil
            if rowVisible {
                lastDrawn = drawGrapheme(character, width: characterWidth, x: column, y: y, area: area, role: role)
            }
            column += characterWidth
            advanced += characterWidth
        }
        return advanced
    }

    /// Draws one grapheme; returns the index of its lead cell when it is fully visible.
    private mutating func drawGrapheme(_ character: Character, width characterWidth: Int, x: Int, y: Int, area: Rect, role: StyleRole) -> Int? {
        let grapheme = String(character)
        if characterWidth == 1 {
            guard area.contains(x: x, y: y) else { return nil }
            write(Cell(grapheme: grapheme, role: role), x: x, y: y)
            return y * width + x
        }
        let leftVisible = area.contains(x: x, y: y)
        let rightVisible = area.contains(x: x + 1, y: y)
        switch (leftVisible, rightVisible) {
        case (true, true):
            clearWideCharacter(x: x, y: y)
            clearWideCharacter(x: x + 1, y: y)
            cells[y * width + x] = Cell(grapheme: grapheme, role: role)
            cells[y * width + x + 1] = .continuation(role)
            return y * width + x
        case (true, false):
            write(.blank(role), x: x, y: y)
        case (false, true):
            write(.blank(role), x: x + 1, y: y)
        case (false, false):
            break
        }
        return nil
    }

    /// The index of the grapheme covering (`x`, `y`) when that cell is drawable.
    private func leadIndex(x: Int, y: Int, within area: Rect) -> Int? {
        guard area.contains(x: x, y: y) else { return nil }
        let index = y * width + x
        if cells[index].isContinuation {
            guard x - 1 >= area.x else { return nil }
            return index - 1
        }
        return index
    }

    // MARK: Writing cells

    /// Replaces one cell (which must be on the canvas) with a single-width cell,
    /// blanking the other half of any wide character it cuts.
    private mutating func write(_ cell: Cell, x: Int, y: Int) {
        clearWideCharacter(x: x, y: y)
        cells[y * width + x] = cell
    }

    /// Before (`x`, `y`) is overwritten: if it is half of a wide character, turn the
    /// other half into a space so no orphaned half remains.
    private mutating func clearWideCharacter(x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].role)
            cells[index] = .blank(cells[index].role)
        }
        if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
    }

    // MARK: Filling

    /// Fills the drawable part of `rect` with `character` (a single-column one; others become spaces).
    public mutating func fill(_ rect: Rect, role: StyleRole, with character: Character = " ") {
        let area = drawableArea.intersection(rect)
        guard !area.isEmpty else { return }
        let safe = TextSanitizer.sanitize(String(character))
        let grapheme = safe.count == 1 && DisplayWidth.of(safe) == 1 ? safe : " "
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                write(Cell(grapheme: grapheme, role: role), x: column, y: row)
            }
        }
    }

    /// Changes the role of the drawable cells in `rect`, keeping their text
    /// (e.g. to highlight a selected row after drawing it).
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        let area = drawableArea.intersection(rect)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].role = role
            }
        }
    }

    /// Copies `source` onto this canvas with its top-left corner at (`x`, `y`), clipped.
    public mutating func draw(_ source: Canvas, at x: Int, y: Int) {
        for row in 0..<source.height {
            var column = 0
            while column < source.width {
                let cell = source.cells[row * source.width + column]
                if cell.isContinuation {
                    column += 1
                    continue
                }
                let isWide = column + 1 < source.width && source.cells[row * source.width + column + 1].isContinuation
                // Re-drawing through put keeps the wide-character rules in one place.
                put(cell.grapheme, at: x + column, y: y + row, maxWidth: isWide ? 2 : 1, role: cell.role)
                column += isWide ? 2 : 1
            }
        }
    }
}
