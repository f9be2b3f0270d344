//! "The code a C compiler would produce", checked: the lecture's `fibonacci` compiled by gcc -O2
//! and by rustc -O, their loops read from the assembly, their kernels run side by side (same
//! checksum; the times are printed, never asserted). And the mistake of the lecture's Rust timing
//! program, reproduced: LLVM deletes the work it claims to time. Ledger: `perf/why-rust-fast`,
//! `perf/c-level`, `perf/fib-rust-time`.
#![cfg(all(target_os = "linux", target_arch = "x86_64"))]

use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use std::time::Duration;

use chapter_01::gil::CPU_WORK_LECTURE_SOURCE;
use textbook_harness::{run_with_timeout, rustc};

const LIMIT: Duration = Duration::from_secs(300);
/// Kernel calls: fibonacci(i % 90) for i below this, about 9 million loop steps.
const CALLS: &str = "200000";

fn native(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/native")
        .join(file)
}

/// The first line of `program --version`, read once per program: part of every cache key.
fn version(program: &str) -> String {
    let mut command = Command::new(program);
    command.arg("--version");
    succeed(command).lines().next().unwrap_or("").to_string()
}

fn rustc_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| version(&rustc_path()))
}

/// A folder holding what `build` made from `key` (the sources, the compiler's version and its
/// flags): built once, then reused until the key changes, so a warm run compiles nothing. The
/// build goes to a private folder renamed into place, so concurrent runs never see half of one.
fn cached(name: &str, key: &str, build: impl FnOnce(&Path)) -> PathBuf {
    let mut hasher = DefaultHasher::new();
    key.hash(&mut hasher);
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("native-cache");
    let done = root.join(format!("{name}-{:016x}", hasher.finish()));
    if done.is_dir() {
        return done;
    }
    let building = root.join(format!("{name}.building-{}", std::process::id()));
    let _ = fs::remove_dir_all(&building);
    fs::create_dir_all(&building).expect("a folder under target/tmp");
    build(&building);
    if fs::rename(&building, &done).is_err() {
        let _ = fs::remove_dir_all(&building); // another run finished the same build first
    }
    done
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

fn rustc_path() -> String {
    std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into())
}

/// A Rust program's text compiled with rustc -O: its assembly, rustc's warnings, its path.
struct RustBuild {
    asm: String,
    warnings: String,
    binary: PathBuf,
}

/// rustc -O, keeping the assembly beside the program (`program.s` next to `program`; rustc
/// says it adapts the output name for each type, a warning the tests ignore).
const RUSTC_O: [&str; 4] = ["-C", "opt-level=3", "--emit", "asm,link"];

fn rustc_o(name: &str, text: &str) -> RustBuild {
    let key = format!("{}\n{RUSTC_O:?}\n{text}", rustc_version());
    let dir = cached(name, &key, |dir| {
        let source = dir.join("program.rs");
        fs::write(&source, text).unwrap();
        let output = rustc(&source, &dir.join("program"), &RUSTC_O);
        let warnings = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(output.status.success(), "{warnings}");
        fs::write(dir.join("warnings.txt"), warnings).unwrap();
    });
    RustBuild {
        asm: fs::read_to_string(dir.join("program.s")).unwrap(),
        warnings: fs::read_to_string(dir.join("warnings.txt")).unwrap(),
        binary: dir.join("program"),
    }
}

/// A C program compiled with gcc -O2: the assembly's text and the program's path.
fn gcc_o2(name: &str, source: &Path) -> (String, PathBuf) {
    let text = fs::read_to_string(source).unwrap();
    let key = format!("{}\n-O2\n{text}", version("gcc"));
    let dir = cached(name, &key, |dir| {
        let mut command = Command::new("gcc");
        command
            .args(["-O2", "-S", "-o"])
            .arg(dir.join("program.s"))
            .arg(source);
        succeed(command);
        let mut command = Command::new("gcc");
        command
            .args(["-O2", "-o"])
            .arg(dir.join("program"))
            .arg(source);
        succeed(command);
    });
    (
        fs::read_to_string(dir.join("program.s")).unwrap(),
        dir.join("program"),
    )
}

/// The labels and instructions of the function whose label contains `name`.
fn function_body<'a>(asm: &'a str, name: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = asm.lines().map(str::trim).collect();
    let start = lines
        .iter()
        .position(|l| l.ends_with(':') && !l.starts_with('.') && l.contains(name))
        .unwrap_or_else(|| panic!("no function {name}"));
    lines[start + 1..]
        .iter()
        .copied()
        .take_while(|l| !l.starts_with(".Lfunc_end") && !l.starts_with(".size"))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|l| l.ends_with(':') || !l.starts_with('.'))
        .collect()
}

