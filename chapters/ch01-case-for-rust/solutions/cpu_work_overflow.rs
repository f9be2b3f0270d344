//! Chapter 1, solution of exercise `cpu_work_overflow`: make `cpu_work` right for n = 10 000 000
//! (ledger: `exercise/cpu-work-overflow`).
//!
//! The lecture's GIL example sums squares. A Python int grows as large as it needs to:
//!
//! ```python
//! def cpu_work(n: int) -> int:
//!     return sum(i * i for i in range(n))
//!
//! print(cpu_work(10_000_000))  # 333333283333335000000
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/cpu_work_overflow.rs`. Once yours passes,
//! `cargo xtask exercise 1 solution cpu_work_overflow` shows this file.

// Solved. Each square fits a `u64`, but their sum for n = 10 000 000 does not: a debug build
// panics with "attempt to add with overflow", a release build wraps around silently. Summing in
// `u128` (up to 3.4 * 10^38) gives Python's exact answer for any n this program could finish.
fn cpu_work(n: u64) -> u128 {
    (0..n).map(|i| u128::from(i) * u128::from(i)).sum()
}

/// The exact total for n = 10 000 000: what Python prints.
const TOTAL_FOR_TEN_MILLION: u128 = 333_333_283_333_335_000_000;

fn main() {
    let total: u128 = cpu_work(10_000_000);
    assert_eq!(total, TOTAL_FOR_TEN_MILLION);
    println!("cpu_work(10_000_000) = {total}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_totals_are_exact() {
        let total: u128 = cpu_work(4);
        assert_eq!(total, 14);
    }

    #[test]
    fn the_total_for_ten_million_is_exact() {
        let total: u128 = cpu_work(10_000_000);
        assert_eq!(total, TOTAL_FOR_TEN_MILLION);
    }

    #[test]
    fn the_total_for_ten_million_does_not_fit_a_u64() {
        let in_u64 = (0..10_000_000_u64).try_fold(0_u64, |sum, i| sum.checked_add(i * i));
        assert_eq!(in_u64, None);
        assert!(TOTAL_FOR_TEN_MILLION > u128::from(u64::MAX));
    }
}
