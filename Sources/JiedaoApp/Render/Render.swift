import JiedaoCore
import TermCanvas

/// Draws the whole dashboard for `state`: a pure function, so every screen is testable without a terminal.
public func render(_ state: AppState) -> Canvas {
    let width = state.size.width
    let height = state.size.height
    var canvas = Canvas(width: width, height: height)
    let glyphs: GlyphSet = state.isASCII ? .ascii : .unicode
    let layout = ScreenLayout(width: width, height: height, pane: state.pane)
    if layout.isTooSmall {
        let text = state.tr("窗口太小", "Window too small")
        let need = "\(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)"
        canvas.put(text, at: 0, y: 0, maxWidth: width, role: .error)
        if height > 1 { canvas.put(need, at: 0, y: 1, maxWidth: width, role: .muted) }
        return canvas
    }
    TabBar(titles: Pane.allCases.map { $0.title.text(state.language) }, selectedIndex: state.pane.rawValue, glyphs: glyphs)
        .render(into: &canvas, in: layout.tabs)
    renderCrumbs(state, into: &canvas, in: layout.crumbs)
    if case .detail(let offset) = state.mode, let record = state.selectedRecord {
        DetailView(state: state, record: record, offset: offset).render(into: &canvas, in: Rect(x: 0, y: 2, width: width, height: max(0, height - 4)), glyphs: glyphs)
    } else if state.pane == .summary {
        SummaryView(state: state).render(into: &canvas, in: layout.list, glyphs: glyphs)
    } else {
        ListView(state: state).render(into: &canvas, in: layout.list, glyphs: glyphs)
        if !layout.detail.isEmpty, let record = state.selectedRecord {
            DetailView(state: state, record: record, offset: 0).render(into: &canvas, in: layout.detail, glyphs: glyphs)
        }
    }
    renderStatus(state, into: &canvas, in: layout.status, glyphs: glyphs)
    renderFooter(state, into: &canvas, in: layout.footer)
    MessageBox.render(state, into: &canvas, above: layout.status, glyphs: glyphs)
    Overlays.render(state, into: &canvas, glyphs: glyphs)
    return canvas
}

/// "全街道 › 侨香社区 › 锦绣花园   [状态=办理中]   31 / 30,000"
private func renderCrumbs(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    var x = rect.x
    let street = state.registry.settings.streetName.isEmpty ? state.tr("全部", "All") : state.registry.settings.streetName
    var parts = [street]
    // The summary and Today are the whole street's: a drill-down's path belongs to the lists.
    for item in state.scope where state.pane.listsRecords {
        switch item {
        case .community(let id): parts.append(state.registry.name(of: RecordRef(.community, id.raw)))
        case .compound(let id): parts.append(state.registry.name(of: RecordRef(.compound, id.raw)))
        }
    }
    if state.pane == .today {
        // Today's work is the street's, as of today.
        parts.append(state.tr("今日待办", "Today") + " " + state.rowContext.today.description)
    }
    x += canvas.put(parts.joined(separator: state.isASCII ? " > " : " › "), at: x, y: rect.y, maxWidth: rect.width, role: .title)
    if let preset = state.current.preset {
        x += canvas.put(" [\(state.tr("今日", "Today")): \(preset.chip.text(state.language))]", at: x, y: rect.y, maxWidth: max(0, rect.maxX - x), role: .key)
    }
    let columns = PaneColumns.columns(for: state.pane)
    for chip in state.current.filters {
        guard let column = columns.first(where: { $0.id == chip.column }) else { continue }
        let text = " [\(column.title.text(state.language))=\(chip.label.text(state.language))]"
        x += canvas.put(text, at: x, y: rect.y, maxWidth: max(0, rect.maxX - x), role: .key)
    }
    if !state.current.search.isEmpty {
        x += canvas.put(" [/\(state.current.search)]", at: x, y: rect.y, maxWidth: max(0, rect.maxX - x), role: .key)
    }
    guard state.pane.listsRecords else { return }
    if let note = PaneNote.text(for: state) {
        x += canvas.put("  " + note.text, at: x, y: rect.y, maxWidth: max(0, rect.maxX - x), role: note.role)
    }
    let marks = state.current.marked.isEmpty ? "" : state.tr("已选\(state.current.marked.count)  ", "\(state.current.marked.count) marked  ")
    // While a narrowing runs off the UI thread the count is the list still shown, marked so.
    let spinner = state.isASCII ? ["|", "/", "-", "\\"] : ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    let running = state.runningSearch == nil ? "" : spinner[state.spinnerStep % spinner.count] + " " + state.tr("搜索中  ", "searching  ")
    let count = marks + running + "\(formatCount(state.current.rows.count)) / \(formatCount(state.current.total))"
    let countWidth = DisplayWidth.of(count)
    if rect.maxX - countWidth > x + 1 {
        canvas.put(count, at: rect.maxX - countWidth, y: rect.y, role: .muted)
    }
}

