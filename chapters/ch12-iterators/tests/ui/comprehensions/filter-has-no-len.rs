// `.len()` is for iterators that know their length (ExactSizeIterator); `filter` cannot.
fn main() {
    let numbers = vec![1, 2, 3, 4];
    let n = numbers.iter().filter(|x| **x > 1).len();
    println!("{n}");
}
