// The "Key Mental Shift for Python Developers" block (../shared/course/
// ch03-built-in-types-and-variables.md, line 34) writes its Python comparison as `# input = …`
// lines inside the Rust code. Faithful: the lecture's shadowed `input`, then one such `#` line,
// plain ASCII so that nothing but the `#` can go wrong; in Rust `#` starts an attribute.
fn main() {
    let input = "42";
    let input: i32 = input.parse().unwrap();
    # input = int(input)
    println!("{input}");
}
