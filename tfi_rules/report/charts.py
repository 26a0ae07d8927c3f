"""Inline SVG charts for the report: the årsværk bar, a target's small bar, an indicator over time,
and the verdict counts of a plan.

Every chart carries a `<title>` and an `aria-label` that say in words what it shows, and
writes the figures next to the marks (a chart scales; its labels are the data as written).
Nothing depends on colour alone: segments are numbered, overflow is hatched and labelled,
markers differ in shape. Colours are Okabe–Ito's, safe for colour-blind readers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from html import escape

from ..describe import moment_label
from ..i18n import t
from ..numbers import format_number
from ..verdict.judge import STATUS_ORDER, Status, status_label
from .page import CapacityView, Mark, TargetBar, Trend

# Okabe & Ito (2008), "Color Universal Design".
BLACK = "#000000"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#8C8C8C"
INK = "#1A1A1A"  # text: near black, kind to printers
RULE = "#BDBDBD"  # grid lines and tracks

AREA_FILLS = (SKY, ORANGE, GREEN, PURPLE, YELLOW, BLUE)
STATUS_COLOUR = {
    Status.MET: GREEN,
    Status.NOT_MET: VERMILLION,
    Status.PENDING: SKY,
    Status.NO_FINAL: BLUE,  # an interim figure after the due date: kin of pending, darker because time is up
    Status.DEPENDS: YELLOW,  # met under one reading, not under another
    Status.NO_DATA: GREY,
    Status.NOT_COMPARABLE: PURPLE,
    Status.QUALITATIVE: ORANGE,
    Status.WAIVED: "#BBBBBB",
}
STATUS_SYMBOL = {
    Status.MET: "✓",
    Status.NOT_MET: "✗",
    Status.PENDING: "◔",
    Status.NO_FINAL: "◑",
    Status.DEPENDS: "⇄",
    Status.NO_DATA: "∅",
    Status.NOT_COMPARABLE: "≠",
    Status.QUALITATIVE: "◇",
    Status.WAIVED: "⊘",
}

CHAR_WIDTH = 0.58  # average width of a character, in font sizes, for laying labels out


def text_width(text: str, size: float) -> float:
    return len(text) * size * CHAR_WIDTH


def _n(value: float) -> str:
    """A coordinate: two decimals at most, so output is stable and small."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: float = 11,
    anchor: str = "start",
    weight: str = "normal",
    fill: str = INK,
    extra: str = "",
) -> str:
    bold = ' font-weight="bold"' if weight == "bold" else ""
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" text-anchor="{anchor}" fill="{fill}"{bold}{extra}>'
        f"{escape(content)}</text>"
    )


def _svg(width: float, height: float, label: str, body: Iterable[str], css_class: str) -> str:
    title = escape(label)
    return (
        f'<svg class="{css_class}" viewBox="0 0 {_n(width)} {_n(height)}" width="{_n(width)}" height="{_n(height)}" '
        f'role="img" aria-label="{title}"><title>{title}</title>' + "".join(body) + "</svg>"
    )


def _hatch(pattern_id: str, colour: str) -> str:
    return (
        f'<defs><pattern id="{pattern_id}" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" fill="#FFFFFF" fill-opacity="0.35"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{colour}" stroke-width="2.5"/></pattern></defs>'
    )


# --- the årsværk bar --------------------------------------------------------------------------------


