//! Iterator pipeline. Ledger: `pipeline/*`.
use chapter_15::sales::{
    BAD_ROW, DISTINCT, SaleError, TIED, analyze_sales, records, top_regions,
    top_regions_like_counter,
};
use std::collections::BTreeSet;
use textbook_harness::Scratch;

fn pairs(list: &[(&str, usize)]) -> Vec<(String, usize)> {
    list.iter()
        .map(|(region, n)| (region.to_string(), *n))
        .collect()
}

#[test]
fn the_hashmap_chain_keeps_the_five_regions_with_most_sales_above_100() {
    let expected = pairs(&[
        ("polar", 6),
        ("west", 5),
        ("north", 4),
        ("south", 3),
        ("east", 2),
    ]);
    assert_eq!(top_regions(DISTINCT), expected);
}

#[test]
fn analyze_sales_reads_the_file_it_is_given() {
    let scratch = Scratch::new("ch15-sales");
    scratch.write("sales.csv", DISTINCT);
    let path = scratch.path().join("sales.csv");
    assert_eq!(analyze_sales(path.to_str().unwrap()), top_regions(DISTINCT));
}

#[test]
#[should_panic(expected = "NotFound")]
fn analyze_sales_panics_on_a_missing_file() {
    analyze_sales("/nonexistent/ch15/sales.csv");
}

#[test]
fn tied_regions_come_out_of_the_hashmap_in_no_fixed_order() {
    // Each HashMap::new() draws new hash keys, so the order of a tie changes between calls.
    let orders: BTreeSet<Vec<(String, usize)>> = (0..64).map(|_| top_regions(TIED)).collect();
    assert_eq!(orders.len(), 2, "{orders:?}");
}

#[test]
fn an_indexmap_and_a_stable_sort_keep_counters_first_seen_order() {
    for _ in 0..16 {
        assert_eq!(
            top_regions_like_counter(TIED),
            pairs(&[("west", 1), ("east", 1)])
        );
    }
    assert_eq!(top_regions_like_counter(DISTINCT), top_regions(DISTINCT));
}

#[test]
fn flatten_drops_the_row_that_does_not_parse() {
    let errors: Vec<SaleError> = records(BAD_ROW).filter_map(Result::err).collect();
    assert_eq!(
        errors,
        [SaleError::Amount {
            row: 4,
            amount: "n/a".into()
        }]
    );
    assert_eq!(top_regions(BAD_ROW), pairs(&[("north", 2), ("south", 1)]));
}
