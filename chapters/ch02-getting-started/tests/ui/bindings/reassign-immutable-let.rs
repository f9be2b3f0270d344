// The lecture's "Variable and Mutability Keywords" listing inside `fn main`, with the line it
// comments out, `name = "Bob";`, put back: the compile error the lecture promises.
fn main() {
    // let — declare a variable (like Python assignment, but immutable by default)
    let name = "Alice";          // Python: name = "Alice" (but mutable)
    name = "Bob";             // ❌ Compile error! Immutable by default

    // mut — opt into mutability
    let mut count = 0;           // Python: count = 0 (always mutable in Python)
    count += 1;                  // ✅ Allowed because of `mut`

    // const — compile-time constant (like Python's convention of UPPER_CASE, but enforced)
    const MAX_SIZE: usize = 1024;   // Python: MAX_SIZE = 1024 (convention only)

    // static — global variable (use sparingly; Python has module-level globals)
    static VERSION: &str = "1.0";
}
