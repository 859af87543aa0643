import ArgumentParser
import CursesTerminal
import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoStore
import TermCanvas

/// Options of the full-screen dashboard.
struct ScreenOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colour theme: a name (default, light, high-contrast, mono) or a .toml path; also JIEDAO_THEME.", valueName: "NAME|PATH"))
    var theme: String?

    @Flag(help: "Draw borders, arrows and charts with ASCII only (for terminals that show ambiguous-width characters double).")
    var ascii = false

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for copying text).")
    var noMouse = false

    var terminalOptions: TerminalOptions { TerminalOptions(mouse: !noMouse, ascii: ascii) }
}

/// `jiedao open`: the dashboard (the default command).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the dashboard on a data directory (the default).",
        discussion: "Creates the demo street first when the data directory holds no data. Press ? inside for the keys."
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var screen: ScreenOptions

    func run() throws {
        if let socket = options.serverSocket {
            return try DashboardLauncher.run(server: socket, options: options, watch: false, screen: screen)
        }
        let (session, registry) = try options.openOrCreateDemo()
        try DashboardLauncher.run(session: session, registry: registry, language: options.lang?.language, watch: false, screen: screen)
    }
}

/// `jiedao watch`: the supervisor's read-only view; with `--rollup`, every street's figures.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "The supervisor's read-only dashboard: the summary live, lists browsable, nothing written.",
        discussion: """
            Works with read permission alone; never writes to the data directory. With --rollup URL it \
            shows every street that publishes into that PostgreSQL database instead (jiedao publish), \
            a row per street, updating as they publish.
            """
    )

    @OptionGroup var options: DataOptions
    @OptionGroup var screen: ScreenOptions

    @Option(help: ArgumentHelp("Watch the streets of this PostgreSQL rollup database (see jiedao publish).", valueName: "URL"))
    var rollup: String?

    @Option(help: ArgumentHelp("With --rollup: only the streets of this district.", valueName: "NAME"))
    var district: String?

    func validate() throws {
        if district != nil, rollup == nil { throw ValidationError("--district goes with --rollup URL.") }
    }

    func run() throws {
        if let rollup {
            let language = options.lang?.language ?? PreferencesFile.load().preferences.language ?? options.language
            let themes = ThemeLoader(searchDirectories: DashboardFiles.themeDirectories(), files: DashboardFiles.themeFiles)
            let theme = themes.loadOrDefault(screen.theme ?? ProcessInfo.processInfo.environment["JIEDAO_THEME"] ?? "default").theme
            var runtime = RollupWatchRuntime(screen: RollupScreen(language: language, isASCII: screen.ascii, district: district),
                                             url: rollup, theme: theme, options: screen.terminalOptions)
            let status: Int32
            do {
                status = try runtime.run()
            } catch let error as TerminalError {
                throw CommandFailure("\(error)")
            }
            if status != 0 { throw ExitCode(status) }
            return
        }
        if let socket = options.serverSocket {
            return try DashboardLauncher.run(server: socket, options: options, watch: true, screen: screen)
        }
        let (session, registry) = try options.open()
        try DashboardLauncher.run(session: session, registry: registry, language: options.lang?.language, watch: true, screen: screen)
    }
}

/// Starts the run loop and turns its end into an exit status.
enum DashboardLauncher {
    static func run(session: DataSession, registry: Registry, language: Language?, watch: Bool, screen: ScreenOptions) throws {
        try run(DashboardRuntime(session: session, registry: registry, language: language, watch: watch,
                                  themeName: screen.theme, options: screen.terminalOptions))
    }

    /// The dashboard on a data server's copy: it follows the server's records as they arrive.
    static func run(server socket: String, options: DataOptions, watch: Bool, screen: ScreenOptions) throws {
        let (replica, registry) = try options.connect(to: socket)
        let name = String(socket.split(separator: "/").last ?? "server")
        try run(DashboardRuntime(store: RemoteStore(replica: replica, themes: DashboardFiles.themes), registry: registry, login: replica.login,
                                 dataName: name, holidayFiles: [], language: options.lang?.language, watch: watch, themeName: screen.theme,
                                 options: screen.terminalOptions, pollInterval: 0.1, changed: { false }))
    }

    private static func run<Store: DataStore>(_ runtime: DashboardRuntime<Store>) throws {
        var runtime = runtime
        let status: Int32
        do {
            status = try runtime.run()
        } catch let error as TerminalError {
            throw CommandFailure("\(error)")
        }
        if status != 0 { throw ExitCode(status) }
    }
}
