# A Protocol is structural, like duck typing: any class with a matching `speak` is accepted
# without naming the Protocol, and one without `speak` is flagged. A Rust trait is nominal.
from typing import Protocol


class Speaker(Protocol):
    def speak(self) -> str: ...


class Robot:
    def speak(self) -> str:
        return "Beep!"


class Rock:
    pass


def roll_call(animals: list[Speaker]) -> list[str]:
    return [a.speak() for a in animals]


roll_call([Robot()])
roll_call([Rock()])
