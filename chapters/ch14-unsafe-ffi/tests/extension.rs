//! The lecture's extension functions, their Rust half. Ledger: `pyo3/fibonacci-50`,
//! `pyo3/counter`, `pyo3/same-results`.
use chapter_14::kernels::{Counter, fibonacci, primes_up_to};

#[test]
fn fibonacci_of_50_is_12586269025() {
    assert_eq!(fibonacci(50), 12586269025);
    assert_eq!(fibonacci(0), 0);
    assert_eq!(fibonacci(1), 1);
}

#[test]
fn fibonacci_is_exact_to_93_and_wraps_after() {
    assert_eq!(fibonacci(93), 12200160415121876738);
    // F(94) overflows u64: wrapping_add gives F(94) mod 2^64, where Python's int is exact.
    assert_eq!(fibonacci(94), 1_293_530_146_158_671_551);
}

#[test]
fn counter_incremented_twice_reads_2_and_reprs_like_the_lecture() {
    let mut counter = Counter::new(0);
    counter.increment();
    counter.increment();
    assert_eq!(counter.get_value(), 2);
    assert_eq!(counter.repr(), "Counter(value=2)");
}

#[test]
fn sieve_finds_the_9592_primes_below_100_000() {
    let primes = primes_up_to(100_000);
    assert_eq!(primes.len(), 9592);
    assert_eq!(primes.iter().sum::<usize>(), 454396537);
    assert_eq!(primes_up_to(0), Vec::<usize>::new());
    assert_eq!(primes_up_to(1), Vec::<usize>::new());
    assert_eq!(primes_up_to(10), [2, 3, 5, 7]);
}
