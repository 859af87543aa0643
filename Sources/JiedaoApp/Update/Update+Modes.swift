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
            if field.applyEditingKey(key) { mode = .command(field) }
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
            preferences.language = language
            return [.remember(preferences)]
        case "ascii":
            isASCII.toggle()
        case "export":
            guard !argument.isEmpty else { return usage(":export FILE.csv|FILE.xlsx") }
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
        case "view":
            return viewLine(Array(words.dropFirst()))
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

    mutating func usage(_ text: String) -> [Effect] {
        message = StatusMessage(Bilingual(zh: "用法：\(text)", en: "Usage: \(text)"), isError: true)
        return []
    }

    // MARK: - Confirm, help, filter, detail, pick: each sub-state reduces its own keys

    mutating func confirmKey(_ key: Key, _ confirmation: inout Confirmation) -> [Effect] {
        switch confirmation.reduce(Keymap.command(for: key, in: .confirm)) {
        case .stay(let next): mode = .confirm(next)
        case .leave: mode = .browse
        case .finish(let edit):
            mode = .browse
            return [.submit(edit, .quick)]
        }
        return []
    }

    /// Lines a page key scrolls on a full-screen view.
    private var scrollPage: Int { max(1, size.height - 4) }

    mutating func helpKey(_ key: Key, _ offset: Int) {
        switch ScrollView.reduce(offset, Keymap.command(for: key, in: .help), page: scrollPage) {
        case .stay(let next): mode = .help(offset: next)
        case .leave: mode = .browse
        }
    }

    mutating func filterKey(_ key: Key, _ picker: inout FilterPicker) {
        switch picker.reduce(Keymap.command(for: key, in: .choice)) {
        case .stay(let next): mode = .filter(next)
        case .leave: mode = .browse
        case .finish(let chip):
            mode = .browse
            withPane { $0.filters.append(chip) }
            recomputeRows(of: pane)
            withPane { $0.moveCursor(to: 0) }
        }
    }

    mutating func detailKey(_ key: Key, _ offset: Int) {
        switch ScrollView.reduce(offset, Keymap.command(for: key, in: .detail), page: scrollPage) {
        case .stay(let next): mode = .detail(offset: next)
        case .leave: mode = .browse
        }
    }

    mutating func pickKey(_ key: Key, _ picker: inout Picker) -> [Effect] {
        switch picker.reduce(Keymap.command(for: key, in: .choice)) {
        case .stay(let next):
            mode = .pick(next)
            return []
        case .leave:
            mode = .browse
            return []
        case .finish(let edits):
            mode = .browse
            withPane { $0.marked.removeAll() }
            if picker.asksForNote {
                mode = .note(noteForm(for: edits))
                return []
            }
            // One per marked row: a single change, so either every row moves or none does.
            return edits.count == 1 ? edits.map { .submit($0, .quick) } : [.submitBatch(edits, .quick)]
        }
    }

    // MARK: - Audit trail

    mutating func auditKey(_ key: Key, _ view: inout AuditView) {
        switch view.reduce(Keymap.command(for: key, in: .audit), page: max(1, size.height - 6)) {
        case .stay(let next): mode = .audit(next)
        case .leave: mode = .browse
        }
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
