# The table's lookup chained with `and` (an object, its attribute, a method of that): `and`
# returns the first falsy operand itself, so the result may be the Profile or an empty str, not
# only None. mypy refuses to call it `str | None`.
from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    email: str | None


def domain(email: str) -> str | None:
    _, at, rest = email.partition("@")
    return rest if at else None


def email_domain(profile: Profile | None) -> str | None:
    return profile and profile.email and domain(profile.email)
