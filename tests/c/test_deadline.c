/* The engine's deadline: once it passes, every long engine call (sentences,
 * tokens, regex searches, figures, measures) stops with the deadline's
 * message instead of running on; disarmed, they run as before; the last
 * resort runs a grace period after the deadline. */
#include <stdatomic.h>
#include <time.h>

#include "check.h"
#include "tally/deadline.h"
#include "tally/figures.h"
#include "tally/measures.h"
#include "tally/regex.h"
#include "tally/segment.h"
#include "tally/structure.h"

static atomic_int resorted;

static void last_resort(void *ud)
{
    (void)ud;
    atomic_store(&resorted, 1);
}

static atomic_int woke;

static void woken(void *ud)
{
    (void)ud;
    atomic_store(&woke, 1);
}

static void wait_for(int (*cond)(void))
{
    struct timespec ts = {0, 1000000};
    for (int i = 0; i < 5000 && !cond(); i++)
        nanosleep(&ts, NULL);
}

static int resort_ran(void)
{
    return atomic_load(&resorted);
}

/* Runs every engine call on text; returns how many failed with the deadline's message. */
static int stopped_calls(const char *text, size_t len, tally_figure_rules *rules)
{
    int stopped = 0;
    tally_error err = {""};
    tally_span *sent = NULL;
    size_t ns = 0;
    int rs = tally_sentences(text, len, &sent, &ns, &err);
    stopped += rs < 0 && strstr(err.msg, "--timeout") != NULL;
    tally_token *tok = NULL;
    size_t nt = 0;
    err.msg[0] = '\0';
    stopped += tally_tokens(text, len, &tok, &nt, &err) < 0 && strstr(err.msg, "--timeout") != NULL;
    free(tok);
    tally_regex *re = tally_regex_compile("a", 1, "", &err);
    CHECK(re != NULL);
    tally_span g[1];
    err.msg[0] = '\0';
    stopped += tally_regex_search(re, text, len, 0, 0, g, &err) < 0 && strstr(err.msg, "--timeout") != NULL;
    tally_regex_free(re);
    /* figures and measures with the sentences made before any deadline */
    if (rs == 0) {
        tally_figure *f = NULL;
        size_t nf = 0;
        err.msg[0] = '\0';
        stopped += tally_figures_find(rules, text, len, sent, ns, &f, &nf, &err) < 0 &&
                   strstr(err.msg, "--timeout") != NULL;
        free(f);
    }
    free(sent);
    return stopped;
}

int main(void)
{
    tally_error err = {""};
    tally_figure_rules *rules = tally_figure_rules_new(&err);
    CHECK(rules != NULL);
    /* a report long enough that every loop checks at least once */
    size_t reps = 3000;
    const char *unit = "一是全省进出口总额14.8亿元，同比增长12.5%。二是出口增长3%。\n";
    size_t ul = strlen(unit);
    char *text = malloc(reps * ul + 1);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * ul, unit, ul);
    size_t len = reps * ul;
    text[len] = '\0';

    CHECK(!tally_deadline_passed());
    CHECK(stopped_calls(text, len, rules) == 0);

    /* measures need the structure, built before the deadline */
    tally_structure *st = tally_structure_build(text, len, &err);
    CHECK(st != NULL);

    CHECK(tally_deadline_arm(0.001, 3600, NULL, last_resort, NULL) == 0);
    wait_for(tally_deadline_passed);
    CHECK(tally_deadline_passed());
    /* sentences stop, so figures get none here: 3 of sentences, tokens, regex */
    CHECK(stopped_calls(text, len, rules) == 3);
    {
        tally_span *sent = NULL;
        size_t ns = 0;
        tally_deadline_disarm();
        CHECK(tally_sentences(text, len, &sent, &ns, &err) == 0);
        CHECK(tally_deadline_arm(0.001, 3600, NULL, last_resort, NULL) == 0);
        wait_for(tally_deadline_passed);
        tally_figure *f = NULL;
        size_t nf = 0;
        err.msg[0] = '\0';
        CHECK(tally_figures_find(rules, text, len, sent, ns, &f, &nf, &err) < 0);
        CHECK(strstr(err.msg, "--timeout") != NULL);
        free(f);
        free(sent);
        tally_measure *m = NULL;
        size_t nm = 0;
        err.msg[0] = '\0';
        CHECK(tally_measures_find(text, len, st, &m, &nm, &err) < 0);
        CHECK(strstr(err.msg, "--timeout") != NULL);
        free(m);
    }
    CHECK(!resort_ran()); /* the grace period is an hour */
    tally_deadline_disarm();
    CHECK(!tally_deadline_passed());
    CHECK(stopped_calls(text, len, rules) == 0);

    /* the last resort comes a grace period after the deadline */
    CHECK(tally_deadline_arm(0.001, 0.01, woken, last_resort, NULL) == 0);
    wait_for(resort_ran);
    CHECK(resort_ran());
    CHECK(atomic_load(&woke)); /* at_deadline ran before the last resort */
    tally_deadline_disarm();
    /* re-arming replaces; disarming twice is harmless */
    CHECK(tally_deadline_arm(3600, 1, NULL, last_resort, NULL) == 0);
    CHECK(tally_deadline_arm(3600, 1, NULL, last_resort, NULL) == 0);
    CHECK(!tally_deadline_passed());
    tally_deadline_disarm();
    tally_deadline_disarm();

    tally_structure_free(st);
    tally_figure_rules_free(rules);
    free(text);
    return check_summary();
}
