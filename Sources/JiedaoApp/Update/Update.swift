import JiedaoCore
import TermCanvas

/// The dashboard's reducer: the only place the screen state changes.
///
/// ```swift
/// let effects = update(&state, .key(.character("j")))   // moves the cursor; no effects
/// ```
public func update(_ state: inout AppState, _ action: AppAction) -> [Effect] {
    switch action {
    case .key(let key):
        return state.handle(key)
    case .mouse(let event):
        return state.handle(event)
    case .resize(let width, let height):
        state.size = ScreenSize(width: max(0, width), height: max(0, height))
        // Keep every pane's selection on screen in the new size.
        let current = state.pane
        for pane in Pane.allCases where pane != .summary {
            state.pane = pane
            state.withPane { _ in }
        }
        state.pane = current
        return []
    case .tick(let now):
        let dayChanged = Day(unixTime: now).daysSince1970 != Day(unixTime: state.now).daysSince1970
        let crossedDeadline = now / 60 != state.now / 60
        state.now = now
        if dayChanged || crossedDeadline {
            state.refreshFigures(scanning: dayChanged)
            state.markStale()
        }
        return []
    case .externalChange(let notes):
        if let last = notes.last {
            state.lastChange = LastChange(who: state.displayName(login: last.login), what: state.describe(last.edit), when: last.time)
        }
        for note in notes { if let ref = note.edit.target { state.lastEditor[ref] = EditorStamp(login: note.login, time: note.time) } }
        state.dataChanged(by: notes.map(\.edit))
        return []
    case .dataReplaced:
        state.calendar = state.registry.settings.workCalendar(adding: state.holidayFiles)
        state.dataChanged()
        return []
    case .editApplied(let edit, let applied, let origin):
        return state.applied(edit, applied, origin)
    case .editRefused(let edit, let error, let message, let origin):
        state.refused(edit, error, message, origin)
        return []
    case .saved:
        state.message = StatusMessage(Bilingual(zh: "已保存", en: "Saved"))
        return []
    case .searchFinished(let result):
        state.searchFinished(result)
        return []
    case .spin:
        if state.runningSearch != nil { state.spinnerStep &+= 1 }
        return []
    case .phoneMatched(let matches):
        state.takePhoneMatches(matches)
        return []
    case .failed(let message):
        state.message = StatusMessage(message, isError: true)
        return []
    case .notice(let message):
        state.message = StatusMessage(message)
        return []
    case .themeChanged(let name):
        state.themeName = name
        state.preferences.theme = name
        return [.remember(state.preferences)]
    case .auditLoaded(let rows):
        var view = AuditView(rows: rows)
        // Opened on a record: show its history first.
        view.record = state.auditRecordFilter
        state.mode = .audit(view)
        return []
    }
}

extension AppState {
    // MARK: - Keys by mode

    mutating func handle(_ key: Key) -> [Effect] {
        // Ctrl-C quits from anywhere, like q; a form with unsaved input asks first (a second Ctrl-C).
        if key == .control("c") {
            if case .form(var form) = mode, form.hasChanges, !isQuitArmed {
                isQuitArmed = true
                // Shown inside the form, which covers the status line.
                form.general = Bilingual(zh: "有未保存内容：再按 Ctrl-C 放弃并退出，按其他键继续", en: "Unsaved input: Ctrl-C again quits, any other key goes on")
                mode = .form(form)
                return []
            }
            return [.quit]
        }
        if isQuitArmed, case .form(var form) = mode {
            form.general = nil
            mode = .form(form)
        }
        isQuitArmed = false
        if key != .escape, case .browse = mode, message != nil { message = nil }
        switch mode {
        case .browse: return browse(key)
        case .search(var field): return search(key, &field)
        case .command(var field): return commandLine(key, &field)
        case .form(var form): return formKey(key, &form)
        case .confirm(var confirmation): return confirmKey(key, &confirmation)
        case .help(let offset): helpKey(key, offset)
        case .filter(var picker): filterKey(key, &picker)
        case .detail(let offset): detailKey(key, offset)
        case .pick(var picker): return pickKey(key, &picker)
        case .audit(var view): auditKey(key, &view)
        case .note(var form): return noteKey(key, &form)
        }
        return []
    }

