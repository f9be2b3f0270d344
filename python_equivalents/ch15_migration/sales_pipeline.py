"""Iterator pipeline (data processing): the twin of ``src/bin/sales_pipeline.rs``."""

import csv
import io
from collections import Counter
from collections.abc import Iterable

from demo_report import Report, outcome, parse_args


def top_regions_from(lines: Iterable[str]) -> list[tuple[str, int]]:
    """The lecture's ``analyze_sales`` body, on any iterable of CSV lines."""
    reader = csv.DictReader(lines)
    sales = [row for row in reader if float(row["amount"]) > 100]
    by_region = Counter(sale["region"] for sale in sales)
    return by_region.most_common(5)


def analyze_sales(filename: str) -> list[tuple[str, int]]:
    """The lecture's ``analyze_sales``: open the file, then run the pipeline on it."""
    with open(filename) as f:
        return top_regions_from(f)


def top_regions(text: str) -> list[tuple[str, int]]:
    return top_regions_from(io.StringIO(text))


# The same rows as the Rust side's constants (src/sales.rs).
DISTINCT = (
    "region,amount\n"
    "east,150\ncentral,150\nwest,250\npolar,120\nwest,120\nsouth,150\nsouth,99\nnorth,150\n"
    "north,101\neast,100\nsouth,250\npolar,101\nwest,101\nwest,300\nnorth,250\nsouth,101\n"
    "east,250\nwest,150\npolar,300\npolar,250\nnorth,120\npolar,150\npolar,500\n"
)
TIED = "region,amount\nwest,200\neast,200\n"
BAD_ROW = "region,amount\nnorth,150\nnorth,160\nsouth,n/a\nsouth,170\n"


def show(top: list[tuple[str, int]]) -> str:
    return "[" + ", ".join(f'("{region}", {n})' for region, n in top) + "]"


def demo(report: Report) -> None:
    report.say("Distinct counts: Counter.most_common(5) and the Rust HashMap chain agree:")
    report.result("distinct_top5", show(top_regions(DISTINCT)))
    report.say("\nTied counts: most_common keeps the order in which regions were first seen:")
    report.result("tied_like_counter", show(top_regions(TIED)))
    report.say("\nA row that does not parse: float() raises, the whole call fails:")
    report.contrast(
        "bad_row", outcome(lambda: show(top_regions(BAD_ROW))), "pipeline/flatten-skips-bad-rows"
    )


if __name__ == "__main__":
    options = parse_args("sales_pipeline", "csv rows counted per region: Counter against HashMap")
    demo(Report("sales_pipeline", json_lines=options.json))
