//! The chart (`bench.svg`): one panel per benchmark, a horizontal bar per row from zero to its
//! median with a whisker from min to max; when the rows span more than 20× the axis is a log
//! scale, where a bar's length would be measured from an arbitrary origin and so mean nothing:
//! each row is then a point at its median on its whisker. Plotters' SVG
//! backend writes text as SVG `<text>` (its font-less layout estimates widths), so no font
//! library or system font is needed to draw it; the viewer's sans-serif renders the labels.

use plotters::coord::ranged1d::{SegmentValue, SegmentedCoord};
use plotters::coord::types::RangedCoordusize;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{Bench, BenchError, Report};

const WIDTH: u32 = 1100;
const ROW_HEIGHT: u32 = 26;
const PANEL_EXTRA: u32 = 110;
/// Pixels between a row's whisker (or point) and its figure.
const LABEL_GAP: i32 = 9;
/// Below the plot: the tick labels (12 px), a gap, then the axis title under them.
const X_LABEL_AREA: u32 = 48;

fn colour(series: &str) -> RGBColor {
    match series {
        s if s.starts_with("Python") => RGBColor(0x35, 0x72, 0xA5),
        "OS floor" => RGBColor(0x99, 0x99, 0x99),
        s if s.contains("crt-static") => RGBColor(0xE8, 0x94, 0x6F),
        _ => RGBColor(0xB7, 0x41, 0x0E),
    }
}

fn panel_height(bench: &Bench) -> u32 {
    PANEL_EXTRA + ROW_HEIGHT * bench.rows.len() as u32
}

fn chart_error(e: impl std::fmt::Display) -> BenchError {
    BenchError::Malformed(format!("the chart could not be drawn: {e}"))
}

/// The whole report as one SVG document.
pub fn svg(report: &Report) -> Result<String, BenchError> {
    let height: u32 = 40 + report.benches.iter().map(panel_height).sum::<u32>();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(chart_error)?;
        let (title, mut rest) = root.split_vertically(40);
        title
            .titled(
                &format!(
                    "{}: median per row, whiskers min–max ({})",
                    report.chapter,
                    if report.quick {
                        "--quick: debug build, tiny sizes, the figures mean nothing"
                    } else {
                        "release build"
                    }
                ),
                ("sans-serif", 18),
            )
            .map_err(chart_error)?;
        for bench in &report.benches {
            let (area, below) = rest.split_vertically(panel_height(bench));
            panel(&area, bench, &super::render::title(report, bench))?;
            rest = below;
        }
        root.present().map_err(chart_error)?;
    }
    Ok(out)
}

fn panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    bench: &Bench,
    title: &str,
) -> Result<(), BenchError>
where
    DB::ErrorType: 'static,
{
    let rows = &bench.rows;
    let n = rows.len();
    let labels: Vec<String> = rows
        .iter()
        .map(|r| format!("{} · {}", r.case, r.series))
        .collect();
    let positive = |v: f64| v.is_finite() && v > 0.0;
    let lows = rows.iter().map(|r| r.stats.min).filter(|v| positive(*v));
    let highs = rows.iter().map(|r| r.stats.max).filter(|v| positive(*v));
    let lo = lows.fold(f64::INFINITY, f64::min);
    let hi = highs.fold(0.0, f64::max);
    let (lo, hi) = if lo.is_finite() && hi > 0.0 {
        (lo, hi)
    } else {
        (1e-9, 1.0)
    };
    let unit = bench.unit;
    let caption = format!("{}: {title}", bench.name);
    let mut builder = ChartBuilder::on(area);
    builder
        .caption(caption, ("sans-serif", 15))
        .margin(8)
        .x_label_area_size(X_LABEL_AREA)
        .y_label_area_size(400);
    // Integer ranges are inclusive in plotters: 0..n-1 holds n rows. The first row goes on top.
    let y = (0..n.saturating_sub(1)).into_segmented();
    let label_of = |v: &SegmentValue<usize>| match v {
        SegmentValue::CenterOf(i) => n
            .checked_sub(1 + *i)
            .and_then(|j| labels.get(j))
            .cloned()
            .unwrap_or_default(),
        _ => String::new(),
    };
    if hi / lo > 20.0 {
        let x = (lo / 2.0..hi * 2.0).log_scale();
        let mut chart = builder.build_cartesian_2d(x, y).map_err(chart_error)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&label_of)
            .x_label_formatter(&|v| unit.show(*v))
            .x_desc(format!(
                "{} (log scale: a point at each median)",
                unit_name(bench)
            ))
            .draw()
            .map_err(chart_error)?;
        draw_rows(&mut chart, bench, Mark::Point, lo / 2.0)
    } else {
        let x = 0.0..hi * 1.1;
        let mut chart = builder.build_cartesian_2d(x, y).map_err(chart_error)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(n)
            .y_label_formatter(&label_of)
            .x_label_formatter(&|v| unit.show(*v))
            .x_desc(unit_name(bench))
            .draw()
            .map_err(chart_error)?;
        draw_rows(&mut chart, bench, Mark::Bar, 0.0)
    }
}

