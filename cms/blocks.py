"""StreamField blocks shared by every content app: text, media, links, documents and charts."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"), choices=[("h2", "H2"), ("h3", "H3")], default="h2"
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "cms/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "cms/blocks/quote.html"


class ExternalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=250)
    url = blocks.URLBlock(label=_("address"))
    description = blocks.TextBlock(label=_("description"), required=False)

    class Meta:
        icon = "link-external"
        label = _("Link")
        template = "cms/blocks/external_link.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"), required=False, help_text=_("Defaults to the document's title.")
    )
    language = blocks.CharBlock(label=_("language"), required=False, max_length=20)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "cms/blocks/document.html"

    def get_api_representation(self, value, context=None):
        document = value.get("document")
        return {
            "title": value.get("title") or (document.title if document else ""),
            "language": value.get("language", ""),
            "document": document.pk if document else None,
            "url": document.url if document else None,
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"))
    transcript = blocks.TextBlock(label=_("transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video.html"


def _number(cell) -> Decimal | None:
    if cell is None:
        return None
    text = str(cell).strip().replace(",", "").replace("%", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


class ChartBlock(blocks.StructBlock):
    """A chart drawn from a data table, rendered as SVG on the server with the table beside it.

    The first row holds the series names, the first column the categories; other cells are
    numbers. Readers without sight or without JavaScript read the same table.
    """

    title = blocks.CharBlock(label=_("title"), max_length=200)
    chart_type = blocks.ChoiceBlock(
        label=_("chart type"),
        choices=[("bar", _("Bars")), ("line", _("Line"))],
        default="bar",
    )
    data = TableBlock(
        label=_("data"),
        help_text=_("First row: series names. First column: categories. Other cells: numbers."),
    )
    unit = blocks.CharBlock(label=_("unit"), required=False, max_length=40)
    caption = blocks.TextBlock(label=_("caption"), required=False)
    source = blocks.CharBlock(label=_("source"), required=False, max_length=300)

    class Meta:
        icon = "table"
        label = _("Chart")
        template = "cms/blocks/chart.html"

    def clean(self, value):
        value = super().clean(value)
        rows = (value.get("data") or {}).get("data") or []
        rows = [row for row in rows if any(cell not in (None, "") for cell in row)]
        if len(rows) < 2 or len(rows[0]) < 2:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "data": ValidationError(
                        _("A chart needs a header row and at least one row of numbers.")
                    )
                }
            )
        for row in rows[1:]:
            for cell in row[1:]:
                if cell not in (None, "") and _number(cell) is None:
                    raise blocks.StructBlockValidationError(
                        block_errors={
                            "data": ValidationError(
                                _("“%(cell)s” is not a number.") % {"cell": cell}
                            )
                        }
                    )
        return value

    @staticmethod
    def table(value) -> tuple[list[str], list[tuple[str, list[Decimal | None]]]]:
        rows = (value.get("data") or {}).get("data") or []
        rows = [row for row in rows if any(cell not in (None, "") for cell in row)]
        if not rows:
            return [], []
        series = [str(cell or "") for cell in rows[0][1:]]
        categories = [
            (str(row[0] or ""), [_number(cell) for cell in row[1:]]) for row in rows[1:]
        ]
        return series, categories

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        series, categories = self.table(value)
        context["series"] = series
        context["categories"] = categories
        context["svg"] = chart_geometry(value.get("chart_type"), series, categories)
        return context

    def get_api_representation(self, value, context=None):
        series, categories = self.table(value)
        return {
            "title": value.get("title"),
            "chart_type": value.get("chart_type"),
            "unit": value.get("unit"),
            "caption": value.get("caption"),
            "source": value.get("source"),
            "series": series,
            "categories": [
                {"label": label, "values": [float(v) if v is not None else None for v in values]}
                for label, values in categories
            ],
        }


CHART_WIDTH, CHART_HEIGHT, CHART_PAD = 640, 320, 40
CHART_COLOURS = ["#1f6f78", "#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#6d597a"]


def chart_geometry(chart_type: str, series: list[str], categories) -> dict:
    """Coordinates of an SVG bar or line chart (pure arithmetic; the template draws it)."""
    values = [v for _, row in categories for v in row if v is not None]
    if not values:
        return {"width": CHART_WIDTH, "height": CHART_HEIGHT, "shapes": [], "labels": []}
    top = max(max(values), Decimal(0))
    bottom = min(min(values), Decimal(0))
    span = (top - bottom) or Decimal(1)
    inner_w = CHART_WIDTH - 2 * CHART_PAD
    inner_h = CHART_HEIGHT - 2 * CHART_PAD

    def y(v: Decimal) -> float:
        return float(CHART_PAD + inner_h - (v - bottom) / span * inner_h)

    slot = inner_w / max(len(categories), 1)
    shapes, labels, lines = [], [], []
    for index, (label, row) in enumerate(categories):
        x0 = CHART_PAD + index * slot
        labels.append({"x": x0 + slot / 2, "y": CHART_HEIGHT - CHART_PAD + 16, "text": label})
        if chart_type == "line":
            continue
        bar_w = slot * 0.8 / max(len(series), 1)
        for s_index, value in enumerate(row):
            if value is None:
                continue
            top_y, zero_y = y(max(value, Decimal(0))), y(min(value, Decimal(0)))
            shapes.append(
                {
                    "x": round(x0 + slot * 0.1 + s_index * bar_w, 1),
                    "y": round(top_y, 1),
                    "width": round(bar_w * 0.9, 1),
                    "height": round(max(zero_y - top_y, 1), 1),
                    "colour": CHART_COLOURS[s_index % len(CHART_COLOURS)],
                    "title": f"{label} – {series[s_index] if s_index < len(series) else ''}: {value}",
                }
            )
    if chart_type == "line":
        for s_index, name in enumerate(series):
            points = [
                f"{CHART_PAD + i * slot + slot / 2:.1f},{y(row[s_index]):.1f}"
                for i, (_, row) in enumerate(categories)
                if s_index < len(row) and row[s_index] is not None
            ]
            lines.append(
                {"points": " ".join(points), "colour": CHART_COLOURS[s_index % len(CHART_COLOURS)], "name": name}
            )
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "shapes": shapes,
        "lines": lines,
        "labels": labels,
        "baseline": round(y(Decimal(0)), 1),
        "legend": [
            {"name": name, "colour": CHART_COLOURS[i % len(CHART_COLOURS)]}
            for i, name in enumerate(series)
        ],
        "max_label": f"{top.normalize():f}",
        "min_label": f"{bottom.normalize():f}",
    }


class BodyBlock(blocks.StreamBlock):
    """The body of an article-like page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=RICH_TEXT_FEATURES)
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock()
    video = VideoBlock()
    chart = ChartBlock()
    document = DocumentBlock()
    link = ExternalLinkBlock()

    class Meta:
        required = False


class ResourceBlock(blocks.StreamBlock):
    """Links to online resources and documents attached to an entry."""

    link = ExternalLinkBlock()
    document = DocumentBlock()

    class Meta:
        required = False


class RecommendationBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("recommendation"), max_length=300)
    text = blocks.RichTextBlock(label=_("explanation"), features=RICH_TEXT_FEATURES, required=False)
    addressed_to = blocks.CharBlock(
        label=_("addressed to"), required=False, help_text=_("Who should act on it.")
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Recommendation")
        template = "cms/blocks/recommendation.html"


class ToolBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("tool"), max_length=250)
    description = blocks.TextBlock(label=_("description"), required=False)
    link = blocks.URLBlock(label=_("address"), required=False)
    document = DocumentChooserBlock(label=_("document"), required=False)

    class Meta:
        icon = "cog"
        label = _("Tool")
        template = "cms/blocks/tool.html"

    def get_api_representation(self, value, context=None):
        document = value.get("document")
        return {
            "title": value.get("title"),
            "description": value.get("description"),
            "link": value.get("link"),
            "document_url": document.url if document else None,
        }
