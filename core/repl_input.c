/* The REPL's input. On a terminal, libedit edits the line (its wide-character
 * mode needs a UTF-8 LC_CTYPE to move over and delete Chinese characters one
 * whole character at a time), keeps the history file and completes names on
 * Tab. From a pipe, lines are read as they come, with no prompt. */
#include "repl_input.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

#include "repl_complete.h"
#include "repl_edit.h"
#include "tally/text.h"

enum { HISTORY_SIZE = 2000 };

/* libedit, opened when the first terminal session starts (repl_edit.c) */
static const repl_edit_api *edit;

struct repl_input {
    lua_State *L;
    EditLine *el;      /* NULL when reading a pipe */
    History *hist;
    char *hist_path;
    const char *prompt;
    char *buf;         /* the pipe's line */
    size_t cap;
};

/* A UTF-8 LC_CTYPE from the environment, else C.UTF-8: libedit decodes
 * keystrokes with mbrtowc, and in the C locale each byte of 进 would be a
 * character of its own. Only LC_CTYPE changes; number formatting stays C. */
static void use_utf8_ctype(void)
{
    if (setlocale(LC_CTYPE, "") && strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
        return;
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
        setlocale(LC_CTYPE, "C.utf8");
}

static volatile sig_atomic_t interrupted;

void repl_input_interrupt(void)
{
    interrupted = 1;
}

/* Takes the interrupt, if one came. */
static int take_interrupt(void)
{
    if (!interrupted)
        return 0;
    interrupted = 0;
    errno = EINTR;
    return 1;
}

/* libedit's character reader, replaced so that Ctrl-C always ends the line:
 * libedit's own retries a read that a signal cut short, and a signal that
 * comes while it is busy between reads would be lost. SIGINT is blocked but
 * for the wait itself (pselect), so it cannot slip in between the check and
 * the wait. Returns 1 with a character, 0 at the end of input, -1 on an
 * error or Ctrl-C (errno EINTR), as libedit expects. */
static int read_wchar(EditLine *el, wchar_t *wc)
{
    (void)el;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    sigset_t sigint, wait_mask;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    for (;;) {
        sigprocmask(SIG_BLOCK, &sigint, &wait_mask);
        sigdelset(&wait_mask, SIGINT);
        if (take_interrupt()) {
            sigprocmask(SIG_UNBLOCK, &sigint, NULL);
            return -1;
        }
        fd_set in;
        FD_ZERO(&in);
        FD_SET(STDIN_FILENO, &in);
        int ready = pselect(STDIN_FILENO + 1, &in, NULL, NULL, NULL, &wait_mask);
        int wait_errno = errno;
        sigprocmask(SIG_UNBLOCK, &sigint, NULL);
        if (ready < 0) {
            if (wait_errno == EINTR)
                continue; /* Ctrl-C is taken above; SIGWINCH and the like are not ours */
            errno = wait_errno;
            return -1;
        }
        char byte;
        ssize_t got = read(STDIN_FILENO, &byte, 1);
        if (got == 0)
            return 0;
        if (got < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return -1;
        }
        size_t r = mbrtowc(wc, &byte, 1, &state);
        if (r == (size_t)-2)
            continue; /* more bytes of the character to come */
        if (r == (size_t)-1) {
            *wc = 0xFFFD; /* a byte that is no UTF-8 */
            memset(&state, 0, sizeof state);
        }
        return 1;
    }
}

static int mkdir_p(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int r = mkdir(path, 0700);
        *p = '/';
        if (r != 0 && errno != EEXIST)
            return -1;
    }
    return mkdir(path, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

char *repl_history_path(void)
{
    const char *state = getenv("XDG_STATE_HOME");
    const char *home = getenv("HOME");
    const char *fmt = "%s/tally";
    if (!state || !*state) {
        if (!home || !*home)
            return NULL;
        state = home;
        fmt = "%s/.local/state/tally";
    }
    size_t n = strlen(state) + sizeof "/.local/state/tally/history";
    char *path = malloc(n);
    if (!path)
        return NULL;
    snprintf(path, n, fmt, state);
    if (mkdir_p(path) < 0) {
        free(path);
        return NULL;
    }
    strcat(path, "/history");
    return path;
}

static char *prompt_of(EditLine *el)
{
    repl_input *in;
    edit->el_get(el, EL_CLIENTDATA, &in);
    return (char *)in->prompt;
}

/* Prints the candidates in columns below the line, without the part of the
 * typed word they share up to its last separator (shown is "tokens(", not
 * "doc:tokens("; "b.txt", not "corpus/b.txt"). */
static void list_candidates(repl_input *in, int t, int n, const char *word, size_t word_len)
{
    lua_State *L = in->L;
    size_t skip = word_len;
    while (skip > 0 && !strchr(".:/", word[skip - 1]))
        skip--;
    size_t widest = 0;
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        size_t len = lua_rawlen(L, -1);
        if (skip > len) /* each candidate begins with the word; be safe anyway */
            skip = 0;
        size_t w = tally_display_width(lua_tostring(L, -1) + skip, len - skip);
        widest = w > widest ? w : widest;
        lua_pop(L, 1);
    }
    int cols = repl_input_columns(in);
    int per_line = cols > 0 ? (int)((size_t)cols / (widest + 2)) : 1;
    if (per_line < 1)
        per_line = 1;
    fputc('\n', stdout);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, t, i);
        const char *c = lua_tostring(L, -1) + (skip <= lua_rawlen(L, -1) ? skip : 0);
        int last = i == n || i % per_line == 0;
        size_t w = tally_display_width(c, strlen(c));
        printf("%s%*s", c, last ? 0 : (int)(widest + 2 - w), last ? "\n" : "");
        lua_pop(L, 1);
    }
    fflush(stdout);
}

