//! The lecture's Rust blocks as printed, each put into a function (laid out by rustfmt, which
//! moved comments and line breaks but not one token), compiled and run: a block the lecture shows
//! as working must build with rustc 1.95 and edition 2024, and print what its comments say.
//! `println!` is shadowed below so that what a block prints can be compared with the output its
//! comments claim. (The two blocks tagged `rust` that hold prose, the three rules and the lending
//! analogy, are not code.)
#![allow(unused_variables, clippy::useless_vec, clippy::redundant_clone)]

use textbook_harness::printed_by;

/// Records a line instead of printing it, so a test can read what a verbatim block printed.
macro_rules! println {
    ($($arg:tt)*) => {
        textbook_harness::record_printed(format!($($arg)*))
    };
}

fn single_ownership() {
    // Rust — every value has exactly ONE owner
    let a = vec![1, 2, 3];
    let b = a; // Ownership MOVES from a to b
    // println!("{:?}", a); // ❌ Compile error: value used after move

    // a no longer exists. b is the sole owner.
    println!("{:?}", b); // ✅ [1, 2, 3]

    // When b goes out of scope, the Vec is freed. Deterministic. No GC.
}

fn passing_to_a_function() {
    // Rust — passing to a function MOVES ownership (for non-Copy types)
    fn process(mut data: Vec<i32>) -> Vec<i32> {
        data.push(42);
        data // Must return it to give ownership back!
    }

    let my_vec = vec![1, 2, 3];
    let my_vec = process(my_vec); // Ownership moves in and back out
    println!("{:?}", my_vec); // [1, 2, 3, 42]

    // Or better — borrow instead of moving:
    fn process_borrowed(data: &mut Vec<i32>) {
        data.push(42);
    }

    let mut my_vec = vec![1, 2, 3];
    process_borrowed(&mut my_vec); // Lend it temporarily
    println!("{:?}", my_vec); // [1, 2, 3, 42] — still ours
}

fn copy_versus_move() {
    // Simple types (integers, floats, bools, chars) are COPIED, not moved
    let x = 42;
    let y = x; // x is COPIED to y (both valid)
    println!("{x} {y}"); // ✅ 42 42

    // Heap-allocated types (String, Vec, HashMap) are MOVED
    let s1 = String::from("hello");
    let s2 = s1; // s1 is MOVED to s2
    // println!("{s1}");  // ❌ Error: value used after move

    // To explicitly copy heap data, use .clone()
    let s1 = String::from("hello");
    let s2 = s1.clone(); // Deep copy
    println!("{s1} {s2}"); // ✅ hello hello (both valid)
}

fn remove_duplicates_block() {
    use std::collections::HashSet;

    // Rust — ownership prevents accidental aliasing
    fn remove_duplicates(items: &[i32]) -> Vec<i32> {
        let mut seen = HashSet::new();
        items
            .iter()
            .filter(|&&item| seen.insert(item))
            .copied()
            .collect()
    }

    let original = vec![1, 2, 2, 3, 3, 3];
    let unique = remove_duplicates(&original); // Borrows — can't modify
    // original is guaranteed unchanged — compiler prevented mutation via &

    assert_eq!(unique, [1, 2, 3]);
    assert_eq!(original, [1, 2, 2, 3, 3, 3]);
}

fn borrowing_rules() {
    // Rule 1: You can have MANY immutable borrows OR ONE mutable borrow (not both)

    let mut data = vec![1, 2, 3];

    // Multiple immutable borrows — fine
    let a = &data;
    let b = &data;
    println!("{:?} {:?}", a, b); // ✅

    // Mutable borrow — must be exclusive
    let c = &mut data;
    c.push(4);
    // println!("{:?}", a);  // ❌ Error: can't use immutable borrow while mutable exists

    // This prevents data races at compile time!
    // Python has no equivalent — it's why Python dict modified-during-iteration crashes at runtime.
}

