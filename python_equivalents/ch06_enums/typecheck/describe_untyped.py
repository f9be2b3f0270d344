# The lecture's `describe`, as printed: no annotations. mypy does not check the body of an
# unannotated function (under --strict it only asks for the annotations), so the forgotten
# default case goes unreported.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"


describe(42)
