// `collect` takes the iterator by value: once consumed, it cannot be used again.
fn main() {
    let numbers = vec![1, 2, 3];
    let doubled = numbers.iter().map(|x| x * 2);
    let first: Vec<i32> = doubled.collect();
    let again: Vec<i32> = doubled.collect();
    println!("{first:?} {again:?}");
}
