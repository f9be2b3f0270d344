// The "Key Mental Shift" block exactly as printed (its lines inside a `main`): the Python
// comparison is commented the Python way, and in Rust a line starting with `#` begins an
// attribute; the em dash and the backticks on those lines are not Rust tokens at all.
fn main() {
// Python: variables are labels that point to objects
// Rust: variables are named storage locations that OWN their values

// Variable shadowing — unique to Rust, very useful
let input = "42";              // &str
let input = input.parse::<i32>().unwrap();  // Now it's i32 — new variable, same name
let input = input * 2;         // Now it's 84 — another new variable

// In Python, you'd just reassign and lose the old type:
# input = "42"
# input = int(input)   # Same name, different type — Python allows this too
# But in Rust, each `let` creates a genuinely new binding. The old one is gone.
}
