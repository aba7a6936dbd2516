"""The directory's world map: shipped outlines, counts and colour steps, links, names in the
reader's language, and the rendered include (search/country_map.py, search/map_shapes.py)."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from django.utils import translation

from search import map_shapes
from search.country_map import (
    SHAPES_FILE,
    build_country_map,
    choropleth_buckets,
    country_shapes,
    step_for,
)

COUNTS = {"FR": 3, "KE": 1, "BR": 10, "SG": 2, "IN": 0}


def url_for(code: str) -> str:
    return f"/en/initiatives/?country={code.lower()}"


def render(country_map: dict) -> BeautifulSoup:
    html = render_to_string("search/includes/country_map.html", {"country_map": country_map})
    return BeautifulSoup(html, "html.parser")


def by_code(items: list[dict]) -> dict[str, dict]:
    return {item["code"]: item for item in items}


# --- The shipped outlines --------------------------------------------------------------------


def test_shipped_shapes_cover_the_world_in_a_small_file():
    shapes = country_shapes()
    assert SHAPES_FILE.stat().st_size < 250_000
    assert shapes["viewBox"].startswith("0 0 ")
    for code in ("FR", "BR", "IN", "CN", "US", "KE", "RU", "FJ", "AU", "CY", "SO"):
        assert shapes["countries"][code].startswith("M")
        assert shapes["countries"][code].endswith("z")
    # Too small for 1:110m: a dot instead of an outline.
    assert "SG" in shapes["points"] and "SG" not in shapes["countries"]
    assert "AQ" not in shapes["countries"]


@pytest.mark.django_db
def test_shipped_shapes_use_the_codes_of_the_taxonomy(taxonomy):
    shapes = country_shapes()
    assert set(shapes["countries"]) | set(shapes["points"]) <= set(taxonomy.countries)
    assert len(shapes["countries"]) > 150


def test_shapes_stay_inside_the_view_box():
    """Relative path data summed up: every point of every outline lies inside the map."""
    shapes = country_shapes()
    _x, _y, width, height = map(int, shapes["viewBox"].split())
    for code, path in shapes["countries"].items():
        for x, y in _absolute_points(path):
            assert 0 <= x <= width and 0 <= y <= height, code


def _absolute_points(path: str):
    x = y = start_x = start_y = 0
    for command, numbers in re.findall(r"([MmLlz])([^MmLlz]*)", path):
        values = [int(n) for n in re.findall(r"-?\d+", numbers)]
        pairs = list(zip(values[::2], values[1::2], strict=True))
        if command == "z":
            x, y = start_x, start_y
            continue
        for index, (dx, dy) in enumerate(pairs):
            if command == "M":
                x, y = dx, dy
            else:
                x, y = x + dx, y + dy
            if index == 0 and command in "Mm":
                start_x, start_y = x, y
            yield x, y


# --- The build script, on a small TopoJSON made here ------------------------------------------


def _topology(geometries, arcs):
    return {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": arcs,
        "objects": {"countries": {"type": "GeometryCollection", "geometries": geometries}},
    }


def test_build_shapes_decodes_arcs_and_maps_numeric_ids_to_alpha_2():
    # Two squares sharing one border (arc 0): France (250) and Germany (276), in degrees.
    arcs = [
        [[10, 40], [0, 10]],  # shared border, from (10,40) to (10,50)
        [[10, 50], [-10, 0], [0, -10], [10, 0]],  # France's other sides, back to (10,40)
        [[10, 40], [10, 0], [0, 10], [-10, 0]],  # Germany's other sides, to (10,50)
    ]
    geometries = [
        {"type": "Polygon", "id": "250", "arcs": [[0, 1]], "properties": {"name": "France"}},
        {"type": "Polygon", "id": "276", "arcs": [[2, -1]], "properties": {"name": "Germany"}},
    ]
    shapes = map_shapes.build_shapes(_topology(geometries, arcs))
    assert set(shapes["countries"]) == {"FR", "DE"}
    france = list(_absolute_points(shapes["countries"]["FR"]))
    germany = list(_absolute_points(shapes["countries"]["DE"]))
    # The shared border is the same points in both outlines; Germany lies east of France.
    assert len(set(france) & set(germany)) == 2
    assert sum(x for x, _ in germany) / len(germany) > sum(x for x, _ in france) / len(france)


def test_build_shapes_joins_areas_without_a_code_to_their_iso_country():
    arcs = [
        [[10, 0], [0, 10]],
        [[10, 10], [-10, 0], [0, -10], [10, 0]],
        [[10, 0], [10, 0], [0, 10], [-10, 0]],
    ]
    geometries = [
        {"type": "Polygon", "id": "706", "arcs": [[0, 1]], "properties": {"name": "Somalia"}},
        {"type": "Polygon", "arcs": [[2, -1]], "properties": {"name": "Somaliland"}},
    ]
    shapes = map_shapes.build_shapes(_topology(geometries, arcs))
    assert list(shapes["countries"]) == ["SO"]
    # One outline: the inner border between the two parts is gone.
    assert shapes["countries"]["SO"].count("M") + shapes["countries"]["SO"].count("m") == 1


def test_build_shapes_cuts_a_country_that_crosses_the_antimeridian():
    # Fiji-like: an island from 175°E to 175°W, written across the 180° line.
    arcs = [[[175, -20], [10, 0], [0, 5], [-10, 0], [0, -5]]]
    arcs[0][1] = [-350, 0]  # 175 → -175 (TopoJSON stores the wrapped longitude)
    arcs[0][3] = [350, 0]
    geometries = [{"type": "Polygon", "id": "242", "arcs": [[0]], "properties": {"name": "Fiji"}}]
    topology = _topology(geometries, arcs)
    # A second country far away gives the map its width.
    topology["arcs"].append([[-179, 60], [358, 0], [0, 5], [-358, 0], [0, -5]])
    topology["objects"]["countries"]["geometries"].append(
        {"type": "Polygon", "id": "643", "arcs": [[1]], "properties": {"name": "Russia"}}
    )
    shapes = map_shapes.build_shapes(topology)
    fiji = shapes["countries"]["FJ"]
    # Two pieces, one at each edge of the map, instead of a band across the whole world.
    assert fiji.count("m") + fiji.count("M") == 2
    width = int(shapes["viewBox"].split()[2])
    xs = sorted(x for x, _ in _absolute_points(fiji))
    assert xs[0] < width * 0.1 and xs[-1] > width * 0.9
    assert not any(width * 0.1 < x < width * 0.9 for x in xs)


def test_build_script_writes_the_json_file(tmp_path):
    arcs = [[[0, 0], [10, 0], [0, 10], [-10, 0], [0, -10]]]
    geometries = [{"type": "Polygon", "id": "404", "arcs": [[0]], "properties": {"name": "Kenya"}}]
    source = tmp_path / "countries.json"
    source.write_text(json.dumps(_topology(geometries, arcs)))
    output = tmp_path / "shapes.json"
    map_shapes.main([str(source), "--output", str(output)])
    written = json.loads(output.read_text())
    assert list(written["countries"]) == ["KE"]


# --- Buckets -----------------------------------------------------------------------------------


def test_buckets_give_each_count_its_step_up_to_five():
    assert choropleth_buckets(0) == []
    assert choropleth_buckets(3) == [(1, 1), (2, 2), (3, 3)]
    buckets = choropleth_buckets(3)
    assert [step_for(count, buckets) for count in (0, 1, 2, 3)] == [0, 1, 3, 5]
    assert step_for(1, choropleth_buckets(1)) == 3


@pytest.mark.parametrize("largest", [6, 7, 10, 31, 100, 12345])
def test_buckets_cover_every_count_in_five_growing_ranges(largest):
    buckets = choropleth_buckets(largest)
    assert len(buckets) == 5
    assert buckets[0][0] == 1 and buckets[-1][1] == largest
    for (low, high), (next_low, _next_high) in zip(buckets, buckets[1:], strict=False):
        assert low <= high and next_low == high + 1
    assert [step_for(count, buckets) for count in (1, largest)] == [1, 5]
    steps = [step_for(count, buckets) for count in range(1, largest + 1)]
    assert steps == sorted(steps)


# --- The context -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_map_counts_urls_steps_and_the_selected_country(taxonomy):
    country_map = build_country_map({**COUNTS, "zz": 4, "de": 0}, url_for, selected="ke")
    drawn = by_code(country_map["countries"])
    assert set(drawn) == {"FR", "KE", "BR", "SG"}  # no zero counts, no unknown codes
    assert drawn["FR"]["count"] == 3 and drawn["FR"]["url"] == "/en/initiatives/?country=fr"
    assert drawn["BR"]["step"] == 5 and drawn["KE"]["step"] == 1
    assert drawn["KE"]["selected"] and not drawn["FR"]["selected"]
    assert drawn["SG"]["point"] and not drawn["SG"]["path"]
    land = by_code(country_map["land"])
    assert "FR" not in land and {"IN", "DE", "CN"} <= set(land)
    assert all(item["url"] is None and item["step"] == 0 for item in land.values())
    # The list: by count, then by name.
    assert [(item["code"], item["count"]) for item in country_map["listed"]] == [
        ("BR", 10),
        ("FR", 3),
        ("SG", 2),
        ("KE", 1),
    ]
    assert [(b["low"], b["high"]) for b in country_map["legend"]] == choropleth_buckets(10)
    assert country_map["selected"]["code"] == "KE"
    assert country_map["total"] == 16


@pytest.mark.django_db
def test_a_selected_country_without_entries_is_still_named(taxonomy):
    country_map = build_country_map({"FR": 2}, url_for, selected="DE")
    assert country_map["selected"]["name"] == "Germany"
    assert country_map["selected"]["url"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "france", "kenya"),
    [("en", "France", "Kenya"), ("ar", "فرنسا", "كينيا"), ("zh-hans", "法国", "肯尼亚")],
)
def test_names_are_in_the_readers_language(taxonomy, language, france, kenya):
    with translation.override(language):
        country_map = build_country_map(COUNTS, url_for)
    names = {item["code"]: item["name"] for item in country_map["listed"]}
    assert names["FR"] == france and names["KE"] == kenya


@pytest.mark.django_db
def test_building_the_map_takes_one_query(taxonomy, django_assert_max_num_queries):
    many = {code: index + 1 for index, code in enumerate(sorted(taxonomy.countries))}
    with django_assert_max_num_queries(1):
        build_country_map(many, url_for, selected="FR")


# --- The rendered include ----------------------------------------------------------------------


@pytest.mark.django_db
def test_include_links_countries_with_entries_and_lists_them(taxonomy):
    with translation.override("en"):
        page = render(build_country_map(COUNTS, url_for, selected="KE"))
    svg = page.find("svg")
    assert svg["dir"] == "ltr" and svg["role"] == "group"
    assert svg.find("title").get_text() == "Map of entries by country"
    links = {a.find("title").get_text(): a["href"] for a in svg.find_all("a")}
    assert links == {
        "Brazil: 10 entries": "/en/initiatives/?country=br",
        "France: 3 entries": "/en/initiatives/?country=fr",
        "Kenya: 1 entry": "/en/initiatives/?country=ke",
        "Singapore: 2 entries": "/en/initiatives/?country=sg",
    }
    selected = svg.find("a", attrs={"aria-current": "true"})
    assert "Kenya" in selected.find("title").get_text()
    # Countries without entries: grey, not links, hidden from assistive technology.
    land = svg.find("g", class_="country-map__land")
    assert land["aria-hidden"] == "true" and land.find("a") is None
    assert "India" in [title.get_text() for title in land.find_all("title")]
    # The plain list, in the order of the counts.
    listed = page.find("details", class_="country-map__list")
    assert [(a.get_text(), a["href"]) for a in listed.find_all("a")] == [
        ("Brazil (10)", "/en/initiatives/?country=br"),
        ("France (3)", "/en/initiatives/?country=fr"),
        ("Singapore (2)", "/en/initiatives/?country=sg"),
        ("Kenya (1)", "/en/initiatives/?country=ke"),
    ]
    assert listed.find("a", attrs={"aria-current": "true"}).get_text() == "Kenya (1)"
    legend = [li.get_text(strip=True) for li in page.select(".country-map__legend li")]
    assert legend[:3] == ["none", "1–2", "3"]
    assert legend[-1] == "selected"
    assert len(legend) == 2 + len(choropleth_buckets(10))


@pytest.mark.django_db
def test_include_in_arabic_keeps_the_map_left_to_right(taxonomy):
    with translation.override("ar"):
        page = render(build_country_map(COUNTS, url_for))
    assert page.find("svg")["dir"] == "ltr"
    listed = [a.get_text() for a in page.select(".country-map__list a")]
    assert listed[0] == "البرازيل (10)" and "فرنسا (3)" in listed
    titles = [a.find("title").get_text() for a in page.find("svg").find_all("a")]
    assert any(title.startswith("فرنسا") for title in titles)


@pytest.mark.django_db
def test_include_in_chinese_names_the_countries(taxonomy):
    with translation.override("zh-hans"):
        page = render(build_country_map(COUNTS, url_for))
    listed = [a.get_text() for a in page.select(".country-map__list a")]
    # The catalogue writes the number in full-width brackets: 法国（3）.
    assert any(re.fullmatch(r"法国\s*[(（]3[)）]", text) for text in listed), listed


@pytest.mark.django_db
def test_include_without_entries_draws_grey_land_and_says_so(taxonomy):
    with translation.override("en"):
        page = render(build_country_map({}, url_for))
    assert page.find("svg").find("a") is None
    assert page.find(class_="country-map__legend") is None
    assert page.find(class_="country-map__list") is None
    assert "No entries name a country yet." in page.get_text()
