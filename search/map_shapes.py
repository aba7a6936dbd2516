"""Builds search/data/country_shapes.json, the offline world map's outlines, from Natural Earth.

The input is the TopoJSON of Natural Earth's 1:110m Admin 0 countries as the `world-atlas`
npm package redistributes it (ISO 3166-1 numeric ids). Pure Python, no GIS libraries:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m search.map_shapes package/countries-110m.json --points package/countries-50m.json

Countries are projected with Equal Earth, simplified, rounded to whole units of the viewBox and
written as SVG path data by ISO 3166-1 alpha-2 code. Countries too small for the 1:110m set
(Singapore, Malta, small island states…) get a point, the centre of their largest polygon in
the 1:50m set, so that the map can still show a dot for them.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycountry

OUTPUT = Path(__file__).resolve().parent / "data" / "country_shapes.json"

# Map width in viewBox units; one unit is about 0.36° of longitude at the equator, the grain
# of the 1:110m data, which keeps the path data short.
WIDTH = 1000
SIMPLIFY_TOLERANCE = 0.6  # in viewBox units
MARGIN = 4

# Natural Earth draws some areas with no ISO 3166-1 code of their own. They are joined to the
# ISO 3166-1 country whose territory ISO counts them in; the others stay unlinked land.
MERGE_INTO = {"N. Cyprus": "CY", "Somaliland": "SO"}
# Antarctica would take a fifth of the height for no entries.
LEFT_OUT = {"AQ"}

Point = tuple[float, float]


# --- TopoJSON -------------------------------------------------------------------------------


def decode_arcs(topology: dict) -> list[list[tuple[int, int]]]:
    """Arcs as absolute quantized positions (delta-decoded, transform not yet applied)."""
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        positions = []
        for dx, dy in arc:
            x += dx
            y += dy
            positions.append((x, y))
        arcs.append(positions)
    return arcs


def _signed_arc(arcs: Sequence[list], index: int) -> list:
    """Arc `index`, or arc `~index` reversed for a negative index (TopoJSON's convention)."""
    return list(arcs[index]) if index >= 0 else list(reversed(arcs[~index]))


def geometry_rings(geometry: dict) -> list[list[int]]:
    """The rings (lists of signed arc indexes) of a Polygon or MultiPolygon geometry."""
    if geometry.get("type") == "Polygon":
        return [list(ring) for ring in geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return [list(ring) for polygon in geometry["arcs"] for ring in polygon]
    return []


def merge_rings(rings: Iterable[list[int]], arcs: Sequence[list]) -> list[list[int]]:
    """Join the rings of neighbouring geometries into one outline.

    An arc that two of the rings share (once forwards, once backwards) is an inner border: it
    is dropped, and the remaining arcs are chained end to start into new rings.
    """
    rings = [list(ring) for ring in rings]
    used: dict[int, int] = {}
    for ring in rings:
        for index in ring:
            used[index] = used.get(index, 0) + 1
    shared = {index for index in used if ~index in used}
    kept = [ring for ring in rings if not shared.intersection(ring)]
    loose = [index for ring in rings if shared.intersection(ring) for index in ring if index not in shared]
    by_start = {}
    for index in loose:
        by_start.setdefault(_signed_arc(arcs, index)[0], []).append(index)
    remaining = set(loose)
    while remaining:
        first = loose[next(i for i, index in enumerate(loose) if index in remaining)]
        ring, index = [], first
        while index in remaining:
            remaining.discard(index)
            ring.append(index)
            end = _signed_arc(arcs, index)[-1]
            index = next((candidate for candidate in by_start.get(end, ()) if candidate in remaining), None)
            if index is None:
                break
        kept.append(ring)
    return kept


# --- Projection and simplification ------------------------------------------------------------

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(longitude: float, latitude: float) -> Point:
    """Equal Earth projection (Šavrič, Patterson, Jenny 2018) on the unit sphere, y upwards."""
    lam = math.radians(longitude)
    theta = math.asin(_M * math.sin(math.radians(latitude)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


def simplify(points: list[Point], tolerance: float) -> list[int]:
    """Douglas–Peucker: the indexes of the points to keep, dropping those closer than
    `tolerance` to the line they sit on."""
    if len(points) < 3:
        return list(range(len(points)))
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        start, end = stack.pop()
        (ax, ay), (bx, by) = points[start], points[end]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, distance = None, tolerance
        for i in range(start + 1, end):
            px, py = points[i]
            if length:
                d = abs(dx * (ay - py) - dy * (ax - px)) / length
            else:
                d = math.hypot(px - ax, py - ay)
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack.extend([(start, farthest), (farthest, end)])
    return [i for i, kept in enumerate(keep) if kept]


class Projector:
    """Quantized TopoJSON positions → Equal Earth → viewBox units (x rightwards, y downwards)."""

    def __init__(self, transform: dict | None):
        self.scale = transform["scale"] if transform else (1, 1)
        self.translate = transform["translate"] if transform else (0, 0)
        x_max, _ = equal_earth(180, 0)
        self.factor = WIDTH / (2 * x_max)
        self.x_max = x_max

    def lonlat(self, position: tuple[int, int]) -> Point:
        return (
            position[0] * self.scale[0] + self.translate[0],
            position[1] * self.scale[1] + self.translate[1],
        )

    def from_lonlat(self, longitude: float, latitude: float) -> Point:
        x, y = equal_earth(longitude, latitude)
        return (x + self.x_max) * self.factor, -y * self.factor

    def __call__(self, position: tuple[int, int]) -> Point:
        return self.from_lonlat(*self.lonlat(position))


def unwrap(lonlats: list[Point]) -> list[Point]:
    """Longitudes made continuous: a step of more than 180° crosses the antimeridian."""
    result = lonlats[:1]
    for lon, lat in lonlats[1:]:
        previous = result[-1][0]
        lon += 360 * round((previous - lon) / 360)
        result.append((lon, lat))
    return result


def simplify_lonlats(lonlats: list[Point], project: Projector) -> list[Point]:
    """The points of an arc that simplification keeps, chosen in map units."""
    projected = [project.from_lonlat(lon, lat) for lon, lat in lonlats]
    return [lonlats[i] for i in simplify(projected, SIMPLIFY_TOLERANCE)]


def _clip(ring: list[Point], keep, crossing) -> list[Point]:
    """Sutherland–Hodgman clipping of a ring by one half-plane (`keep`), cut at `crossing`."""
    result: list[Point] = []
    for i, current in enumerate(ring):
        previous = ring[i - 1]
        if keep(current):
            if not keep(previous):
                result.append(crossing(previous, current))
            result.append(current)
        elif keep(previous):
            result.append(crossing(previous, current))
    return result


def split_at_antimeridian(ring: list[Point]) -> list[list[Point]]:
    """A ring that reaches past ±180° cut into pieces that each lie within -180°..180°."""
    longitudes = [lon for lon, _ in ring]
    if min(longitudes) >= -180 and max(longitudes) <= 180:
        return [ring]
    pieces = []
    for turn in range(math.floor((min(longitudes) + 180) / 360), math.floor((max(longitudes) + 180) / 360) + 1):
        low, high = -180 + 360 * turn, 180 + 360 * turn

        def at(longitude):
            def crossing(a: Point, b: Point) -> Point:
                t = (longitude - a[0]) / (b[0] - a[0])
                return longitude, a[1] + t * (b[1] - a[1])

            return crossing

        piece = _clip(ring, lambda p, low=low: p[0] >= low, at(low))
        piece = _clip(piece, lambda p, high=high: p[0] <= high, at(high)) if piece else piece
        if len(piece) >= 3:
            pieces.append([(lon - 360 * turn, lat) for lon, lat in piece])
    return pieces


# --- Output -------------------------------------------------------------------------------------


def _number(value: int) -> str:
    return str(value)


def path_data(rings: list[list[tuple[int, int]]], offset: tuple[int, int]) -> str:
    """SVG path data with relative moves: `M12 34l3-1 2 0…z`, the shortest plain form."""
    parts = []
    cursor = (offset[0], offset[1])
    for ring in rings:
        x, y = ring[0]
        parts.append(f"m{x - cursor[0]} {y - cursor[1]}" if parts else f"M{x - offset[0]} {y - offset[1]}")
        steps = []
        px, py = x, y
        for qx, qy in ring[1:]:
            steps.append((qx - px, qy - py))
            px, py = qx, qy
        if steps:
            parts.append("l" + _join(value for step in steps for value in step))
        parts.append("z")
        # After "z" the current point is the ring's first point.
        cursor = (x, y)
    return "".join(parts).replace(" -", "-")


def _join(values: Iterable[int]) -> str:
    return " ".join(_number(value) for value in values)


def alpha2_by_numeric() -> dict[str, str]:
    return {country.numeric: country.alpha_2 for country in pycountry.countries}


def _country_code(geometry: dict, codes: dict[str, str]) -> str | None:
    name = (geometry.get("properties") or {}).get("name", "")
    if name in MERGE_INTO:
        return MERGE_INTO[name]
    return codes.get(str(geometry.get("id") or "").zfill(3))


def build_shapes(topology: dict, points_topology: dict | None = None) -> dict:
    """The map's data: viewBox, path data by alpha-2 code, unlinked land, points for small countries."""
    arcs = decode_arcs(topology)
    project = Projector(topology.get("transform"))
    codes = alpha2_by_numeric()

    # Each arc is simplified once, so that neighbours keep exactly the same border.
    simplified: dict[int, list[Point]] = {}

    def arc_lonlats(index: int) -> list[Point]:
        key = index if index >= 0 else ~index
        if key not in simplified:
            lonlats = unwrap([project.lonlat(position) for position in arcs[key]])
            simplified[key] = simplify_lonlats(lonlats, project)
        points = simplified[key]
        return list(points) if index >= 0 else list(reversed(points))

    def ring_points(ring: list[int]) -> list[list[tuple[int, int]]]:
        lonlats: list[Point] = []
        for index in ring:
            segment = arc_lonlats(index)
            if lonlats:
                # Arcs that cross the antimeridian were unwrapped: keep the ring continuous.
                shift = 360 * round((lonlats[-1][0] - segment[0][0]) / 360)
                lonlats.extend((lon + shift, lat) for lon, lat in segment[1:])
            else:
                lonlats.extend(segment)
        pieces = []
        for piece in split_at_antimeridian(lonlats):
            points = [project.from_lonlat(lon, lat) for lon, lat in piece]
            rounded = [(round(x), round(y)) for x, y in points]
            rounded = [p for i, p in enumerate(rounded) if i == 0 or p != rounded[i - 1]]
            if len(rounded) > 1 and rounded[0] == rounded[-1]:
                rounded.pop()
            # Rings that rounding collapsed below a triangle would draw nothing.
            if len(set(rounded)) >= 3:
                pieces.append(rounded)
        return pieces

    grouped: dict[str, list[list[int]]] = {}
    unassigned: list[list[list[int]]] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = _country_code(geometry, codes)
        if code in LEFT_OUT:
            continue
        if code is None:
            unassigned.append(geometry_rings(geometry))
        else:
            grouped.setdefault(code, []).extend(geometry_rings(geometry))

    outlines: dict[str, list[list[tuple[int, int]]]] = {}
    for code, rings in grouped.items():
        outlines[code] = [piece for ring in merge_rings(rings, arcs) for piece in ring_points(ring)]
    unlinked = [[piece for ring in rings for piece in ring_points(ring)] for rings in unassigned]

    points: dict[str, tuple[int, int]] = {}
    if points_topology is not None:
        for code, (x, y) in small_country_points(points_topology, codes).items():
            if code not in outlines and code not in LEFT_OUT:
                points[code] = (round(x), round(y))

    every_point = [point for rings in outlines.values() for ring in rings for point in ring]
    every_point += points.values()
    min_x = min(x for x, _ in every_point) - MARGIN
    min_y = min(y for _, y in every_point) - MARGIN
    max_x = max(x for x, _ in every_point) + MARGIN
    max_y = max(y for _, y in every_point) + MARGIN
    offset = (min_x, min_y)

    return {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas",
        "projection": "Equal Earth",
        "viewBox": f"0 0 {max_x - min_x} {max_y - min_y}",
        "countries": {code: path_data(outlines[code], offset) for code in sorted(outlines) if outlines[code]},
        "unassigned": [path_data(rings, offset) for rings in unlinked if rings],
        "points": {code: [x - min_x, y - min_y] for code, (x, y) in sorted(points.items())},
    }


def small_country_points(topology: dict, codes: dict[str, str]) -> dict[str, Point]:
    """The centre (area-weighted) of each country's largest polygon, in viewBox units before cropping."""
    arcs = decode_arcs(topology)
    project = Projector(topology.get("transform"))
    centres: dict[str, tuple[float, Point]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = _country_code(geometry, codes)
        if code is None:
            continue
        polygons = geometry["arcs"] if geometry.get("type") == "MultiPolygon" else [geometry.get("arcs", [])]
        for polygon in polygons:
            if not polygon:
                continue
            outer: list[Point] = []
            for index in polygon[0]:
                segment = [project(position) for position in _signed_arc(arcs, index)]
                outer.extend(segment[1:] if outer else segment)
            area, centre = _area_centre(outer)
            if code not in centres or area > centres[code][0]:
                centres[code] = (area, centre)
    return {code: centre for code, (_area, centre) in centres.items()}


def _area_centre(ring: list[Point]) -> tuple[float, Point]:
    twice_area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        twice_area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(twice_area) < 1e-12:
        xs, ys = zip(*ring, strict=True)
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(twice_area) / 2, (cx / (3 * twice_area), cy / (3 * twice_area))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topojson", type=Path, help="countries-110m.json of the world-atlas package")
    parser.add_argument("--points", type=Path, help="countries-50m.json, for the dots of small countries")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    points_topology = json.loads(args.points.read_text(encoding="utf-8")) if args.points else None
    shapes = build_shapes(topology, points_topology)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(shapes, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"{args.output}: {len(shapes['countries'])} countries, {len(shapes['points'])} points, "
        f"{args.output.stat().st_size // 1024} KB"
    )


if __name__ == "__main__":
    main()
