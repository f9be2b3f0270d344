//! Chapter 12, solution of exercise `adder_needs_move` (ledger: `exercise/adder-needs-move`).

// Solved: `move` puts a copy of `n` inside the closure, which then owns everything it uses.
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
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
