"""Incremental adoption, step 1: find the hot function. Ledger: ``adoption/cprofile``.

No Rust twin: profiling is the Python side's work before any Rust is written.
"""

import cProfile
import pstats

import pytest


def hot_loop(n: int) -> int:
    """The CPU-bound function the profile should single out."""
    return sum(i * i % 7 for i in range(n))


def cheap_setup() -> list[int]:
    return list(range(10))


def main() -> int:
    cheap_setup()
    return hot_loop(200_000)


def profile_main() -> pstats.Stats:
    """Profiles ``main`` by reference, which works from any module (unlike ``run('main()')``)."""
    profiler = cProfile.Profile()
    profiler.runcall(main)
    return pstats.Stats(profiler)


def top_function(stats: pstats.Stats) -> str:
    """The name of the function of ours with the largest cumulative time, ``main`` aside."""
    ours = [
        (cumulative, name)
        for (filename, _, name), (_, _, _, cumulative, _) in stats.stats.items()  # type: ignore[attr-defined]
        if filename == __file__ and name not in {"main", "<genexpr>"}
    ]
    return str(max(ours)[1])


def test_cprofile_ranks_the_hot_function_first() -> None:
    assert top_function(profile_main()) == "hot_loop"


def test_cprofile_run_looks_main_up_in_the_main_module() -> None:
    # Under pytest, __main__ is pytest's launcher, which defines no main(): the lecture's line
    # works only in the script that defines main itself.
    with pytest.raises(NameError, match="main"):
        cProfile.run("main()")
