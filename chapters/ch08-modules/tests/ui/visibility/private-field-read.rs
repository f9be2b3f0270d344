// The lecture's `User`, read from outside its module: `age` has no `pub`.
mod user {
    pub struct User {
        pub name: String,
        age: i32,
    }

    impl User {
        pub fn new(name: &str, age: i32) -> Self {
            User {
                name: name.to_string(),
                age,
            }
        }

        pub fn age(&self) -> i32 {
            self.age
        }
    }
}

fn main() {
    let user = user::User::new("Alice", 30);
    println!("{}", user.name);
    println!("{}", user.age);
    println!("{}", user.age());
}
