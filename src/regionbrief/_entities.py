"""An article's entities: its regions, figures and periods, found together.

Regions are resolved over the whole article first (title, advertorial source,
dateline, paragraphs); figures then take their region from the places around
them and their period from the times around them.
"""

from __future__ import annotations

import datetime as dt

import attrs

from regionbrief import _regions
from regionbrief._articles import ArticleDraft
from regionbrief._bylines import dateline
from regionbrief._initiatives import find_initiatives
from regionbrief._metrics import article_metrics, places_of
from regionbrief._model import Initiative, Metric, Period, Person, Region
from regionbrief._people import find_people
from regionbrief._periods import find_periods

_LEAD = 3  # title, advertorial source and dateline come before the paragraphs


@attrs.frozen
class Entities:
    """What an article names."""

    region: Region | None
    regions: tuple[Region, ...]
    metrics: tuple[Metric, ...]
    periods: tuple[Period, ...]
    initiatives: tuple[Initiative, ...]
    people: tuple[Person, ...]


def texts(draft: ArticleDraft) -> tuple[str, ...]:
    """An article's texts: title, advertorial source and dateline first, then its paragraphs.

    The first three say where the article is; the dateline is also in its paragraph.
    """
    opening = dateline(draft.paragraphs[0]) if draft.paragraphs else ""
    return (draft.title or "", draft.source or "", opening, *draft.paragraphs)


def find_entities(
    draft: ArticleDraft,
    published: dt.date | None,
    page: frozenset[str],
    staff: frozenset[str] = frozenset(),
) -> Entities:
    """Regions, figures, periods, programmes and people of one article.

    ``staff`` are the page's reporters and editors: they are not among its people.
    """
    found = _regions.article_regions(texts(draft), published, lead=_LEAD, page=page)
    by_text: dict[int, list[tuple[int, int, Region]]] = {}
    for f in found.found:
        by_text.setdefault(f.text, []).append((f.start, f.end, f.region))
    places = [
        places_of(by_text.get(index + _LEAD, []), paragraph)
        for index, paragraph in enumerate(draft.paragraphs)
    ]
    periods = [find_periods(text, published) for text in draft.paragraphs]
    # the dateline's date (本报兰州6月5日电) is when the report was filed: it dates no figure
    filed = len(dateline(draft.paragraphs[0])) if draft.paragraphs else 0
    timed = [[f for f in periods[0] if f.start >= filed], *periods[1:]] if filed else periods
    metrics = article_metrics(draft.paragraphs, places, timed, region=found.main)
    initiatives = find_initiatives(draft.paragraphs, places, timed, region=found.main)
    spans = [[(p.start, p.end) for p in paragraph] for paragraph in places]
    people = find_people(draft.paragraphs, spans, exclude=staff | set(draft.reporters))
    title_periods = find_periods(draft.title or "", published)
    every = [f.period for f in title_periods] + [f.period for p in periods for f in p]
    return Entities(
        region=found.main,
        regions=found.mentioned,
        metrics=tuple(metrics),
        periods=tuple(dict.fromkeys(every)),
        initiatives=initiatives,
        people=people,
    )
