// The lecture's type aliases (../shared/course/ch03-built-in-types-and-variables.md, line 399)
// name `HashMap` with no `use`, and `HashMap` is not in the prelude. Faithful: the same two
// aliases, used, with nothing imported.
type UserId = i64;
type Mapping = HashMap<String, Vec<i32>>;

fn main() {
    let id: UserId = 7;
    let m: Mapping = Mapping::new();
    println!("{id} {}", m.len());
}
