// The lecture's `print_all(&[&42i32])`: i32 has no `impl Printable` in this program.
trait Printable {
    fn to_string(&self) -> String;
}

fn print_all(items: &[&dyn Printable]) {
    for item in items {
        println!("{}", item.to_string());
    }
}

fn main() {
    print_all(&[&42i32]);
}
