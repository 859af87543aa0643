import CursesTerminal
import Foundation
import JiedaoApp
import JiedaoCore
import JiedaoRollup
import TermCanvas

/// `jiedao watch --rollup`'s loop: draw, read a key, and read the figures again when a street
/// publishes (LISTEN / NOTIFY), at most twice a second, and every half minute anyway (overdue
/// counts move with time). A lost server is shown on the screen and tried again, never a crash.
struct RollupWatchRuntime {
    var screen: RollupScreen
    let url: String
    let theme: Theme
    let options: TerminalOptions

    private var connection: PostgresConnection?
    private var lastRead = Date.distantPast
    private var nextAttempt = Date.distantPast
    private var pause: TimeInterval = 1
    private var dirty = true

    init(screen: RollupScreen, url: String, theme: Theme, options: TerminalOptions) {
        self.screen = screen
        self.url = url
        self.theme = theme
        self.options = options
    }

    mutating func run() throws -> Int32 {
        let terminal = try CursesTerminal.start(options: options)
        defer { terminal.stop() }
        let size = terminal.size
        screen.resize(width: size.width, height: size.height)
        while screen.isRunning {
            terminal.draw(render(screen), theme: theme)
            let event = terminal.nextEvent(timeoutMilliseconds: 100)
            if let signal = terminal.pendingTermination { return 128 + signal }
            switch event {
            case .key(let key): screen.press(key)
            case .resize(let width, let height): screen.resize(width: width, height: height)
            case .mouse, nil: break
            }
            if screen.wantsRefresh {
                screen.wantsRefresh = false
                dirty = true
                lastRead = .distantPast
            }
            refresh()
        }
        return 0
    }

    private mutating func refresh() {
        let now = Date()
        do {
            if connection == nil {
                guard now >= nextAttempt else { return }
                let opened = try PostgresConnection(url: url)
                try RollupSchema.prepare(opened)
                try opened.execute("LISTEN \(StreetPublisher.channel)")
                connection = opened
                pause = 1
                dirty = true
            }
            guard let connection else { return }
            if try !connection.notifications(waitingUpTo: 0).isEmpty { dirty = true }
            let due = dirty ? now.timeIntervalSince(lastRead) >= 0.5 : now.timeIntervalSince(lastRead) >= 30
            guard due else { return }
            let figures = try RollupQuery.run(connection, now: Environment.now, district: screen.district)
            lastRead = now
            dirty = false
            screen.show(figures, at: Self.clock(Environment.now))
        } catch {
            connection = nil
            let retry = Int(pause)
            screen.problem = Bilingual(zh: error.message.zh + "（\(retry) 秒后重试）", en: error.message.en + " (retrying in \(retry) s)")
            nextAttempt = now.addingTimeInterval(pause)
            pause = min(60, pause * 2)
        }
    }

    /// HH:MM:SS at Beijing time, where the streets are.
    static func clock(_ unix: Int64) -> String {
        let seconds = ((unix + Int64(Day.shanghaiUTCOffset)) % 86_400 + 86_400) % 86_400
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }
}