def capacity_bar(view: CapacityView, key: str) -> str:
    """The core årsværk stacked against the mandated capacity: a line at the capacity, the part
    past it hatched and labelled, or the part not allotted outlined."""
    assert view.capacity is not None
    width, left, right = 680.0, 8.0, 8.0
    bar_top, bar_height = 30.0, 34.0
    capacity, total = view.capacity, view.total
    scale_max = max(capacity, total) or Decimal(1)
    usable = width - left - right

    def x(value: Decimal) -> float:
        return left + float(value / scale_max) * usable

    body = [_hatch(f"{key}-over", VERMILLION)]
    start = Decimal(0)
    labels = []
    cap_x = x(capacity)
    for index, share in enumerate(view.core):
        x0, x1 = x(start), x(start + share.årsværk)
        fill = AREA_FILLS[index % len(AREA_FILLS)]
        body.append(
            f'<rect x="{_n(x0)}" y="{_n(bar_top)}" width="{_n(max(x1 - x0, 0))}" height="{_n(bar_height)}" '
            f'fill="{fill}" fill-opacity="0.55" stroke="#FFFFFF" stroke-width="2"/>'
        )
        label = f"{share.number}: {format_number(share.årsværk)}"
        # A segment that crosses the capacity is labelled in its part before the line, clear of the hatching.
        inside = (x0, min(x1, cap_x)) if x0 < cap_x < x1 and cap_x - x0 >= text_width(label, 12) + 6 else (x0, x1)
        for text in (label, str(share.number)):
            if inside[1] - inside[0] >= text_width(text, 12) + 4:
                labels.append(
                    _text(sum(inside) / 2, bar_top + bar_height / 2 + 4, text, size=12, anchor="middle", weight="bold")
                )
                break
        start += share.årsværk
    difference = total - capacity
    total_x = x(total)
    below = bar_top + bar_height + 16
    if difference > 0:
        body.append(
            f'<rect x="{_n(cap_x)}" y="{_n(bar_top)}" width="{_n(total_x - cap_x)}" height="{_n(bar_height)}" '
            f'fill="url(#{key}-over)" stroke="{VERMILLION}" stroke-width="2"/>'
        )
        body.append(
            _text(
                total_x,
                below,
                t("{excess} årsværk over the capacity", excess=format_number(difference)),
                size=12,
                anchor="end",
                weight="bold",
                fill=VERMILLION,
            )
        )
    elif difference < 0:
        body.append(
            f'<rect x="{_n(total_x)}" y="{_n(bar_top)}" width="{_n(cap_x - total_x)}" height="{_n(bar_height)}" '
            f'fill="none" stroke="{INK}" stroke-width="1.5" stroke-dasharray="5 3"/>'
        )
        body.append(
            _text(
                cap_x,
                below,
                t("{lack} årsværk not allotted", lack=format_number(-difference)),
                size=12,
                anchor="end",
                weight="bold",
            )
        )
    body.extend(labels)
    # The capacity: a heavy line through the bar, labelled above it.
    body.append(
        f'<line x1="{_n(cap_x)}" y1="{_n(bar_top - 10)}" x2="{_n(cap_x)}" y2="{_n(bar_top + bar_height + 4)}" '
        f'stroke="{INK}" stroke-width="3"/>'
    )
    capacity_label = t("mandate: {capacity} årsværk", capacity=format_number(capacity))
    body.append(
        _text(
            cap_x - 4 if difference >= 0 else cap_x + 4 if cap_x < width / 2 else cap_x - 4,
            bar_top - 14,
            capacity_label,
            size=12,
            anchor="end" if difference >= 0 or cap_x >= width / 2 else "start",
            weight="bold",
        )
    )
    total_label = t("allotted: {total} årsværk", total=format_number(total))
    if difference > 0:
        body.append(_text(total_x, bar_top - 14, total_label, size=12, anchor="end", weight="bold", fill=VERMILLION))
    else:
        body.append(_text(left, below, total_label, size=12))
    return _svg(width, below + 8, capacity_sentence(view), body, "chart capacity")


def capacity_sentence(view: CapacityView) -> str:
    """The bar in words (its title, and the caption under it)."""
    assert view.capacity is not None
    spent, capacity = format_number(view.total), format_number(view.capacity)
    difference = view.difference
    if difference > 0:
        return t(
            "The areas spend {spent} core årsværk of the mandate's {capacity}: {excess} årsværk more than the "
            "capacity.",
            spent=spent,
            capacity=capacity,
            excess=format_number(difference),
        )
    if difference < 0:
        return t(
            "The areas spend {spent} core årsværk of the mandate's {capacity}: {lack} årsværk are not allotted.",
            spent=spent,
            capacity=capacity,
            lack=format_number(-difference),
        )
    return t(
        "The areas spend {spent} core årsværk of the mandate's {capacity}: they add up exactly.",
        spent=spent,
        capacity=capacity,
    )


