// Power 5: reading a union field needs `unsafe`; writing one (the line before) does not.
union IntOrFloat {
    int: u32,
    float: f32,
}

fn main() {
    let mut u = IntOrFloat { int: 0 };
    u.float = 1.0;
    println!("{:#x}", u.int);
}