/// Data set, user and role, saved state, and the latest message.
private func renderStatus(_ state: AppState, into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
    let right = statusRight(state)
    if let message = state.message, !MessageBox.isOpen(for: state, statusWidth: rect.width) {
        StatusBar(left: message.text.text(state.language), right: right, role: message.isError ? .error : .status, glyphs: glyphs)
            .render(into: &canvas, in: rect)
    } else {
        StatusBar(left: "", right: right, glyphs: glyphs).render(into: &canvas, in: rect)
    }
}

/// The keys that matter now, or the search / command line being typed.
private func renderFooter(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    switch state.mode {
    case .search(let field):
        let x = rect.x + canvas.put("/", at: rect.x, y: rect.y, role: .key)
        field.render(into: &canvas, in: Rect(x: x, y: rect.y, width: max(0, rect.width - 1), height: 1))
    case .command(let field):
        let x = rect.x + canvas.put(":", at: rect.x, y: rect.y, role: .key)
        field.render(into: &canvas, in: Rect(x: x, y: rect.y, width: max(0, rect.width - 1), height: 1))
    case .form:
        KeyHints([("Tab", state.tr("下一项", "next field")), (state.isASCII ? "Left/Right" : "←→", state.tr("选择", "choose")),
                  ("Enter", state.tr("保存", "save")), ("Esc", state.tr("取消", "cancel"))]).render(into: &canvas, in: rect)
    case .note:
        KeyHints([("Enter", state.tr("确定", "OK")), ("Esc", state.tr("取消", "cancel"))]).render(into: &canvas, in: rect)
    case .pick, .filter:
        KeyHints([("j/k", state.tr("选择", "choose")), ("Enter", state.tr("确定", "OK")), ("Esc", state.tr("取消", "cancel"))])
            .render(into: &canvas, in: rect)
    default:
        // Editing keys are hidden where they would only be refused, and a step where the selected
        // record's state does not allow it.
        let hints = Keymap.footer(for: state.pane).filter { (!$0.edits || state.readOnlyReason(for: $0.command) == nil) && state.selectionAllows($0.command) }
        KeyHints(hints.map { ($0.keys.first?.name ?? "", footerHint($0, state).text(state.language)) }).render(into: &canvas, in: rect)
    }
}

/// The status line's own part: demo badge, data set, user and role, saved state.
func statusRight(_ state: AppState) -> String {
    let user = state.user.map { state.registry.name(of: RecordRef(.user, $0.raw)) } ?? state.login
    let role = state.isWatchMode ? state.tr("督导·只读", "watch·read-only")
        : (state.role?.label(state.language) ?? state.tr("只读", "read-only"))
    // Watch mode never writes, so it has nothing saved to tell of.
    let saved = state.isWatchMode ? "" : (state.pendingEdits > 0 ? state.tr("保存中", "saving") + (state.isASCII ? "..." : "…") : state.tr("已保存", "saved"))
    // Demo data is never mistaken for a real street's figures.
    let demo = state.registry.settings.isDemo ? state.tr("演示数据  ", "DEMO  ") : ""
    return "\(demo)\(state.dataName)  \(user)(\(role))" + (saved.isEmpty ? "" : "  \(saved)")
}

/// A binding's footer word for the selected record: Z on a suspended appeal resumes it.
private func footerHint(_ binding: KeyBinding, _ state: AppState) -> Bilingual {
    guard binding.command == .suspend, state.pane == .appeals, let raw = state.current.selectedID,
          state.registry.appeals.live(AppealID(raw))?.progress.state == .suspended else { return binding.hint }
    return Bilingual(zh: "恢复", en: "Resume")
}
