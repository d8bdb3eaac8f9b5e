/* The run's deadline, for --timeout. A watchdog thread sleeps until the
 * deadline and then raises a flag that long engine loops (regex searches,
 * the figure, measure and segment scanners) read every so often, so one
 * engine call cannot outlast the limit; the check is one relaxed atomic
 * load, cheap enough for any loop. If the run has still not ended a grace
 * period later (a loop in C that checks nothing, a Lua pattern, a __gc
 * finalizer), the watchdog calls the last-resort function, which is
 * expected to end the process. Nothing here touches Lua. */
#ifndef TALLY_DEADLINE_H
#define TALLY_DEADLINE_H

typedef void (*tally_deadline_fn)(void *ud);

/* Arms the deadline seconds from now (re-arming replaces the old one). On
 * the watchdog thread, at_deadline(ud) runs when the flag is raised (to
 * wake whoever should notice: the runner signals the Lua thread) and
 * last_resort(ud) grace seconds later; either may be NULL. Returns 0, or
 * -1 when no thread could be started. */
int tally_deadline_arm(double seconds, double grace, tally_deadline_fn at_deadline,
                       tally_deadline_fn last_resort, void *ud);

/* Disarms: no flag, no last resort. The watchdog thread is joined. */
void tally_deadline_disarm(void);

/* Non-zero once the deadline has passed (until disarmed). */
int tally_deadline_passed(void);

/* The message of an engine call stopped by the deadline. */
#define TALLY_DEADLINE_MESSAGE "stopped: the run's time limit (--timeout) has passed"

/* For loops: checks the flag only every 2^k-th call of a counter the
 * caller keeps, e.g. `if (tally_deadline_every(&n, 1024)) return error;`
 * (mask + 1 must be a power of two). */
static inline int tally_deadline_every(unsigned *counter, unsigned mask_plus_one)
{
    return (++*counter & (mask_plus_one - 1)) == 0 && tally_deadline_passed();
}

#endif
