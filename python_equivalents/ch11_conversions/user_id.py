"""When to use From/Into: the twin of ``src/bin/user_id.rs``. Python's version of ``impl
Into<UserId>`` is a union in the annotation and an isinstance check in the body."""

from dataclasses import dataclass

from demo_report import Report, parse_args


@dataclass(frozen=True)
class UserId:
    value: int

    def __repr__(self) -> str:
        # Rust's derived Debug prints `UserId(42)`.
        return f"UserId({self.value!r})"


def find_user(user_id: int | UserId) -> str | None:
    converted = user_id if isinstance(user_id, UserId) else UserId(user_id)
    return f"User #{converted!r}"


def option(value: str | None) -> str:
    """``Some("…")``/``None`` as Rust's Debug prints an ``Option<String>``."""
    return "None" if value is None else f'Some("{value}")'


def demo(report: Report) -> None:
    report.say("One parameter, `int | UserId`, and two kinds of argument:")
    report.result("from_i64", option(find_user(42)))
    report.result("already_a_user_id", option(find_user(UserId(42))))
    report.say("\nA literal is an int, whatever its size:")
    report.result("bare_literal", option(find_user(42)))
    report.say("\nThere is one int type, so nothing to chain; and nothing checks at run time:")
    report.contrast(
        "from_i32",
        option(find_user("42")),  # type: ignore[arg-type]
        "user-id/anything-convertible",
    )


if __name__ == "__main__":
    options = parse_args(
        "user_id", "a parameter of type impl Into<UserId>, and what converts into it"
    )
    demo(Report("user_id", json_lines=options.json))
