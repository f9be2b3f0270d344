# Reproduces "Python's match — Not Exhaustive" (line 149 of
# ../shared/course/ch06-enums-and-pattern-matching.md): its two-case `describe`, with no
# annotations and no default case, is the mistake, so its lines are kept. Under --strict mypy
# checks the body, but an unannotated function returns Any, and None is a fine Any: the forgotten
# default goes unreported; strict asks only for the annotations. (Without --strict the body is
# not checked at all.)
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"


describe(42)
