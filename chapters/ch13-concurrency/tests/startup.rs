//! Section 4, the case study: start-up and the lecture's `filter_map`. Ledger:
//! `case/rust-startup-none` (results; the times are `cargo xtask bench 13 pool_startup`),
//! `case/filter-map-skips-errors`.
use chapter_13::startup::{LECTURE_WORKERS, rayon_pool, summary, threads};

#[test]
fn sixteen_threads_and_a_rayon_pool_return_every_result() {
    let expected = "16 results, sum 120";
    assert_eq!(summary(&threads(LECTURE_WORKERS)), expected);
    assert_eq!(summary(&rayon_pool(LECTURE_WORKERS)), expected);
}

/// A stand-in for the lecture's `process_image`: paths ending in `.png` succeed.
fn process_image(path: &str) -> Result<usize, String> {
    if path.ends_with(".png") {
        Ok(path.len())
    } else {
        Err(format!("{path}: not an image"))
    }
}

const PATHS: [&str; 3] = ["a.png", "notes.txt", "b.png"];

#[test]
fn filter_map_ok_drops_the_errors_without_a_trace() {
    let results: Vec<usize> = PATHS.iter().filter_map(|p| process_image(p).ok()).collect();
    assert_eq!(results.len(), 2);
}

#[test]
fn collecting_into_a_result_keeps_an_error() {
    let results: Result<Vec<usize>, String> = PATHS.iter().map(|p| process_image(p)).collect();
    assert_eq!(results, Err("notes.txt: not an image".to_string()));
}