/* Tab: one candidate is written out; several are written up to what they
 * share, or listed when they share no more than what is typed. */
static unsigned char complete_key(EditLine *el, int ch)
{
    (void)ch;
    repl_input *in;
    edit->el_get(el, EL_CLIENTDATA, &in);
    lua_State *L = in->L;
    const LineInfo *li = edit->el_line(el);
    size_t typed_len = (size_t)(li->cursor - li->buffer);
    int top = lua_gettop(L);
    size_t word_start = 0;
    int n = tally_complete(L, li->buffer, typed_len, &word_start);
    if (n <= 0) {
        lua_settop(L, top);
        return CC_REFRESH_BEEP;
    }
    int t = lua_gettop(L);
    size_t word_len = typed_len - word_start;
    lua_rawgeti(L, t, 1);
    size_t common;
    const char *first = lua_tolstring(L, -1, &common);
    for (int i = 2; i <= n; i++) {
        lua_rawgeti(L, t, i);
        const char *c = lua_tostring(L, -1);
        size_t k = 0;
        while (k < common && c[k] == first[k])
            k++;
        common = k;
        lua_pop(L, 1);
    }
    unsigned char ret = CC_REFRESH;
    if (common > word_len) {
        lua_pushlstring(L, first + word_len, common - word_len);
        edit->el_insertstr(el, lua_tostring(L, -1));
    } else if (n > 1) {
        list_candidates(in, t, n, li->buffer + word_start, word_len);
        ret = CC_REDISPLAY;
    }
    lua_settop(L, top);
    return ret;
}

/* 1: the editor is open; 0: no libedit (said on stderr), so lines are read
 * plainly; -1: libedit could not start. */