/// The first backward jump of `body`: the positions of its target label and of the jump.
fn backward_jump(body: &[&str]) -> Option<(usize, usize)> {
    body.iter().enumerate().find_map(|(at, line)| {
        let target = line.strip_prefix('j')?.split_whitespace().nth(1)?;
        Some((
            body[..at].iter().position(|l| *l == format!("{target}:"))?,
            at,
        ))
    })
}

/// The instructions of the first loop (label to backward jump) of the function whose label
/// contains `name`.
fn first_loop<'a>(asm: &'a str, name: &str) -> Vec<&'a str> {
    let body = function_body(asm, name);
    let (label, jump) =
        backward_jump(&body).unwrap_or_else(|| panic!("no loop in {name}: {body:#?}"));
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
    let (c_asm, c_program) = gcc_o2("fib-c", &native("fib_kernel.c"));
    let kernel = fs::read_to_string(native("fib_kernel.rs")).unwrap();
    let RustBuild {
        asm: rust_asm,
        binary: rust_program,
        ..
    } = rustc_o("fib-rust", &kernel);

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
}

#[test]
fn a_timing_program_whose_list_is_never_read_times_nothing() {
    let printed = fs::read_to_string(native("lecture_fib_timing.rs")).unwrap();
    let RustBuild {
        asm,
        warnings,
        binary,
    } = rustc_o("lecture-mistake", &printed);
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
    let kept = rustc_o("lecture-kept", &kept);
    assert!(
        kept.asm.contains("__rust_alloc"),
        "no allocation when the list is used"
    );
}

/// The lecture's `cpu_work` in a release build: LLVM recognises the sum of squares and computes
/// it by formula, so the function has no loop left and "timing" it times nothing. (The chapter's
/// own `cpu_work` passes each `i` through `black_box` to keep the loop it is timed on.)
#[test]
fn the_lecture_cpu_work_has_no_loop_left_in_a_release_build() {
    let items = CPU_WORK_LECTURE_SOURCE.replace(
        "pub fn cpu_work_lecture",
        "#[inline(never)] pub fn cpu_work_lecture",
    );
    assert_ne!(items, CPU_WORK_LECTURE_SOURCE, "{CPU_WORK_LECTURE_SOURCE}");
    let program = format!(
        "{items}\nfn main() {{\n    \
         let n = std::hint::black_box(10_000_000_u64);\n    \
         println!(\"{{}}\", cpu_work_lecture(n));\n}}\n"
    );
    let build = rustc_o("cpu-work-lecture", &program);
    let body = function_body(&build.asm, "cpu_work_lecture");
    println!("cpu_work_lecture, rustc -O:");
    for line in &body {
        println!("    {line}");
    }
    assert_eq!(backward_jump(&body), None, "a loop in {body:#?}");
    // And it still returns the wrapped sum: the formula, computed modulo 2^64.
    let output = succeed(Command::new(&build.binary));
    assert_eq!(output.trim(), "1291890006563070912");
}

/// The body of `fn <name>(…) { … }` in `source`, whitespace folded: what the function does.
fn fn_body(source: &str, name: &str) -> String {
    let start = source
        .find(&format!("fn {name}("))
        .unwrap_or_else(|| panic!("no fn {name} in the source"));
    let open = start + source[start..].find('{').unwrap();
    let mut depth = 0;
    for (i, c) in source[open..].char_indices() {
        depth += match c {
            '{' => 1,
            '}' => -1,
            _ => 0,
        };
        if depth == 0 {
            return source[open..=open + i]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    panic!("fn {name} does not close");
}

#[test]
fn the_programs_compiled_alone_carry_the_chapters_own_fibonacci() {
    // rustc compiles them without the chapter's crate, so each holds a copy of `fibonacci`; the
    // copies must be the function the chapter teaches, or their assembly proves nothing about it.
    let chapter = fn_body(
        &fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/performance.rs")).unwrap(),
        "fibonacci",
    );
    let kernel = fs::read_to_string(native("fib_kernel.rs")).unwrap();
    assert_eq!(fn_body(&kernel, "fibonacci_inclusive"), chapter);
    assert_eq!(
        fn_body(&kernel, "fibonacci_exclusive"),
        chapter.replace("2..=n", "1..n"),
        "the exclusive variant differs from it in the range alone"
    );
    let timing = fs::read_to_string(native("lecture_fib_timing.rs")).unwrap();
    assert_eq!(fn_body(&timing, "fibonacci"), chapter);
}
