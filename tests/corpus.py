"""Generated pages for corpus tests and benchmarks: many pages, any size, always the same.

``page(seed, size)`` writes a page in the shape of a regional news page (a page
title, an editors' line, articles with a title, a byline and paragraphs) from
invented templates.  Places are real divisions from the packaged gazetteer, so
the region pass has real work; figures, dates, programmes and people are
invented.  The same seed gives the same page, on every machine.

    >>> text = page(7, 3000)
    >>> len(text) >= 3000, text == page(7, 3000)
    (True, True)
"""

from __future__ import annotations

import functools
import random
from pathlib import Path

from regionbrief._gazetteer import gazetteer
from regionbrief._model import RegionLevel

_INDICATORS = (
    "地区生产总值",
    "规上工业增加值",
    "固定资产投资",
    "社会消费品零售总额",
    "农村居民人均可支配收入",
    "外贸进出口总额",
    "新能源汽车产量",
    "涉农贷款余额",
)
_COUNTED = (("新增市场主体", "家"), ("签约项目", "个"), ("带动就业", "人"), ("建成示范村", "个"))
_PROGRAMME_HEADS = ("数字", "共富", "乡村", "智慧", "邻里", "幸福", "绿色", "产业")
_PROGRAMME_TAILS = ("服务", "工程", "机制", "行动", "模式", "平台")
_GIVEN = "建国晓明海燕志强丽华文斌春生秀英玉兰子涵宏伟"
_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡"
_TITLES = ("市委书记", "县长", "区委副书记", "发展改革局局长", "农业农村局副局长")
_OPENINGS = ("近年来", "今年以来", "一段时间以来", "记者了解到")


def page(seed: int, size: int = 3000) -> str:
    """A generated page of at least ``size`` characters."""
    rng = random.Random(seed)  # noqa: S311 - reproducible text, not secrets
    parts = ["经济观察", "", "本版编辑 " + _name(rng) + " " + _name(rng)]
    while sum(map(len, parts)) < size:
        parts.extend(["", *_article(rng)])
    return "\n".join(parts) + "\n"


def write(folder: Path, count: int, size: int = 3000) -> list[Path]:
    """``count`` generated pages as UTF-8 files in ``folder``, named in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"page-{number:06d}.txt"
        path.write_text(page(number, size), encoding="utf-8")
        paths.append(path)
    return paths


@functools.cache
def _counties() -> tuple[tuple[str, str, str], ...]:
    """(province, prefecture, county) full names, for places the region pass resolves."""
    places = gazetteer()
    provinces = [places.by_code(f"{number}0000") for number in range(11, 66)]  # codes 11..65
    chains = [
        (province.name, prefecture.name, county.name)
        for province in provinces
        if province is not None
        for prefecture in places.children(province.code)
        for county in places.children(prefecture.code)
        if county.level is RegionLevel.COUNTY and county.name.endswith(("县", "市"))
    ]
    return tuple(sorted(chains))


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.sample(_GIVEN, 2))


def _article(rng: random.Random) -> list[str]:
    province, prefecture, county = rng.choice(_counties())
    programme = "".join(rng.sample(_PROGRAMME_HEADS, 2)) + rng.choice(_PROGRAMME_TAILS)
    year = rng.randint(2019, 2024)
    indicator = rng.choice(_INDICATORS)
    counted, unit = rng.choice(_COUNTED)
    official = _name(rng)
    value, growth = (
        f"{rng.randint(10, 900)}.{rng.randint(1, 9)}",
        f"{rng.randint(1, 15)}.{rng.randint(0, 9)}",
    )
    opening = (
        f"{rng.choice(_OPENINGS)}，{province}{prefecture}{county}推出“{programme}”，"
        f"{year}年{rng.randint(1, 12)}月开始在全县推行。"
    )
    figures = (
        f"{year}年前三季度，{county}{indicator}达{value}亿元，同比增长{growth}%；"
        f"{counted}{rng.randint(20, 3000)}{unit}。"
    )
    quoted = (
        f"{county}{rng.choice(_TITLES)}{official}表示，下一步将继续完善“{programme}”，"
        f"力争到{year + 2}年覆盖{rng.randint(50, 300)}个村。"
    )
    paragraphs = rng.sample([opening, figures, quoted], 3)
    return [
        f"# {county}{rng.choice(('加快', '推动', '深化'))}{indicator[:4]}高质量发展",
        "",
        f"本报记者 {_name(rng)}",
        "",
        *(p for paragraph in paragraphs for p in (paragraph, "")),
    ]
