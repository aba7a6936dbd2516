"""The directory's world map: countries coloured by how many entries each has, as links.

`build_country_map()` gives the context of `search/includes/country_map.html` from counts per
country; the outlines come from `search/data/country_shapes.json` (Natural Earth, shipped with
the project, see search/data/README.md), so the map needs no tile server and no script.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from cms.models import Country

SHAPES_FILE = Path(__file__).resolve().parent / "data" / "country_shapes.json"
STEPS = 5


@cache
def country_shapes() -> dict:
    """The shipped outlines: {"viewBox", "countries": {code: path}, "points", "unassigned"}."""
    with open(SHAPES_FILE, encoding="utf-8") as handle:
        return json.load(handle)


def choropleth_buckets(max_count: int) -> list[tuple[int, int]]:
    """At most five ranges of counts (low, high), from 1 to `max_count`.

    Up to five, each count has its own step. Past that the upper bounds grow geometrically
    (max^(k/5)): a directory has a few countries with many entries and many with a few, and
    equal ranges would paint nearly all of them in the palest step.
    """
    if max_count < 1:
        return []
    if max_count <= STEPS:
        return [(count, count) for count in range(1, max_count + 1)]
    highs: list[int] = []
    for step in range(1, STEPS + 1):
        high = max_count if step == STEPS else math.ceil(max_count ** (step / STEPS))
        lowest = highs[-1] + 1 if highs else 1
        highs.append(min(max(high, lowest), max_count - (STEPS - step)))
    return [(highs[i - 1] + 1 if i else 1, high) for i, high in enumerate(highs)]


def step_for(count: int, buckets: list[tuple[int, int]]) -> int:
    """The colour step (1…5) of a count, 0 for none.

    With fewer than five buckets the steps are spread over the palette, so that the largest
    count gets the darkest colour (and a single count the middle one).
    """
    if count < 1 or not buckets:
        return 0
    index = next((i for i, (_low, high) in enumerate(buckets) if count <= high), len(buckets) - 1)
    if len(buckets) == STEPS:
        return index + 1
    if len(buckets) == 1:
        return (STEPS + 1) // 2
    # Spread index 0…n-1 over steps 1…5 (two buckets → 1 and 5; three → 1, 3, 5…).
    return STEPS - round((len(buckets) - 1 - index) * (STEPS - 1) / (len(buckets) - 1))


def build_country_map(
    counts: Mapping[str, int],
    url_for: Callable[[str], str],
    selected: str | None = None,
) -> dict:
    """The context of `search/includes/country_map.html` (variable `country_map`).

    `counts` maps ISO 3166-1 alpha-2 codes to numbers of entries; `url_for(code)` gives the
    listing filtered by that country; `selected` is the code of the active country filter.
    Names are in the active language. One database query (the countries' English names,
    the fallback where CLDR has no name).
    """
    shapes = country_shapes()
    counts = {code.upper(): int(count) for code, count in counts.items() if count and int(count) > 0}
    selected = selected.upper() if selected else None
    names = {country.code: country.name for country in Country.objects.only("code", "english_name")}
    counts = {code: count for code, count in counts.items() if code in names}
    buckets = choropleth_buckets(max(counts.values(), default=0))

    def entry(code: str) -> dict:
        count = counts.get(code, 0)
        step = step_for(count, buckets)
        return {
            "code": code,
            "name": names[code],
            "count": count,
            "step": step,
            "url": url_for(code) if count else None,
            "selected": code == selected,
            "path": shapes["countries"].get(code),
            "point": shapes["points"].get(code) if count else None,
        }

    # Drawn in this order, which is also the tab order: grey land, the countries with entries
    # by name, then the dots of small countries (over their neighbours). The template draws
    # the selected country's outline once more on top, so that no neighbour covers it.
    land = [entry(code) for code in shapes["countries"] if code in names and code not in counts]
    drawn = [entry(code) for code in counts if code in shapes["countries"] or code in shapes["points"]]
    drawn.sort(key=lambda item: (item["path"] is None, item["name"].casefold()))
    listed = sorted((entry(code) for code in counts), key=lambda item: (-item["count"], item["name"].casefold()))

    return {
        "view_box": shapes["viewBox"],
        "land": land,
        "unassigned": shapes["unassigned"],
        "countries": drawn,
        "listed": listed,
        "legend": [
            {"low": low, "high": high, "step": step_for(high, buckets)} for low, high in buckets
        ],
        "selected": entry(selected) if selected in names else None,
        "total": sum(counts.values()),
    }
