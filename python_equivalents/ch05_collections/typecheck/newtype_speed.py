# NewType names are checked at calls (swapped arguments are flagged), not in arithmetic: a
# distance plus a time is two floats added, and mypy says nothing about line 9.
from ch05_collections.newtype import Meters, Seconds, speed

distance = Meters(100.0)
time = Seconds(9.58)
print(speed(distance, time))
print(speed(time, distance))
print(distance + time)
