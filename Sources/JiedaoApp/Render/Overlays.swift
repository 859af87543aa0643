import JiedaoCore
import TermCanvas

/// Modal things drawn over the dashboard: forms, questions, pickers and help.
enum Overlays {
    static func render(_ state: AppState, into canvas: inout Canvas, glyphs: GlyphSet) {
        let screen = Rect(x: 0, y: 0, width: canvas.width, height: canvas.height)
        switch state.mode {
        case .form(let form): renderForm(form, state, into: &canvas, in: screen, glyphs: glyphs)
        case .confirm(let confirmation):
            ConfirmDialog(title: confirmation.title.text(state.language), message: confirmation.message.text(state.language),
                          buttons: [state.tr("确定(y)", "Yes (y)"), state.tr("取消(n)", "No (n)")],
                          selectedButton: confirmation.selected, glyphs: glyphs).render(into: &canvas, in: screen)
        case .help(let offset):
            HelpOverlay(title: state.tr("按键帮助（j/k 翻动，其他键关闭）", "Keys (j/k scroll, any other key closes)"), sections: helpSections(state),
                        scrollOffset: offset, glyphs: glyphs).render(into: &canvas, in: screen)
        case .filter(let picker):
            let columns = PaneColumns.columns(for: state.pane)
            let title = columns.first { $0.id == picker.column }?.title.text(state.language) ?? ""
            // Marked values (Space) show a dot; Enter filters by any of them.
            let bullet = state.isASCII ? "* " : "● "
            let values = picker.values.enumerated().map { picker.marked.contains($0.offset) ? bullet + $0.element : "  " + $0.element }
            let hint = state.tr("（空格标记多个）", " (Space marks several)")
            renderList(state.tr("筛选：\(title)", "Filter: \(title)") + hint, values, picker.cursor, into: &canvas, in: screen, glyphs: glyphs)
        case .pick(let picker):
            renderList(picker.title.text(state.language), picker.options.map(\.label), picker.cursor, into: &canvas, in: screen, glyphs: glyphs)
        case .audit(let view):
            renderAudit(view, state, into: &canvas, in: screen, glyphs: glyphs)
        case .note(let form):
            renderNote(form, state, into: &canvas, in: screen, glyphs: glyphs)
        default: break
        }
    }

    /// The help screen, made from the same keymap that dispatches keys.
    /// Every row of the bindings table: this pane's keys first, then everywhere and lists, the
    /// other panes, every other mode and the `:` commands.
    static func helpSections(_ state: AppState) -> [HelpSection] {
        let language = state.language
        func entries(_ scope: (KeyBinding) -> Bool) -> [KeyHint] {
            Keymap.bindings.filter(scope).map { KeyHint(key: $0.keyText, description: $0.help.text(language)) }
        }
        let panes: [(Pane, Bilingual)] = [(.volunteers, Bilingual(zh: "志愿者", en: "Volunteers")), (.summary, Bilingual(zh: "总览", en: "Summary")),
                                          (.appeals, Bilingual(zh: "诉求", en: "Appeals")), (.projects, Bilingual(zh: "微实事", en: "Projects"))]
        let paneSections = panes.map { pane, title in
            (pane, HelpSection(title: title.text(language), entries: entries { $0.mode == .browse && $0.scope == .pane(pane) }))
        }
        var sections = paneSections.filter { $0.0 == state.pane }.map(\.1)
        sections += [
            HelpSection(title: state.tr("通用", "Everywhere"), entries: entries { $0.mode == .browse && $0.scope == .everywhere }),
            HelpSection(title: state.tr("列表", "Lists"), entries: entries { $0.mode == .browse && ($0.scope == .lists || $0.scope == .records) }),
        ]
        sections += paneSections.filter { $0.0 != state.pane }.map(\.1)
        for mode in InputMode.allCases where mode != .browse {
            sections.append(HelpSection(title: mode.title.text(language), entries: entries { $0.mode == mode }))
        }
        if state.role == .admin { sections.append(permissionSection(state)) }
        sections.append(HelpSection(title: state.tr("搜索", "Search"), entries: [
            KeyHint(key: "/", description: state.tr("输入中文或拼音首字母，如 qxsq 找到侨香社区", "type Chinese or pinyin initials: qxsq finds 侨香社区")),
        ]))
        return sections
    }

    /// Who may do what (docs/permissions.md), for the admin who sets people up.
    static func permissionSection(_ state: AppState) -> HelpSection {
        let rows: [(Role, Bilingual)] = [
            (.admin, Bilingual(zh: "全部，含用户、部门、类别、设置、节假日", en: "everything, users, departments, categories, settings and holidays included")),
            (.coordinator, Bilingual(zh: "全街道的记录和办理步骤；限定社区的只限本社区及分拨到本社区的诉求",
                                     en: "the street's records and steps; one limited to a community, its own and the appeals dispatched to it")),
            (.handler, Bilingual(zh: "只看分拨到本部门的诉求：签收、退单、首次联系、申请延期、挂起、办结",
                                 en: "reads only their department's appeals: accept, return, first contact, ask for time, suspend, resolve")),
            (.supervisor, Bilingual(zh: "不改记录；督办、审批延期", en: "no records; 督办 and deciding extension requests")),
        ]
        return HelpSection(title: state.tr("权限（jiedao user 设置）", "Who may do what (set with jiedao user)"),
                           entries: rows.map { KeyHint(key: $0.0.label.text(state.language), description: $0.1.text(state.language)) })
    }

