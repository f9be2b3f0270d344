"""Dictionary → struct. Ledger: ``dict-struct/*``."""

import json

import pytest

from ch15_migration.dict_struct import alice
from demo_report import as_json


def test_the_dict_reads_its_value_by_key() -> None:
    assert alice()["name"] == "Alice"


def test_json_dumps_writes_the_keys_in_insertion_order() -> None:
    text = as_json(alice())
    assert text == '{"name":"Alice","age":30,"email":"alice@example.com","active":true}'


def test_a_record_missing_a_key_fails_only_when_the_key_is_read() -> None:
    bob = json.loads('{"name":"Bob","age":4,"active":false}')
    assert bob["name"] == "Bob"
    with pytest.raises(KeyError, match="email"):
        bob["email"]
