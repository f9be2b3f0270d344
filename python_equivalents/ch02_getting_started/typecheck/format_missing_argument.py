# The format string asks for two values and gets one. CPython raises IndexError when the line
# runs; mypy (like rustc for `println!`) sees it in a literal format string beforehand.
count = 1
print("{} of {}".format(count))  # noqa: F524 - the mistake mypy is asked about
