import Foundation
import XCTest

/// A program running in a detached tmux session, driven like a user would: keys in, screen out.
///
/// Every session has its own tmux server (`tmux -L jiedao-test-<pid>-<n>`, no config
/// file), so tests never touch the user's tmux. The pane stays around after the
/// program exits, so its exit status can be read. Throws `XCTSkip` when tmux is missing.
///
/// ```swift
/// let session = try TmuxSession(command: [JiedaoBinary.path, "--data", dir])
/// XCTAssertTrue(session.waitFor("街道"))
/// session.send("j", "j", "Enter")
/// session.send("q")
/// XCTAssertTrue(session.waitForExit())
/// XCTAssertEqual(session.exitStatus, 0)
/// ```
final class TmuxSession {
    /// The environment every program starts from (the test runner's own is not
    /// inherited, so results do not depend on who runs the tests). `LANG` is left
    /// unset on purpose: the program must choose a UTF-8 locale by itself.
    static let baseEnvironment: [String: String] = [
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": NSTemporaryDirectory(),
        "TERM": "xterm-256color",
        // The tests read English unless they ask for --lang zh (Chinese is the default).
        "LC_MESSAGES": "en_US.UTF-8",
    ]

    /// The tmux server's socket name.
    let socketName: String
    private let tmuxPath: String
    /// The socket file, removed with the server (tmux leaves it behind).
    private var socketPath: String?
    private let target = "jiedao"
    private var isKilled = false

