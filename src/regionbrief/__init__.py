r"""regionbrief: pages of Chinese regional economic news as typed, serialisable data.

>>> import regionbrief
>>> page = "# 某市加快培育新兴产业\n\n本报记者 王明\n\n某市持续优化营商环境。"
>>> brief = regionbrief.parse(page)
>>> brief.articles[0].title, brief.articles[0].reporters
('某市加快培育新兴产业', ('王明',))
"""

from __future__ import annotations

from typing import Any

from regionbrief._errors import InputError, RegionBriefError, SchemaError
from regionbrief._json import dumps, from_dict, loads, to_dict
from regionbrief._many import parse_many
from regionbrief._model import (
    Article,
    ArticleKind,
    Brief,
    Initiative,
    Metric,
    Period,
    Person,
    Region,
    RegionLevel,
)
from regionbrief._parse import load, parse
from regionbrief._records import records
from regionbrief._regions import find_regions

__all__ = [
    "Article",
    "ArticleKind",
    "Brief",
    "Initiative",
    "InputError",
    "Metric",
    "Period",
    "Person",
    "Region",
    "RegionBriefError",
    "RegionLevel",
    "SchemaError",
    "dumps",
    "find_regions",
    "from_dict",
    "load",
    "loads",
    "parse",
    "parse_many",
    "records",
    "to_dict",
]


def __getattr__(name: str) -> Any:  # noqa: ANN401 - module __getattr__ returns anything
    """Serve ``__version__`` from the installed metadata, the one place it is kept."""
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("regionbrief")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