    mutating func browse(_ key: Key) -> [Effect] {
        guard let binding = Keymap.binding(for: key, on: pane) else {
            if case .character(let c) = key, !c.isWhitespace {
                message = StatusMessage(Bilingual(zh: "按 ? 查看可用按键", en: "Press ? for the keys"))
            }
            return []
        }
        if binding.edits, let refusal = readOnlyReason(for: binding.command) {
            message = StatusMessage(refusal, isError: true)
            return []
        }
        return run(binding.command)
    }

    /// Why the user may not run an editing command here, if they may not.
    func readOnlyReason(for command: Command) -> Bilingual? {
        if isWatchMode { return Bilingual(zh: "只读：督导模式不能修改数据", en: "Read-only: watch mode never changes data") }
        guard let role else { return Bilingual(zh: "只读：你不是已登记用户，请联系管理员", en: "Read-only: you are not a registered user; ask an admin") }
        // Supervisors change no records; their oversight moves are 督办 and deciding extensions.
        if role == .supervisor, command == .supervise || command == .extend { return nil }
        if role == .supervisor, command != .reveal { return Bilingual(zh: "只读：督导不能修改数据", en: "Read-only: supervisors do not change data") }
        if role == .supervisor { return Bilingual(zh: "督导不能查看个人信息", en: "Supervisors cannot reveal personal data") }
        if command == .delete, pane == .communities, role != .admin {
            return Bilingual(zh: "只有管理员可以删除社区", en: "Only an admin may delete a community")
        }
        if pane.isAdministration, role != .admin, command != .reveal {
            return Bilingual(zh: "只有管理员可以修改部门、用户和类别", en: "Only an admin changes departments, users and categories")
        }
        if role == .handler, !Self.handlerCommands.contains(command) {
            return Bilingual(zh: "承办人只能办理分拨到本部门的诉求", en: "A handler works only the appeals dispatched to their department")
        }
        // A coordinator limited to a community: the selected record must be theirs to change.
        if command == .edit || command == .delete, let record = selectedRecord,
           let refusal = registry.permission(for: .update(record, version: 0, []), by: user) {
            return refusal.message
        }
        return nil
    }

    /// What a department's handler may press: the handling steps, and reveal on their appeals.
    static let handlerCommands: Set<Command> = [.accept, .giveBack, .resolve, .contact, .extend, .suspend, .reveal, .undo, .redo]

    mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .moveDown: moveCursor(by: 1)
        case .moveUp: moveCursor(by: -1)
        case .pageDown: moveCursor(by: max(1, listHeight))
        case .pageUp: moveCursor(by: -max(1, listHeight))
        case .halfPageDown: moveCursor(by: max(1, listHeight / 2))
        case .halfPageUp: moveCursor(by: -max(1, listHeight / 2))
        case .top: withPane { $0.moveCursor(to: 0) }
        case .bottom: withPane { $0.moveCursor(to: $0.rows.count - 1) }
        case .columnLeft: moveColumn(by: -1)
        case .columnRight: moveColumn(by: 1)
        case .nextPane: switchPane(to: Pane(rawValue: (pane.rawValue + 1) % Pane.allCases.count) ?? .communities)
        case .previousPane: switchPane(to: Pane(rawValue: (pane.rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .communities)
        case .pane(let index): switchPane(to: Pane(rawValue: index) ?? pane)
        case .drillDown: drillDown()
        case .back:
            // Esc first takes back a narrowing by `/`, then goes up the drill-down.
            if !current.search.isEmpty { return narrow(to: "", restoring: current.selectedID) } else { goBack() }
        case .search:
            searchOrigin = current.selectedID
            mode = .search(TextField(""))
        case .searchNext: findNext(lastSearch, forward: true, startingAfterCursor: true)
        case .searchPrevious: findNext(lastSearch, forward: false, startingAfterCursor: true)
        case .filter: openFilter()
        case .clearFilter: removeLastFilter()
        case .summaryColumnLeft: summarySort.column = max(0, summarySort.column - 1)
        case .summaryColumnRight: summarySort.column = min(SummaryView.columnCount - 1, summarySort.column + 1)
        case .summaryFlip: summarySort.direction = summarySort.direction.reversed
        case .sortAscending: sortByCurrentColumn(.ascending)
        case .sortDescending: sortByCurrentColumn(.descending)
        case .add: openForm(target: nil)
        case .edit: if let record = selectedRecord { openForm(target: record) }
        case .delete: askToDelete()
        case .undo: return undo()
        case .redo: return redo()
        case .reveal: return reveal()
        case .commandLine: mode = .command(TextField(""))
        case .help: mode = .help(offset: 0)
        case .audit:
            auditRecordFilter = nil
            return [.loadAudit]
        case .recordHistory:
            auditRecordFilter = selectedRecord
            return [.loadAudit]
        case .quit: return [.quit]
        case .dispatch, .accept, .giveBack, .extend, .resolve, .evaluate, .urge, .supervise, .withdraw, .contact, .suspend:
            return appealCommand(command)
        case .mark: toggleMark()
        case .triage: triage()
        case .merge: openMerge()
        case .projectFromAppeals: projectFromAppeals()
        case .behind: showBehind()
        case .logService: logService()
        case .deliberate, .approve, .implement, .acceptProject, .rejectProject:
            return projectCommand(command)
        case .choose, .cancel, .yes, .toggleButton, .nextField, .previousField, .nextOption, .previousOption, .byUser, .byRecord, .line:
            // The other modes' commands; their handlers run them.
            break
        }
        return []
    }

    // MARK: - Moving around

    /// Rows of the list that fit on screen (for paging).
    var listHeight: Int { max(1, ScreenLayout(width: size.width, height: size.height, pane: pane).list.height - 1) }

    mutating func moveCursor(by step: Int) {
        withPane { $0.moveCursor(to: $0.cursor + step) }
    }

    /// h / l: to the next column the screen shows (a narrow screen leaves some out).
    mutating func moveColumn(by step: Int) {
        let shown = shownColumns
        guard !shown.isEmpty else { return }
        let position = shown.lastIndex { $0 <= current.column } ?? 0
        let next = shown[min(max(0, position + step), shown.count - 1)]
        withPane { $0.column = next }
    }

    /// The indices of the current pane's columns that get any width in the list, as the table lays them out.
    var shownColumns: [Int] {
        let columns = PaneColumns.columns(for: pane)
        let width = ScreenLayout(width: size.width, height: size.height, pane: pane).list.width
        let fitted = ColumnFit.shown(columns, width: width, on: pane)
        let widths = Layout.sizes(for: fitted.map { columns[$0].width }, length: width, spacing: 1)
        var x = 0
        var shown: [Int] = []
        for (position, columnWidth) in widths.enumerated() {
            if columnWidth > 0, x < width { shown.append(fitted[position]) }
            x += columnWidth + 1
        }
        return shown
    }

    mutating func switchPane(to target: Pane) {
        pane = target
        if pane == .summary || pane == .today { refreshFigures(scanning: true) }
        if current.isStale { recomputeRows(of: pane) }
    }

    mutating func drillDown() {
        guard let id = current.selectedID else { return }
        switch pane {
        case .communities:
            scope.append(.community(CommunityID(id)))
            dataChanged()
            switchPane(to: .compounds)
            withPane { $0.moveCursor(to: 0) }
        case .compounds:
            scope.append(.compound(CompoundID(id)))
            dataChanged()
            switchPane(to: .appeals)
            withPane { $0.moveCursor(to: 0) }
        case .today:
            if let item = TodayItem(rawValue: id) { open(item) }
        default:
            mode = .detail(offset: 0)
        }
    }

