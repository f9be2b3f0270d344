# The lecture's Python rebinds `count` and `input` to values of other types. The interpreter runs
# it; mypy holds each name to the type of its first value.
count = 0
count = 5
count = "hello"

input = "42"
input = int(input)
