//! The lecture's figure for a claim, written once, on the claim (`lecture_figure` in
//! claims.toml), and read by the rules of `cargo xtask bench` that judge a measurement against it:
//!
//! ```toml
//! lecture_figure = { value = 45.0, unit = "s", said = "~45 s in Python" }   # one figure
//! lecture_figure = { low = 5.0, high = 20.0, unit = "MB" }                  # a range
//! ```
//!
//! `unit` is one of `s`, `ms`, `us`, `ns` (time), `B`, `kB`, `MB`, `GB` (decimal sizes) or `x` (a
//! ratio, "5× faster"). `said` (optional) is how the lecture puts it, shown in the bench table
//! instead of the claim's `says`.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum FigureUnit {
    #[serde(rename = "s")]
    Seconds,
    #[serde(rename = "ms")]
    Milliseconds,
    #[serde(rename = "us")]
    Microseconds,
    #[serde(rename = "ns")]
    Nanoseconds,
    #[serde(rename = "B")]
    Bytes,
    #[serde(rename = "kB")]
    Kilobytes,
    #[serde(rename = "MB")]
    Megabytes,
    #[serde(rename = "GB")]
    Gigabytes,
    #[serde(rename = "x")]
    Times,
}

impl FigureUnit {
    /// How many base units (seconds, bytes, 1) one of this unit is.
    pub fn base(self) -> f64 {
        match self {
            FigureUnit::Seconds | FigureUnit::Bytes | FigureUnit::Times => 1.0,
            FigureUnit::Milliseconds => 1e-3,
            FigureUnit::Microseconds => 1e-6,
            FigureUnit::Nanoseconds => 1e-9,
            FigureUnit::Kilobytes => 1e3,
            FigureUnit::Megabytes => 1e6,
            FigureUnit::Gigabytes => 1e9,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawFigure")]
pub struct LectureFigure {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    pub unit: FigureUnit,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub said: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    unit: FigureUnit,
    said: Option<String>,
}

impl TryFrom<RawFigure> for LectureFigure {
    type Error = String;

    fn try_from(raw: RawFigure) -> Result<Self, String> {
        let finite = |v: Option<f64>| v.is_none_or(f64::is_finite);
        match (raw.value, raw.low, raw.high) {
            _ if !(finite(raw.value) && finite(raw.low) && finite(raw.high)) => {
                return Err("lecture_figure: its numbers must be finite".into());
            }
            (Some(_), None, None) => {}
            (None, Some(low), Some(high)) if low < high => {}
            (None, Some(_), Some(_)) => return Err("lecture_figure: low must be below high".into()),
            _ => {
                return Err(
                    "lecture_figure: give `value`, or `low` and `high` (a range), with `unit`"
                        .into(),
                );
            }
        }
        Ok(LectureFigure {
            value: raw.value,
            low: raw.low,
            high: raw.high,
            unit: raw.unit,
            said: raw.said,
        })
    }
}

impl LectureFigure {
    /// The one figure, in base units (seconds, bytes, a ratio).
    pub fn point(&self) -> Option<f64> {
        self.value.map(|v| v * self.unit.base())
    }

    /// The range, in base units.
    pub fn range(&self) -> Option<(f64, f64)> {
        Some((self.low? * self.unit.base(), self.high? * self.unit.base()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Holder {
        lecture_figure: LectureFigure,
    }

    fn parse(text: &str) -> Result<LectureFigure, String> {
        toml::from_str::<Holder>(text)
            .map(|h| h.lecture_figure)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn a_figure_is_one_value_or_a_range_in_base_units() {
        let time = parse("lecture_figure = { value = 0.3, unit = \"s\" }").unwrap();
        assert_eq!((time.point(), time.range()), (Some(0.3), None));
        let size = parse("lecture_figure = { low = 5, high = 20, unit = \"MB\" }").unwrap();
        assert_eq!(size.range(), Some((5e6, 20e6)));
        let ms = parse("lecture_figure = { value = 1, unit = \"ms\", said = \"< 1 ms\" }").unwrap();
        assert_eq!(ms.point(), Some(1e-3));
        assert_eq!(ms.said.as_deref(), Some("< 1 ms"));
    }

    #[test]
    fn a_figure_with_both_shapes_or_a_bad_unit_is_refused() {
        let both = parse("lecture_figure = { value = 1, low = 1, high = 2, unit = \"s\" }");
        assert!(both.unwrap_err().contains("give `value`"));
        let upside = parse("lecture_figure = { low = 3, high = 2, unit = \"x\" }");
        assert!(upside.unwrap_err().contains("below high"));
        assert!(parse("lecture_figure = { value = 1, unit = \"parsec\" }").is_err());
    }
}
