// Python threads may append to one shared list without a lock: each `append` holds the GIL.
// `Arc` gives shared ownership but only shared (read-only) access; writing through it needs a
// lock, `Arc<Mutex<Vec<_>>>`.
use chapter_01::gil::cpu_work;
use std::sync::Arc;
use std::thread;

fn main() {
    let results: Arc<Vec<u128>> = Arc::new(Vec::new());
    let handles: Vec<_> = [1_000_u64, 2_000, 3_000, 4_000]
        .into_iter()
        .map(|n| {
            let results = Arc::clone(&results);
            thread::spawn(move || results.push(cpu_work(n)))
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    println!("{results:?}");
}
