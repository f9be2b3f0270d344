//! Case study: the PyO3 pipeline's Rust core, without PyO3. Twin:
//! python_equivalents/ch15_migration/pipeline_case.py
//!
//! pyo3 and csv are not in this workspace: `process_rows` is the body of the lecture's
//! `#[pyfunction]` on a `&str` of unquoted `amount,date,merchant` rows, with the lecture's
//! `categorize` rules and a `parse_amount_cents` of ours (the lecture leaves it to the reader).
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

/// The lecture's `categorize`: its four substrings in its order, the first match wins, and
/// anything else is "other".
pub fn categorize(merchant: &str) -> &'static str {
    const RULES: [(&[&str], &str); 3] = [
        (&["amazon"], "shopping"),
        (&["uber", "lyft"], "transport"),
        (&["starbucks"], "food"),
    ];
    RULES
        .iter()
        .find(|(needles, _)| needles.iter().any(|needle| merchant.contains(needle)))
        .map_or("other", |&(_, category)| category)
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

/// One row as the Python function returns it, the dict's four keys. The category is one of four
/// constants, shared as Python shares its four `str` objects.
#[derive(Debug, PartialEq)]
pub struct Transaction {
    pub amount_cents: i64,
    pub date: String,
    pub category: &'static str,
    pub merchant: String,
}

#[derive(Debug, Error, PartialEq)]
pub enum CheckError {
    #[error("row {0}: expected amount,date,merchant")]
    Shape(usize),
    #[error("amount {0:?} is not a plain decimal")]
    Amount(String),
    #[error("Negative amount: {0}")]
    Negative(String),
    #[error("time data {0:?} does not match format '%Y-%m-%d' or is not a date")]
    Date(String),
}

/// `int(Decimal(text) * 100)` for plain decimals: cents truncated toward zero, as `int` does.
fn decimal_cents(text: &str) -> Result<i64, CheckError> {
    let bad = || CheckError::Amount(text.to_string());
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return Err(bad());
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let kept: String = fraction.chars().chain("00".chars()).take(2).collect();
    let cents = whole * 100 + kept.parse::<i64>().map_err(|_| bad())?;
    let nonzero = whole != 0 || fraction.bytes().any(|b| b != b'0');
    if negative && nonzero {
        return Err(CheckError::Negative(text.to_string()));
    }
    Ok(cents)
}

/// `datetime.strptime(text, "%Y-%m-%d").isoformat()`: four-digit year, one- or two-digit month
/// and day, a real calendar date (leap years included), printed with a midnight time.
fn iso_datetime(text: &str) -> Result<String, CheckError> {
    let bad = || CheckError::Date(text.to_string());
    let mut parts = text.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let digits = |s: &str, lens: std::ops::RangeInclusive<usize>| {
        lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(y, 4..=4) || !digits(m, 1..=2) || !digits(d, 1..=2) {
        return Err(bad());
    }
    let (year, month, day): (u32, u32, u32) = (
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if year == 0 || !(1..=days).contains(&day) {
        return Err(bad());
    }
    Ok(format!("{year:04}-{month:02}-{day:02}T00:00:00"))
}

/// The Python function's work, in Rust: what the lecture's Rust loop leaves out (the date parsed
/// and checked, the sign refused, the raw merchant categorized). The bench compares this one with
/// Python, like with like.
pub fn validate_and_transform(text: &str) -> Result<Vec<Transaction>, CheckError> {
    let mut results = Vec::new();
    for (index, line) in text.lines().enumerate().skip(1) {
        let record: Vec<&str> = line.split(',').collect();
        let [amount, date, merchant] = record[..] else {
            return Err(CheckError::Shape(index + 1));
        };
        results.push(Transaction {
            amount_cents: decimal_cents(amount)?,
            date: iso_datetime(date)?,
            category: categorize(merchant),
            merchant: merchant.trim().to_lowercase(),
        });
    }
    Ok(results)
}

/// What the same-work run prints: rows, cents, and the two fields the lecture's loop gets
/// differently (shopping rows, characters of date), to show it did the Python function's work.
pub fn checked_summary(rows: &[Transaction]) -> String {
    let cents: i64 = rows.iter().map(|row| row.amount_cents).sum();
    let shopping = rows.iter().filter(|row| row.category == "shopping").count();
    let date_chars: usize = rows.iter().map(|row| row.date.len()).sum();
    format!(
        "{} rows, {cents} cents, {shopping} shopping, {date_chars} date chars",
        rows.len()
    )
}

/// The bytes the rows' strings ask the allocator for: each String's capacity.
pub fn string_bytes(rows: &[Row]) -> usize {
    rows.iter()
        .map(|(_, date, category, merchant)| {
            date.capacity() + category.capacity() + merchant.capacity()
        })
        .sum()
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
    textbook_report::median_seconds(5, kernel)
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
    report
        .say("\nWhat one row holds (its tuple, and its three strings' buffers on 2 000 generated");
    report.say("rows), and 15 million of them, in MB (malloc's own rounding not counted):");
    let rows = process_rows(&generated_rows(2_000)).unwrap_or_default();
    let per_row = std::mem::size_of::<Row>() + string_bytes(&rows) / rows.len().max(1);
    report.contrast("row_bytes", per_row, "case/memory-200mb");
    report.contrast("results_mb", per_row * 15, "case/memory-200mb");
    let n = size.map_or(2_000, |n| usize::try_from(n).unwrap_or(usize::MAX));
    let text = generated_rows(n);
    report.say(format!(
        "\nTimed: the row loop on {n} generated rows (median of 5)"
    ));
    let (result, seconds) =
        median_time(|| process_rows(&text).map_or_else(|e| e.to_string(), |rows| summary(&rows)));
    report.timed("row_loop", result, seconds);
    report.say("The Python function's work in Rust (dates checked, sign refused), like with like:");
    let (result, seconds) = median_time(|| {
        validate_and_transform(&text).map_or_else(|e| e.to_string(), |rows| checked_summary(&rows))
    });
    report.extra("same_work", result, "case/speedup", Some(seconds));
}
