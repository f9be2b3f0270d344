// The lecture's Rayon block ("Simple Parallelism with Rayon", ../shared/course/ch13-concurrency.md
// line 316) is a `use` and `let` statements with no function around them. This file keeps that
// shape, one `let` at the top level of a crate, and nothing else that rustc could stop at first.
use rayon::prelude::*;

let results: Vec<u64> = items.par_iter().map(|item| heavy_computation(*item)).collect();
