// The five listings of the lecture's "Essential Rust Keywords" section, each exactly as printed
// (indented one level), each inside a `fn main` of its own: as printed they are fragments, and a
// file cannot hold statements (tests/ui/hello/statement-outside-fn.rs). Compiled by
// tests/cargo_tools/lecture_listings.rs with `-D warnings -A unused`: any warning outside the
// `unused` group (dead code, unused variables and assignments) would fail the build.

// ── Variable and Mutability Keywords ──
mod variables {
    pub fn main() {
        // let — declare a variable (like Python assignment, but immutable by default)
        let name = "Alice";          // Python: name = "Alice" (but mutable)
        // name = "Bob";             // ❌ Compile error! Immutable by default

        // mut — opt into mutability
        let mut count = 0;           // Python: count = 0 (always mutable in Python)
        count += 1;                  // ✅ Allowed because of `mut`

        // const — compile-time constant (like Python's convention of UPPER_CASE, but enforced)
        const MAX_SIZE: usize = 1024;   // Python: MAX_SIZE = 1024 (convention only)

        // static — global variable (use sparingly; Python has module-level globals)
        static VERSION: &str = "1.0";
    }
}

// ── Ownership and Borrowing Keywords ──
mod ownership {
    pub fn main() {
        // These have NO Python equivalents — they're Rust-specific concepts

        // & — borrow (read-only reference)
        fn print_name(name: &str) { }    // Python: def print_name(name: str) — but Python passes ref always

        // &mut — mutable borrow
        fn append(list: &mut Vec<i32>) { }  // Python: def append(lst: list) — always mutable in Python

        // move — transfer ownership (happens implicitly in Rust, never in Python)
        let s1 = String::from("hello");
        let s2 = s1;    // s1 is MOVED to s2 — s1 is no longer valid
        // println!("{}", s1);  // ❌ Compile error: value moved
    }
}

// ── Type Definition Keywords ──
mod type_definitions {
    pub fn main() {
        // struct — like a Python dataclass or NamedTuple
        struct Point {               // @dataclass
            x: f64,                  // class Point:
            y: f64,                  //     x: float
        }                            //     y: float

        // enum — like Python's enum but MUCH more powerful (carries data)
        enum Shape {                 // No direct Python equivalent
            Circle(f64),             // Each variant can hold different data
            Rectangle(f64, f64),
        }

        // impl — attach methods to a type (like defining methods in a class)
        impl Point {                 // class Point:
            fn distance(&self) -> f64 {  //     def distance(self) -> float:
                (self.x.powi(2) + self.y.powi(2)).sqrt()
            }
        }

        // trait — like Python's ABC or Protocol (PEP 544)
        trait Drawable {             // class Drawable(Protocol):
            fn draw(&self);          //     def draw(self) -> None: ...
        }

        // type — type alias (like Python's TypeAlias)
        type UserId = i64;           // UserId = int  (or TypeAlias)
    }
}

// ── Control Flow Keywords ──
mod control_flow {
    pub fn main() {
        // Not in the lecture: the names its listing uses without defining them.
        let value = 2;
        let optional_value = Some(7);
        let collection = vec![10, 20];
        let mut stack = vec![1, 2, 3];
        fn process(item: i32) {
            println!("processed {item}");
        }

        // match — exhaustive pattern matching (like Python 3.10+ match, but enforced)
        match value {
            1 => println!("one"),
            2 | 3 => println!("two or three"),
            _ => println!("other"),          // _ = wildcard (like Python's case _:)
        }

        // if let — destructure + conditional (Pythonic: if (m := regex.match(s)):)
        if let Some(x) = optional_value {
            println!("{}", x);
        }

        // loop — infinite loop (like while True:)
        loop {
            break;  // Must break to exit
        }

        // for — iteration (like Python's for, but needs .iter() more often)
        for item in collection.iter() {      // for item in collection:
            println!("{}", item);
        }

        // while let — loop with destructuring
        while let Some(item) = stack.pop() {
            process(item);
        }
    }
}

// ── Visibility Keywords ──
mod visibility {
    pub fn main() {
        // pub — public (Python has no real private; uses _ convention)
        pub fn greet() { }           // def greet():  — everything is "public" in Python

        // pub(crate) — visible within the crate only
        pub(crate) fn internal() { } // def _internal():  — single underscore convention

        // (no keyword) — private to the module
        fn private_helper() { }      // def __private():  — double underscore name mangling

        // In Python, "private" is a gentleman's agreement.
        // In Rust, private is enforced by the compiler.
    }
}

fn main() {
    variables::main();
    ownership::main();
    type_definitions::main();
    control_flow::main();
    visibility::main();
}
