// `.iter()` to `.par_iter()` is the whole change only for a closure that mutates nothing: Rayon
// calls it from several threads at once, so it must be `Fn`, and this one counts into a local.
use rayon::prelude::*;

fn main() {
    let items: Vec<u64> = (0..100).collect();
    let mut calls = 0;
    let doubled: Vec<u64> = items
        .par_iter()
        .map(|item| {
            calls += 1;
            item * 2
        })
        .collect();
    println!("{} items, {calls} calls", doubled.len());
}
