//! Chapter 4, exercise `apply_closure`: passing a closure that captures
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
//! Check your work with `cargo xtask exercise 4`; stuck? `cargo xtask exercise 4 --hint`.

// TODO: the lecture's `apply` takes a function pointer, `fn(i32) -> i32`, and a closure that
// captures `factor` is not one. Change `apply`'s signature (not `scale_all`) so that it accepts
// any closure from i32 to i32, and the tests below pass.
fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
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