fn unit_name(bench: &Bench) -> String {
    match bench.unit {
        super::Unit::Seconds => "time".into(),
        super::Unit::Bytes => "size".into(),
    }
}

type Rows = SegmentedCoord<RangedCoordusize>;

/// How a row's median is drawn: a bar from zero (linear axis), or a point (log axis).
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Bar,
    Point,
}

fn draw_rows<DB, X>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<X, Rows>>,
    bench: &Bench,
    mark: Mark,
    base: f64,
) -> Result<(), BenchError>
where
    DB: DrawingBackend,
    DB::ErrorType: 'static,
    X: Ranged<ValueType = f64>,
{
    let rows = &bench.rows;
    let top = |i: usize| rows.len() - 1 - i;
    // Whiskers first: a point is drawn over its whisker.
    chart
        .draw_series(
            rows.iter()
                .enumerate()
                .filter(|(_, row)| row.stats.samples > 1)
                .map(|(i, row)| {
                    let i = top(i);
                    PathElement::new(
                        vec![
                            (row.stats.min.max(base), SegmentValue::CenterOf(i)),
                            (row.stats.max.max(base), SegmentValue::CenterOf(i)),
                        ],
                        BLACK.stroke_width(1),
                    )
                }),
        )
        .map_err(chart_error)?;
    if mark == Mark::Bar {
        chart
            .draw_series(rows.iter().enumerate().map(|(i, row)| {
                let i = top(i);
                let mut bar = Rectangle::new(
                    [
                        (base, SegmentValue::Exact(i)),
                        (row.stats.median.max(base), SegmentValue::Exact(i + 1)),
                    ],
                    colour(&row.series).filled(),
                );
                bar.set_margin(4, 4, 0, 0);
                bar
            }))
            .map_err(chart_error)?;
    } else {
        chart
            .draw_series(rows.iter().enumerate().map(|(i, row)| {
                Circle::new(
                    (row.stats.median.max(base), SegmentValue::CenterOf(top(i))),
                    5,
                    colour(&row.series).filled(),
                )
            }))
            .map_err(chart_error)?;
    }
    let style = TextStyle::from(("sans-serif", 12).into_font())
        .pos(Pos::new(HPos::Left, VPos::Center))
        .color(&BLACK);
    // Each median's figure, a few pixels right of the whisker's end (or of the point, which
    // would otherwise cover its first digit).
    chart
        .draw_series(rows.iter().enumerate().map(|(i, row)| {
            let at = (
                row.stats.max.max(row.stats.median).max(base),
                SegmentValue::CenterOf(top(i)),
            );
            EmptyElement::at(at)
                + Text::new(
                    bench.unit.show(row.stats.median),
                    (LABEL_GAP, 0),
                    style.clone(),
                )
        }))
        .map_err(chart_error)?;
    Ok(())
}

#[cfg(test)]
mod tests;
