# "None is a value that can appear anywhere": at run time it can. mypy, whose Optional checking
# is on by default, refuses None where the annotation does not say `| None`.
def shout(name: str) -> str:
    return name.upper()


shout(None)
