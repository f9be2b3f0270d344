//! The lecture's extension functions, free of any binding: the `extension_functions` demo calls
//! them, and `tests/native/bridge.rs` (a `cdylib` that Python loads with `ctypes`) includes this
//! very file, so the Python side calls the same code the tests prove.

/// The lecture's `fibonacci`: exact while F(n) fits in a `u64` (n ≤ 93), wrapping after.
pub fn fibonacci(n: u64) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let temp = b;
        b = a.wrapping_add(b);
        a = temp;
    }
    a
}

/// The lecture's sieve of Eratosthenes, as printed.
pub fn primes_up_to(n: usize) -> Vec<usize> {
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    if n > 0 {
        is_prime[1] = false;
    }
    for i in 2..=((n as f64).sqrt() as usize) {
        if is_prime[i] {
            for j in (i * i..=n).step_by(i) {
                is_prime[j] = false;
            }
        }
    }
    (2..=n).filter(|&i| is_prime[i]).collect()
}

/// The lecture's `#[pyclass] Counter`, without the attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counter {
    value: i64,
}

impl Counter {
    pub fn new(start: i64) -> Self {
        Counter { value: start }
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