    private static func renderForm(_ form: FormState, _ state: AppState, into canvas: inout Canvas, in screen: Rect, glyphs: GlyphSet) {
        let title = (form.target == nil ? state.tr("新增", "Add ") : state.tr("编辑", "Edit ")) + form.kind.label.text(state.language)
        let width = min(screen.width - 2, 72)
        let height = min(screen.height - 2, form.keys.count * 2 + 4)
        let frame = screen.centered(width: width, height: height)
        let box = Box(title: title, glyphs: glyphs, fillRole: .dialog)
        box.render(into: &canvas, in: frame)
        var inner = box.inner(frame)
        if let general = form.general {
            canvas.put(general.text(state.language), at: inner.x, y: inner.y, maxWidth: inner.width, role: .error)
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1))
        }
        if let hint = form.hint {
            // Wrapped, two lines at most: the fields keep the rest of the box.
            let lines = TextFit.wrap(hint.text(state.language), width: max(1, inner.width)).prefix(2)
            for (row, line) in lines.enumerated() {
                canvas.put(line, at: inner.x, y: inner.y + row, maxWidth: inner.width, role: .warning)
            }
            inner = Rect(x: inner.x, y: inner.y + lines.count, width: inner.width, height: max(0, inner.height - lines.count))
        }
        let fields = form.keys.indices.map { index -> FormField in
            let spec = form.spec(index)
            var label = spec?.label.text(state.language) ?? form.keys[index]
            if spec?.isRequired == true, case .name? = spec?.kind { label += "*" }
            let swap = state.isASCII ? " <>" : " ⇆"
            if form.isPicked(index) { label += form.queries[index].isEmpty ? swap : swap + " " + form.queries[index] }
            return FormField(label: label, input: form.inputs[index], error: form.errors[index]?.text(state.language))
        }
        Form(fields: fields, focusedIndex: form.focused, glyphs: glyphs).render(into: &canvas, in: inner)
    }

    /// The note of a step: its title, what to write, the field and why Enter was refused.
    private static func renderNote(_ form: NoteForm, _ state: AppState, into canvas: inout Canvas, in screen: Rect, glyphs: GlyphSet) {
        let width = min(screen.width - 2, 72)
        let frame = screen.centered(width: width, height: min(screen.height - 2, 6))
        let box = Box(title: form.title.text(state.language), glyphs: glyphs, fillRole: .dialog)
        box.render(into: &canvas, in: frame)
        let inner = box.inner(frame)
        guard inner.height > 0, inner.width > 0 else { return }
        canvas.put(form.prompt.text(state.language), at: inner.x, y: inner.y, maxWidth: inner.width, role: .label)
        if inner.height > 1 {
            form.field.render(into: &canvas, in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1))
        }
        if inner.height > 2, let error = form.error {
            canvas.put(error.text(state.language), at: inner.x, y: inner.y + 2, maxWidth: inner.width, role: .error)
        }
    }

    private static func renderAudit(_ view: AuditView, _ state: AppState, into canvas: inout Canvas, in screen: Rect, glyphs: GlyphSet) {
        var filters: [String] = []
        if let user = view.user { filters.append(state.tr("用户=\(user)", "user=\(user)")) }
        if let record = view.record { filters.append(state.registry.name(of: record)) }
        let title = state.tr("修改记录", "Audit trail") + (filters.isEmpty ? "" : "（\(filters.joined(separator: "，"))）")
            + state.tr("  u 按用户  r 按记录  Esc 关闭", "  u by user  r by record  Esc close")
        let frame = Rect(x: 0, y: 1, width: screen.width, height: max(0, screen.height - 2))
        let box = Box(title: title, glyphs: glyphs, fillRole: .normal)
        box.render(into: &canvas, in: frame)
        let inner = box.inner(frame)
        let rows = view.shown
        var table = Table(
            columns: [TableColumn.numeric("#", width: .fixed(6)), TableColumn(state.tr("时间", "Time"), width: .fixed(16)),
                      TableColumn(state.tr("用户", "User"), width: .fixed(10)), TableColumn(state.tr("修改", "Change"), width: .fill)],
            rowCount: rows.count,
            cell: { row, column in
                guard rows.indices.contains(row) else { return "" }
                let item = rows[row]
                switch column {
                case 0: return String(item.sequence)
                case 1: return FieldText.formatTime(item.time, state.registry.settings.utcOffset(at: item.time))
                case 2: return item.who
                default: return item.what.text(state.language)
                }
            },
            selectedRow: rows.isEmpty ? nil : view.cursor,
            scrollOffset: max(0, view.cursor - inner.height / 2),
            glyphs: glyphs)
        table.emptyMessage = state.tr("没有修改记录", "No edits yet")
        table.render(into: &canvas, in: inner)
    }

    private static func renderList(_ title: String, _ items: [String], _ cursor: Int, into canvas: inout Canvas, in screen: Rect, glyphs: GlyphSet) {
        let width = min(screen.width - 2, max(30, min(60, (items.map { DisplayWidth.of($0) }.max() ?? 0) + 6)))
        let height = min(screen.height - 2, items.count + 2)
        let frame = screen.centered(width: width, height: max(3, height))
        let box = Box(title: title, glyphs: glyphs, fillRole: .dialog)
        box.render(into: &canvas, in: frame)
        let inner = box.inner(frame)
        let offset = Table.firstVisibleRow(cursor: cursor, previousOffset: 0, visibleHeight: inner.height, rowCount: items.count)
        for (row, index) in (offset..<min(items.count, offset + inner.height)).enumerated() {
            let role: StyleRole = index == cursor ? .selected : .dialog
            canvas.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), role: role)
            canvas.put(items[index], at: inner.x + 1, y: inner.y + row, maxWidth: max(0, inner.width - 1), role: role)
        }
    }
}
