/* Runs a command and prints its wall time and how its CPU time divides
 * between the main thread (tally's script thread: its tid is the pid) and
 * the others (the corpus reader's workers):
 *   thread_cpu CMD [ARG...]   ->   "wall total main others" in seconds
 * The main thread's time is read from /proc/PID/task/PID/schedstat (ns on
 * a CPU), polled every millisecond and read once more when the process has
 * exited but is not yet reaped (waitid WNOWAIT), so it is the thread's
 * whole time; the total is the process's user + system time from wait4.
 * The command's stdout goes to /dev/null. On a shared machine wall time
 * moves with the load; these CPU shares do not, which is why bench/jobs.sh
 * prints them beside it. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* ns the thread has run, or -1 when it cannot be read. */
static long long run_ns(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    long long ns = -1;
    if (fscanf(f, "%lld", &ns) != 1)
        ns = -1;
    fclose(f);
    return ns;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: thread_cpu CMD [ARG...]\n");
        return 2;
    }
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 1;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0)
            dup2(null, 1);
        execvp(argv[1], argv + 1);
        perror(argv[1]);
        _exit(127);
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task/%d/schedstat", (int)pid, (int)pid);
    long long main_ns = 0;
    for (;;) {
        siginfo_t si = {0};
        if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == pid)
            break;
        long long ns = run_ns(path);
        if (ns > main_ns)
            main_ns = ns;
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
    long long last = run_ns(path); /* the zombie's final count */
    if (last > main_ns)
        main_ns = last;
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("wait4");
        return 1;
    }
    double wall = now() - t0;
    double total = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
                   (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    double main_s = (double)main_ns / 1e9;
    printf("%.4f %.4f %.4f %.4f\n", wall, total, main_s, total > main_s ? total - main_s : 0.0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
