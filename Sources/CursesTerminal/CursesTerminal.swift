import CNcursesw
import TermCanvas
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, driven through ncurses: draws canvases, reads keys, mouse and resizes.
///
/// Only one may run at a time, and only from the main thread (the type is not
/// `Sendable`, so the compiler keeps it where it was created).
///
/// ```swift
/// let terminal = try CursesTerminal.start(options: TerminalOptions())
/// defer { terminal.stop() }
/// while terminal.pendingTermination == nil {
///     terminal.draw(render(state), theme: theme)
///     if let event = terminal.nextEvent(timeoutMilliseconds: 250) { handle(event) }
/// }
/// ```
///
/// Signals: SIGINT, SIGTERM, SIGHUP and SIGQUIT only set ``pendingTermination``;
/// the app then calls ``stop()`` and exits with status `128 + signal`. Ctrl-Z
/// suspends inside ``nextEvent(timeoutMilliseconds:)``, which reports a `.resize`
/// once the process is continued so the app draws again.
public final class CursesTerminal {
    /// The options the terminal was started with.
    public let options: TerminalOptions
    /// How many colours the terminal shows; `.monochrome` under `NO_COLOR`.
    public let colorDepth: ColorDepth
    /// The termination signal (SIGINT, SIGTERM, SIGHUP or SIGQUIT) that arrived, if any.
    /// Check it after every ``nextEvent(timeoutMilliseconds:)``; when set, save what
    /// needs saving, call ``stop()`` and exit with status `128 + signal`.
    public internal(set) var pendingTermination: Int32?
    /// Whether ``stop()`` has run.
    public private(set) var isStopped = false

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    /// What the terminal shows now; `nil` forces the next draw to repaint everything.
    var shown: Canvas?
    /// The theme the role cache was built for.
    var shownTheme: Theme?
    /// Curses attribute bits and colour pair per role, for ``shownTheme``.
    var roleStyles: [StyleRole: (attributes: UInt32, pair: Int16)] = [:]
    var colorPairs: ColorPairCache

    private init(options: TerminalOptions, screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>,
                 colorDepth: ColorDepth, colorPairs: ColorPairCache) {
        self.options = options
        self.screen = screen
        self.window = window
        self.colorDepth = colorDepth
        self.colorPairs = colorPairs
    }

    deinit {
        stop()
    }

    // MARK: Starting and stopping

    /// Takes over the terminal: UTF-8 locale, alternate screen, no echo, keypad,
    /// hidden cursor, colours and (unless turned off) the mouse.
    ///
    /// The locale comes from the environment; when it is not UTF-8 (or `LANG` is
    /// unset) `C.UTF-8`, then `en_US.UTF-8`, is used, so Chinese text still shows.
    /// - Throws: ``TerminalError`` when standard input or output is not a terminal,
    ///   `TERM` names an unknown terminal or one that cannot place the cursor, or
    ///   another terminal is running.
    public static func start(options: TerminalOptions = TerminalOptions()) throws -> CursesTerminal {
        guard !SignalBridge.isInstalled else { throw TerminalError.alreadyRunning }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        LocaleSetup.adoptUTF8Locale()
        SignalBridge.saveShellMode()
        guard let screen = jiedao_newterm(), let window = jiedao_stdscr() else {
            throw TerminalError.unknownTerminalType(environment("TERM"))
        }
        guard jiedao_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw TerminalError.unsupportedTerminalType(environment("TERM"))
        }
        configureInput(window: window, options: options)
        var depth = ColorDepth.monochrome
        var pairs = ColorPairCache(pairCount: 0, supportsDefaultColors: true)
        if environment("NO_COLOR") == nil, has_colors(), start_color() == OK {
            let defaults = use_default_colors() == OK
            depth = ColorDepth.detected(noColorRequested: false, hasColors: true, colorCount: Int(jiedao_colors()))
            pairs = ColorPairCache(pairCount: Int(jiedao_color_pairs()), supportsDefaultColors: defaults)
        }
        // Installed after newterm so these replace the handlers curses put in place.
        SignalBridge.install(mouse: options.mouse)
        return CursesTerminal(options: options, screen: screen, window: window,
                              colorDepth: depth, colorPairs: pairs)
    }

    /// Keyboard, cursor and mouse modes.
    private static func configureInput(window: UnsafeMutablePointer<WINDOW>, options: TerminalOptions) {
        // cbreak rather than raw: Ctrl-C and Ctrl-Z must still raise signals.
        cbreak()
        noecho()
        nonl()
        // ...but Ctrl-S must not freeze the screen; def_prog_mode makes curses keep the change.
        _ = jiedao_disable_flow_control(STDIN_FILENO)
        def_prog_mode()
        keypad(window, true)
        intrflush(window, false)
        leaveok(window, true)
        curs_set(0)
        if let delay = options.escapeDelay {
            jiedao_set_escdelay(max(0, delay))
        } else if environment("ESCDELAY") == nil {
            jiedao_set_escdelay(25)
        }
        if options.mouse {
            _ = mousemask(mmask_t(MouseDecoder.curses.reportedMask), nil)
            // No click detection: presses arrive at once instead of after a double-click wait.
            _ = mouseinterval(0)
        }
    }

    /// Gives the terminal back: leaves the alternate screen, restores modes and signal handlers.
    /// Safe to call more than once; also called when the terminal is released.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        endwin()
        SignalBridge.restore()
        delscreen(screen)
    }

    // MARK: Size

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        (width: Int(jiedao_cols()), height: Int(jiedao_lines()))
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