fn lifetimes_block() {
    // Lifetimes answer: "How long does this reference live?"
    // Usually the compiler infers them. You rarely write them explicitly.

    // Simple case — compiler handles it:
    fn first_word(s: &str) -> &str {
        s.split_whitespace().next().unwrap_or("")
    }
    // The compiler knows: the returned &str lives as long as the input &str

    // When you need explicit lifetimes (rare):
    fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
        if a.len() > b.len() { a } else { b }
    }
    // 'a says: "the return value lives as long as both inputs"

    assert_eq!(first_word("hello world"), "hello");
    assert_eq!(longest("ab", "abc"), "abc");
}

fn smart_pointers_block() {
    // Box<T> — heap allocation with single owner (like Python's normal allocation)
    let boxed = Box::new(42); // Heap-allocated i32

    // Rc<T> — reference counted (like Python's refcount!)
    use std::rc::Rc;
    let shared = Rc::new(vec![1, 2, 3]);
    let clone1 = Rc::clone(&shared); // Increment refcount
    let clone2 = Rc::clone(&shared); // Increment refcount
    // All three point to the same Vec. When all are dropped, Vec is freed.
    // Similar to Python's reference counting, but Rc does NOT handle cycles —
    // use Weak<T> to break cycles (Python's GC handles cycles automatically)

    // Arc<T> — atomic reference counting (Rc for multi-threaded code)
    use std::sync::Arc;
    let thread_safe = Arc::new(vec![1, 2, 3]);
    // Use Arc when sharing across threads (Rc is single-threaded)

    // RefCell<T> — runtime borrow checking (like Python's "anything goes" model)
    use std::cell::RefCell;
    let cell = RefCell::new(42);
    *cell.borrow_mut() = 99; // Mutable borrow at runtime (panics if double-borrowed)

    assert_eq!((*boxed, Rc::strong_count(&shared)), (42, 3));
    assert!(Rc::ptr_eq(&clone1, &clone2));
    assert_eq!((thread_safe.len(), cell.into_inner()), (3, 99));
}

/// The exercise's solution, `main` and all.
mod exercise_solution {

    /// The block's `main` is private, as printed; this runs it.
    pub fn run() {
        main();
    }

    fn main() {
        let mut names = vec!["Alice".to_string(), "Bob".to_string()];
        let first = &names[0];
        println!("First: {first}"); // Use borrow BEFORE mutating
        names.push("Charlie".to_string()); // Now safe — no live immutable borrow

        let greeting = make_greeting(&names[0]); // Pass reference, not owned
        println!("{greeting}");
    }

    fn make_greeting(name: &str) -> String {
        // Accept &str, not String
        format!("Hello, {name}!")
    }
}

#[test]
fn the_single_ownership_block_prints_b() {
    assert_eq!(printed_by(single_ownership), ["[1, 2, 3]"]);
}

#[test]
fn the_process_block_prints_the_vec_with_42_twice() {
    assert_eq!(
        printed_by(passing_to_a_function),
        ["[1, 2, 3, 42]", "[1, 2, 3, 42]"]
    );
}

#[test]
fn the_copy_and_move_block_prints_42_42_and_hello_hello() {
    assert_eq!(printed_by(copy_versus_move), ["42 42", "hello hello"]);
}

#[test]
fn the_remove_duplicates_block_compiles_and_leaves_the_original() {
    assert!(printed_by(remove_duplicates_block).is_empty());
}

#[test]
fn the_borrowing_rules_block_compiles_as_printed() {
    assert_eq!(printed_by(borrowing_rules), ["[1, 2, 3] [1, 2, 3]"]);
}

#[test]
fn the_lifetimes_block_compiles_as_printed() {
    assert!(printed_by(lifetimes_block).is_empty());
}

#[test]
fn the_smart_pointers_block_compiles_and_does_what_its_comments_say() {
    assert!(printed_by(smart_pointers_block).is_empty());
}

#[test]
fn the_exercise_solution_prints_the_first_name_and_the_greeting() {
    assert_eq!(
        printed_by(exercise_solution::run),
        ["First: Alice", "Hello, Alice!"]
    );
}
