import CursesTerminal
import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoStore
import TermCanvas

/// The run loop: read input, hand it to the dashboard's interpreter, draw, wait.
/// Effects are carried out by ``Dashboard`` in JiedaoApp through a ``FileStore``.
struct DashboardRuntime {
    var dashboard: Dashboard<FileStore>
    let options: TerminalOptions

    var directory: DataDirectory { dashboard.store.session.directory }

    /// `language` is what `--lang` asked for, if anything: then the remembered `:lang`, then the locale.
    init(session: DataSession, registry: Registry, language: Language?, watch: Bool, themeName: String?, options: TerminalOptions) {
        self.options = options
        let remembered = PreferencesFile.load()
        let environment = ProcessInfo.processInfo.environment
        let state = AppState(registry: registry, login: Environment.login,
                             language: language ?? remembered.preferences.language ?? Language.fromEnvironment(environment), now: Environment.now,
                             holidayFiles: DashboardRuntime.holidayFiles(in: session.directory), watchMode: watch, asciiGlyphs: options.ascii,
                             dataName: URL(fileURLWithPath: session.directory.path).lastPathComponent, preferences: remembered.preferences)
        let themes = ThemeLoader(searchDirectories: DashboardRuntime.themeDirectories(), files: DashboardRuntime.themeFiles)
        let requested = themeName ?? environment["JIEDAO_THEME"] ?? remembered.preferences.theme ?? "default"
        let loaded = themes.loadOrDefault(requested)
        dashboard = Dashboard(state: state, store: FileStore(session: session, themes: themes), theme: loaded.theme)
        if let error = loaded.error { dashboard.send(.failed(Bilingual(zh: "配色文件有误，已用默认配色：\(error)", en: "Theme problem, using the default: \(error)"))) }
        if let problem = remembered.problem { dashboard.send(.failed(problem)) }
    }

    /// Runs until the user quits or a signal asks to end; the terminal is always restored.
    mutating func run() throws -> Int32 {
        let terminal = try CursesTerminal.start(options: options)
        defer { terminal.stop() }
        let size = terminal.size
        dashboard.send(.resize(width: size.width, height: size.height))
        var lastPoll = Date()
        var lastTick = Date()
        let watcher = JournalWatcher(directory: directory)
        while dashboard.isRunning {
            terminal.draw(render(dashboard.state), theme: dashboard.theme)
            let event = terminal.nextEvent(timeoutMilliseconds: 100)
            if let signal = terminal.pendingTermination { return 128 + signal }
            if let event { dashboard.send(action(for: event)) }
            dashboard.collectSearches()
            let now = Date()
            // Others' edits arrive within a few hundred milliseconds: at once when inotify says the
            // directory changed, and by polling every second in case it missed something (or is absent).
            if now.timeIntervalSince(lastPoll) >= (watcher.isWatching ? 1 : 0.2) || watcher.changed() {
                lastPoll = now
                dashboard.followStore()
            }
            if now.timeIntervalSince(lastTick) >= 1 {
                lastTick = now
                dashboard.send(.tick(now: Environment.now))
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

    /// The `holidays*.txt` the data directory holds, parsed (a file that does not parse is left out;
    /// `jiedao holidays add` says why).
    static func holidayFiles(in directory: DataDirectory) -> [HolidayData] {
        directory.holidayFiles().compactMap { file in try? HolidayData(parsing: file.text, source: file.name) }
    }

    /// The data set's calendar: the shipped notices, those an admin added, the directory's files.
    static func calendar(for directory: DataDirectory, settings: Settings) -> WorkCalendar {
        settings.workCalendar(adding: holidayFiles(in: directory))
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
