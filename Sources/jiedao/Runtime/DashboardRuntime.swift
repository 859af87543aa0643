import CursesTerminal
import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoStore
import TermCanvas

/// The run loop: read input → update → perform effects → render → draw.
/// The only loop in the program, and the only place effects touch the world.
struct DashboardRuntime {
    var state: AppState
    var session: DataSession
    let themes: ThemeLoader
    var theme: Theme
    let options: TerminalOptions
    var running = true

    init(session: DataSession, registry: Registry, language: Language, watch: Bool, themeName: String?, options: TerminalOptions) {
        self.session = session
        self.options = options
        state = AppState(registry: registry, login: Environment.login, language: language, now: Environment.now,
                         calendar: DashboardRuntime.calendar(for: session.directory), watchMode: watch, asciiGlyphs: options.ascii,
                         dataName: URL(fileURLWithPath: session.directory.path).lastPathComponent)
        themes = ThemeLoader(searchDirectories: DashboardRuntime.themeDirectories(), files: DashboardRuntime.themeFiles)
        let requested = themeName ?? ProcessInfo.processInfo.environment["JIEDAO_THEME"] ?? "default"
        let loaded = themes.loadOrDefault(requested)
        theme = loaded.theme
        if let error = loaded.error { _ = update(&state, .failed(Bilingual(zh: "配色文件有误，已用默认配色：\(error)", en: "Theme problem, using the default: \(error)"))) }
    }

    /// Runs until the user quits or a signal asks to end; the terminal is always restored.
    mutating func run() throws -> Int32 {
        let terminal = try CursesTerminal.start(options: options)
        defer { terminal.stop() }
        let size = terminal.size
        _ = update(&state, .resize(width: size.width, height: size.height))
        var lastPoll = Date()
        var lastTick = Date()
        let watcher = JournalWatcher(directory: session.directory)
        while running {
            terminal.draw(render(state), theme: theme)
            let event = terminal.nextEvent(timeoutMilliseconds: 100)
            if let signal = terminal.pendingTermination { return 128 + signal }
            if let event { perform(update(&state, action(for: event))) }
            let now = Date()
            // Others' edits arrive within a few hundred milliseconds: at once when inotify says the
            // directory changed, and by polling every second in case it missed something (or is absent).
            if now.timeIntervalSince(lastPoll) >= (watcher.isWatching ? 1 : 0.2) || watcher.changed() {
                lastPoll = now
                followJournal()
            }
            if now.timeIntervalSince(lastTick) >= 1 {
                lastTick = now
                perform(update(&state, .tick(now: Environment.now)))
            }
        }
        return 0
    }

    private func action(for event: TerminalEvent) -> AppAction {
        switch event {
        case .key(let key): .key(key)
        case .mouse(let mouse): .mouse(mouse)
        case .resize(let width, let height): .resize(width: width, height: height)
        }
    }

    /// Applies what other processes appended, keeping this user's place.
    mutating func followJournal() {
        do {
            let entries = try session.catchUp(&state.registry)
            guard !entries.isEmpty else { return }
            perform(update(&state, .externalChange(entries.flatMap { entry in entry.edits.map { ChangeNote(login: entry.login, time: entry.time, edit: $0) } })))
        } catch {
            perform(update(&state, .failed(error.message)))
        }
    }

    mutating func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .submit(let edit, let origin):
                // Take in others' edits first, so a conflict can name who changed the record and when.
                followJournal()
                do {
                    let applied = try session.append(edit, to: &state.registry, by: state.user, login: state.login, at: Environment.now)
                    perform(update(&state, .editApplied(edit, applied, origin)))
                } catch {
                    if case .refused(let refusal) = error {
                        perform(update(&state, .editRefused(edit, refusal, refusal.message, origin)))
                    } else {
                        perform(update(&state, .editRefused(edit, nil, error.message, origin)))
                    }
                }
            case .save:
                do {
                    try session.compact(&state.registry, author: state.login, at: Environment.now)
                    perform(update(&state, .saved))
                } catch {
                    perform(update(&state, .failed(error.message)))
                }
            case .quit:
                running = false
            case .setTheme(let name):
                do {
                    theme = try themes.load(name)
                } catch {
                    perform(update(&state, .failed(Bilingual(zh: "无法载入配色：\(error)", en: "Cannot load theme: \(error)"))))
                }
            case .loadAudit:
                do {
                    // A batch shows as its parts, one row each under the batch's sequence number.
                    let rows: [AuditRow] = try AuditTrail.entries(of: session.directory).flatMap { entry -> [AuditRow] in
                        entry.parts.map { part in
                            AuditRow(sequence: entry.sequence, time: entry.time, login: entry.login,
                                     who: entry.user >= 0 ? state.registry.name(of: RecordRef(.user, entry.user)) : entry.login,
                                     record: part.edit.target,
                                     what: EditDescription.describe(part.edit, registry: state.registry, inverse: part.inverse))
                        }
                    }
                    perform(update(&state, .auditLoaded(rows)))
                } catch {
                    perform(update(&state, .failed(error.message)))
                }
            case .writeText(let path, let text):
                do {
                    try TextFiles.write(Array(text.utf8), to: path)
                    perform(update(&state, .notice(Bilingual(zh: "已写出 \(path)", en: "Wrote \(path)"))))
                } catch {
                    perform(update(&state, .failed(error.message)))
                }
            case .export(let path):
                do {
                    try TextFiles.write(Array(state.currentViewCSV().utf8), to: path, personal: true)
                    perform(update(&state, .notice(Bilingual(zh: "已导出到 \(path)", en: "Exported to \(path)"))))
                } catch {
                    perform(update(&state, .failed(error.message)))
                }
            }
        }
    }

    /// The shipped holidays plus any `holidays*.txt` the data directory holds.
    static func calendar(for directory: DataDirectory) -> WorkCalendar {
        let extra = directory.holidayFiles().compactMap { file in try? HolidayData(parsing: file.text, source: file.name) }
        return WorkCalendar(adding: extra)
    }

    /// Theme files are read through the store, the one module that touches the disk.
    static let themeFiles = ThemeLoader.FileAccess(
        read: { path in
            switch TextFiles.read(path) {
            case .text(let text): .text(text)
            case .missing: .missing
            case .unreadable: .unreadable
            }
        },
        list: { TextFiles.list($0) })

    /// `$XDG_CONFIG_HOME/jiedao/themes`, then `themes/` next to the program and in the working directory.
    static func themeDirectories() -> [String] {
        let env = ProcessInfo.processInfo.environment
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? "") + "/.config")
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var directories = [config + "/jiedao/themes", FileManager.default.currentDirectoryPath + "/themes"]
        // A build folder sits two or three levels below the repository's themes/.
        var folder = executable
        for _ in 0..<4 {
            directories.append(folder.appendingPathComponent("themes").path)
            folder = folder.deletingLastPathComponent()
        }
        return directories
    }
}
