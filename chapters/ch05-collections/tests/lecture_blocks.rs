//! The lecture's Rust blocks as printed, each put into a function (laid out by rustfmt, which
//! moved comments and line breaks but not one token), compiled and run with rustc 1.95, edition
//! 2024. A block the lecture shows as working must build; what it prints is compared with the
//! output its comments claim (`println!` is shadowed below), and the values its comments name
//! are checked by assertions written after the block, never inside it. The two HashMap blocks
//! that use names they never define (`keys`, `values`, `words`) are ui tests instead
//! (tests/ui/map/lecture-*-block.rs, E0425). Ledger: `blocks/*` and the claims each block shows.
#![allow(unused_variables, unused_mut, dead_code, clippy::useless_vec)]

use textbook_harness::printed_by;

/// Records a line instead of printing it, so a test can read what a verbatim block printed.
macro_rules! println {
    ($($arg:tt)*) => {
        textbook_harness::record_printed(format!($($arg)*))
    };
}

fn rust_tuples_block() {
    // Rust — tuples are fixed-size, typed, can hold mixed types
    let point: (f64, f64) = (3.0, 4.0);
    let (x, y) = point; // Destructuring (same as Python unpacking)
    println!("x={x}, y={y}");

    // Mixed types
    let record: (&str, i32, bool) = ("Alice", 30, true);
    let (name, age, active) = record;

    // Access by index (unlike Python, uses .0 .1 .2 syntax)
    let first = record.0; // "Alice"
    let second = record.1; // 30

    // Python: record[0]
    // Rust:   record.0      ← dot-index, not bracket-index

    // Checks, after the block: the two values its comments name.
    assert_eq!((first, second), ("Alice", 30));
}

#[test]
fn the_tuples_block_compiles_and_prints_whole_floats_without_a_point() {
    // Python's block prints `x=3.0, y=4.0`; this one prints the f64s without their `.0`.
    assert_eq!(printed_by(rust_tuples_block), ["x=3, y=4"]);
}

fn tuples_vs_structs_block() {
    // Tuples: quick grouping, function returns, temporary values
    fn min_max(data: &[i32]) -> (i32, i32) {
        (*data.iter().min().unwrap(), *data.iter().max().unwrap())
    }
    let (lo, hi) = min_max(&[3, 1, 4, 1, 5]);

    // Structs: named fields, clear intent, methods
    struct Point {
        x: f64,
        y: f64,
    }

    // Rule of thumb:
    // - 2-3 same-type fields → tuple is fine
    // - Named fields needed  → use struct
    // - Methods needed       → use struct
    // (Same guidance as Python: tuple vs namedtuple vs dataclass)

    // Checks, after the block.
    assert_eq!((lo, hi), (1, 5));
}

#[test]
fn the_min_max_block_compiles_and_returns_one_and_five() {
    assert!(printed_by(tuples_vs_structs_block).is_empty());
}

fn arrays_block() {
    // Rust has TWO fixed-size vs dynamic concepts:

    // 1. Array — fixed size, stack-allocated (no Python equivalent)
    let numbers: [i32; 5] = [1, 2, 3, 4, 5]; // Size is part of the type!
    // numbers.push(6);  // ❌ Arrays can't grow

    // Initialize all elements to same value:
    let zeros = [0; 10]; // [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]

    // 2. Slice — a view into an array or Vec (like Python slicing, but borrowed)
    let slice: &[i32] = &numbers[1..4]; // [2, 3, 4] — a reference, not a copy!

    // Python: numbers[1:4] creates a NEW list (copy)
    // Rust:   &numbers[1..4] creates a VIEW (no copy, no allocation)

    // Checks, after the block.
    assert_eq!(zeros, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(slice, [2, 3, 4]);
    assert!(std::ptr::eq(slice.as_ptr(), &numbers[1]));
}

#[test]
fn the_arrays_block_compiles_and_its_slice_is_a_view() {
    assert!(printed_by(arrays_block).is_empty());
}

fn slicing_block() {
    // Rust slicing — creates views (references)
    let data = [10, 20, 30, 40, 50];
    let first_three = &data[..3]; // &[i32], view: [10, 20, 30]
    let last_two = &data[3..]; // &[i32], view: [40, 50]

    // No negative indexing — use .len()
    let last_two = &data[data.len() - 2..]; // &[i32], view: [40, 50]

    // Reverse: use an iterator
    let reversed: Vec<i32> = data.iter().rev().copied().collect();

    // Checks, after the block.
    assert_eq!(first_three, [10, 20, 30]);
    assert_eq!(last_two, [40, 50]);
    assert_eq!(reversed, [50, 40, 30, 20, 10]);
}

#[test]
fn the_slicing_block_compiles_and_gives_the_values_it_comments() {
    assert!(printed_by(slicing_block).is_empty());
}

/// The Rectangle block is a whole program; it keeps its own `main`.
mod rectangle_block {
    // Rust — struct + impl blocks (no inheritance!)
    #[derive(Debug, Clone)]
    struct Rectangle {
        width: f64,
        height: f64,
    }

    impl Rectangle {
        // "Constructor" — associated function (no self)
        fn new(width: f64, height: f64) -> Self {
            Rectangle { width, height } // Field shorthand when names match
        }

        fn area(&self) -> f64 {
            self.width * self.height
        }

        fn perimeter(&self) -> f64 {
            2.0 * (self.width + self.height)
        }

        fn scale(&self, factor: f64) -> Rectangle {
            Rectangle::new(self.width * factor, self.height * factor)
        }
    }

    // Display trait = Python's __str__
    impl std::fmt::Display for Rectangle {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "Rectangle({} x {})", self.width, self.height)
        }
    }

    pub fn main() {
        let r = Rectangle::new(10.0, 5.0);
        println!("{}", r.area()); // 50.0
        println!("{}", r); // Rectangle(10 x 5)
    }
}

