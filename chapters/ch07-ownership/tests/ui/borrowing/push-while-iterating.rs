// Python's "dictionary changed size during iteration", caught before the program runs: the loop
// borrows `scores`, and pushing to it inside the loop needs a mutable borrow.
fn main() {
    let mut scores = vec![1, 2, 3];
    for score in &scores {
        if *score == 2 {
            scores.push(4);
        }
    }
}
