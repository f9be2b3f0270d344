//! Chapter 12, exercise `adder_needs_move` (ledger: `exercise/adder-needs-move`).
//! Check your work with `cargo xtask exercise 12`; stuck? `cargo xtask exercise 12 --hint`.

// TODO: make `make_adder` compile. The closure it returns must still work after `make_adder`
// has returned, and `n` lives only as long as the call.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n
}

fn main() {
    let add_5 = make_adder(5);
    println!("{}", add_5(10));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adders_keep_their_own_n() {
        let add_5 = make_adder(5);
        let add_100 = make_adder(100);
        assert_eq!(add_5(10), 15);
        assert_eq!(add_100(10), 110);
        assert_eq!(add_5(1), 6);
    }
}
