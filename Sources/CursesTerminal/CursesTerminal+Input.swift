import CNcursesw
import TermCanvas
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Reading events

extension CursesTerminal {
    /// The longest single wait. curses restarts an endless read after a signal, so
    /// "wait forever" is a series of these, each of which a signal cuts short.
    private static let longestWaitMilliseconds: Int32 = 60_000

    /// Waits up to `timeoutMilliseconds` (negative: no limit) for a key, a mouse
    /// action or a resize; `nil` when the time ran out or a signal arrived.
    ///
    /// Pending signals are dealt with first: Ctrl-Z suspends the process here and
    /// returns `.resize` once it is continued (the screen must be drawn again); a
    /// termination signal sets ``pendingTermination`` and returns `nil`.
    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        guard !isStopped else { return nil }
        if let event = handlePendingSignals() { return event }
        guard pendingTermination == nil else { return nil }
        let waitsForever = timeoutMilliseconds < 0
        while true {
            wtimeout(window, waitsForever ? CursesTerminal.longestWaitMilliseconds : timeoutMilliseconds)
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status != ERR {
                if let event = event(status: status, value: Int32(truncatingIfNeeded: value)) { return event }
            } else {
                if let event = handlePendingSignals() { return event }
                if pendingTermination == nil, inputHungUp() {
                    // Reads fail at once after a hang-up, even with SIGHUP ignored: stop rather than spin.
                    pendingTermination = SIGHUP
                }
            }
            if pendingTermination != nil || !waitsForever { return nil }
        }
    }

    /// The event for what `wget_wch` returned, or `nil` for input the app has no use for.
    private func event(status: Int32, value: Int32) -> TerminalEvent? {
        let isKeyCode = status == KEY_CODE_YES
        if isKeyCode && value == KEY_RESIZE {
            // curses has already resized its windows; the old frame no longer matches.
            shown = nil
            let size = self.size
            return .resize(width: size.width, height: size.height)
        }
        if isKeyCode && value == KEY_MOUSE {
            var report = MEVENT()
            guard getmouse(&report) == OK else { return nil }
            let mouse = MouseDecoder.curses.event(buttonState: UInt(report.bstate), x: Int(report.x), y: Int(report.y))
            return mouse.map { .mouse($0) }
        }
        return KeyDecoder.key(code: value, isKeyCode: isKeyCode).map { .key($0) }
    }

    /// Whether standard input was hung up (the terminal window closed).
    private func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) == 1 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    // MARK: Signals

    /// Acts on the signals caught since the last call; `.resize` when the screen must be redrawn.
    func handlePendingSignals() -> TerminalEvent? {
        var mustRedraw = false
        while let signal = SignalBridge.takePending() {
            switch signal {
            case .terminate(let number):
                if pendingTermination == nil { pendingTermination = number }
            case .suspend:
                // Not worth stopping for when the app is about to exit.
                guard pendingTermination == nil else { continue }
                suspend()
                mustRedraw = true
            case .resume:
                // Continued after a stop we did not arrange (SIGSTOP): the shell may
                // have changed the terminal's modes and screen meanwhile.
                reset_prog_mode()
                mustRedraw = true
            }
        }
        guard mustRedraw else { return nil }
        shown = nil
        clearok(jiedao_curscr(), true)
        let size = self.size
        return .resize(width: size.width, height: size.height)
    }

    /// Ctrl-Z: gives the terminal back to the shell, stops, and takes it again when continued.
    private func suspend() {
        endwin()
        SignalBridge.suspendProcess()
        // The user may have changed the shell's modes while stopped (stty); keep them for the next stop.
        def_shell_mode()
        // A refresh after endwin puts curses' modes and the alternate screen back.
        clearok(jiedao_curscr(), true)
        doupdate()
    }
}
