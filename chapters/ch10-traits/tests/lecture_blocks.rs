//! The lecture's Rust blocks as printed, each put into a function (laid out by rustfmt, which
//! moves comments and line breaks but not one token), compiled and run: a block the lecture shows
//! as working must build with rustc 1.95 and edition 2024, and print what its comments say.
//! `println!` is shadowed below so that what a block prints can be compared with the output its
//! comments claim. Blocks that declare items only (the Printable trait, the generics) are given a
//! call of their own after the verbatim part.
#![allow(dead_code, clippy::approx_constant)]

use textbook_harness::printed_by;

/// Records a line instead of printing it, so a test can read what a verbatim block printed.
macro_rules! println {
    ($($arg:tt)*) => {
        textbook_harness::record_printed(format!($($arg)*))
    };
}

fn has_area_block() {
    // Rust — traits make the "duck" contract explicit
    trait HasArea {
        fn area(&self) -> f64; // Any type that implements this trait has .area()
    }

    struct Circle {
        radius: f64,
    }
    struct Rectangle {
        width: f64,
        height: f64,
    }

    impl HasArea for Circle {
        fn area(&self) -> f64 {
            std::f64::consts::PI * self.radius * self.radius
        }
    }

    impl HasArea for Rectangle {
        fn area(&self) -> f64 {
            self.width * self.height
        }
    }

    // The trait constraint is explicit — compiler checks at compile time
    fn total_area(shapes: &[&dyn HasArea]) -> f64 {
        shapes.iter().map(|s| s.area()).sum()
    }

    // Using it:
    let shapes: Vec<&dyn HasArea> = vec![
        &Circle { radius: 5.0 },
        &Rectangle {
            width: 3.0,
            height: 4.0,
        },
    ];
    println!("{}", total_area(&shapes)); // 90.54

    // struct Dog;
    // total_area(&[&Dog {}]);  // ❌ Compile error: Dog doesn't implement HasArea
}

fn printable_block() {
    // Rust — traits are enforced at compile time
    trait Printable {
        fn to_string(&self) -> String;
    }

    struct User {
        name: String,
    }
    struct Product {
        name: String,
        price: f64,
    }

    impl Printable for User {
        fn to_string(&self) -> String {
            format!("User({})", self.name)
        }
    }

    impl Printable for Product {
        fn to_string(&self) -> String {
            format!("Product({}, ${:.2})", self.name, self.price)
        }
    }

    fn print_all(items: &[&dyn Printable]) {
        for item in items {
            println!("{}", item.to_string());
        }
    }

    // print_all(&[&42i32]);  // ❌ Compile error: i32 doesn't implement Printable

    // Not in the block: the Python block's call.
    print_all(&[
        &User {
            name: "Alice".into(),
        },
        &Product {
            name: "Widget".into(),
            price: 9.99,
        },
    ]);
}

fn generics_block() {
    // Rust — generics with trait bounds
    fn first<T>(items: &[T]) -> Option<&T> {
        items.first()
    }

    // With trait bounds — "T must implement these traits"
    fn average<T>(items: &[T]) -> f64
    where
        T: Into<f64> + Copy, // T must convert to f64 and be copyable
    {
        let sum: f64 = items.iter().map(|&x| x.into()).sum();
        sum / items.len() as f64
    }

    // Multiple bounds — "T must implement Display AND Debug AND Clone"
    fn log_and_clone<T: std::fmt::Display + std::fmt::Debug + Clone>(item: &T) -> T {
        println!("Display: {}", item);
        println!("Debug: {:?}", item);
        item.clone()
    }

    // Shorthand with impl Trait (for simple cases)
    fn print_it(item: &impl std::fmt::Display) {
        println!("{}", item);
    }

    // Not in the block: one call of each.
    println!("{:?}", first(&[10, 20, 30]));
    println!("{}", average(&[1, 2, 3, 4]));
    let copy = log_and_clone(&String::from("hi"));
    print_it(&copy);
}

fn display_debug_block() {
    use std::fmt;

    // Debug — like __repr__ (auto-derivable)
    #[derive(Debug)]
    struct Point {
        x: f64,
        y: f64,
    }
    // Now you can: println!("{:?}", point);

    // Display — like __str__ (must implement manually)
    impl fmt::Display for Point {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "({}, {})", self.x, self.y)
        }
    }
    // Now you can: println!("{}", point);

    // Not in the block: the two lines its comments promise.
    let point = Point { x: 1.0, y: 2.5 };
    println!("{:?}", point);
    println!("{}", point);
}

fn students_block() {
    #[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Clone)]
    struct Student {
        name: String,
        grade: i32,
    }

    // Now students can be: compared, sorted, used as HashMap keys, cloned
    let mut students = vec![
        Student {
            name: "Charlie".into(),
            grade: 85,
        },
        Student {
            name: "Alice".into(),
            grade: 92,
        },
    ];
    students.sort(); // Uses Ord — sorts by name then grade (struct field order)

    // Not in the block: what the sort gave.
    println!("{:?}", students);
}

