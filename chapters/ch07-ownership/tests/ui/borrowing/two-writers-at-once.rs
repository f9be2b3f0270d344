// Two people writing in the same book at the same time: two live `&mut` borrows are refused.
fn main() {
    let mut notes = vec![String::from("chapter 1")];
    let first = &mut notes;
    let second = &mut notes;
    first.push(String::from("first's note"));
    second.push(String::from("second's note"));
}
