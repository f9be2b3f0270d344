"""The lecture's three Python blocks exactly as printed, run on this interpreter: what they print
is what their comments say. They are kept as text and run with ``exec`` because they are the
lecture's code, not ours (no type hints), and must stay character for character."""

import contextlib
import io

ALIAS_BLOCK = """\
# Python — everything is a reference, gc cleans up
a = [1, 2, 3]
b = a              # b and a point to the SAME list
b.append(4)
print(a)            # [1, 2, 3, 4] — surprise! a changed too

# Who owns the list? Both a and b reference it.
# The garbage collector frees it when no references remain.
# You never think about this.
"""

PROCESS_BLOCK = """\
# Python — assignment copies the reference, not the data
def process(data):
    data.append(42)
    # Original list is modified!

my_list = [1, 2, 3]
process(my_list)
print(my_list)       # [1, 2, 3, 42] — modified by process!
"""

REMOVE_DUPLICATES_BLOCK = """\
# Python — accidental aliasing
def remove_duplicates(items):
    seen = set()
    result = []
    for item in items:
        if item not in seen:
            seen.add(item)
            result.append(item)
    return result

original = [1, 2, 2, 3, 3, 3]
alias = original          # Alias, NOT a copy
unique = remove_duplicates(alias)
# original is still [1, 2, 2, 3, 3, 3] — but only because we didn't mutate
# If remove_duplicates modified the input, original would be affected too
"""


def run(block: str) -> tuple[str, dict[str, object]]:
    """What the block printed, and the names it left behind."""
    names: dict[str, object] = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(block, names)
    return out.getvalue(), names


def test_the_alias_block_prints_the_list_with_4() -> None:
    printed, names = run(ALIAS_BLOCK)
    assert printed == "[1, 2, 3, 4]\n"
    assert names["a"] is names["b"]


def test_the_process_block_prints_the_callers_list_with_42() -> None:
    printed, _ = run(PROCESS_BLOCK)
    assert printed == "[1, 2, 3, 42]\n"


def test_the_remove_duplicates_block_leaves_the_original_through_the_alias() -> None:
    printed, names = run(REMOVE_DUPLICATES_BLOCK)
    assert printed == ""
    assert names["unique"] == [1, 2, 3]
    assert names["original"] == [1, 2, 2, 3, 3, 3]
    assert names["alias"] is names["original"]
