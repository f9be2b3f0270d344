// Python: `find_user(999)["name"]` runs and raises TypeError, because the lookup returned None.
// Rust: the lookup returns `Option<User>`, and an Option has no `name` to read.
use chapter_01::none::find_user;

fn main() {
    let user = find_user(999);
    println!("{}", user.name);
}
