"""Real-world impact, Pydantic: the twin of ``src/bin/validation.rs``.

The lecture says Pydantic V2, whose validation core is written in Rust, is 5 to 50 times faster
than V1. Pydantic 2 still ships the old, pure-Python API as ``pydantic.v1``, so both can validate
the same JSON payloads in the same process. The Rust twin parses the same bytes with serde_json.

Each side is written as its users would write it. With v2, a JSON array of records is validated
by ``TypeAdapter(list[Model]).validate_json(payload)``: the documented way, which parses and
validates in one pass inside pydantic-core, as serde_json does (``json.loads`` followed by
``model_validate`` per record would build every dict in Python first). With v1 the documented way
is ``parse_raw_as(list[Model], payload)``: ``json.loads``, then validation in Python.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import BaseModel, TypeAdapter
from pydantic import v1 as pydantic_v1

import demo_report
from demo_report import Report, parse_args

DEFAULT_SIZE = 2_000
REPETITIONS = 3
CLAIM = "impact/pydantic-speedup"

T = TypeVar("T")
U = TypeVar("U")


class FlatUser(BaseModel):
    id: int
    name: str
    email: str
    active: bool


class Item(BaseModel):
    sku: str
    quantity: int
    price_cents: int


class Order(BaseModel):
    id: int
    customer: str
    items: list[Item]


# The same models, written against the v1 API that pydantic 2 keeps for migrations.
class FlatUserV1(pydantic_v1.BaseModel):
    id: int
    name: str
    email: str
    active: bool


class ItemV1(pydantic_v1.BaseModel):
    sku: str
    quantity: int
    price_cents: int


class OrderV1(pydantic_v1.BaseModel):
    id: int
    customer: str
    items: list[ItemV1]


FLAT_USERS = TypeAdapter(list[FlatUser])
ORDERS = TypeAdapter(list[Order])


def flat_record(i: int) -> dict[str, object]:
    return {"id": i, "name": f"user{i}", "email": f"user{i}@example.com", "active": i % 3 == 0}


def order_record(i: int) -> dict[str, object]:
    items = [
        {
            "sku": f"SKU-{(i * 7 + j) % 10_000:05}",
            "quantity": j + 1,
            "price_cents": (i * 31 + j * 17) % 10_000 + 99,
        }
        for j in range(i % 5 + 1)
    ]
    return {"id": i, "customer": f"customer{i % 1_000}", "items": items}


def payload(count: int, record: Callable[[int], dict[str, object]]) -> str:
    """A compact JSON array, byte for byte what serde_json writes for the same records."""
    return json.dumps([record(i) for i in range(count)], separators=(",", ":"))


def flat_payload(count: int) -> str:
    return payload(count, flat_record)


def nested_payload(count: int) -> str:
    return payload(count, order_record)


def flat_checksum(users: Sequence[FlatUser | FlatUserV1]) -> int:
    return sum(u.id + len(u.name) + len(u.email) + int(u.active) for u in users)


def nested_checksum(orders: Sequence[Order | OrderV1]) -> int:
    return sum(
        o.id + len(o.customer) + sum(it.quantity * it.price_cents + len(it.sku) for it in o.items)
        for o in orders
    )


def validate_flat(text: str) -> list[FlatUser]:
    return FLAT_USERS.validate_json(text)


def validate_nested(text: str) -> list[Order]:
    return ORDERS.validate_json(text)


def validate_flat_v1(text: str) -> list[FlatUserV1]:
    return pydantic_v1.parse_raw_as(list[FlatUserV1], text)


def validate_nested_v1(text: str) -> list[OrderV1]:
    return pydantic_v1.parse_raw_as(list[OrderV1], text)


def describe_payload(count: int, text: str) -> str:
    data = text.encode()
    return f"{count} records, {len(data)} bytes, crc32 {zlib.crc32(data):08x}"


def median_seconds(work: Callable[[], T]) -> tuple[T, float]:
    """Runs ``work`` once to warm up, then REPETITIONS times; the last result, median time."""
    return demo_report.median_seconds(REPETITIONS, work)


def outcome(records: Sequence[T], checksum: Callable[[Sequence[T]], int]) -> str:
    return f"{len(records)} valid, checksum {checksum(records)}"


def measure(
    report: Report,
    shape: str,
    text: str,
    v2: Callable[[str], Sequence[T]],
    v1: Callable[[str], Sequence[U]],
    checksum: Callable[[Sequence[T | U]], int],
) -> None:
    """Times one payload with v2 (paired with Rust) and with v1 (Python only)."""
    records, seconds = median_seconds(lambda: v2(text))
    report.timed(shape, outcome(records, checksum), seconds)
    del records
    records_v1, seconds = median_seconds(lambda: v1(text))
    report.extra(f"{shape}_pydantic_v1", outcome(records_v1, checksum), CLAIM, seconds)


def run(report: Report, count: int) -> None:
    text = flat_payload(count)
    report.say(f"flat: {count} records as one JSON array, validated into list[FlatUser]:")
    report.result("flat_payload", describe_payload(count, text))
    measure(report, "flat", text, validate_flat, validate_flat_v1, flat_checksum)

    text = nested_payload(count)
    report.say(f"\nnested: {count} records as one JSON array, validated into list[Order]:")
    report.result("nested_payload", describe_payload(count, text))
    measure(report, "nested", text, validate_nested, validate_nested_v1, nested_checksum)

    report.say(
        "\nv2 (TypeAdapter.validate_json, Rust core) beside v1 (parse_raw_as, pure Python); "
        "`cargo xtask bench 1 validation` adds serde_json and runs each several times."
    )


if __name__ == "__main__":
    options = parse_args(
        "validation",
        "JSON payloads (flat and nested records) validated into typed structs (SIZE = records)",
    )
    run(
        Report("validation", json_lines=options.json),
        DEFAULT_SIZE if options.size is None else options.size,
    )