def swatch(index: int) -> str:
    """The colour of area segment `index` as a small square, for the legend."""
    fill = AREA_FILLS[index % len(AREA_FILLS)]
    return (
        f'<svg class="swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">'
        f'<rect width="12" height="12" fill="{fill}" fill-opacity="0.55" stroke="{INK}" stroke-width="0.5"/></svg>'
    )


# --- a target's small bar -------------------------------------------------------------------------


def target_bar(bar: TargetBar, label: str) -> str:
    """From the baseline (or 0) to the target, the actual marked ▼ above with its figure."""
    width, pad = 200.0, 4.0
    values = [bar.start.value, bar.target.value, *(m.value for m in (bar.upper, bar.actual) if m is not None)]
    low, high = min(values), max(values)
    if high == low:
        high = low + 1
    size = 10.0

    def x(value: Fraction) -> float:
        return pad + float((value - low) / (high - low)) * (width - 2 * pad)

    track_y, bar_h = 22.0, 8.0
    middle = track_y + bar_h / 2
    track = f'<line x1="{_n(pad)}" y1="{_n(middle)}" x2="{_n(width - pad)}" y2="{_n(middle)}" stroke="{RULE}"/>'
    body = [track]
    x_start, x_target = x(bar.start.value), x(bar.target.value)
    body.append(
        f'<rect x="{_n(min(x_start, x_target))}" y="{_n(track_y)}" width="{_n(abs(x_target - x_start))}" '
        f'height="{_n(bar_h)}" fill="{SKY}" fill-opacity="0.45" stroke="{BLUE}" stroke-width="0.75"/>'
    )
    if bar.upper is not None:
        x_upper = x(bar.upper.value)
        body.append(
            f'<rect x="{_n(x_target)}" y="{_n(track_y - 2)}" width="{_n(x_upper - x_target)}" '
            f'height="{_n(bar_h + 4)}" fill="{GREEN}" fill-opacity="0.45" stroke="{GREEN}"/>'
        )
    for mark_x in [x_target, *([x(bar.upper.value)] if bar.upper is not None else [])]:
        body.append(
            f'<line x1="{_n(mark_x)}" y1="{_n(track_y - 4)}" x2="{_n(mark_x)}" y2="{_n(track_y + bar_h + 4)}" '
            f'stroke="{INK}" stroke-width="2"/>'
        )
    # Figures under the bar: the start at its end, the target (and upper bound) after it, never on top of each other.
    labels_y = track_y + bar_h + 13
    spans: list[tuple[float, float]] = []
    for mark, mark_x in [
        (bar.start, x_start),
        (bar.target, x_target),
        *([(bar.upper, x(bar.upper.value))] if bar.upper is not None else []),
    ]:
        w = text_width(mark.label, size)
        left = min(max(mark_x - w / 2, 0.0), width - w)
        for _, end in spans:
            left = max(left, end + 5)
        spans.append((left, left + w))
        weight = "normal" if mark is bar.start else "bold"
        body.append(_text(left, labels_y, mark.label, size=size, weight=weight))
    if bar.actual is not None:
        x_actual = x(bar.actual.value)
        body.append(
            f'<path d="M{_n(x_actual - 5)} {_n(track_y - 9)} L{_n(x_actual + 5)} {_n(track_y - 9)} '
            f'L{_n(x_actual)} {_n(track_y + 1)} Z" fill="{INK}"/>'
        )
        w = text_width(bar.actual.label, size)
        left = min(max(x_actual - w / 2, 0.0), width - w)
        body.append(_text(left, track_y - 11, bar.actual.label, size=size, weight="bold"))
    return _svg(width, labels_y + 4, label, body, "chart target")


