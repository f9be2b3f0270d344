// The lecture's type aliases as printed: `HashMap` is not in the prelude.
type UserId = i64;
type Mapping = HashMap<String, Vec<i32>>;

fn main() {
    let id: UserId = 7;
    let m: Mapping = Mapping::new();
    println!("{id} {}", m.len());
}
