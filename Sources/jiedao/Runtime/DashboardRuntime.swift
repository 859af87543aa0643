import CursesTerminal
import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoStore
import TermCanvas

/// The run loop: read input, hand it to the dashboard's interpreter, draw, wait.
/// Effects are carried out by ``Dashboard`` in JiedaoApp through its store: a ``FileStore``
/// on a data directory, or a ``RemoteStore`` on a data server.
struct DashboardRuntime<Store: DataStore> {
    var dashboard: Dashboard<Store>
    let options: TerminalOptions
    /// Whether others' changes may be waiting now (inotify on a directory, bytes on a socket).
    let changed: () -> Bool
    /// How often to look for others' changes when `changed` says nothing.
    let pollInterval: Double

    /// `language` is what `--lang` asked for, if anything: then the remembered `:lang`, then the locale.
    init(store: Store, registry: Registry, login: String, dataName: String, holidayFiles: [HolidayData], language: Language?, watch: Bool,
         themeName: String?, options: TerminalOptions, pollInterval: Double, changed: @escaping () -> Bool) {
        self.options = options
        self.changed = changed
        self.pollInterval = pollInterval
        let remembered = PreferencesFile.load()
        let environment = ProcessInfo.processInfo.environment
        let state = AppState(registry: registry, login: login,
                             language: language ?? remembered.preferences.language ?? Language.fromEnvironment(environment), now: Environment.now,
                             holidayFiles: holidayFiles, watchMode: watch, asciiGlyphs: options.ascii,
                             dataName: dataName, preferences: remembered.preferences)
        let loaded = DashboardFiles.themes.loadOrDefault(themeName ?? environment["JIEDAO_THEME"] ?? remembered.preferences.theme ?? "default")
        dashboard = Dashboard(state: state, store: store, theme: loaded.theme)
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
        while dashboard.isRunning {
            terminal.draw(render(dashboard.state), theme: dashboard.theme)
            let event = terminal.nextEvent(timeoutMilliseconds: 100)
            if let signal = terminal.pendingTermination { return 128 + signal }
            if let event { dashboard.send(action(for: event)) }
            dashboard.collectSearches()
            let now = Date()
            // Others' edits arrive within a few hundred milliseconds: at once when the source
            // says something changed, and by polling in case it missed something.
            if now.timeIntervalSince(lastPoll) >= pollInterval || changed() {
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
}

extension DashboardRuntime where Store == FileStore {
    /// The dashboard on a data directory.
    init(session: DataSession, registry: Registry, language: Language?, watch: Bool, themeName: String?, options: TerminalOptions) {
        let watcher = JournalWatcher(directory: session.directory)
        self.init(store: FileStore(session: session, themes: DashboardFiles.themes), registry: registry, login: Environment.login,
                  dataName: URL(fileURLWithPath: session.directory.path).lastPathComponent,
                  holidayFiles: DashboardFiles.holidayFiles(in: session.directory), language: language, watch: watch, themeName: themeName,
                  options: options, pollInterval: watcher.isWatching ? 1 : 0.2, changed: { watcher.changed() })
    }
}
