"""Python's closures against Fn/FnMut/FnOnce. Ledger: ``traits/python-always-fn-like``."""

from ch12_iterators.closure_traits import apply, give_away_name, running_total


def test_a_closure_rebinds_its_capture_with_nonlocal() -> None:
    # FnMut behaviour: state captured from the enclosing call, changed by each call.
    assert running_total([1, 2, 3]) == [1, 3, 6]


def test_a_closure_may_mutate_a_captured_list_without_nonlocal() -> None:
    seen: list[int] = []

    def record(x: int) -> int:
        seen.append(x)
        return x

    assert apply(record, 4) == 4
    assert seen == [4]


def test_a_closure_handing_out_a_capture_runs_again() -> None:
    give = give_away_name()
    assert give() == give() == "Ferris"
