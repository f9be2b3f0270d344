/* The lecture's fibonacci in C, compiled by the test with gcc -O2: the code "a C compiler would
 * produce". The kernel is the chapter's honest one, fibonacci(i % 90) summed modulo 2^64, timed
 * in-process (median of five runs after a warm-up). Prints: checksum, loop steps, ns per step. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

__attribute__((noinline)) uint64_t fibonacci(uint64_t n) {
    if (n <= 1) return n;
    uint64_t a = 0, b = 1;
    for (uint64_t i = 2; i <= n; i++) {
        uint64_t t = b;
        b = a + b;
        a = t;
    }
    return b;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int by_value(const void *x, const void *y) {
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

int main(int argc, char **argv) {
    /* volatile: the count is not a constant the optimiser could fold the kernel into. */
    volatile uint64_t count = argc > 1 ? strtoull(argv[1], NULL, 10) : 1000;
    uint64_t sum = 0, steps = 0;
    double times[5];
    for (uint64_t i = 0; i < count; i++) steps += i % 90 >= 2 ? i % 90 - 1 : 0;
    for (int run = -1; run < 5; run++) {
        double start = now();
        sum = 0;
        for (uint64_t i = 0; i < count; i++) sum += fibonacci(i % 90);
        if (run >= 0) times[run] = now() - start;
    }
    qsort(times, 5, sizeof times[0], by_value);
    printf("%llu %llu %.3f\n", (unsigned long long)sum, (unsigned long long)steps,
           times[2] / steps * 1e9);
    return 0;
}