# --- an indicator over time -----------------------------------------------------------------------


def nice_step(span: float, ticks: int = 5) -> Decimal:
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` intervals over `span`."""
    raw = Decimal(repr(span / ticks)) if span > 0 else Decimal(1)
    exponent = raw.adjusted()
    for factor in (1, 2, 5, 10):
        step = Decimal(factor).scaleb(exponent)
        if step >= raw:
            return step
    return Decimal(10).scaleb(exponent)


def _y_ticks(low: Fraction, high: Fraction) -> list[Decimal]:
    step = nice_step(float(high - low))
    first = (Decimal(float(low)) / step).to_integral_value(rounding="ROUND_FLOOR") * step
    ticks = []
    tick = first
    while tick <= Decimal(float(high)) + step / 1000:
        ticks.append(tick.normalize() if tick != 0 else Decimal(0))
        tick += step
    return ticks


def trend_chart(trend: Trend, key: str, description: str) -> str:
    """Figures over time: the measured points joined, the straight path from baseline to target dashed,
    the target marked ◎ with its figure and due date, the day judged as a dotted line."""
    width, height = 680.0, 300.0
    plot_left, plot_right, plot_top, plot_bottom = 64.0, 500.0, 30.0, 240.0
    values = [p.mark.value for p in trend.points]
    values += [v for path in trend.paths for v in (path.start.value, path.level.value)]
    values += [path.stated.value for path in trend.paths if path.stated is not None]
    values += [threshold.mark.value for threshold in trend.thresholds]
    low, high = min(values), max(values)
    span = high - low or abs(high) or Fraction(1)
    low, high = low - span * Fraction(3, 20), high + span * Fraction(3, 20)
    if min(values) >= 0 > low:
        low = Fraction(0)
    ticks = _y_ticks(low, high)
    low, high = min(low, Fraction(ticks[0])), max(high, Fraction(ticks[-1]))

    first_day, last_day = day_range(trend)
    margin = timedelta(days=max(30, (last_day - first_day).days // 20))
    first_day, last_day = first_day - margin, last_day + margin

    def x(day: date) -> float:
        return plot_left + (day - first_day).days / max((last_day - first_day).days, 1) * (plot_right - plot_left)

    def y(value: Fraction) -> float:
        return plot_bottom - float((value - low) / (high - low)) * (plot_bottom - plot_top)

    body: list[str] = []
    # Grid and y axis: round numbers for orientation only; the figures are written at the marks.
    for tick in ticks:
        ty = y(Fraction(tick))
        body.append(f'<line x1="{_n(plot_left)}" y1="{_n(ty)}" x2="{_n(plot_right)}" y2="{_n(ty)}" stroke="#E6E6E6"/>')
        body.append(_text(plot_left - 6, ty + 4, format_number(tick), size=10, anchor="end", fill="#555555"))
    body.append(
        f'<line x1="{_n(plot_left)}" y1="{_n(plot_top)}" x2="{_n(plot_left)}" y2="{_n(plot_bottom)}" stroke="{INK}"/>'
    )
    body.append(
        f'<line x1="{_n(plot_left)}" y1="{_n(plot_bottom)}" x2="{_n(plot_right)}" y2="{_n(plot_bottom)}" '
        f'stroke="{INK}"/>'
    )
    # x axis: 1 January of each year.
    years = list(range(first_day.year + 1, last_day.year + 1))
    step = 1 if len(years) <= 10 else 2 if len(years) <= 20 else 5
    for year in years[::step]:
        tx = x(date(year, 1, 1))
        body.append(
            f'<line x1="{_n(tx)}" y1="{_n(plot_bottom)}" x2="{_n(tx)}" y2="{_n(plot_bottom + 5)}" stroke="{INK}"/>'
        )
        body.append(_text(tx, plot_bottom + 17, str(year), size=10, anchor="middle", fill="#555555"))
    body.append(
        _text(
            12,
            (plot_top + plot_bottom) / 2,
            unit_axis_label(trend.unit),
            size=11,
            anchor="middle",
            extra=f' transform="rotate(-90 12 {_n((plot_top + plot_bottom) / 2)})"',
        )
    )
    body.append(
        _text(
            (plot_left + plot_right) / 2,
            height - 6,
            t("time (a figure is placed at the end of the period it describes)"),
            size=10,
            anchor="middle",
            fill="#555555",
        )
    )
    if shows_as_of(trend):
        ax = x(trend.as_of)
        body.append(
            f'<line x1="{_n(ax)}" y1="{_n(plot_top - 6)}" x2="{_n(ax)}" y2="{_n(plot_bottom)}" stroke="{GREY}" '
            f'stroke-width="1.5" stroke-dasharray="2 3"/>'
        )
        body.append(_text(ax + 3, plot_top - 8, t("as of {day}", day=trend.as_of.isoformat()), size=10, fill="#555555"))
    for threshold in trend.thresholds:
        ty = y(threshold.mark.value)
        body.append(
            f'<line x1="{_n(plot_left)}" y1="{_n(ty)}" x2="{_n(plot_right)}" y2="{_n(ty)}" stroke="{BLUE}" '
            f'stroke-width="1.5" stroke-dasharray="8 4"/>'
        )
        body.append(
            _text(
                plot_right + 6,
                ty + 4,
                threshold_label(threshold.better, threshold.mark),
                size=11,
                weight="bold",
                fill=BLUE,
            )
        )
    for path in trend.paths:
        x0, y0, x1, y1 = x(path.start_day), y(path.start.value), x(path.due_day), y(path.level.value)
        body.append(
            f'<line x1="{_n(x0)}" y1="{_n(y0)}" x2="{_n(x1)}" y2="{_n(y1)}" stroke="{BLUE}" stroke-width="2" '
            f'stroke-dasharray="8 5"/>'
        )
        body.append(target_marker(x1, y1))
        body.append(
            _text(x1 + 10, y1 - 4, t("target {level}", level=path.level.label), size=11, weight="bold", fill=BLUE)
        )
        body.append(_text(x1 + 10, y1 + 9, t("by {due}", due=path.due), size=10, fill=BLUE))
        if path.stated is not None:
            sy = y(path.stated.value)
            body.append(
                f'<line x1="{_n(x1 - 7)}" y1="{_n(sy)}" x2="{_n(x1 + 7)}" y2="{_n(sy)}" stroke="{BLUE}" '
                f'stroke-width="2"/>'
            )
            body.append(
                _text(x1 + 10, sy + 22, t("stated end level: {level}", level=path.stated.label), size=10, fill=BLUE)
            )
    # The measured figures, joined in time order, each with its value above and its moment below.
    if len(trend.points) > 1:
        coordinates = " ".join(f"{_n(x(p.day))},{_n(y(p.mark.value))}" for p in trend.points)
        body.append(f'<polyline points="{coordinates}" fill="none" stroke="{INK}" stroke-width="2"/>')
    for point in trend.points:
        px, py = x(point.day), y(point.mark.value)
        if point.baseline:
            body.append(
                f'<rect x="{_n(px - 5)}" y="{_n(py - 5)}" width="10" height="10" fill="#FFFFFF" stroke="{INK}" '
                f'stroke-width="2"/>'
            )
        else:
            body.append(f'<circle cx="{_n(px)}" cy="{_n(py)}" r="5" fill="{INK}"/>')
        body.append(_text(px, py - 10, point.mark.label, size=11, anchor="middle", weight="bold"))
        body.append(_text(px, py + 19, moment_label(point.moment), size=10, anchor="middle", fill="#555555"))
    return _svg(width, height, description, body, "chart trend")


def day_range(trend: Trend) -> tuple[date, date]:
    """The first and last day the chart must show: its figures, and its paths to their due dates."""
    days = [p.day for p in trend.points] + [d for path in trend.paths for d in (path.start_day, path.due_day)]
    return min(days), max(days)


def shows_as_of(trend: Trend) -> bool:
    """The day judged is drawn when it falls among the chart's days (not years after them)."""
    first_day, last_day = day_range(trend)
    return first_day < trend.as_of < last_day


def target_marker(cx: float, cy: float) -> str:
    return (
        f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="7" fill="#FFFFFF" stroke="{BLUE}" stroke-width="2"/>'
        f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="2.5" fill="{BLUE}"/>'
    )


def threshold_label(better: str, mark: Mark) -> str:
    if better == "higher":
        return t("target ≥ {value}", value=mark.label)
    if better == "lower":
        return t("target ≤ {value}", value=mark.label)
    return t("target {level}", level=mark.label)


def unit_axis_label(unit: str | None) -> str:
    if unit == "percent":
        return t("per cent (%)")
    if unit == "kr":
        return t("kroner")
    if unit == "mio_kr":
        return t("million kroner")
    return t("number")


def legend_line(kind: str) -> str:
    """A small sample of a chart's mark for the legend under it."""
    if kind == "measured":
        body = f'<line x1="0" y1="6" x2="22" y2="6" stroke="{INK}" stroke-width="2"/><circle cx="11" cy="6" r="4" fill="{INK}"/>'
    elif kind == "baseline":
        body = f'<rect x="6" y="1" width="10" height="10" fill="#FFFFFF" stroke="{INK}" stroke-width="2"/>'
    elif kind == "path":
        body = f'<line x1="0" y1="6" x2="22" y2="6" stroke="{BLUE}" stroke-width="2" stroke-dasharray="6 3"/>'
    elif kind == "target":
        body = (
            f'<circle cx="11" cy="6" r="5" fill="#FFFFFF" stroke="{BLUE}" stroke-width="2"/>'
            f'<circle cx="11" cy="6" r="2" fill="{BLUE}"/>'
        )
    else:  # as of
        body = f'<line x1="11" y1="0" x2="11" y2="12" stroke="{GREY}" stroke-width="1.5" stroke-dasharray="2 2"/>'
    return f'<svg class="key" viewBox="0 0 22 12" width="22" height="12" aria-hidden="true">{body}</svg>'


# --- verdict counts of a plan ---------------------------------------------------------------------


def status_bar(counts: dict[str, int], width: float = 240.0) -> str:
    """The criteria of a plan by verdict, one segment per verdict with its count written in it."""
    total = sum(counts.values())
    height = 18.0
    present: Sequence[Status] = [status for status in STATUS_ORDER if counts.get(status.value)]
    words = counts_words(counts)
    if not total:
        empty = f'<rect width="{_n(width)}" height="{_n(height)}" fill="none" stroke="{RULE}"/>'
        return _svg(width, height, words, [empty], "chart status")
    body = []
    start = 0.0
    for status in present:
        w = counts[status.value] / total * width
        body.append(
            f'<rect x="{_n(start)}" y="0" width="{_n(w)}" height="{_n(height)}" fill="{STATUS_COLOUR[status]}" '
            f'fill-opacity="0.6" stroke="#FFFFFF" stroke-width="1"/>'
        )
        label = f"{STATUS_SYMBOL[status]}{counts[status.value]}"
        if w >= text_width(label, 11) + 4:
            body.append(_text(start + w / 2, 13, label, size=11, anchor="middle", weight="bold"))
        start += w
    return _svg(width, height, words, body, "chart status")


def counts_words(counts: dict[str, int]) -> str:
    """ "1 met, 13 no data": the verdicts that occur, in the order of `STATUS_ORDER`."""
    words = ", ".join(f"{counts[s.value]} {status_label(s)}" for s in STATUS_ORDER if counts.get(s.value))
    return words or t("no success criteria")
