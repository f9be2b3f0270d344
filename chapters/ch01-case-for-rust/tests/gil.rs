//! Section 3: the GIL. Ledger: `gil/rust-cpu-work-overflow`, `gil/rust-threads`, `gil/rayon`,
//! `gil/send-sync` (its runtime half). Timings are printed by the demo, never asserted here.

use std::process::Command;
use std::time::Duration;

use chapter_01::gil::{
    CPU_WORK_LECTURE_SOURCE, LECTURE_SIZE, cpu_work, cpu_work_lecture, lecture_overflow_at,
    sequential, sum_of_squares_formula, tasks, with_rayon, with_shared_vec, with_threads,
};
use textbook_harness::{Scratch, panic_message, run_with_timeout, rustc};

/// What Python's `cpu_work(10_000_000)` returns (python_equivalents/.../test_gil.py checks it).
const PYTHON_SUM_AT_LECTURE_SIZE: u128 = 333_333_283_333_335_000_000;

/// Tasks of different sizes, so that a mix-up of the order would show.
const MIXED_TASKS: [u64; 4] = [0, 1, 12_345, 3_000];

#[test]
fn cpu_work_is_exact_at_the_lecture_size() {
    let sum = cpu_work(LECTURE_SIZE);
    assert_eq!(sum, PYTHON_SUM_AT_LECTURE_SIZE);
    assert_eq!(sum, sum_of_squares_formula(LECTURE_SIZE));
    assert!(
        sum > u128::from(u64::MAX),
        "the true sum needs more than 64 bits"
    );
}

#[test]
fn cpu_work_matches_the_closed_formula() {
    for n in [0, 1, 2, 3, 10, 1_000, 123_457] {
        assert_eq!(cpu_work(n), sum_of_squares_formula(n), "n = {n}");
    }
}

#[test]
fn lecture_cpu_work_is_right_while_the_sum_fits_in_u64() {
    let n = 200_000;
    assert_eq!(u128::from(cpu_work_lecture(n)), cpu_work(n));
}

#[test]
fn lecture_overflow_point_is_where_the_running_sum_passes_u64_max() {
    let i = lecture_overflow_at(LECTURE_SIZE).expect("the lecture's n overflows u64");
    // The sum of the squares below i fits; adding i² does not.
    let before = sum_of_squares_formula(i);
    assert!(before <= u128::from(u64::MAX));
    assert!(before + u128::from(i) * u128::from(i) > u128::from(u64::MAX));
    assert_eq!(lecture_overflow_at(200_000), None);
}

#[test]
#[cfg_attr(
    not(debug_assertions),
    ignore = "overflow checks are off in an optimised test build"
)]
fn lecture_cpu_work_panics_with_overflow_checks() {
    let message = panic_message(|| {
        cpu_work_lecture(LECTURE_SIZE);
    });
    assert_eq!(message, "attempt to add with overflow");
}

/// Compiles the lecture's function as it stands in `src/gil.rs` with rustc's release settings
/// and runs it: what `cargo run --release` users get.
#[test]
fn lecture_cpu_work_wraps_silently_in_an_optimised_build() {
    let scratch = Scratch::new("ch01-lecture-u64");
    scratch.write(
        "lecture_cpu_work.rs",
        &format!(
            "{CPU_WORK_LECTURE_SOURCE}\n\
             fn main() {{\n\
                 let n: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).expect(\"n\");\n\
                 let start = std::time::Instant::now();\n\
                 let sum = cpu_work_lecture(std::hint::black_box(n));\n\
                 println!(\"{{sum}} {{}}\", start.elapsed().as_nanos());\n\
             }}\n"
        ),
    );
    let binary = scratch.path().join("lecture_cpu_work");
    let built = rustc(
        &scratch.path().join("lecture_cpu_work.rs"),
        &binary,
        &["-C", "opt-level=3", "-C", "overflow-checks=off"],
    );
    assert!(
        built.status.success(),
        "rustc failed:\n{}",
        text(&built.stderr)
    );

    let mut run = Command::new(&binary);
    run.arg(LECTURE_SIZE.to_string());
    let ran = run_with_timeout(run, Duration::from_secs(60));
    assert!(
        ran.status.success(),
        "the program failed:\n{}",
        text(&ran.stderr)
    );
    let stdout = text(&ran.stdout);
    let mut fields = stdout.split_whitespace();
    let sum: u64 = fields.next().and_then(|s| s.parse().ok()).expect("a sum");
    let nanos = fields.next().unwrap_or("?");
    println!("release cpu_work_lecture({LECTURE_SIZE}) = {sum} in {nanos} ns");

    assert_eq!(sum, 1_291_890_006_563_070_912);
    // Wrapping arithmetic keeps the true sum modulo 2^64 and drops the rest, without a word.
    assert_eq!(
        u128::from(sum),
        sum_of_squares_formula(LECTURE_SIZE) % (1u128 << 64)
    );
}

#[test]
fn threads_give_the_sequential_results_in_task_order() {
    assert_eq!(with_threads(&MIXED_TASKS), sequential(&MIXED_TASKS));
    assert_eq!(with_threads(&tasks(50_000)), sequential(&tasks(50_000)));
}

#[test]
fn arc_mutex_vec_collects_every_thread_result() {
    let expected: Vec<u128> = MIXED_TASKS
        .iter()
        .map(|&n| sum_of_squares_formula(n))
        .collect();
    assert_eq!(with_shared_vec(&MIXED_TASKS), expected);
}

#[test]
fn rayon_par_iter_gives_the_sequential_results_in_task_order() {
    assert_eq!(with_rayon(&MIXED_TASKS), sequential(&MIXED_TASKS));
    let many: Vec<u64> = (0..64).map(|i| i * 997).collect();
    assert_eq!(with_rayon(&many), sequential(&many));
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
