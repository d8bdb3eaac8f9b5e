/* The --timeout watchdog: one thread that waits on a condition variable
 * until the deadline (CLOCK_MONOTONIC), raises the flag, waits the grace
 * period, and calls the last resort. See include/tally/deadline.h. */
#include "tally/deadline.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

static atomic_int passed;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake;
static int cond_ready;
static int running, cancelled;
static pthread_t thread;
static struct timespec when, last_when;
static tally_deadline_fn at_deadline, last_resort;
static void *last_ud;

static struct timespec after(double seconds)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    if (seconds > 1e9)
        seconds = 1e9; /* about 30 years: no overflow of tv_sec */
    time_t whole = (time_t)seconds;
    long nanos = (long)((seconds - (double)whole) * 1e9);
    ts.tv_sec += whole;
    ts.tv_nsec += nanos;
    if (ts.tv_nsec >= 1000000000L)
        ts.tv_sec++, ts.tv_nsec -= 1000000000L;
    return ts;
}

/* Waits until t or cancellation; 1 when t came. Called with lock held. */
static int wait_until(const struct timespec *t)
{
    while (!cancelled) {
        int r = pthread_cond_timedwait(&wake, &lock, t);
        if (r == ETIMEDOUT)
            return !cancelled;
    }
    return 0;
}

static void *watch(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock);
    if (wait_until(&when)) {
        atomic_store_explicit(&passed, 1, memory_order_relaxed);
        if (at_deadline)
            at_deadline(last_ud);
        if (wait_until(&last_when)) {
            tally_deadline_fn fn = last_resort;
            void *ud = last_ud;
            pthread_mutex_unlock(&lock);
            if (fn)
                fn(ud);
            return NULL;
        }
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

static int init_cond(void)
{
    if (cond_ready)
        return 0;
    pthread_condattr_t attr;
    if (pthread_condattr_init(&attr) != 0)
        return -1;
    int r = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC) == 0 && pthread_cond_init(&wake, &attr) == 0;
    pthread_condattr_destroy(&attr);
    if (!r)
        return -1;
    cond_ready = 1;
    return 0;
}

int tally_deadline_arm(double seconds, double grace, tally_deadline_fn wake, tally_deadline_fn fn,
                       void *ud)
{
    tally_deadline_disarm();
    pthread_mutex_lock(&lock);
    if (init_cond() < 0) {
        pthread_mutex_unlock(&lock);
        return -1;
    }
    when = after(seconds);
    last_when = after(seconds + grace);
    at_deadline = wake;
    last_resort = fn;
    last_ud = ud;
    cancelled = 0;
    atomic_store_explicit(&passed, 0, memory_order_relaxed);
    running = pthread_create(&thread, NULL, watch, NULL) == 0;
    pthread_mutex_unlock(&lock);
    return running ? 0 : -1;
}

void tally_deadline_disarm(void)
{
    pthread_mutex_lock(&lock);
    int was_running = running;
    running = 0;
    cancelled = 1;
    if (cond_ready)
        pthread_cond_broadcast(&wake);
    pthread_mutex_unlock(&lock);
    if (was_running)
        pthread_join(thread, NULL);
    atomic_store_explicit(&passed, 0, memory_order_relaxed);
}

int tally_deadline_passed(void)
{
    return atomic_load_explicit(&passed, memory_order_relaxed);
}
