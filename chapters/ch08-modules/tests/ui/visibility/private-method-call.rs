// The lecture's private `validate`, called from outside the module that defines it.
mod user {
    pub struct User {
        age: i32,
    }

    impl User {
        pub fn new(age: i32) -> Self {
            User { age }
        }

        fn validate(&self) -> bool {
            self.age > 0
        }
    }
}

fn main() {
    let user = user::User::new(30);
    println!("{}", user.validate());
}
