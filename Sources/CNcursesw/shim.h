#ifndef JIEDAO_CNCURSESW_SHIM_H
#define JIEDAO_CNCURSESW_SHIM_H

// The wide-character API (get_wch, wadd_wchnstr, cchar_t) is only declared
// when these are defined before the first curses include.
// _DEFAULT_SOURCE keeps glibc's other declarations exactly as Swift's own Glibc
// module sees them; without it the two modules disagree about struct tm and others.
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

// Curses globals are mutable C state; Swift 6 cannot touch them safely,
// so every read goes through a function.
static inline int jiedao_lines(void) { return LINES; }
static inline int jiedao_cols(void) { return COLS; }
static inline WINDOW *jiedao_stdscr(void) { return stdscr; }
static inline WINDOW *jiedao_curscr(void) { return curscr; }
static inline int jiedao_colors(void) { return COLORS; }
static inline int jiedao_color_pairs(void) { return COLOR_PAIRS; }
static inline void jiedao_set_escdelay(int ms) { set_escdelay(ms); }
static inline chtype jiedao_attr_bold(void) { return A_BOLD; }
static inline chtype jiedao_attr_reverse(void) { return A_REVERSE; }
static inline chtype jiedao_attr_underline(void) { return A_UNDERLINE; }
static inline chtype jiedao_color_pair(int n) { return COLOR_PAIR(n); }
static inline int jiedao_key_resize(void) { return KEY_RESIZE; }
static inline int jiedao_key_mouse(void) { return KEY_MOUSE; }
static inline int jiedao_key_f0(void) { return KEY_F0; }

// Mouse masks are built by function-like macros Swift cannot import.
static inline mmask_t jiedao_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t jiedao_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t jiedao_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t jiedao_button5_pressed(void) { return BUTTON5_PRESSED; }

// newterm instead of initscr: it returns NULL on failure where initscr exits.
// stdin/stdout are C globals too.
static inline SCREEN *jiedao_newterm(void) { return newterm(NULL, stdout, stdin); }

// Whether the terminal can move the cursor at all (a "dumb" terminal cannot).
static inline int jiedao_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

// Turns off XON/XOFF flow control and the extended input characters
// (Ctrl-S, Ctrl-Q, Ctrl-V, Ctrl-O) while keeping ISIG, so Ctrl-Z still stops
// the program; Ctrl-C arrives as a key (the app quits as with q, asking first
// over unsaved input) instead of a signal that would also reach a parent shell
// script. Call def_prog_mode() afterwards so curses keeps it.
static inline int jiedao_disable_flow_control(int fd) {
    struct termios mode;
    if (tcgetattr(fd, &mode) != 0) return -1;
    mode.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    mode.c_lflag &= ~(tcflag_t)IEXTEN;
    mode.c_cc[VINTR] = _POSIX_VDISABLE;
    return tcsetattr(fd, TCSADRAIN, &mode);
}

// MARK: - Signals
//
// Handlers only store into `volatile sig_atomic_t` flags; Swift polls them
// with jiedao_take_signal(). Everything below keeps state in static variables,
// and static header state exists once per object file that uses it, so only
// one Swift file (SignalBridge.swift) may call these functions.
// Every static has an explicit initializer: Swift emits only defined statics,
// and a bare tentative definition would be left out of the object file.

static volatile sig_atomic_t jiedao_pending_terminate = 0;  // the signal number
static volatile sig_atomic_t jiedao_pending_suspend = 0;
static volatile sig_atomic_t jiedao_pending_continue = 0;
static volatile sig_atomic_t jiedao_terminate_seen = 0;
static volatile sig_atomic_t jiedao_handlers_installed = 0;

// What the terminal looked like before curses, and the bytes that undo
// curses' screen modes: used only if the app stops answering (see below).
static struct termios jiedao_shell_mode = {0};
static volatile sig_atomic_t jiedao_shell_mode_saved = 0;
static char jiedao_reset_bytes[256] = {0};
static volatile sig_atomic_t jiedao_reset_length = 0;

enum { JIEDAO_HANDLED_SIGNAL_COUNT = 6 };
static const int jiedao_handled_signals[JIEDAO_HANDLED_SIGNAL_COUNT] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT
};
static struct sigaction jiedao_previous_actions[JIEDAO_HANDLED_SIGNAL_COUNT] = {0};

// A second termination signal means the app did not exit after the first one
// (it is stuck, or the user insists): restore the terminal with
// async-signal-safe calls only, and leave.
static inline void jiedao_emergency_exit(int sig) {
    if (jiedao_shell_mode_saved) tcsetattr(STDIN_FILENO, TCSANOW, &jiedao_shell_mode);
    if (jiedao_reset_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, jiedao_reset_bytes, (size_t)jiedao_reset_length);
        (void)ignored;
    }
    _exit(128 + sig);
}

