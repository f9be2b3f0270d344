"""Visibility: the twin of ``src/bin/private_by_default.rs``.

The lecture's ``User``: ``_age`` is private by convention, ``__secret`` is name-mangled. Both are
reachable from outside the class; nothing is enforced.
"""

from __future__ import annotations

from demo_report import Report, outcome, parse_args


class User:
    def __init__(self, name: str, age: int) -> None:
        self.name = name
        self._age = age
        self.__secret = "shhh"

    @property
    def age(self) -> int:
        return self._age

    @classmethod
    def checked(cls, name: str, age: int) -> User | None:
        user = cls(name, age)
        return user if user._validate() else None

    def _validate(self) -> bool:
        return self._age > 0

    def secret_length(self) -> int:
        """Inside the class, ``self.__secret`` is rewritten to ``self._User__secret``."""
        return len(self.__secret)


def demo(report: Report) -> None:
    alice = User("Alice", 30)
    report.say("From outside the class, through what it means to be public:")
    report.result("name", alice.name)
    report.result("age_getter", alice.age)
    report.result("checked_negative_age", str(User.checked("Bob", -1) is not None).lower())
    report.say("\nThe 'private' attribute and method, from outside the class:")
    report.contrast("age_field_from_outside", alice._age, "visibility/private-field-error")
    report.contrast(
        "validate_from_outside", str(alice._validate()).lower(), "visibility/private-method-error"
    )
    report.say(
        "\nName mangling: __secret is stored as _User__secret, and readable under that name:"
    )
    report.extra("mangled_name", alice._User__secret, "visibility/python-mangling", None)  # type: ignore[attr-defined]
    report.extra(
        "secret_by_its_own_name",
        outcome(lambda: alice.__secret),
        "visibility/python-mangling",
        None,
    )


if __name__ == "__main__":
    options = parse_args(
        "private_by_default", "private by default: a field and a method from outside their module"
    )
    demo(Report("private_by_default", json_lines=options.json))
