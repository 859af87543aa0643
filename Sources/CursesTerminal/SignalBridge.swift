import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Swift side of the C signal handlers in `shim.h`.
///
/// The handlers only set flags; ``CursesTerminal`` polls them with ``takePending()``
/// between reads, where it is safe to call curses. The shim keeps its state in
/// static variables, which exist once per object file, so this is the only file
/// that may call the shim's signal functions.
enum SignalBridge {
    /// A signal the handlers caught and the terminal has not yet dealt with.
    enum PendingSignal: Equatable, Sendable {
        /// SIGINT, SIGTERM, SIGHUP or SIGQUIT: the app should stop and exit.
        case terminate(Int32)
        /// SIGTSTP (Ctrl-Z): suspend.
        case suspend
        /// SIGCONT: the process was continued, the screen may be garbage.
        case resume
    }

    /// Whether a terminal currently owns the handlers.
    static var isInstalled: Bool { jiedao_signal_handlers_are_installed() != 0 }

    /// Remembers the terminal mode curses is about to change; call before `newterm`.
    static func saveShellMode() {
        jiedao_save_shell_mode()
    }

    /// Replaces the handlers curses installed in `newterm` with flag-setting ones,
    /// and prepares the last-resort reset for an app that stops answering.
    static func install(mouse: Bool) {
        jiedao_prepare_emergency_reset(mouse ? 1 : 0)
        jiedao_install_signal_handlers()
    }

    /// Puts back the handlers that were there before ``install(mouse:)``.
    static func restore() {
        jiedao_restore_signal_handlers()
    }

    /// The most urgent pending signal (termination first), cleared as it is returned.
    static func takePending() -> PendingSignal? {
        switch jiedao_take_signal() {
        case 0: return nil
        case SIGTSTP: return .suspend
        case SIGCONT: return .resume
        case let signal: return .terminate(signal)
        }
    }

    /// Stops the process with the default SIGTSTP action; returns once it is continued.
    /// Call only while curses is ended (`endwin`).
    static func suspendProcess() {
        jiedao_suspend_process()
    }
}
