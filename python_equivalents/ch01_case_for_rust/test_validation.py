"""The validation benchmark compares like with like: same bytes, same verdicts, same values."""

import pydantic
import pytest
from pydantic import v1 as pydantic_v1

from ch01_case_for_rust.validation import (
    flat_checksum,
    flat_payload,
    nested_checksum,
    nested_payload,
    validate_flat,
    validate_flat_v1,
    validate_nested,
    validate_nested_v1,
)


def test_payload_is_the_compact_json_serde_writes() -> None:
    # The same text the Rust unit test `payloads_are_compact_json_in_field_order` expects.
    assert flat_payload(1) == '[{"id":0,"name":"user0","email":"user0@example.com","active":true}]'


def test_v1_and_v2_parse_the_same_values() -> None:
    flat = flat_payload(50)
    assert [u.model_dump() for u in validate_flat(flat)] == [
        u.dict() for u in validate_flat_v1(flat)
    ]
    nested = nested_payload(50)
    assert nested_checksum(validate_nested(nested)) == nested_checksum(validate_nested_v1(nested))
    assert flat_checksum(validate_flat(flat)) == flat_checksum(validate_flat_v1(flat))


def test_both_apis_reject_a_record_with_a_wrong_type() -> None:
    bad = '[{"id":"seven","name":"a","email":"a@example.com","active":true}]'
    with pytest.raises(pydantic.ValidationError, match="id"):
        validate_flat(bad)
    with pytest.raises(pydantic_v1.ValidationError, match="id"):
        validate_flat_v1(bad)


def test_the_bundled_v1_api_is_pure_python_unlike_the_v1_wheels() -> None:
    # pydantic 1.x wheels on PyPI were compiled with Cython (pydantic.compiled was True there);
    # the v1 API bundled in pydantic 2, which the benchmark times, is not compiled.
    assert pydantic.VERSION.startswith("2.")
    assert pydantic_v1.compiled is False
