// `&impl Display` is a generic parameter without a name, so a caller cannot name the type with a
// turbofish the way it can for `fn print_it<T: Display>(item: &T)`.
fn print_it(item: &impl std::fmt::Display) {
    println!("{}", item);
}

fn main() {
    print_it::<i32>(&5);
}
