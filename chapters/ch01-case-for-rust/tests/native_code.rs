//! "The code a C compiler would produce", checked: the lecture's `fibonacci` compiled by gcc -O2
//! and by rustc -O, their loops read from the assembly, their kernels run side by side (same
//! checksum; the times are printed, never asserted). And the lecture's Rust timing program as
//! printed: LLVM deletes the work it claims to time. Ledger: `perf/why-rust-fast`,
//! `perf/c-level`, `perf/fib-rust-time`.
#![cfg(all(target_os = "linux", target_arch = "x86_64"))]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use textbook_harness::run_with_timeout;

const LIMIT: Duration = Duration::from_secs(300);
/// Kernel calls: fibonacci(i % 90) for i below this, about 22 million loop steps.
const CALLS: &str = "500000";

fn native(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/native")
        .join(file)
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("native-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn succeed(mut command: Command) -> String {
    command.env_remove("RUSTFLAGS");
    let output = run_with_timeout(command, LIMIT);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn rustc() -> Command {
    Command::new(std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()))
}

/// Compiles `source` with rustc -O: the assembly's text and the program's path.
fn rustc_o(source: &Path, dir: &Path) -> (String, PathBuf) {
    let (asm, binary) = (dir.join("program.s"), dir.join("program"));
    let mut command = rustc();
    command.args(["--edition", "2024", "-C", "opt-level=3", "--emit"]);
    command.arg(format!("asm={},link={}", asm.display(), binary.display()));
    command.arg(source);
    succeed(command);
    (std::fs::read_to_string(asm).unwrap(), binary)
}

/// Compiles `source` with gcc -O2: the assembly's text and the program's path.
fn gcc_o2(source: &Path, dir: &Path) -> (String, PathBuf) {
    let (asm, binary) = (dir.join("c_program.s"), dir.join("c_program"));
    let mut command = Command::new("gcc");
    command.args(["-O2", "-S", "-o"]).arg(&asm).arg(source);
    succeed(command);
    let mut command = Command::new("gcc");
    command.args(["-O2", "-o"]).arg(&binary).arg(source);
    succeed(command);
    (std::fs::read_to_string(asm).unwrap(), binary)
}

/// The instructions of the first loop (label to backward jump) of the function whose label
/// contains `name`.
fn first_loop<'a>(asm: &'a str, name: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = asm.lines().map(str::trim).collect();
    let start = lines
        .iter()
        .position(|l| l.ends_with(':') && !l.starts_with('.') && l.contains(name))
        .unwrap_or_else(|| panic!("no function {name}"));
    let body: Vec<&str> = lines[start + 1..]
        .iter()
        .copied()
        .take_while(|l| !l.starts_with(".Lfunc_end") && !l.starts_with(".size"))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|l| l.ends_with(':') || !l.starts_with('.'))
        .collect();
    let (label, jump) = body
        .iter()
        .enumerate()
        .find_map(|(at, line)| {
            let target = line.strip_prefix('j')?.split_whitespace().nth(1)?;
            Some((
                body[..at].iter().position(|l| *l == format!("{target}:"))?,
                at,
            ))
        })
        .unwrap_or_else(|| panic!("no loop in {name}: {body:#?}"));
    body[label + 1..=jump]
        .iter()
        .copied()
        .filter(|l| !l.ends_with(':'))
        .collect()
}

fn mnemonic(line: &str) -> &str {
    line.split_whitespace().next().unwrap_or("")
}

/// Additions of two registers: the Fibonacci step itself (a counter adds an immediate).
fn register_adds(lines: &[&str]) -> usize {
    lines
        .iter()
        .filter(|l| mnemonic(l).starts_with("add") && !l.contains('$') && !l.contains('('))
        .count()
}

fn compares(lines: &[&str]) -> usize {
    lines
        .iter()
        .filter(|l| mnemonic(l).starts_with("cmp"))
        .count()
}

fn show(what: &str, lines: &[&str]) -> f64 {
    let per_step = lines.len() as f64 / register_adds(lines) as f64;
    println!(
        "{what}: {} instructions, {per_step:.2} per step",
        lines.len()
    );
    for line in lines {
        println!("    {line}");
    }
    assert!(
        lines.iter().all(|l| !mnemonic(l).starts_with("call")),
        "a call: {lines:#?}"
    );
    assert!(
        lines.iter().all(|l| !l.contains('(')),
        "a memory operand: {lines:#?}"
    );
    per_step
}

