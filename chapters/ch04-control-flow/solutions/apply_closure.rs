//! Chapter 4, solution of exercise `apply_closure`: passing a closure that captures
//! (ledger: `fn/fn-pointer-vs-closure`).
//!
//! Python's `apply` takes any callable, a lambda that uses a local variable included:
//!
//! ```python
//! def apply(f, x):
//!     return f(x)
//!
//! def scale_all(numbers, factor):
//!     return [apply(lambda x: x * factor, n) for n in numbers]
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/apply_closure.rs`. Once yours passes, `cargo xtask exercise 4 solution apply_closure` shows this file.

// Solved. `fn(i32) -> i32` only takes closures that capture nothing; `impl Fn(i32) -> i32`
// takes every closure that can be called repeatedly, plain functions included.
fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn scale_all(numbers: &[i32], factor: i32) -> Vec<i32> {
    numbers.iter().map(|&n| apply(|x| x * factor, n)).collect()
}

fn main() {
    println!("{:?}", scale_all(&[1, 2, 3], 10));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_is_scaled_by_the_captured_factor() {
        assert_eq!(scale_all(&[1, 2, 3], 10), vec![10, 20, 30]);
    }

    #[test]
    fn a_plain_function_still_works() {
        fn double(x: i32) -> i32 {
            x * 2
        }
        assert_eq!(apply(double, 5), 10);
        assert_eq!(apply(|x| x * 2, 5), 10);
    }
}