fn countdown_block() {
    // Implementing Iterator — like Python's __iter__/__next__
    struct Countdown {
        value: i32,
    }

    impl Iterator for Countdown {
        type Item = i32; // What the iterator yields

        fn next(&mut self) -> Option<Self::Item> {
            if self.value > 0 {
                self.value -= 1;
                Some(self.value + 1)
            } else {
                None // Iteration complete
            }
        }
    }

    // Usage:
    for n in (Countdown { value: 5 }) {
        println!("{n}"); // 5, 4, 3, 2, 1
    }
}

fn associated_types_block() {
    // Iterator defines an associated type 'Item'
    trait Iterator {
        type Item;
        fn next(&mut self) -> Option<Self::Item>;
    }

    struct Countdown {
        remaining: u32,
    }

    impl Iterator for Countdown {
        type Item = u32; // This iterator yields u32 values
        fn next(&mut self) -> Option<u32> {
            if self.remaining > 0 {
                self.remaining -= 1;
                Some(self.remaining)
            } else {
                None
            }
        }
    }

    // Not in the block: its own trait's `next`, called by hand (a `for` loop refuses it).
    let mut countdown = Countdown { remaining: 3 };
    while let Some(n) = countdown.next() {
        println!("{n}");
    }
}

fn vec2_block() {
    use std::ops::Add;

    #[derive(Debug, Clone, Copy)]
    struct Vec2 {
        x: f64,
        y: f64,
    }

    impl Add for Vec2 {
        type Output = Vec2; // Associated type: what does + return?
        fn add(self, rhs: Vec2) -> Vec2 {
            Vec2 {
                x: self.x + rhs.x,
                y: self.y + rhs.y,
            }
        }
    }

    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 3.0, y: 4.0 };
    let c = a + b; // Type-safe: only Vec2 + Vec2 is allowed

    // Not in the block: the sum.
    println!("{:?}", c);
}

mod exercise_solution {
    macro_rules! println {
        ($($arg:tt)*) => {
            textbook_harness::record_printed(format!($($arg)*))
        };
    }

    trait Summary {
        fn summarize(&self) -> String;
    }

    struct Article {
        title: String,
        body: String,
    }
    struct Tweet {
        username: String,
        content: String,
    }

    impl Summary for Article {
        fn summarize(&self) -> String {
            format!(
                "{} — {}...",
                self.title,
                &self.body[..20.min(self.body.len())]
            )
        }
    }

    impl Summary for Tweet {
        fn summarize(&self) -> String {
            format!("@{}: {}", self.username, self.content)
        }
    }

    fn notify(item: &impl Summary) {
        println!("📢 {}", item.summarize());
    }

    pub fn main() {
        let article = Article {
            title: "Rust is great".into(),
            body: "Here is why Rust beats Python for systems...".into(),
        };
        let tweet = Tweet {
            username: "rustacean".into(),
            content: "Just shipped my first crate!".into(),
        };
        notify(&article);
        notify(&tweet);
    }

    // Not in the block: its Article's summary of any body, for the tests below.
    pub fn article_summary(body: &str) -> String {
        Article {
            title: "T".into(),
            body: body.into(),
        }
        .summarize()
    }
}

#[test]
fn has_area_block_prints_every_digit_not_90_54() {
    assert_eq!(printed_by(has_area_block), ["90.53981633974483"]);
}

#[test]
fn printable_block_prints_each_item() {
    assert_eq!(
        printed_by(printable_block),
        ["User(Alice)", "Product(Widget, $9.99)"]
    );
}

#[test]
fn generics_block_compiles_and_runs() {
    assert_eq!(
        printed_by(generics_block),
        ["Some(10)", "2.5", "Display: hi", "Debug: \"hi\"", "hi"]
    );
}

#[test]
fn display_debug_block_prints_both_forms() {
    assert_eq!(
        printed_by(display_debug_block),
        ["Point { x: 1.0, y: 2.5 }", "(1, 2.5)"]
    );
}

#[test]
fn students_block_sorts_alice_first() {
    assert_eq!(
        printed_by(students_block),
        ["[Student { name: \"Alice\", grade: 92 }, Student { name: \"Charlie\", grade: 85 }]"]
    );
}

#[test]
fn countdown_block_prints_5_4_3_2_1() {
    assert_eq!(printed_by(countdown_block), ["5", "4", "3", "2", "1"]);
}

#[test]
fn associated_types_block_yields_2_1_0() {
    assert_eq!(printed_by(associated_types_block), ["2", "1", "0"]);
}

#[test]
fn vec2_block_adds() {
    assert_eq!(printed_by(vec2_block), ["Vec2 { x: 4.0, y: 6.0 }"]);
}

#[test]
fn exercise_solution_main_prints_two_summaries() {
    assert_eq!(
        printed_by(exercise_solution::main),
        [
            "📢 Rust is great — Here is why Rust bea...",
            "📢 @rustacean: Just shipped my first crate!"
        ]
    );
}

#[test]
fn exercise_solution_appends_dots_even_to_a_short_body() {
    assert_eq!(exercise_solution::article_summary("tiny"), "T — tiny...");
}

#[test]
#[should_panic(expected = "byte index 20 is not a char boundary")]
fn exercise_solution_panics_when_byte_20_is_inside_a_character() {
    exercise_solution::article_summary("Über die Straße — schnell");
}
