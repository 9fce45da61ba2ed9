// The wide-character ncurses API for Swift. NCURSES_WIDECHAR must precede the include: SwiftPM
// drops pkg-config's -D flags, and without it cchar_t, get_wch and mvwaddnwstr disappear.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <termios.h>
#include <unistd.h>
#include <signal.h>
#include <ncursesw/curses.h>

// Globals and macros do not import into Swift 6 (shared mutable state, NCURSES_BITS); these
// accessors make every such use visible.
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_italic(void) { return A_ITALIC; }
static inline mmask_t cnc_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t cnc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cnc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cnc_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cnc_button3_clicked(void) { return BUTTON3_CLICKED | BUTTON3_PRESSED; }
static inline mmask_t cnc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cnc_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int cnc_key_f0(void) { return KEY_F0; }

// wcwidth is declared only under _XOPEN_SOURCE, which the module build does not define; it is
// the width curses itself places characters by.
extern int wcwidth(wchar_t c);
static inline int cnc_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// Whether a stop can be undone: SIGTSTP ignored means the shell that started us has no job
// control, and nothing would continue a stopped program.
static inline int cnc_can_stop(void) {
    struct sigaction current;
    return sigaction(SIGTSTP, NULL, &current) == 0 && current.sa_handler != SIG_IGN;
}

// Stops the process as Ctrl-Z in a cooked terminal would (SIGTSTP with its default action,
// whatever handler curses installed) and returns once the shell continues it.
static inline void cnc_stop_until_continued(void) {
    struct sigaction stop, saved;
    sigaction(SIGTSTP, NULL, &saved);
    stop = saved;
    stop.sa_handler = SIG_DFL;
    stop.sa_flags = 0;
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTSTP, &stop, NULL);
    kill(getpid(), SIGTSTP);
    sigaction(SIGTSTP, &saved, NULL);
}

// While another program has the terminal (an editor), a stop of the whole process group (the
// editor's Ctrl-Z) must stop us plainly, not run curses' handler, which would redraw over it.
static inline void cnc_default_stop_action(struct sigaction *saved) {
    struct sigaction stop;
    sigaction(SIGTSTP, NULL, saved);
    if (saved->sa_handler == SIG_IGN) return;
    stop = *saved;
    stop.sa_handler = SIG_DFL;
    stop.sa_flags = 0;
    sigaction(SIGTSTP, &stop, NULL);
}
static inline void cnc_restore_stop_action(const struct sigaction *saved) {
    sigaction(SIGTSTP, saved, NULL);
}

