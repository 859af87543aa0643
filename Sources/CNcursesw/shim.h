#ifndef JIEDAO_CNCURSESW_SHIM_H
#define JIEDAO_CNCURSESW_SHIM_H

// The wide-character API (get_wch, wadd_wchnstr, cchar_t) is only declared
// when these are defined before the first curses include.
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Curses globals are mutable C state; Swift 6 cannot touch them safely,
// so every read goes through a function.
static inline int jiedao_lines(void) { return LINES; }
static inline int jiedao_cols(void) { return COLS; }
static inline WINDOW *jiedao_stdscr(void) { return stdscr; }
static inline int jiedao_colors(void) { return COLORS; }
static inline int jiedao_color_pairs(void) { return COLOR_PAIRS; }
static inline void jiedao_set_escdelay(int ms) { set_escdelay(ms); }
static inline chtype jiedao_attr_bold(void) { return A_BOLD; }
static inline chtype jiedao_attr_reverse(void) { return A_REVERSE; }
static inline chtype jiedao_attr_underline(void) { return A_UNDERLINE; }
static inline chtype jiedao_color_pair(int n) { return COLOR_PAIR(n); }
static inline int jiedao_key_resize(void) { return KEY_RESIZE; }
static inline int jiedao_key_mouse(void) { return KEY_MOUSE; }

#endif
