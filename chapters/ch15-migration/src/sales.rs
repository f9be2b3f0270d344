//! Iterator pipeline (data processing). Twin: python_equivalents/ch15_migration/sales_pipeline.py
//!
//! The lecture reads the rows with the `csv` crate, which this workspace does not hold; `records`
//! below parses the same unquoted `region,amount` rows with std and yields `Result<Sale, _>` per
//! row, as `csv::Reader::deserialize` does, so the lecture's `.flatten()` behaves as it does there.
use indexmap::IndexMap;
use std::collections::HashMap;
use textbook_report::Report;
use thiserror::Error;

#[derive(Debug, serde::Deserialize, PartialEq)]
pub struct Sale {
    pub region: String,
    pub amount: f64,
}

#[derive(Debug, Error, PartialEq)]
pub enum SaleError {
    #[error("row {row}: expected `region,amount`, found {found:?}")]
    Shape { row: usize, found: String },
    #[error("row {row}: amount {amount:?} is not a number")]
    Amount { row: usize, amount: String },
}

/// Every data row (the header skipped), parsed or not.
pub fn records(text: &str) -> impl Iterator<Item = Result<Sale, SaleError>> + '_ {
    text.lines().enumerate().skip(1).map(|(index, line)| {
        let row = index + 1;
        let (region, amount) = line.split_once(',').ok_or_else(|| SaleError::Shape {
            row,
            found: line.to_string(),
        })?;
        let amount = amount.trim().parse().map_err(|_| SaleError::Amount {
            row,
            amount: amount.to_string(),
        })?;
        Ok(Sale {
            region: region.to_string(),
            amount,
        })
    })
}

/// The lecture's body: count the sales above 100 per region in a HashMap, sort by count, keep 5.
#[expect(
    clippy::unnecessary_sort_by,
    reason = "the lecture's sort by count alone, kept so that ties behave as in its code"
)]
pub fn top_regions(text: &str) -> Vec<(String, usize)> {
    let mut by_region: HashMap<String, usize> = HashMap::new();
    for sale in records(text).flatten().filter(|sale| sale.amount > 100.0) {
        *by_region.entry(sale.region).or_default() += 1;
    }
    // Ordered by count alone, as the lecture's sort is: tied regions keep the HashMap's order,
    // which may differ from one map to the next.
    let mut ranked: Vec<(String, usize)> = by_region.into_iter().collect();
    ranked.sort_by(|left, right| right.1.cmp(&left.1));
    ranked.truncate(5);
    ranked
}

/// The lecture's `analyze_sales`: the whole file read at once, and a panic if it cannot be.
pub fn analyze_sales(filename: &str) -> Vec<(String, usize)> {
    let data = std::fs::read_to_string(filename).unwrap();
    top_regions(&data)
}

/// `Counter.most_common` exactly: an insertion-ordered map and a stable sort keep tied regions
/// in the order they were first seen.
pub fn top_regions_like_counter(text: &str) -> Vec<(String, usize)> {
    let mut by_region: IndexMap<String, usize> = IndexMap::new();
    for sale in records(text).flatten().filter(|sale| sale.amount > 100.0) {
        *by_region.entry(sale.region).or_default() += 1;
    }
    let mut ranked: Vec<(String, usize)> = by_region.into_iter().collect();
    // sort_by_key is a stable sort too: equal counts keep the map's (first-seen) order.
    ranked.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
    ranked.truncate(5);
    ranked
}

/// Six regions with distinct counts (6 down to 1) above 100; `east,100` and `south,99` are not
/// "> 100".
pub const DISTINCT: &str = "region,amount\n\
east,150\ncentral,150\nwest,250\npolar,120\nwest,120\nsouth,150\nsouth,99\nnorth,150\n\
north,101\neast,100\nsouth,250\npolar,101\nwest,101\nwest,300\nnorth,250\nsouth,101\n\
east,250\nwest,150\npolar,300\npolar,250\nnorth,120\npolar,150\npolar,500\n";

/// Two regions tied at one sale each, `west` seen first.
pub const TIED: &str = "region,amount\nwest,200\neast,200\n";

/// A row whose amount is not a number.
pub const BAD_ROW: &str = "region,amount\nnorth,150\nnorth,160\nsouth,n/a\nsouth,170\n";

pub fn show(top: &[(String, usize)]) -> String {
    let items: Vec<String> = top
        .iter()
        .map(|(region, n)| format!("({region:?}, {n})"))
        .collect();
    format!("[{}]", items.join(", "))
}

pub fn demo(report: &Report) {
    report.say("Distinct counts: the HashMap chain and Counter.most_common(5) agree:");
    report.result("distinct_top5", show(&top_regions(DISTINCT)));
    report.say(
        "\nTied counts: Counter keeps first-seen order; an IndexMap and a stable sort do too:",
    );
    report.result("tied_like_counter", show(&top_regions_like_counter(TIED)));
    report.say("\nA row that does not parse: `.flatten()` drops it silently, float() raises:");
    report.contrast(
        "bad_row",
        show(&top_regions(BAD_ROW)),
        "pipeline/flatten-skips-bad-rows",
    );
}
