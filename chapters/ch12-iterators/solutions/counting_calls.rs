//! Chapter 12, solution of exercise `counting_calls` (ledger: `exercise/counting-calls`).

// Solved: `FnMut` lets the closure change its captures; the parameter is `mut` because each call
// borrows the closure mutably.
fn call_twice(mut f: impl FnMut()) {
    f();
    f();
}

fn count_calls() -> u32 {
    let mut calls = 0;
    call_twice(|| calls += 1);
    calls
}

fn main() {
    println!("{}", count_calls());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closure_ran_twice() {
        assert_eq!(count_calls(), 2);
    }
}
