import JiedaoCore
import JiedaoExchange
import TermCanvas

extension AppState {
    // MARK: - Command line

    mutating func commandLine(_ key: Key, _ field: inout TextField) -> [Effect] {
        switch Keymap.command(for: key, in: .commandLine) {
        case .cancel?:
            mode = .browse
        case .choose?:
            mode = .browse
            return execute(field.value.trimmingCharacters(in: .whitespaces))
        default:
            if edit(&field, with: key) { mode = .command(field) }
        }
        return []
    }

    /// `:w`, `:q`, `:wq`, `:theme NAME`, `:lang zh|en`, `:export FILE`, `:ascii`.
    mutating func execute(_ line: String) -> [Effect] {
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case "w", "write":
            guard !isWatchMode else {
                message = StatusMessage(Bilingual(zh: "只读：督导模式不写入", en: "Read-only: watch mode never writes"), isError: true)
                return []
            }
            return [.save]
        case "q", "quit", "q!": return [.quit]
        case "wq", "x": return isWatchMode ? [.quit] : [.save, .quit]
        case "theme":
            guard !argument.isEmpty else { return usage(":theme NAME") }
            themeName = argument
            return [.setTheme(argument)]
        case "lang":
            switch argument {
            case "zh": language = .zh
            case "en": language = .en
            default: return usage(":lang zh|en")
            }
            markStale()
        case "ascii":
            isASCII.toggle()
        case "export":
            guard !argument.isEmpty else { return usage(":export FILE.csv") }
            return [.export(path: argument)]
        case "help":
            mode = .help(offset: 0)
        case "eval":
            guard canEdit else { return readOnly() }
            return evaluateLine(Array(words.dropFirst()))
        case "limits", "limit":
            guard name == "limits" || role == .admin else {
                message = StatusMessage(Bilingual(zh: "只有管理员可以修改办理时限", en: "Only an admin may change time limits"), isError: true)
                return []
            }
            return limitLine(name, Array(words.dropFirst()))
        case "kpi":
            return kpiLine(Array(words.dropFirst()))
        case "report":
            // :report [YYYY-MM] FILE — Markdown, or CSV when FILE ends in .csv.
            let rest = Array(words.dropFirst())
            guard let path = rest.last else { return usage(":report [YYYY-MM] FILE.md|FILE.csv") }
            var month = MonthlyReport.defaultMonth(today: rowContext.today)
            if rest.count == 2 {
                guard let day = try? Day(rest[0] + "-01") else { return usage(":report [YYYY-MM] FILE.md|FILE.csv") }
                month = day
            }
            registry.enableKPIs(calendar: calendar, at: now)
            let report = MonthlyReport(registry, month: month, at: now, calendar: calendar, language: language)
            return [.writeText(path: path, text: path.hasSuffix(".csv") ? report.csv : report.markdown)]
        case "votes", "score":
            guard canEdit else {
                message = StatusMessage(readOnlyReason(for: .deliberate) ?? Bilingual(zh: "只读", en: "Read-only"), isError: true)
                return []
            }
            return projectLine(name, words.dropFirst().compactMap { Int($0) })
        default:
            message = StatusMessage(Bilingual(zh: "未知命令“\(name)”（可用：w q wq theme lang export ascii help kpi limits eval）",
                                              en: "Unknown command “\(name)” (try: w q wq theme lang export ascii help kpi limits eval)"), isError: true)
        }
        return []
    }

    private mutating func readOnly() -> [Effect] {
        message = StatusMessage(readOnlyReason(for: .evaluate) ?? Bilingual(zh: "只读", en: "Read-only"), isError: true)
        return []
    }

    private mutating func usage(_ text: String) -> [Effect] {
        message = StatusMessage(Bilingual(zh: "用法：\(text)", en: "Usage: \(text)"), isError: true)
        return []
    }

    // MARK: - Confirm, help, filter, detail, pick

    mutating func confirmKey(_ key: Key, _ confirmation: inout Confirmation) -> [Effect] {
        switch Keymap.command(for: key, in: .confirm) {
        case .yes?:
            mode = .browse
            return [.submit(confirmation.edit, .quick)]
        case .choose?:
            mode = .browse
            return confirmation.selected == 0 ? [.submit(confirmation.edit, .quick)] : []
        case .toggleButton?:
            confirmation.selected = 1 - confirmation.selected
            mode = .confirm(confirmation)
        case .cancel?:
            mode = .browse
        default: break
        }
        return []
    }

    mutating func helpKey(_ key: Key, _ offset: Int) {
        switch Keymap.command(for: key, in: .help) {
        case .moveDown?: mode = .help(offset: offset + 1)
        case .moveUp?: mode = .help(offset: max(0, offset - 1))
        case .pageDown?: mode = .help(offset: offset + max(1, size.height - 4))
        case .pageUp?: mode = .help(offset: max(0, offset - max(1, size.height - 4)))
        default: mode = .browse
        }
    }

    mutating func filterKey(_ key: Key, _ picker: inout FilterPicker) {
        switch Keymap.command(for: key, in: .choice) {
        case .moveDown?: picker.cursor = min(picker.cursor + 1, max(0, picker.values.count - 1))
        case .moveUp?: picker.cursor = max(0, picker.cursor - 1)
        case .choose?:
            mode = .browse
            guard picker.chips.indices.contains(picker.cursor) else { return }
            let chip = picker.chips[picker.cursor]
            withPane { $0.filters.append(chip) }
            recomputeRows(of: pane)
            withPane { $0.moveCursor(to: 0) }
            return
        case .cancel?:
            mode = .browse
            return
        default: return
        }
        mode = .filter(picker)
    }

    mutating func detailKey(_ key: Key, _ offset: Int) {
        switch Keymap.command(for: key, in: .detail) {
        case .moveDown?: mode = .detail(offset: offset + 1)
        case .moveUp?: mode = .detail(offset: max(0, offset - 1))
        default: mode = .browse
        }
    }

    mutating func pickKey(_ key: Key, _ picker: inout Picker) -> [Effect] {
        switch Keymap.command(for: key, in: .choice) {
        case .moveDown?: picker.cursor = min(picker.cursor + 1, max(0, picker.options.count - 1))
        case .moveUp?: picker.cursor = max(0, picker.cursor - 1)
        case .choose?:
            mode = .browse
            guard picker.options.indices.contains(picker.cursor) else { return [] }
            withPane { $0.marked.removeAll() }
            let edits = picker.options[picker.cursor].edits
            if picker.asksForNote {
                mode = .note(noteForm(for: edits))
                return []
            }
            // One per marked row: a single change, so either every row moves or none does.
            return edits.count == 1 ? edits.map { .submit($0, .quick) } : [.submitBatch(edits, .quick)]
        case .cancel?:
            mode = .browse
            return []
        default: return []
        }
        mode = .pick(picker)
        return []
    }

    // MARK: - Audit trail

    mutating func auditKey(_ key: Key, _ view: inout AuditView) {
        let shown = view.shown
        switch Keymap.command(for: key, in: .audit) {
        case .moveDown?: view.cursor = min(view.cursor + 1, max(0, shown.count - 1))
        case .moveUp?: view.cursor = max(0, view.cursor - 1)
        case .pageDown?: view.cursor = min(view.cursor + max(1, size.height - 6), max(0, shown.count - 1))
        case .pageUp?: view.cursor = max(0, view.cursor - max(1, size.height - 6))
        case .byUser?:
            // Only this row's author, or everyone again.
            view.user = view.user == nil && shown.indices.contains(view.cursor) ? shown[view.cursor].login : nil
            view.cursor = 0
        case .byRecord?:
            view.record = view.record == nil && shown.indices.contains(view.cursor) ? shown[view.cursor].record : nil
            view.cursor = 0
        default:
            mode = .browse
            return
        }
        mode = .audit(view)
    }

    // MARK: - Mouse

    mutating func handle(_ event: MouseEvent) -> [Effect] {
        guard case .browse = mode else { return [] }
        let layout = ScreenLayout(width: size.width, height: size.height, pane: pane)
        switch event.kind {
        case .wheelDown: moveCursor(by: 3)
        case .wheelUp: moveCursor(by: -3)
        case .press:
            if event.y == layout.tabs.y {
                if let index = TabBar(titles: Pane.allCases.map { $0.title.text(language) }, selectedIndex: pane.rawValue)
                    .tabIndex(atX: event.x, in: layout.tabs), let target = Pane(rawValue: index) {
                    switchPane(to: target)
                }
            } else if layout.list.contains(x: event.x, y: event.y), pane != .summary {
                // The first list line is the header.
                let row = current.offset + (event.y - layout.list.y - 1)
                if event.y > layout.list.y, row < current.rows.count { withPane { $0.moveCursor(to: row) } }
            }
        case .release: break
        }
        return []
    }
}
