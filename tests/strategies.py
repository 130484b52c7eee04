"""Hypothesis strategies for every model class."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from regionbrief import (
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

texts = st.text(max_size=12)
maybe_texts = st.none() | texts
dates = st.dates(min_value=dt.date(1949, 1, 1), max_value=dt.date(2100, 12, 31))
# Figures as pages print them: up to 14 significant digits, which JSON numbers keep exactly.
numbers = st.decimals(
    min_value=Decimal("-1e10"), max_value=Decimal("1e10"), places=4, allow_nan=False
).map(lambda d: d.normalize())

people = st.builds(Person, name=texts, role=maybe_texts)
periods = st.builds(Period, label=texts, start=st.none() | dates, end=st.none() | dates)
regions = st.builds(
    Region,
    name=texts,
    level=st.sampled_from(RegionLevel),
    code=st.none() | st.from_regex(r"\A[0-9]{6}\Z"),
    path=st.lists(texts, max_size=4).map(tuple),
    mention=texts,
)
metrics = st.builds(
    Metric,
    indicator=texts,
    value=numbers,
    unit=texts,
    base_value=st.none() | numbers,
    base_unit=maybe_texts,
    qualifier=st.sampled_from([None, "approx", "over", "at_least", "under", "at_most"]),
    change=st.sampled_from([None, "increase", "decrease"]),
    period=st.none() | periods,
    region=st.none() | regions,
    text=texts,
)
initiatives = st.builds(
    Initiative, name=texts, region=st.none() | regions, started=st.none() | periods, text=texts
)
spans = st.tuples(st.integers(1, 10_000), st.integers(0, 100)).map(lambda p: (p[0], p[0] + p[1]))
articles = st.builds(
    Article,
    id=st.integers(1, 99).map(lambda n: f"a{n}"),
    kind=st.sampled_from(ArticleKind),
    title=maybe_texts,
    reporters=st.lists(texts, max_size=3).map(tuple),
    source=maybe_texts,
    paragraphs=st.lists(st.text(max_size=40), max_size=4).map(tuple),
    lines=spans,
    region=st.none() | regions,
    regions=st.lists(regions, max_size=3).map(tuple),
    metrics=st.lists(metrics, max_size=3).map(tuple),
    initiatives=st.lists(initiatives, max_size=2).map(tuple),
    periods=st.lists(periods, max_size=3).map(tuple),
    people=st.lists(people, max_size=3).map(tuple),
)
briefs = st.builds(
    Brief,
    source=maybe_texts,
    title=maybe_texts,
    published=st.none() | dates,
    published_estimated=st.booleans(),
    editors=st.lists(people, max_size=3).map(tuple),
    articles=st.lists(articles, max_size=3).map(tuple),
)
