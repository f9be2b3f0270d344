// Power 3: any access to a `static mut`, even a read by value, needs `unsafe`.
static mut CALLS: u32 = 0;

fn main() {
    let calls = CALLS;
    println!("{calls}");
}
