// The lecture's FizzBuzz match without its `_` arm: the numbers that are neither multiples of 3
// nor of 5 match no arm, and a `match` must cover every value of what it inspects.
fn fizzbuzz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => String::from("FizzBuzz"),
        (0, _) => String::from("Fizz"),
        (_, 0) => String::from("Buzz"),
    }
}

fn main() {
    println!("{}", fizzbuzz(7));
}
