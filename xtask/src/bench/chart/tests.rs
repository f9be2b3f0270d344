use super::*;
use crate::bench::test_fixture as sample;

/// Each `<text>` of the SVG: its y coordinate and what it says.
fn texts(svg: &str) -> Vec<(f64, String)> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let y = t.split("y=\"").nth(1)?.split('"').next()?.parse().ok()?;
            let body = t.split('>').nth(1)?.split("</text").next()?;
            Some((y, body.trim().to_string()))
        })
        .collect()
}

/// The part of the SVG that draws one benchmark's panel: from its caption to the next one.
fn panel_of<'a>(svg: &'a str, name: &str, next: Option<&str>) -> &'a str {
    let caption = |name: &str| {
        let at = svg.find(&format!("\n{name}: ")).expect(name);
        svg[..at].rfind("<text").expect("the caption's element")
    };
    let end = next.map_or(svg.len(), caption);
    &svg[caption(name)..end]
}

#[test]
fn a_log_scale_panel_draws_points_and_a_linear_one_bars_from_zero() {
    let svg = svg(&sample::report(false)).unwrap();
    // `fib` spans 0.0049–0.48 s (98×): log scale, no bar from an arbitrary origin.
    let fib = panel_of(&svg, "fib", Some("binary_size"));
    assert!(fib.contains("log scale"), "{fib}");
    assert_eq!(
        fib.matches("<circle").count(),
        3,
        "one point per row: {fib}"
    );
    assert_eq!(
        fib.matches("<rect").count(),
        0,
        "no bar on a log axis: {fib}"
    );
    // `binary_size` is within 20×: bars from a labelled zero.
    let size = panel_of(&svg, "binary_size", None);
    assert!(!size.contains("log scale"), "{size}");
    assert_eq!(size.matches("<circle").count(), 0, "{size}");
    assert!(size.matches("<rect").count() >= 2, "a bar per row: {size}");
    assert!(texts(size).iter().any(|(_, t)| t == "0 B"), "{size}");
}

#[test]
fn the_axis_title_sits_below_the_tick_labels() {
    let svg = svg(&sample::report(false)).unwrap();
    for (name, next, title) in [
        ("fib", Some("binary_size"), "time (log scale"),
        ("binary_size", None, "size"),
    ] {
        let texts = texts(panel_of(&svg, name, next));
        let (title_y, _) = texts
            .iter()
            .find(|(_, t)| t.starts_with(title))
            .unwrap_or_else(|| panic!("{name}: no axis title in {texts:?}"));
        // The tick labels: the lowest texts above the title (a tick label's y is its top, the
        // title's its baseline): the title's top must clear the tick labels' bottom.
        let lowest_tick = texts
            .iter()
            .filter(|(y, t)| *y < *title_y && (t.ends_with('s') || t.ends_with('B')))
            .map(|(y, _)| *y)
            .fold(f64::MIN, f64::max);
        assert!(
            title_y - lowest_tick >= 24.0,
            "{name}: the title at y = {title_y} overlaps a tick label at {lowest_tick}: {texts:?}"
        );
    }
}

#[test]
fn a_debug_build_is_called_one_in_every_title() {
    let quick = svg(&sample::report(true)).unwrap();
    let size = texts(panel_of(&quick, "binary_size", None));
    assert!(
        size.iter()
            .any(|(_, t)| t.contains("crt-static") && t.contains("debug build")),
        "{size:?}"
    );
    assert!(quick.contains("--quick: debug build"), "{quick}");
    let release = svg(&sample::report(false)).unwrap();
    assert!(!release.contains("debug build"), "{release}");
}

#[test]
fn a_point_never_covers_its_figure() {
    let svg = svg(&sample::report(true)).unwrap();
    let fib = panel_of(&svg, "fib", Some("binary_size"));
    let attr = |tag: &str, name: &str| -> f64 {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let points: Vec<(f64, f64)> = fib
        .split("<circle")
        .skip(1)
        .map(|c| (attr(c, "cx"), attr(c, "cy")))
        .collect();
    let figures: Vec<(f64, f64)> = fib
        .split("<text")
        .skip(1)
        .filter(|t| t.contains(" ms\n") || t.contains(" ms<") || t.contains(" µs"))
        .filter(|t| t.contains("text-anchor=\"start\""))
        .map(|t| (attr(t, "x"), attr(t, "y")))
        .collect();
    assert_eq!(points.len(), 3, "{fib}");
    for (cx, cy) in points {
        let (x, _) = figures
            .iter()
            .find(|(_, y)| (y - cy).abs() < 1.0)
            .unwrap_or_else(|| panic!("no figure beside the point at y = {cy}: {figures:?}"));
        assert!(
            *x >= cx + 5.0,
            "the figure at x = {x} starts under the point at {cx}"
        );
    }
}
