import CNcursesw
import TermCanvas
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Drawing

extension CursesTerminal {
    /// Shows `canvas`, writing only the cells that changed since the last frame.
    ///
    /// The whole screen is written after a resize, a resume, a theme change or when
    /// the canvas size changes. Cells beyond the terminal's edge are skipped.
    public func draw(_ canvas: Canvas, theme chosen: Theme) {
        guard !isStopped else { return }
        // Without colours (NO_COLOR, or a terminal without them) a theme's looks are mostly
        // colours: the monochrome styles keep the cursor row reverse and overdue cells bold and
        // underlined, so the two never look alike.
        let theme = colorDepth == .monochrome ? Theme.builtinMono : chosen
        if theme != shownTheme {
            // Roles keep their names but not their looks: every cell must be written again.
            shownTheme = theme
            roleStyles.removeAll(keepingCapacity: true)
            shown = nil
        }
        let runs: [CanvasRun]
        if let shown, shown.width == canvas.width, shown.height == canvas.height {
            runs = canvas.diff(from: shown)
        } else {
            werase(window)
            runs = canvas.runs()
        }
        let screenSize = size
        var characters: [Int32] = []
        for run in runs where run.y < screenSize.height && run.x < screenSize.width {
            characters.removeAll(keepingCapacity: true)
            appendCharacters(of: run, in: canvas, upTo: screenSize.width, to: &characters)
            guard !characters.isEmpty else { continue }
            let style = curses(role: run.role, theme: theme)
            wattr_set(window, attr_t(style.attributes), style.pair, nil)
            characters.withUnsafeBufferPointer { buffer in
                _ = mvwaddnwstr(window, Int32(run.y), Int32(run.x), buffer.baseAddress, Int32(buffer.count))
            }
        }
        wattr_set(window, 0, 0, nil)
        shown = canvas
        wnoutrefresh(window)
        doupdate()
    }

    /// The run's graphemes as `wchar_t`s, each taking exactly its cell's columns, stopping
    /// before anything that would not fit on the screen (curses would wrap it).
    private func appendCharacters(of run: CanvasRun, in canvas: Canvas, upTo screenWidth: Int, to characters: inout [Int32]) {
        let end = min(run.x + run.width, canvas.width)
        var column = run.x
        while column < end {
            guard let cell = canvas.cell(x: column, y: run.y) else { return }
            // A continuation is covered by its lead; one reached here has lost its lead and shows as a space.
            let grapheme = cell.isContinuation ? " " : cell.grapheme
            let isWide = !cell.isContinuation && canvas.cell(x: column + 1, y: run.y)?.isContinuation == true
            let cellWidth = isWide ? 2 : 1
            guard column + cellWidth <= screenWidth else { return }
            characters += GlyphEncoder.encode(grapheme, cellWidth: cellWidth, width: CursesTerminal.columnsOf)
            column += cellWidth
        }
    }

    /// Columns curses will give a scalar: the C library's `wcwidth` in the UTF-8 locale set at start.
    private static func columnsOf(_ scalar: Unicode.Scalar) -> Int {
        Int(wcwidth(wchar_t(bitPattern: scalar.value)))
    }

    /// Attribute bits and colour pair for `role`, allocating the pair on first use.
    private func curses(role: StyleRole, theme: Theme) -> (attributes: UInt32, pair: Int16) {
        if let known = roleStyles[role] { return known }
        let appearance = CellAppearance(style: theme.style(for: role), depth: colorDepth)
        var pair: Int16 = 0
        if colorDepth != .monochrome {
            let assignment = colorPairs.assignment(foreground: appearance.foreground, background: appearance.background)
            if let colors = assignment.newColors {
                init_pair(assignment.pair, colors.foreground, colors.background)
            }
            pair = assignment.pair
        }
        let style = (attributes: appearance.attributes.cursesBits, pair: pair)
        roleStyles[role] = style
        return style
    }
}
