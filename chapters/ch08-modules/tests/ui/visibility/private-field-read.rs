// The commented-out line of the Rust block of "Visibility — Private by Default" (line 101 of
// ../shared/course/ch08-crates-and-modules.md), `println!("{}", user.age)`, put back: `main` is
// outside `mod user`, and `age` has no `pub`. Only that read is refused; the public `name` and the
// getter beside it are fine.
mod user {
    pub struct User {
        pub name: String,
        age: i32,
    }

    impl User {
        pub fn new(name: &str, age: i32) -> User {
            Self { name: String::from(name), age }
        }

        pub fn age(&self) -> i32 {
            self.age
        }
    }
}

fn main() {
    let user = user::User::new("Alice", 30);
    let (name, getter) = (&user.name, user.age());
    println!("{name} {getter} {}", user.age);
}
