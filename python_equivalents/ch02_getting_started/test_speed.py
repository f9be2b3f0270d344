"""The kernels of the debug/release comparison give the Rust side's checksums (which the Rust
tests pin with closed forms and known counts)."""

from __future__ import annotations

from ch02_getting_started import debug_release as k


def test_collatz_of_one_to_ten() -> None:
    # steps: 0 1 7 2 5 8 16 3 19 6
    assert k.collatz_total(10) == 67


def test_there_are_25_primes_below_100() -> None:
    assert k.count_primes(10) == 25


def test_mandelbrot_counts_between_one_and_64_steps_per_point() -> None:
    # One point, c = -2 - 1.25i: |c|² = 5.5625 > 4 after the first step.
    assert k.mandelbrot(1) == 1
    side = 44  # isqrt(2000)
    assert side * side <= k.mandelbrot(2000) <= 64 * side * side


def test_xorshift_matches_the_published_first_value() -> None:
    state = 1
    state ^= (state << 13) & k.MASK
    state ^= state >> 7
    state ^= (state << 17) & k.MASK
    assert state == 1082269761
    assert k.pseudo_random(2)[0] != k.pseudo_random(2)[1]


def test_the_checksums_are_the_rust_sides_at_2000() -> None:
    assert [kernel(2000) for _, kernel in k.KERNELS] == [
        134100,
        2262,
        39753,
        5759029517847022,
        868000008,
        13331,
    ]


def test_the_iterator_chain_is_a_closed_form() -> None:
    n = 2000
    # squares mod 7 of multiples of 3 cycle with period 7 through 0,2,1,4,4,1,2 (sum 14)
    multiples = len(range(0, 10 * n, 3))
    cycle = [0, 2, 1, 4, 4, 1, 2]
    assert k.iterator_chain(n) == 14 * (multiples // 7) + sum(cycle[: multiples % 7])
