//! The lecture's extension functions, free of any binding: the `extension_functions` demo calls
//! them, and `tests/native/bridge.rs` (a `cdylib` that Python loads with `ctypes`) includes this
//! very file, so the Python side calls the same code the tests prove.

/// The lecture's `fibonacci`, iterative: exact while F(n) fits in a `u64` (n ≤ 93); after that it
/// wraps, because the lecture adds with `wrapping_add`, and so does this.
pub fn fibonacci(n: u64) -> u64 {
    let mut pair: (u64, u64) = (0, 1);
    for _ in 0..n {
        pair = (pair.1, pair.0.wrapping_add(pair.1));
    }
    pair.0
}

/// The lecture's `primes_up_to`: a sieve of Eratosthenes over one `bool` per number, crossing out
/// from p² in steps of p for each p up to √n, as the lecture's does (the bench times this).
pub fn primes_up_to(n: usize) -> Vec<usize> {
    let mut maybe_prime = vec![true; n + 1];
    // Neither 0 nor 1 is prime; `take` keeps n = 0 (a one-element table) in bounds.
    maybe_prime
        .iter_mut()
        .take(2)
        .for_each(|flag| *flag = false);
    let mut p = 2;
    while p * p <= n {
        if maybe_prime[p] {
            (p * p..=n)
                .step_by(p)
                .for_each(|multiple| maybe_prime[multiple] = false);
        }
        p += 1;
    }
    maybe_prime
        .iter()
        .enumerate()
        .filter_map(|(number, &prime)| prime.then_some(number))
        .collect()
}

/// The lecture's `#[pyclass] Counter`, without the attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counter {
    value: i64,
}

impl Counter {
    pub fn new(start: i64) -> Self {
        Self { value: start }
    }

    pub fn increment(&mut self) {
        self.value += 1;
    }

    pub fn get_value(&self) -> i64 {
        self.value
    }

    /// What PyO3 would return for Python's `repr(counter)`.
    pub fn repr(&self) -> String {
        format!("Counter(value={})", self.value)
    }
}
