// The lecture's quick-reference rows for output: `print!` (no newline) for `print(x, end="")`
// and `sys.stdout.write(s)`, `eprintln!` for `print(x, file=sys.stderr)`.
fn main() {
    let x = "no newline";
    let s = "|written";
    print!("{x}");
    print!("{s}");
    eprintln!("{x}");
}
