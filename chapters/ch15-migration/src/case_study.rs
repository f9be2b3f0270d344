//! Case study: the PyO3 pipeline's Rust core, without PyO3. Twin:
//! python_equivalents/ch15_migration/pipeline_case.py
//!
//! pyo3 and csv are not in this workspace: `process_rows` is the body of the lecture's
//! `#[pyfunction]` on a `&str` of unquoted `amount,date,merchant` rows, with the lecture's
//! `categorize` as printed and a `parse_amount_cents` of ours (the lecture leaves it to the reader).
use std::time::Instant;
use textbook_report::Report;
use thiserror::Error;

/// One output row, the lecture's tuple: (amount_cents, date, category, merchant).
pub type Row = (i64, String, String, String);

#[derive(Debug, Error, PartialEq)]
pub enum RowError {
    #[error("row {0}: expected amount,date,merchant")]
    Shape(usize),
    #[error("amount {0:?} is not a decimal with at most two places")]
    Amount(String),
}

/// The lecture's `categorize`, as printed.
pub fn categorize(merchant: &str) -> &'static str {
    if merchant.contains("amazon") {
        "shopping"
    } else if merchant.contains("uber") || merchant.contains("lyft") {
        "transport"
    } else if merchant.contains("starbucks") {
        "food"
    } else {
        "other"
    }
}

/// "12.34" → 1234, "-5" → -500: exact, no float. Like the lecture's loop, it does not refuse a
/// negative amount.
pub fn parse_amount_cents(text: &str) -> Result<i64, RowError> {
    let bad = || RowError::Amount(text.to_string());
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty()
        || fraction.len() > 2
        || !(whole.chars().chain(fraction.chars())).all(|c| c.is_ascii_digit())
    {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| bad())?;
    Ok(sign * (whole * 100 + cents))
}

/// The loop of `process_transactions`, header skipped, as the lecture writes it.
pub fn process_rows(text: &str) -> Result<Vec<Row>, RowError> {
    let mut results = Vec::new();
    for (index, line) in text.lines().enumerate().skip(1) {
        let record: Vec<&str> = line.split(',').collect();
        let [amount, date, merchant] = record[..] else {
            return Err(RowError::Shape(index + 1));
        };
        let amount_cents = parse_amount_cents(amount)?;
        let merchant = merchant.trim().to_lowercase();
        let category = categorize(&merchant).to_string();
        results.push((amount_cents, date.to_string(), category, merchant));
    }
    Ok(results)
}

/// The bytes `Vec::with_capacity(15_000_000)` of the lecture's tuple reserves up front.
pub fn preallocated_bytes(rows: usize) -> usize {
    rows * std::mem::size_of::<Row>()
}

pub const SAMPLE: &str = "amount,date,merchant\n12.34,2024-01-15, Amazon Market \n\
-5.00,2024-01-16,UBER trip\n3,2024-13-45,Starbucks\n";

/// The header and the first row of SAMPLE.
pub const FIRST_ROW: &str = "amount,date,merchant\n12.34,2024-01-15, Amazon Market \n";

pub fn show(rows: &[Row]) -> String {
    let items: Vec<String> = rows
        .iter()
        .map(|(cents, date, category, merchant)| {
            format!("({cents}, {date}, {category}, {merchant})")
        })
        .collect();
    items.join("; ")
}

/// `n` well-formed rows (no negative amount, real dates), the same text the Python twin builds.
pub fn generated_rows(n: usize) -> String {
    const MERCHANTS: [&str; 5] = [
        " Amazon Market ",
        "UBER trip",
        "Starbucks",
        "corner shop",
        "lyft",
    ];
    let mut text = String::from("amount,date,merchant\n");
    for i in 0..n {
        text.push_str(&format!(
            "{}.{:02},2024-{:02}-{:02},{}\n",
            i % 10_000,
            i % 100,
            1 + i % 12,
            1 + i % 28,
            MERCHANTS[i % MERCHANTS.len()]
        ));
    }
    text
}

/// What the timed run prints: the row count and the sum of the cents, equal on both sides.
pub fn summary(rows: &[Row]) -> String {
    let cents: i64 = rows.iter().map(|row| row.0).sum();
    format!("{} rows, {cents} cents", rows.len())
}

/// One untimed warm-up call, then the median of five timed ones (seconds), and the result.
pub fn median_time(kernel: impl Fn() -> String) -> (String, f64) {
    let mut result = kernel();
    let mut times = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        result = std::hint::black_box(kernel());
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    (result, times[2])
}

pub fn demo(report: &Report, size: Option<u64>) {
    report.say("The lecture's categorize, on both sides:");
    for merchant in [
        "amazon market",
        "Amazon Market",
        "lyft",
        "starbucks reserve",
        "corner shop",
    ] {
        report.result(&format!("categorize({merchant:?})"), categorize(merchant));
    }
    report
        .say("\nOne row: the date is passed on as given, the rules see the lower-cased merchant:");
    report.contrast(
        "first_row",
        process_rows(FIRST_ROW).map_or_else(|e| e.to_string(), |rows| show(&rows)),
        "case/not-the-same-function",
    );
    report.say("The three rows: a negative amount and a 13th month go through unchecked:");
    report.contrast(
        "three_rows",
        process_rows(SAMPLE).map_or_else(|e| e.to_string(), |rows| show(&rows)),
        "case/not-the-same-function",
    );
    report.say("\nWhat one row's tuple takes, and what `Vec::with_capacity(15_000_000)` reserves");
    report.say("before the first row (in MB, the strings' own buffers not counted):");
    report.contrast("row_bytes", std::mem::size_of::<Row>(), "case/memory-200mb");
    report.contrast(
        "results_mb",
        preallocated_bytes(15_000_000) / 1_000_000,
        "case/memory-200mb",
    );
    let n = size.map_or(2_000, |n| usize::try_from(n).unwrap_or(usize::MAX));
    let text = generated_rows(n);
    report.say(format!(
        "\nTimed: the row loop on {n} generated rows (median of 5)"
    ));
    let (result, seconds) =
        median_time(|| process_rows(&text).map_or_else(|e| e.to_string(), |rows| summary(&rows)));
    report.timed("row_loop", result, seconds);
}