#[test]
fn the_rectangle_program_prints_50_not_50_point_0() {
    assert_eq!(
        printed_by(rectangle_block::main),
        ["50", "Rectangle(10 x 5)"]
    );
}

/// The Animal block has no `main`: its items, and a call of the roll call it defines.
mod animal_block {
    // Rust — traits + composition (no inheritance)
    trait Animal {
        fn name(&self) -> &str;
        fn speak(&self) -> String;
    }

    struct Dog {
        name: String,
    }
    struct Cat {
        name: String,
    }

    impl Animal for Dog {
        fn name(&self) -> &str {
            &self.name
        }
        fn speak(&self) -> String {
            format!("{} says Woof!", self.name)
        }
    }

    impl Animal for Cat {
        fn name(&self) -> &str {
            &self.name
        }
        fn speak(&self) -> String {
            format!("{} says Meow!", self.name)
        }
    }

    // Use trait objects for polymorphism (like Python's duck typing):
    fn animal_roll_call(animals: &[&dyn Animal]) {
        for a in animals {
            println!("{}", a.speak());
        }
    }

    /// Not in the lecture: the call that exercises the block.
    pub fn roll_call() {
        let rex = Dog { name: "Rex".into() };
        let tom = Cat { name: "Tom".into() };
        animal_roll_call(&[&rex, &tom]);
    }
}

#[test]
fn the_animal_block_compiles_and_its_roll_call_speaks_for_each() {
    assert_eq!(
        printed_by(animal_block::roll_call),
        ["Rex says Woof!", "Tom says Meow!"]
    );
}

fn vec_creation_block() {
    // Rust
    let numbers = vec![1, 2, 3]; // vec! macro (like a list literal)
    let empty: Vec<i32> = Vec::new(); // Empty vec (type annotation needed)
    let repeated = vec![0; 10]; // [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    let from_range: Vec<i32> = (1..6).collect(); // [1, 2, 3, 4, 5]

    // Checks, after the block.
    assert_eq!(repeated, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(from_range, [1, 2, 3, 4, 5]);
}

#[test]
fn the_vec_creation_block_compiles_and_gives_the_values_it_comments() {
    assert!(printed_by(vec_creation_block).is_empty());
}

fn vec_operations_block() {
    // Rust Vec operations
    let mut nums = vec![1, 2, 3];
    nums.push(4); // [1, 2, 3, 4]
    nums.extend([5, 6]); // [1, 2, 3, 4, 5, 6]
    nums.insert(0, 0); // [0, 1, 2, 3, 4, 5, 6]
    let last = nums.pop(); // Some(6), nums = [0, 1, 2, 3, 4, 5]
    let length = nums.len(); // 6
    nums.sort(); // In-place sort
    let mut sorted_copy = nums.clone();
    sorted_copy.sort(); // Sort a clone
    nums.reverse(); // In-place reverse
    let contains = nums.contains(&3); // true
    let index = nums.iter().position(|&x| x == 3); // Some(index) or None

    // Checks, after the block.
    assert_eq!(last, Some(6));
    assert_eq!(length, 6);
    assert_eq!(sorted_copy, [0, 1, 2, 3, 4, 5]);
    assert!(contains);
    assert_eq!(index, Some(2));
    assert_eq!(nums, [5, 4, 3, 2, 1, 0]); // the intermediate states: tests/sequences.rs
}

#[test]
fn the_vec_operations_block_compiles_and_gives_the_values_it_comments() {
    assert!(printed_by(vec_operations_block).is_empty());
}

/// The exercise's solution is a whole program; it keeps its own `main`.
mod word_frequency_solution {
    use std::collections::HashMap;

    fn word_frequencies(text: &str) -> HashMap<String, usize> {
        let mut counts = HashMap::new();
        for word in text.split_whitespace() {
            let key = word.to_lowercase();
            *counts.entry(key).or_insert(0) += 1;
        }
        counts
    }

    pub fn main() {
        let text = "the quick brown fox jumps over the lazy fox";
        let freq = word_frequencies(text);
        for (word, count) in &freq {
            println!("{word}: {count}");
        }
    }
}

#[test]
fn the_exercise_solution_prints_each_word_once_in_an_unspecified_order() {
    let mut lines = printed_by(word_frequency_solution::main);
    // A HashMap's order is arbitrary: the lines are compared as a set.
    lines.sort();
    assert_eq!(
        lines,
        [
            "brown: 1", "fox: 2", "jumps: 1", "lazy: 1", "over: 1", "quick: 1", "the: 2"
        ]
    );
}
