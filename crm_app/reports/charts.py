"""Bar charts for the event report, drawn as vectors with reportlab.graphics."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String

from crm_app.reports.base import ACCENT
from crm_app.reports.fonts import FontSet
from crm_app.reports.text import visual_line


def vertical_bars(fonts: FontSet, title: str, labels: Sequence[str], values: Sequence[int],
                  width: float, height: float) -> Drawing:
    """Counts per category, bars upright (days)."""
    drawing = Drawing(width, height, initialFontName=fonts.base)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = width - 40, height - 42
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = [visual_line(x) for x in labels] or [""]
    _style(chart, fonts, values)
    chart.categoryAxis.labels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(_title(fonts, title, height))
    return drawing


def horizontal_bars(fonts: FontSet, title: str, labels: Sequence[str], values: Sequence[int],
                    width: float, height: float) -> Drawing:
    """Counts per category as horizontal bars (countries, sectors: long labels)."""
    drawing = Drawing(width, height, initialFontName=fonts.base)
    chart = HorizontalBarChart()
    label_width = min(width * 0.42, max((fonts.width(x, 7) for x in labels), default=0) + 6)
    chart.x, chart.y = label_width + 4, 6
    chart.width, chart.height = width - label_width - 20, height - 26
    # the chart draws its first category at the bottom; reverse so the largest is on top
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = [visual_line(x) for x in reversed(labels)] or [""]
    _style(chart, fonts, values)
    chart.categoryAxis.labels.fontSize = 7
    chart.barLabels.nudge = 7
    drawing.add(chart)
    drawing.add(_title(fonts, title, height))
    return drawing


def _style(chart: VerticalBarChart | HorizontalBarChart, fonts: FontSet,
           values: Sequence[int]) -> None:
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    top = max(values, default=1) or 1
    step = max(1, round(top / 4))
    chart.valueAxis.valueMax = top + step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.base
    chart.valueAxis.labels.fontSize = 7
    # category labels may be in any script: one face cannot hold them all, so the chart
    # labels use the face of their first letter (labels here are country/sector names in
    # the report language, so in practice always the base face).
    chart.categoryAxis.labels.fontName = fonts.base
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.base
    chart.barLabels.fontSize = 7


def _title(fonts: FontSet, text: str, height: float) -> String:
    return String(0, height - 10, text, fontName=fonts.base_bold, fontSize=9, fillColor=ACCENT)
