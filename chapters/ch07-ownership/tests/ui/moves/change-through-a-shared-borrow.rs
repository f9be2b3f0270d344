// `remove_duplicates` borrows its input with `&`: writing through that borrow, or growing the
// Vec behind it, is refused, so the caller's `original` cannot change.
fn overwrite_first(items: &[i32]) {
    items[0] = 0;
}

fn append_one(items: &Vec<i32>) {
    items.push(1);
}

fn main() {
    let original = vec![1, 2, 2, 3, 3, 3];
    overwrite_first(&original);
    append_one(&original);
}
