/* The CPU time of short commands, side by side: runs each command once per
 * round, interleaved (A B C A B C ...), for ROUNDS rounds, and prints per
 * command the median CPU time (user + system, from wait4's rusage, which the
 * kernel reports from its exact run-time accounting) in milliseconds, then
 * the command. Output of the commands goes to /dev/null. A shared machine's
 * load moves wall time far more than the CPU time of the process itself.
 *   cpu_run ROUNDS CMD [ARG...] [-- CMD [ARG...]]...
 * Exit status 1 if a command failed to start. */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_COMMANDS 16

static double run_once(char **argv)
{
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(1);
    }
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
        }
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0) {
        perror("wait4");
        exit(1);
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
        fprintf(stderr, "cpu_run: cannot run %s\n", argv[0]);
        exit(1);
    }
    return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
           ru.ru_stime.tv_usec / 1e6;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc < 3 || atoi(argv[1]) < 1) {
        fprintf(stderr, "usage: cpu_run ROUNDS CMD [ARG...] [-- CMD [ARG...]]...\n");
        return 2;
    }
    int rounds = atoi(argv[1]);
    char **cmd[MAX_COMMANDS];
    int n = 0;
    cmd[n++] = &argv[2];
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            argv[i] = NULL;
            if (i + 1 < argc && n < MAX_COMMANDS)
                cmd[n++] = &argv[i + 1];
        }
    }
    double *t = malloc(sizeof *t * (size_t)rounds * (size_t)n);
    if (!t)
        return 1;
    for (int r = 0; r < rounds; r++)
        for (int c = 0; c < n; c++)
            t[c * rounds + r] = run_once(cmd[c]);
    for (int c = 0; c < n; c++) {
        qsort(t + c * rounds, (size_t)rounds, sizeof *t, by_value);
        printf("%.3f", t[c * rounds + rounds / 2] * 1e3);
        for (char **a = cmd[c]; *a; a++)
            printf(" %s", *a);
        printf("\n");
    }
    free(t);
    return 0;
}
