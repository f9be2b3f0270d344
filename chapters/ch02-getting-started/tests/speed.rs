//! The kernels of the debug/release comparison compute what they should, so that a timing is
//! never of wrong or deleted work. Ledger: `cargo/release-speedup`. Times are never asserted.
use chapter_02::speed::{
    KERNELS, collatz_total, count_primes, isqrt, iterator_chain, mandelbrot, pseudo_random,
    sorted_checksum, timed, word_count, xorshift,
};

#[test]
fn collatz_steps_of_one_to_ten_sum_to_67() {
    // 0 1 7 2 5 8 16 3 19 6
    assert_eq!(collatz_total(10), 67);
}

#[test]
fn the_sieve_finds_25_primes_below_100_and_1229_below_10000() {
    assert_eq!(count_primes(10), 25);
    assert_eq!(count_primes(1000), 1229);
}

#[test]
fn mandelbrot_counts_between_one_and_64_steps_per_point() {
    assert_eq!(mandelbrot(1), 1); // c = -2 - 1.25i escapes at once
    let side = isqrt(2000);
    assert_eq!(side, 44);
    let total = mandelbrot(2000);
    assert!((side * side..=64 * side * side).contains(&total), "{total}");
}

#[test]
fn xorshift_gives_the_published_sequence() {
    let mut state = 1;
    assert_eq!(xorshift(&mut state), 1_082_269_761);
    let values = pseudo_random(1000);
    let mut distinct = values.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), 1000);
}

#[test]
fn the_sort_checksum_depends_on_the_order() {
    let mut values = pseudo_random(100);
    values.sort_unstable();
    let sorted: u64 = values
        .iter()
        .zip(1_u64..)
        .fold(0, |s, (&v, p)| s.wrapping_add((v >> 32).wrapping_mul(p)));
    assert_eq!(sorted_checksum(100), sorted);
    values.reverse();
    let reversed: u64 = values
        .iter()
        .zip(1_u64..)
        .fold(0, |s, (&v, p)| s.wrapping_add((v >> 32).wrapping_mul(p)));
    assert_ne!(sorted, reversed);
}

#[test]
fn word_count_sees_every_key_of_a_thousand_once_n_is_large() {
    let checksum = word_count(50_000);
    assert_eq!(checksum / 1_000_000, 1000);
    assert!(checksum % 1_000_000 >= 50); // the largest count is at least the mean
}

#[test]
fn the_iterator_chain_agrees_with_its_closed_form() {
    let n = 2000;
    let multiples = (0..10 * n).step_by(3).count() as u64;
    let cycle = [0, 2, 1, 4, 4, 1, 2];
    let expected = 14 * (multiples / 7) + cycle[..(multiples % 7) as usize].iter().sum::<u64>();
    assert_eq!(iterator_chain(n), expected);
}

#[test]
fn the_checksums_at_the_default_size_are_the_python_twins() {
    let results: Vec<u64> = KERNELS.iter().map(|(_, _, k)| k(2000)).collect();
    assert_eq!(
        results,
        [
            134_100,
            2262,
            39_753,
            5_759_029_517_847_022,
            868_000_008,
            13_331
        ]
    );
}

#[test]
fn timed_returns_the_kernels_result() {
    let (result, _seconds) = timed(collatz_total, 10);
    assert_eq!(result, 67);
}
