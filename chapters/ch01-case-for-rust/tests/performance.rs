//! Performance: what the lecture's loop really costs (counted in loop steps, never timed), what
//! the compiler makes of `fibonacci`, and what a debug build says about its own timings.
//! Ledger: `perf/fib-rust-time`, `perf/why-rust-fast`, `perf/debug-build`.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use chapter_01::performance::{
    KERNEL_PERIOD, LECTURE_N, checksum, fib_kernel, fib_kernel_steps, fibonacci, fibonacci_steps,
    lecture_loop, lecture_loop_steps,
};
use textbook_harness::run_with_timeout;

#[test]
fn fibonacci_is_exact_up_to_93_and_wraps_after() {
    let first: Vec<u64> = (0..10).map(fibonacci).collect();
    assert_eq!(first, [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]);
    assert_eq!(fibonacci(93), 12_200_160_415_121_876_738);
    // F(94) = 19 740 274 219 868 223 167 does not fit: the lecture's Rust returns it minus 2^64,
    // where Python returns the exact number.
    assert_eq!(fibonacci(94), 1_293_530_146_158_671_551);
}

#[test]
fn lecture_loop_step_count_is_quadratic() {
    for n in 0..300u64 {
        // The loop's own range, counted call by call, against the closed form.
        let counted: u128 = (0..n).map(|i| (2..=i).count() as u128).sum();
        assert_eq!(lecture_loop_steps(n), counted, "n = {n}");
        assert_eq!(fibonacci_steps(n) as usize, (2..=n).count());
    }
    for n in [1_000, 10_000, LECTURE_N / 2] {
        let growth = lecture_loop_steps(2 * n) as f64 / lecture_loop_steps(n) as f64;
        assert!(
            (3.99..4.01).contains(&growth),
            "doubling {n} gives ×{growth}"
        );
    }
    assert_eq!(lecture_loop_steps(LECTURE_N), 49_999_985_000_001);
}

#[test]
fn kernel_counts_and_sums_the_same_loop() {
    let count = 2 * KERNEL_PERIOD + 17;
    let steps: u128 = (0..count)
        .map(|i| u128::from(fibonacci_steps(i % KERNEL_PERIOD)))
        .sum();
    assert_eq!(fib_kernel_steps(count), steps);
    let values: Vec<u64> = (0..count).map(|i| fibonacci(i % KERNEL_PERIOD)).collect();
    assert_eq!(fib_kernel(count), checksum(&values));
    // Every value the kernel asks for is exact: no wrap below F(93).
    assert!((0..KERNEL_PERIOD).all(|n| fibonacci(n) <= fibonacci(n + 1)));
}

#[test]
fn lecture_loop_is_the_list_of_fibonacci_values() {
    let list = lecture_loop(200);
    assert_eq!(list.len(), 200);
    assert_eq!(list[93], fibonacci(93));
    // Past F(93) the wrapped values are no longer increasing: the list is not Python's.
    assert!(list[94] < list[93]);
}

fn run_demo(args: &[&str]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fibonacci"));
    command.args(args);
    let output = run_with_timeout(command, Duration::from_secs(120));
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).expect("the demo prints UTF-8")
}

#[test]
fn debug_build_says_its_timings_are_meaningless() {
    // The binary under test is built with the test's own profile: in `cargo test`, no optimisation.
    let text = run_demo(&["900"]);
    let notice = [
        "debug build",
        "meaningless",
        "cargo run --release -p chapter-01 --bin fibonacci",
        "cargo xtask bench 1",
    ];
    for words in notice {
        assert_eq!(
            text.contains(words),
            cfg!(debug_assertions),
            "{words:?} in a build with debug_assertions = {}:\n{text}",
            cfg!(debug_assertions)
        );
    }
}

#[test]
fn json_output_is_results_only_with_the_bench_cases() {
    let text = run_demo(&["--json", "900"]);
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{line:?}: {e}")))
        .collect();
    let case = |name: &str| {
        lines
            .iter()
            .find(|line| line["case"] == name)
            .unwrap_or_else(|| panic!("no case {name} in {text}"))
    };
    assert_eq!(
        case("fib_kernel_steps")["result"],
        fib_kernel_steps(900).to_string()
    );
    assert!(case("fib_kernel")["seconds"].as_f64().is_some());
}

/// The release assembly of the chapter's library, built into its own target directory.
fn release_assembly() -> String {
    // Beside the other builds the chapter's tests make: <target>/textbook/.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../textbook/asm");
    let mut command = Command::new(env!("CARGO"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["rustc", "--release", "--quiet", "-p", "chapter-01", "--lib"])
        .arg("--target-dir")
        .arg(&target)
        .args(["--", "--emit", "asm"]);
    let output = run_with_timeout(command, Duration::from_secs(20 * 60));
    assert!(
        output.status.success(),
        "cargo rustc failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let deps = target.join("release/deps");
    let newest = std::fs::read_dir(&deps)
        .expect("cargo made the deps directory")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with("chapter_01-") && name.ends_with(".s")
        })
        .max_by_key(|path| path.metadata().and_then(|m| m.modified()).ok())
        .expect("rustc wrote chapter_01-*.s");
    std::fs::read_to_string(newest).expect("the assembly is text")
}

/// The instructions and labels of the function whose mangled symbol names
/// `performance::fibonacci`, from its label to its end.
fn fibonacci_body(asm: &str) -> Vec<&str> {
    let mut lines = asm.lines().map(str::trim);
    let symbol = lines
        .by_ref()
        .find(|line| {
            line.ends_with(':')
                && !line.starts_with('.')
                && line.contains("performance")
                && line.contains("fibonacci")
        })
        .expect("a symbol for performance::fibonacci (is it still #[inline(never)]?)");
    println!("symbol {symbol}");
    lines
        .take_while(|line| !line.starts_with(".Lfunc_end") && *line != ".cfi_endproc")
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter(|line| line.ends_with(':') || !line.starts_with('.'))
        .collect()
}

#[test]
#[cfg_attr(
    not(target_arch = "x86_64"),
    ignore = "reads x86-64 assembly (AT&T syntax)"
)]
fn fibonacci_loop_has_no_calls_and_a_handful_of_register_instructions() {
    let asm = release_assembly();
    let body = fibonacci_body(&asm);
    let mnemonic = |line: &str| line.split_whitespace().next().unwrap_or("").to_string();
    assert!(
        body.iter().all(|line| !mnemonic(line).starts_with("call")),
        "{body:#?}"
    );

    // The loop: from a label to the jump back to it.
    let (start, end) = body
        .iter()
        .enumerate()
        .find_map(|(at, line)| {
            let target = line.strip_prefix('j')?.split_whitespace().nth(1)?;
            let label = body[..at].iter().position(|l| *l == format!("{target}:"))?;
            Some((label, at))
        })
        .expect("a backward jump: the loop");
    let instructions: Vec<&str> = body[start + 1..=end]
        .iter()
        .copied()
        .filter(|line| !line.ends_with(':'))
        .collect();
    println!("the loop of fibonacci, release build:");
    for line in &instructions {
        println!("    {line}");
    }

    assert!(
        instructions.len() <= 16,
        "{} instructions",
        instructions.len()
    );
    assert!(
        instructions
            .iter()
            .any(|line| ["add", "lea"].iter().any(|m| mnemonic(line).starts_with(m))),
        "no addition in the loop"
    );
    // Registers only: no operand reads or writes memory (`lea` only computes an address).
    assert!(
        instructions
            .iter()
            .all(|line| mnemonic(line).starts_with("lea") || !line.contains('(')),
        "a memory operand in the loop"
    );
}