static inline void jiedao_signal_handler(int sig) {
    switch (sig) {
    case SIGTSTP:
        jiedao_pending_suspend = 1;
        break;
    case SIGCONT:
        jiedao_pending_continue = 1;
        break;
    default:
        if (jiedao_terminate_seen) jiedao_emergency_exit(sig);
        jiedao_terminate_seen = 1;
        jiedao_pending_terminate = sig;
        break;
    }
}

/// Remembers the terminal mode before curses changes it.
static inline void jiedao_save_shell_mode(void) {
    if (tcgetattr(STDIN_FILENO, &jiedao_shell_mode) == 0) jiedao_shell_mode_saved = 1;
}

static inline void jiedao_append_reset_capability(const char *name) {
    const char *value = tigetstr(name);
    if (value == NULL || value == (const char *)-1) return;
    size_t length = strlen(value);
    size_t used = (size_t)jiedao_reset_length;
    if (used + length >= sizeof jiedao_reset_bytes) return;
    memcpy(jiedao_reset_bytes + used, value, length);
    jiedao_reset_length = (sig_atomic_t)(used + length);
}

/// Prepares the bytes the emergency exit writes; call after newterm.
static inline void jiedao_prepare_emergency_reset(int mouse) {
    jiedao_reset_length = 0;
    jiedao_append_reset_capability("sgr0");
    jiedao_append_reset_capability("cnorm");
    jiedao_append_reset_capability("rmkx");
    jiedao_append_reset_capability("rmcup");
    if (mouse) {
        const char *kmous = tigetstr("kmous");
        // curses speaks the xterm mouse protocol exactly when kmous is set.
        if (kmous != NULL && kmous != (const char *)-1) {
            static const char off[] = "\033[?1000l";
            size_t used = (size_t)jiedao_reset_length;
            if (used + sizeof off - 1 < sizeof jiedao_reset_bytes) {
                memcpy(jiedao_reset_bytes + used, off, sizeof off - 1);
                jiedao_reset_length = (sig_atomic_t)(used + sizeof off - 1);
            }
        }
    }
}

/// Installs the flag-setting handlers (replacing those curses installed in
/// newterm), keeping any signal the parent chose to ignore ignored.
static inline void jiedao_install_signal_handlers(void) {
    if (jiedao_handlers_installed) return;
    jiedao_pending_terminate = 0;
    jiedao_pending_suspend = 0;
    jiedao_pending_continue = 0;
    jiedao_terminate_seen = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = jiedao_signal_handler;
    sigemptyset(&action.sa_mask);
    // Restarting keeps other reads and writes free of EINTR; a waiting
    // wget_wch with a timeout still wakes, because poll is never restarted.
    action.sa_flags = SA_RESTART;
    for (int i = 0; i < JIEDAO_HANDLED_SIGNAL_COUNT; i++) {
        sigaction(jiedao_handled_signals[i], NULL, &jiedao_previous_actions[i]);
        if (jiedao_previous_actions[i].sa_handler == SIG_IGN) continue;
        sigaction(jiedao_handled_signals[i], &action, NULL);
    }
    jiedao_handlers_installed = 1;
}

static inline int jiedao_signal_handlers_are_installed(void) { return jiedao_handlers_installed; }

/// Puts back the handlers that were there before jiedao_install_signal_handlers.
static inline void jiedao_restore_signal_handlers(void) {
    if (!jiedao_handlers_installed) return;
    for (int i = 0; i < JIEDAO_HANDLED_SIGNAL_COUNT; i++) {
        sigaction(jiedao_handled_signals[i], &jiedao_previous_actions[i], NULL);
    }
    jiedao_handlers_installed = 0;
}

/// The most urgent pending signal, cleared as it is returned; 0 when none.
/// Termination comes first, then suspend, then continue.
static inline int jiedao_take_signal(void) {
    int sig = __atomic_exchange_n(&jiedao_pending_terminate, 0, __ATOMIC_SEQ_CST);
    if (sig != 0) return sig;
    if (__atomic_exchange_n(&jiedao_pending_suspend, 0, __ATOMIC_SEQ_CST)) return SIGTSTP;
    if (__atomic_exchange_n(&jiedao_pending_continue, 0, __ATOMIC_SEQ_CST)) return SIGCONT;
    return 0;
}

/// Stops the process the default way (call after endwin); returns once it is
/// continued, with the flag-setting SIGTSTP handler back in place.
static inline void jiedao_suspend_process(void) {
    struct sigaction ours;
    struct sigaction standard;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigemptyset(&standard.sa_mask);
    sigaction(SIGTSTP, &standard, &ours);
    sigset_t tstp;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &tstp, NULL);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &ours, NULL);
}

#endif
