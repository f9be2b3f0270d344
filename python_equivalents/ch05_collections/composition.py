"""Inheritance and duck typing: the twin of ``src/bin/composition.rs``.

The lecture's ``Animal`` base class: a subclass that forgets ``speak`` is found out only when
``speak`` is called; anything with a ``speak`` method joins the roll call; and a name defined by
two bases is settled by the method resolution order.
"""

from __future__ import annotations

from demo_report import Report, as_json, outcome, parse_args


class Animal:
    """A base class whose subclasses must say what they say; nothing enforces it before a call."""

    def __init__(self, name: str) -> None:
        self.name = name

    def speak(self) -> str:
        raise NotImplementedError(f"{type(self).__name__} does not override speak()")

    def _says(self, sound: str) -> str:
        return f"{self.name} says {sound}"


class Dog(Animal):
    def speak(self) -> str:
        return self._says("Woof!")


class Cat(Animal):
    def speak(self) -> str:
        return self._says("Meow!")


class Fish(Animal):
    """Forgot to override ``speak``: Python says nothing until it is called."""


class Robot:
    """Not an Animal, but it has a ``speak``: duck typing lets it in."""

    def speak(self) -> str:
        return "Beep!"


class Pet:
    name: str

    def title(self) -> str:
        return f"{self.name} the pet"


class RobotToy:
    name: str

    def title(self) -> str:
        return f"{self.name} the robot"


class RobotDog(Pet, RobotToy):
    def __init__(self, name: str) -> None:
        self.name = name


def roll_call_lines(animals: list[Animal]) -> list[str]:
    return [a.speak() for a in animals]


def demo(report: Report) -> None:
    rex, tom = Dog("Rex"), Cat("Tom")
    report.say("The roll call, through the base class:")
    report.result("roll_call", as_json(roll_call_lines([rex, tom])))
    report.result("kennel_names", as_json([a.name for a in [rex, tom]]))

    report.say("\nA forgotten method, and a duck:")
    report.contrast(
        "missing_speak", outcome(lambda: Fish("Nemo").speak()), "composition/contract-checked"
    )
    report.contrast(
        "duck_typed_speak",
        as_json(roll_call_lines([Robot()])),  # type: ignore[list-item]
        "composition/duck-typing",
    )

    report.say("\nThe same name from two bases: the MRO picks the first:")
    report.contrast("ambiguous_title", RobotDog("Rex").title(), "composition/diamond")
    report.result("pet_title", Pet.title(RobotDog("Rex")))


if __name__ == "__main__":
    options = parse_args(
        "composition", "the Animal trait, trait objects, and the contracts rustc checks"
    )
    demo(Report("composition", json_lines=options.json))