    /// Enter on a Today row: its list, street-wide (or the user's community), from the top.
    mutating func open(_ item: TodayItem) {
        let wanted: [Scope] = userCommunity.map { [.community($0)] } ?? []
        if scope != wanted {
            scope = wanted
            dataChanged()
        }
        switchPane(to: item.pane)
        withPane {
            $0.preset = item
            $0.filters = []
            $0.search = ""
        }
        recomputeRows(of: pane)
        withPane { $0.moveCursor(to: 0) }
    }

    mutating func goBack() {
        if !current.filters.isEmpty {
            removeLastFilter()
            return
        }
        if current.preset != nil {
            // Back to Today, where the list came from.
            withPane { $0.preset = nil }
            recomputeRows(of: pane)
            switchPane(to: .today)
            return
        }
        guard let last = scope.popLast() else { return }
        dataChanged()
        switch last {
        case .community(let id):
            switchPane(to: .communities)
            select(id.raw)
        case .compound(let id):
            switchPane(to: .compounds)
            select(id.raw)
        }
    }

    mutating func select(_ id: Int32) {
        withPane { state in
            if let index = state.rows.firstIndex(of: id) { state.moveCursor(to: index) }
        }
    }

    // MARK: - Sort and filter

    mutating func sortByCurrentColumn(_ direction: SortDirection) {
        let columns = PaneColumns.columns(for: pane)
        guard columns.indices.contains(current.column) else { return }
        let id = columns[current.column].id
        withPane { $0.sort = ColumnSort(id, direction) }
        recomputeRows(of: pane)
    }

    mutating func openFilter() {
        let columns = PaneColumns.columns(for: pane)
        guard columns.indices.contains(current.column) else { return }
        let column = columns[current.column]
        let context = rowContext
        let canonical = context.canonical
        let other = context.speaking(language == .zh ? .en : .zh)
        var seen = Set<String>()
        var chips: [FilterChip] = []
        for id in current.rows {
            let value = column.text(canonical, id)
            guard seen.insert(value).inserted else { continue }
            let shown = column.text(context, id)
            let label = language == .zh ? Bilingual(zh: shown, en: column.text(other, id)) : Bilingual(zh: column.text(other, id), en: shown)
            chips.append(FilterChip(column: column.id, value: value, label: label))
            if chips.count >= 500 { break }
        }
        chips.sort { $0.label.text(language) < $1.label.text(language) }
        mode = .filter(FilterPicker(column: column.id, chips: chips, language: language))
    }

    mutating func removeLastFilter() {
        guard !current.filters.isEmpty || current.preset != nil else { return }
        withPane { if $0.filters.popLast() == nil { $0.preset = nil } }
        recomputeRows(of: pane)
    }

    // MARK: - Data changes

    /// Everything derived from the data is stale: recompute the figures and this pane now, others when shown.
    mutating func dataChanged() {
        refreshFigures(scanning: true)
        markStale()
    }

    /// Another process's edits arrived: as ``dataChanged()``, except that when they only changed
    /// appeals the appeals pane re-places those rows instead of listing everything again.
    mutating func dataChanged(by edits: [Edit]) {
        followSettings(edits)
        guard pane == .appeals, panes[.appeals]?.isStale == false, let touched = RowQuery.appealsTouched(by: edits) else {
            return dataChanged()
        }
        refreshFigures()
        for key in panes.keys where key != .appeals { panes[key]?.isStale = true }
        replaceAppeals(touched)
    }

    /// A settings change may have added a holiday notice: count working days by the new calendar.
    mutating func followSettings(_ edits: [Edit]) {
        guard edits.contains(where: { if case .changeSettings = $0 { true } else { false } }) else { return }
        calendar = registry.settings.workCalendar(adding: holidayFiles)
    }

    mutating func markStale() {
        for key in panes.keys { panes[key]?.isStale = true }
        if pane != .summary { recomputeRows(of: pane) }
    }

    func displayName(login: String) -> String {
        registry.user(login: login).map { registry.name(of: RecordRef(.user, $0.raw)) } ?? login
    }
}