#[test]
fn gcc_and_rustc_compile_fibonacci_to_register_loops_and_the_inclusive_range_costs_more() {
    let dir = scratch("fib");
    let (c_asm, c_program) = gcc_o2(&native("fib_kernel.c"), &dir);
    let (rust_asm, rust_program) = rustc_o(&native("fib_kernel.rs"), &dir);

    let c = first_loop(&c_asm, "fibonacci");
    let inclusive = first_loop(&rust_asm, "fibonacci_inclusive");
    let exclusive = first_loop(&rust_asm, "fibonacci_exclusive");
    let c_per_step = show("gcc -O2, `i <= n`", &c);
    let inclusive_per_step = show("rustc -O, `2..=n` (the lecture's)", &inclusive);
    let exclusive_per_step = show("rustc -O, `1..n`", &exclusive);

    // `2..=n` must also stop after yielding n itself (even n = u64::MAX): a second compare and
    // an add-with-carry per step that neither C's `i <= n` nor an exclusive range needs.
    assert!(compares(&inclusive) > compares(&c), "{inclusive:#?}");
    assert!(
        inclusive.iter().any(|l| mnemonic(l).starts_with("adc")),
        "{inclusive:#?}"
    );
    assert!(inclusive_per_step > c_per_step);
    assert!(exclusive_per_step < inclusive_per_step);

    // The same kernel, three builds: the same checksum; ns per step printed for the reader.
    let run = |mut command: Command| -> Vec<String> {
        command.arg(CALLS);
        succeed(command)
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    let c_out = run(Command::new(&c_program));
    let mut inclusive_cmd = Command::new(&rust_program);
    inclusive_cmd.arg("inclusive");
    let mut exclusive_cmd = Command::new(&rust_program);
    exclusive_cmd.arg("exclusive");
    let (inclusive_out, exclusive_out) = (run(inclusive_cmd), run(exclusive_cmd));
    println!(
        "ns per loop step (median of 5, this run): gcc -O2 {}, rustc 2..=n {}, rustc 1..n {}",
        c_out[2], inclusive_out[2], exclusive_out[2]
    );
    assert_eq!(c_out[..2], inclusive_out[..2]);
    assert_eq!(c_out[..2], exclusive_out[..2]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Compiles `source` (a program's text) with rustc -O: its assembly and rustc's warnings.
fn rustc_o_text(text: &str, dir: &Path, name: &str) -> (String, String, PathBuf) {
    let source = dir.join(format!("{name}.rs"));
    std::fs::write(&source, text).unwrap();
    let (asm, binary) = (dir.join(format!("{name}.s")), dir.join(name));
    let mut command = rustc();
    command.args(["--edition", "2024", "-C", "opt-level=3", "--emit"]);
    command.arg(format!("asm={},link={}", asm.display(), binary.display()));
    command.arg(&source).env_remove("RUSTFLAGS");
    let output = run_with_timeout(command, LIMIT);
    let warnings = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{warnings}");
    (std::fs::read_to_string(asm).unwrap(), warnings, binary)
}

#[test]
fn the_lecture_timing_program_as_printed_times_nothing_because_its_list_is_never_used() {
    let dir = scratch("lecture");
    let printed = std::fs::read_to_string(native("lecture_fib_timing.rs")).unwrap();
    let (asm, warnings, binary) = rustc_o_text(&printed, &dir, "as_printed");
    // rustc says so, and LLVM acts on it: `results` is never read, so the 80 MB list is never
    // allocated and the ten million calls that would fill it are deleted as dead code.
    assert!(
        warnings.contains("unused variable: `results`"),
        "{warnings}"
    );
    assert!(!asm.contains("__rust_alloc"), "the list is still allocated");
    let output = succeed(Command::new(&binary));
    println!("the lecture's program, rustc -O: {}", output.trim());
    assert!(output.starts_with("Elapsed: "), "{output}");

    // The same program with the list kept alive (black_box) allocates it: the check above can
    // see an allocation when there is one. (That version would run for hours: it is not run.)
    let kept = printed.replace(
        "    println!(",
        "    std::hint::black_box(&results);\n    println!(",
    );
    assert_ne!(kept, printed);
    let (asm, _, _) = rustc_o_text(&kept, &dir, "kept");
    assert!(
        asm.contains("__rust_alloc"),
        "no allocation when the list is used"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
