"""JSON in and out: round trip, schema tag, and SchemaError field paths."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given

import regionbrief
from regionbrief import SchemaError
from tests.strategies import briefs


@pytest.fixture
def doc(seed_brief: regionbrief.Brief) -> dict[str, Any]:
    """A known-good dict to break in small ways."""
    return regionbrief.to_dict(seed_brief)


class TestRoundTrip:
    @given(briefs)
    def test_loads_dumps(self, brief: regionbrief.Brief) -> None:
        """loads(dumps(b)) == b for every Brief."""
        assert brief == regionbrief.loads(regionbrief.dumps(brief))

    @given(briefs)
    def test_from_dict_to_dict(self, brief: regionbrief.Brief) -> None:
        """from_dict(to_dict(b)) == b for every Brief."""
        assert brief == regionbrief.from_dict(regionbrief.to_dict(brief))

    def test_seed(self, seed_brief: regionbrief.Brief) -> None:
        """The sample page survives the round trip, indented or not."""
        assert seed_brief == regionbrief.loads(regionbrief.dumps(seed_brief, indent=2))


class TestDumps:
    def test_schema_first(self, seed_brief: regionbrief.Brief) -> None:
        """The schema tag leads the object."""
        assert ["schema", "source", "title"] == list(regionbrief.to_dict(seed_brief))[:3]
        assert "regionbrief/1" == regionbrief.to_dict(seed_brief)["schema"]

    def test_chinese_kept(self, seed_brief: regionbrief.Brief) -> None:
        """Chinese text is written as characters, not escapes."""
        assert "各地新亮点" in regionbrief.dumps(seed_brief)

    def test_numbers(self) -> None:
        """Decimals go out as JSON numbers: integers exactly, others as decimals."""
        metric = regionbrief.Metric(
            indicator="贷款余额",
            value=Decimal("36.8"),
            unit="亿元",
            base_value=Decimal(3680000000),
            base_unit="元",
            qualifier=None,
            change=None,
            period=None,
            region=None,
            text="贷款余额36.8亿元",
        )
        article = regionbrief.Article(
            id="a1",
            kind=regionbrief.ArticleKind.NEWS,
            title=None,
            reporters=(),
            source=None,
            paragraphs=(),
            lines=(1, 1),
            metrics=(metric,),
        )
        brief = regionbrief.Brief(
            source=None,
            title=None,
            published=None,
            published_estimated=False,
            editors=(),
            articles=(article,),
        )
        out = json.loads(regionbrief.dumps(brief))["articles"][0]["metrics"][0]
        assert (36.8, 3680000000) == (out["value"], out["base_value"])


def _problems(data: object) -> str:
    with pytest.raises(SchemaError) as info:
        regionbrief.from_dict(data)  # type: ignore[arg-type]
    return str(info.value)


class TestSchemaError:
    def test_wrong_type(self, doc: dict[str, Any]) -> None:
        """A wrong type names its field path."""
        doc["articles"][1]["lines"][0] = "five"
        assert "expected an integer @ $.articles[1].lines[0]" == _problems(doc)

    def test_string_for_list(self, doc: dict[str, Any]) -> None:
        """A string where a list belongs is not split into characters."""
        doc["articles"][0]["reporters"] = "夏先清"
        assert "expected an array @ $.articles[0].reporters" == _problems(doc)

    def test_number_for_string(self, doc: dict[str, Any]) -> None:
        """A number where a string belongs is an error, not coerced."""
        doc["title"] = 5
        assert "expected a string @ $.title" == _problems(doc)

    def test_missing_field(self, doc: dict[str, Any]) -> None:
        """A missing field, even one with a default in Python, names its path."""
        del doc["articles"][2]["title"]
        del doc["articles"][2]["people"]
        assert "@ $.articles[2].title" in _problems(doc)
        assert "@ $.articles[2].people" in _problems(doc)

    def test_unknown_field(self, doc: dict[str, Any]) -> None:
        """An unknown field is named, with where it is."""
        doc["articles"][0]["byline"] = "本报记者"
        assert "unknown field(s) byline @ $.articles[0]" == _problems(doc)

    def test_bad_enum(self, doc: dict[str, Any]) -> None:
        """A kind outside the enum names its field."""
        doc["articles"][0]["kind"] = "opinion"
        assert "@ $.articles[0].kind" in _problems(doc)

    def test_bad_date(self, doc: dict[str, Any]) -> None:
        """A date that is not YYYY-MM-DD names its field."""
        doc["published"] = "27/12/2023"
        assert "@ $.published" in _problems(doc)

    @pytest.mark.parametrize(
        ("tag", "expected"),
        [
            (None, "required field missing"),
            ("regionbrief/2", "newer than this regionbrief reads"),
            ("otherbrief/1", "unknown schema 'otherbrief/1'"),
        ],
    )
    def test_schema_tag(self, doc: dict[str, Any], tag: str | None, expected: str) -> None:
        """A missing, newer or foreign schema tag is refused at $.schema."""
        if tag is None:
            del doc["schema"]
        else:
            doc["schema"] = tag
        message = _problems(doc)
        assert expected in message
        assert message.endswith("@ $.schema")

    def test_not_an_object(self) -> None:
        """A list is not a Brief."""
        assert "expected an object, not list @ $" == _problems([])

    def test_loads_not_json(self) -> None:
        """Text that is not JSON is a SchemaError too."""
        with pytest.raises(SchemaError, match="not JSON"):
            regionbrief.loads("{schema:")

    def test_input_untouched(self, doc: dict[str, Any]) -> None:
        """from_dict does not change the dict it is given."""
        before = copy.deepcopy(doc)
        regionbrief.from_dict(doc)
        assert before == doc

    def test_is_value_error(self) -> None:
        """SchemaError is a ValueError and a RegionBriefError."""
        assert issubclass(SchemaError, ValueError)
        assert issubclass(SchemaError, regionbrief.RegionBriefError)
