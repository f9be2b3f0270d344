// Pitfall 1 as the lecture comments it out: growing a Vec while a loop borrows it.
fn main() {
    let mut items = vec![1, 2, 3, 4, 5];
    for item in &items {
        if *item > 3 {
            items.push(*item * 2);
        }
    }
    println!("{items:?}");
}