static int open_editor(repl_input *in)
{
    char why[300];
    edit = repl_edit_open(why, sizeof why);
    if (!edit) {
        fprintf(stderr, "tally: no line editing, history or completion: %s\n", why);
        return 0;
    }
    use_utf8_ctype();
    in->el = edit->el_init("tally", stdin, stdout, stderr);
    in->hist = edit->history_init();
    if (!in->el || !in->hist)
        return -1;
    HistEvent ev;
    edit->history(in->hist, &ev, H_SETSIZE, HISTORY_SIZE);
    edit->history(in->hist, &ev, H_SETUNIQUE, 1);
    in->hist_path = repl_history_path();
    if (!in->hist_path)
        fprintf(stderr, "tally: the history will not be saved: no $XDG_STATE_HOME or $HOME, "
                        "or its tally folder cannot be made\n");
    else
        edit->history(in->hist, &ev, H_LOAD, in->hist_path); /* none yet is fine */
    edit->el_set(in->el, EL_CLIENTDATA, in);
    edit->el_set(in->el, EL_EDITOR, "emacs");
    edit->el_set(in->el, EL_PROMPT, prompt_of);
    edit->el_set(in->el, EL_GETCFN, read_wchar);
    edit->el_set(in->el, EL_HIST, edit->history, in->hist);
    /* the wide call: libedit's narrow EL_ADDFN copies the two names and
     * never frees them (eln.c says so) */
    edit->el_wset(in->el, EL_ADDFN, L"tally-complete", L"complete a Lua name", complete_key);
    edit->el_set(in->el, EL_BIND, "^I", "tally-complete", NULL);
    edit->el_set(in->el, EL_BIND, "^R", "em-inc-search-prev", NULL); /* as in bash */
    edit->el_source(in->el, NULL); /* the analyst's ~/.editrc, if any */
    return 1;
}

repl_input *repl_input_open(lua_State *L, int interactive)
{
    repl_input *in = calloc(1, sizeof *in);
    if (!in)
        return NULL;
    in->L = L;
    in->prompt = "";
    if (interactive && open_editor(in) < 0) {
        repl_input_close(in);
        return NULL;
    }
    return in;
}

void repl_input_close(repl_input *in)
{
    if (!in)
        return;
    if (in->el)
        edit->el_end(in->el);
    if (in->hist)
        edit->history_end(in->hist);
    free(in->hist_path);
    free(in->buf);
    free(in);
}

repl_read_status repl_input_read(repl_input *in, const char *prompt, const char **line,
                                 size_t *len)
{
    if (!in->el) {
        ssize_t n = getline(&in->buf, &in->cap, stdin);
        if (n < 0)
            return REPL_READ_EOF;
        if (n > 0 && in->buf[n - 1] == '\n')
            in->buf[--n] = '\0';
        *line = in->buf;
        *len = (size_t)n;
        return REPL_READ_LINE;
    }
    in->prompt = prompt;
    interrupted = 0; /* a Ctrl-C that came as a query ended has done its work */
    edit->el_resize(in->el); /* the window may have changed while a query ran */
    int count = 0;
    errno = 0;
    const char *s = edit->el_gets(in->el, &count);
    if (!s) {
        if (count < 0 && errno == EINTR) {
            edit->el_reset(in->el);
            fputc('\n', stdout);
            return REPL_READ_INTERRUPT;
        }
        return REPL_READ_EOF;
    }
    size_t n = strlen(s);
    if (n > 0 && s[n - 1] == '\n')
        n--;
    *line = s;
    *len = n;
    return REPL_READ_LINE;
}

void repl_input_remember(repl_input *in, const char *chunk)
{
    if (!in->hist || !*chunk)
        return;
    HistEvent ev;
    edit->history(in->hist, &ev, H_ENTER, chunk);
    if (in->hist_path)
        edit->history(in->hist, &ev, H_SAVE, in->hist_path);
}

static int window_size(int rows)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0)
        return 0;
    return rows ? ws.ws_row : ws.ws_col;
}

int repl_input_columns(const repl_input *in)
{
    return in->el ? window_size(0) : 0;
}

int repl_input_rows(const repl_input *in)
{
    return in->el ? window_size(1) : 0;
}
