//! Chapter 12, exercise `counting_calls` (ledger: `exercise/counting-calls`).
//! Check your work with `cargo xtask exercise 12`; stuck? `cargo xtask exercise 12 --hint`.

// TODO: make this compile without changing `count_calls`: `call_twice` must accept a closure
// that changes what it captured.
fn call_twice(f: impl Fn()) {
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
