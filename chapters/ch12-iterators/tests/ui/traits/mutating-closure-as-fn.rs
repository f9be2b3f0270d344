// A closure that changes what it captured, handed to a function that asks for `Fn`.
fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn main() {
    let mut total = 0;
    println!("{}", apply(|x| { total += x; total }, 5));
}
