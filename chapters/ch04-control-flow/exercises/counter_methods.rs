//! Chapter 4, exercise `counter_methods`: `&self` against `&mut self`
//! (ledger: `methods/ref-self-read-only`).
//!
//! In Python every method gets the same `self`, and any of them may change the object:
//!
//! ```python
//! class MyStruct:
//!     def __init__(self): self.count = 0
//!     def read_only(self): return self.count
//!     def modify(self): self.count += 1
//!
//! def count_to(n):
//!     thing = MyStruct()
//!     for _ in range(n):
//!         thing.modify()
//!     return thing.read_only()
//! ```
//!
//! Check your work with `cargo xtask exercise 4`; stuck? `cargo xtask exercise 4 --hint`.

// TODO: `modify` changes the object, which a `&self` method may not do. Choose the right
// receiver, then whatever else the compiler asks for, until the tests below pass.
struct MyStruct {
    count: u32,
}

impl MyStruct {
    fn new() -> Self {
        MyStruct { count: 0 }
    }

    fn read_only(&self) -> u32 {
        self.count
    }

    fn modify(&self) {
        self.count += 1;
    }
}

fn count_to(n: u32) -> u32 {
    let thing = MyStruct::new();
    for _ in 0..n {
        thing.modify();
    }
    thing.read_only()
}

fn main() {
    println!("{}", count_to(3));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_to_three_gives_three() {
        assert_eq!(count_to(3), 3);
    }

    #[test]
    fn a_new_object_starts_at_zero() {
        assert_eq!(count_to(0), 0);
        assert_eq!(MyStruct::new().read_only(), 0);
    }
}
