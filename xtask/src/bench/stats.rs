//! The arithmetic of a benchmark: median, min and max of a series, ratios, parallel efficiency,
//! and the units people read. A median is a sort; nothing here needs a statistics crate.

use serde::{Deserialize, Serialize};

/// What a series of measurements is measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Seconds,
    Bytes,
}

impl Unit {
    pub fn show(self, value: f64) -> String {
        match self {
            Unit::Seconds => seconds(value),
            Unit::Bytes => bytes(value),
        }
    }
}

/// Median, min and max of one series, and how many samples it had.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    pub median: f64,
    pub min: f64,
    pub max: f64,
    pub samples: usize,
}

impl Stats {
    /// `None` for an empty series or one holding a NaN (a sample that is no measurement).
    pub fn of(samples: &[f64]) -> Option<Stats> {
        if samples.is_empty() || samples.iter().any(|s| s.is_nan()) {
            return None;
        }
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        Some(Stats {
            median,
            min: sorted[0],
            max: sorted[n - 1],
            samples: n,
        })
    }

    /// A single measurement (a file size, say).
    pub fn one(value: f64) -> Stats {
        Stats {
            median: value,
            min: value,
            max: value,
            samples: 1,
        }
    }
}

/// How many times `slow` takes as long as `fast` (medians): `None` when it means nothing.
pub fn ratio(slow: f64, fast: f64) -> Option<f64> {
    (slow.is_finite() && fast.is_finite() && fast > 0.0 && slow >= 0.0).then(|| slow / fast)
}

/// The ceiling of a parallel speedup: no more workers than tasks, no more than cores.
pub fn parallel_bound(tasks: usize, cores: usize) -> usize {
    tasks.min(cores).max(1)
}

/// Speedup over the best a machine allows: 1.0 is perfect use of min(tasks, cores).
pub fn efficiency(speedup: f64, tasks: usize, cores: usize) -> f64 {
    speedup / parallel_bound(tasks, cores) as f64
}

/// `0.000123` → `123 µs`: the same units as the demos print.
pub fn seconds(s: f64) -> String {
    match s {
        s if s >= 100.0 => format!("{s:.0} s"),
        s if s >= 10.0 => format!("{s:.1} s"),
        s if s >= 1.0 => format!("{s:.2} s"),
        s if s >= 1e-3 => format!("{:.1} ms", s * 1e3),
        s if s >= 1e-6 => format!("{:.1} µs", s * 1e6),
        s => format!("{:.0} ns", s * 1e9),
    }
}

/// Seconds beyond what `seconds` is meant for: hours, days, years.
pub fn long_duration(s: f64) -> String {
    const DAY: f64 = 86_400.0;
    match s {
        s if s >= 365.0 * DAY => format!("{:.1} years", s / (365.0 * DAY)),
        s if s >= DAY => format!("{:.1} days", s / DAY),
        s if s >= 3_600.0 => format!("{:.1} hours", s / 3_600.0),
        s if s >= 60.0 => format!("{:.1} min", s / 60.0),
        s => seconds(s),
    }
}

/// Decimal megabytes, as the lecture's "5–20 MB" means them.
pub fn bytes(b: f64) -> String {
    match b {
        b if b >= 1e6 => format!("{:.2} MB", b / 1e6),
        b if b >= 1e3 => format!("{:.1} kB", b / 1e3),
        b => format!("{b:.0} B"),
    }
}

/// `183.4` → `183×`, `2.46` → `2.5×`, `0.93` → `0.93×`.
pub fn times(x: f64) -> String {
    match x {
        x if x >= 10.0 => format!("{x:.0}×"),
        x if x >= 1.0 => format!("{x:.1}×"),
        x => format!("{x:.2}×"),
    }
}

/// `5.0e13` → `5.0×10^13`, for numbers nobody can read digit by digit.
pub fn scientific(x: f64) -> String {
    if x < 1e6 {
        return format!("{x:.0}");
    }
    let exponent = x.log10().floor();
    format!("{:.1}×10^{exponent}", x / 10f64.powf(exponent))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_an_odd_series_is_its_middle() {
        let s = Stats::of(&[3.0, 1.0, 2.0]).unwrap();
        assert_eq!((s.median, s.min, s.max, s.samples), (2.0, 1.0, 3.0, 3));
    }

    #[test]
    fn median_of_an_even_series_is_the_mean_of_its_middle_two() {
        let s = Stats::of(&[4.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!((s.median, s.min, s.max), (2.5, 1.0, 4.0));
    }

    #[test]
    fn an_outlier_moves_the_max_but_not_the_median() {
        let s = Stats::of(&[1.0, 1.0, 1.0, 1.0, 100.0]).unwrap();
        assert_eq!(s.median, 1.0);
        assert_eq!(s.max, 100.0);
    }

    #[test]
    fn no_samples_or_a_nan_is_no_statistic() {
        assert_eq!(Stats::of(&[]), None);
        assert_eq!(Stats::of(&[1.0, f64::NAN]), None);
    }

    #[test]
    fn ratio_refuses_a_zero_or_broken_denominator() {
        assert_eq!(ratio(10.0, 2.0), Some(5.0));
        assert_eq!(ratio(1.0, 0.0), None);
        assert_eq!(ratio(f64::INFINITY, 1.0), None);
    }

    #[test]
    fn efficiency_is_bounded_by_the_cores_not_the_threads() {
        // 4 threads on 2 cores can at best double the speed: 1.9× is 95 % of that.
        assert_eq!(parallel_bound(4, 2), 2);
        assert!((efficiency(1.9, 4, 2) - 0.95).abs() < 1e-12);
        // On 8 cores the same 4 tasks bound it at 4×.
        assert!((efficiency(3.0, 4, 8) - 0.75).abs() < 1e-12);
        // A machine that reports no cores still has one.
        assert_eq!(parallel_bound(4, 0), 1);
    }

    #[test]
    fn figures_read_in_a_sensible_unit() {
        assert_eq!(seconds(0.000_123), "123.0 µs");
        assert_eq!(seconds(2.5), "2.50 s");
        assert_eq!(bytes(450_000.0), "450.0 kB");
        assert_eq!(bytes(1_400_000.0), "1.40 MB");
        assert_eq!(times(183.4), "183×");
        assert_eq!(times(2.46), "2.5×");
        assert_eq!(long_duration(3.0 * 86_400.0), "3.0 days");
        assert_eq!(scientific(4.99e13), "5.0×10^13");
    }
}