    /// Starts `command` (program and arguments, not a shell line) in a `width`×`height` window,
    /// with ``baseEnvironment`` plus `environment`.
    init(width: Int = 100, height: Int = 30, command: [String], environment: [String: String] = [:]) throws {
        guard let tmuxPath = TmuxSession.findTmux() else { throw XCTSkip("tmux is not installed") }
        guard !command.isEmpty else { throw TmuxError.emptyCommand }
        self.tmuxPath = tmuxPath
        socketName = "jiedao-test-\(getpid())-\(TmuxSession.counter.next())"

        let variables = TmuxSession.baseEnvironment.merging(environment) { _, new in new }
            .sorted { $0.key < $1.key }
            .map { TmuxSession.shellQuoted("\($0.key)=\($0.value)") }
        let line = (["exec", "env", "-i"] + variables + command.map(TmuxSession.shellQuoted)).joined(separator: " ")
        // One invocation, so remain-on-exit is on before the program can exit; a POSIX
        // shell reads the line whatever the user's login shell is.
        let result = run([
            "start-server", ";",
            "set-option", "-g", "remain-on-exit", "on", ";",
            "set-option", "-g", "default-shell", "/bin/sh", ";",
            "new-session", "-d", "-s", target, "-x", String(width), "-y", String(height), line,
        ])
        guard result.status == 0 else { throw TmuxError.commandFailed(result.output) }
        let path = run(["display-message", "-p", "#{socket_path}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        socketPath = path.isEmpty ? nil : path
    }

    deinit {
        kill()
    }

    // MARK: Input

    /// Sends keys: tmux key names (`"Enter"`, `"Escape"`, `"Tab"`, `"BSpace"`, `"Up"`,
    /// `"PPage"`, `"F1"`, `"C-d"`, `"M-x"`, ...) are pressed as keys; anything else is typed
    /// literally (`"街道"`, `"hello world"`). Use ``type(_:)`` to type a key name as text.
    func send(_ keys: String...) {
        for key in keys {
            if TmuxSession.isKeyName(key) {
                run(["send-keys", "-t", target, key])
            } else {
                type(key)
            }
        }
    }

    /// Types `text` literally, one character after another.
    func type(_ text: String) {
        run(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Resizes the window (tmux then stops following any client's size).
    func resize(width: Int, height: Int) {
        run(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    // MARK: Output

    /// The visible screen, one line per row, trailing spaces removed.
    func screen() -> String {
        run(["capture-pane", "-p", "-t", target]).output
    }

    /// The visible screen with its attributes and colours as escape sequences (`capture-pane -e`).
    func screenWithAttributes() -> String {
        run(["capture-pane", "-e", "-p", "-t", target]).output
    }

    /// Polls the screen every 50 ms until it contains `text`; false after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10) -> Bool {
        waitUntil(timeout: timeout) { $0.screen().contains(text) }
    }

    /// Polls the screen every 50 ms until it no longer contains `text` (a spinner gone, say).
    @discardableResult
    func waitForAbsence(of text: String, timeout: TimeInterval = 10) -> Bool {
        waitUntil(timeout: timeout) { !$0.screen().contains(text) }
    }

    /// Polls every 50 ms until the program has exited and its ``exitStatus`` is known;
    /// false after `timeout` seconds.
    @discardableResult
    func waitForExit(timeout: TimeInterval = 10) -> Bool {
        waitUntil(timeout: timeout) { $0.exitStatus != nil }
    }

    // MARK: Process state

    /// Whether the program is still running (false once it exited or the server is gone).
    var isRunning: Bool {
        let result = run(["list-panes", "-t", target, "-F", "#{pane_dead}"])
        return result.status == 0 && result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0"
    }

    /// The program's exit status once it has exited: its code, or `128 + signal` when a
    /// signal ended it (as a shell reports it); `nil` while it runs, and for a moment
    /// after, until tmux has collected the status.
    var exitStatus: Int32? {
        switch deadPaneStatus() {
        case .running:
            return nil
        case .exited(let status):
            return status
        case .statusUnknown:
            // tmux sometimes misses the SIGCHLD of a pane whose terminal closed first and
            // leaves it a zombie; the SIGCHLD of any job it runs makes it reap the pane too.
            run(["run-shell", "true"])
            if case .exited(let status) = deadPaneStatus() { return status }
            return nil
        }
    }

    private enum PaneState {
        case running
        case exited(Int32)
        case statusUnknown
    }

    private func deadPaneStatus() -> PaneState {
        let result = run(["list-panes", "-t", target, "-F", "#{pane_dead} #{pane_dead_status} #{pane_dead_signal}"])
        let fields = result.output.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard result.status == 0, fields.count == 3, fields[0] == "1" else { return .running }
        if let code = Int32(fields[1]) { return .exited(code) }
        if let signal = Int32(fields[2]) { return .exited(128 + signal) }
        return .statusUnknown
    }

    /// The process ID of the pane's first process (the shell, when the command is a script).
    var panePID: Int32? {
        Int32(run(["display-message", "-p", "-t", target, "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Stops the program and the tmux server. Safe to call more than once.
    func kill() {
        guard !isKilled else { return }
        isKilled = true
        run(["kill-server"])
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
    }

    // MARK: Running tmux

    @discardableResult
    private func run(_ arguments: [String]) -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        // Inside a user's tmux, TMUX would make the client refuse to nest.
        environment["TMUX"] = nil
        let outputPath = NSTemporaryDirectory() + "\(socketName)-\(UUID().uuidString).out"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let status = TmuxSession.spawnAndWait(
            [tmuxPath, "-L", socketName, "-f", "/dev/null"] + arguments,
            environment: environment.map { "\($0.key)=\($0.value)" },
            outputPath: outputPath
        )
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        return (status: status, output: String(decoding: data, as: UTF8.self))
    }

    /// Runs a program with its output in a file and returns its exit status (-1 if it did not exit normally).
    ///
    /// Not `Process`: the tmux server that a client forks inherits the descriptor
    /// `Process` watches for the child's exit, so waiting would last as long as the server.
    private static func spawnAndWait(_ arguments: [String], environment: [String], outputPath: String) -> Int32 {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { return -1 }
        }
        // WIFEXITED and WEXITSTATUS, which Swift cannot import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }

    private func waitUntil(timeout: TimeInterval, _ condition: (TmuxSession) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if condition(self) { return true }
            if Date() >= deadline { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    // MARK: Helpers

    private static let counter = SessionCounter()

    private static let namedKeys: Set<String> = [
        "Enter", "Escape", "Tab", "BTab", "BSpace", "Space", "Up", "Down", "Left", "Right",
        "Home", "End", "PPage", "PgUp", "NPage", "PgDn", "IC", "DC",
    ]

    /// Whether tmux should press `key` as a named key rather than type it: a key name or
    /// a single character, each optionally after modifiers (`C-`, `M-`, `S-`).
    static func isKeyName(_ key: String) -> Bool {
        var rest = Substring(key)
        var hasModifier = false
        while rest.count > 2, ["C-", "M-", "S-"].contains(where: { rest.hasPrefix($0) }) {
            rest = rest.dropFirst(2)
            hasModifier = true
        }
        if namedKeys.contains(String(rest)) { return true }
        if rest.first == "F", let number = Int(rest.dropFirst()), (1...12).contains(number) { return true }
        return hasModifier && rest.count == 1
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func findTmux() -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return directories.map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Why a ``TmuxSession`` could not start.
enum TmuxError: Error, CustomStringConvertible {
    case emptyCommand
    case commandFailed(String)

    var description: String {
        switch self {
        case .emptyCommand: return "no command to run"
        case .commandFailed(let output): return "tmux failed: \(output)"
        }
    }
}

/// Numbers sessions within one test process, from any thread.
private final class SessionCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
