// A chain nothing consumes does nothing. rustc warns by default; denied here to keep the warning.
#![deny(unused_must_use)]

fn main() {
    let numbers = vec![1, 2, 3];
    numbers.iter().map(|x| println!("{x}"));
}
