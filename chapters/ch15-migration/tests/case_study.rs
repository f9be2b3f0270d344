//! The case study's Rust core. Ledger: `case/*`.
use chapter_15::case_study::{
    FIRST_ROW, Row, RowError, SAMPLE, categorize, parse_amount_cents, preallocated_bytes,
    process_rows,
};

#[test]
fn categorize_matches_lower_case_substrings_only() {
    assert_eq!(categorize("amazon market"), "shopping");
    assert_eq!(categorize("Amazon Market"), "other");
    assert_eq!(categorize("lyft"), "transport");
    assert_eq!(categorize("uber eats"), "transport");
    assert_eq!(categorize("starbucks reserve"), "food");
    assert_eq!(categorize("corner shop"), "other");
}

#[test]
fn amounts_parse_to_exact_cents() {
    assert_eq!(parse_amount_cents("12.34"), Ok(1234));
    assert_eq!(parse_amount_cents("3"), Ok(300));
    assert_eq!(parse_amount_cents("0.5"), Ok(50));
    assert_eq!(parse_amount_cents("-5.00"), Ok(-500));
    assert!(matches!(
        parse_amount_cents("1.005"),
        Err(RowError::Amount(_))
    ));
    assert!(matches!(
        parse_amount_cents("abc"),
        Err(RowError::Amount(_))
    ));
}

#[test]
fn the_loop_passes_the_date_through_and_lowercases_before_categorizing() {
    let rows = process_rows(FIRST_ROW).unwrap();
    let expected: Vec<Row> = vec![(
        1234,
        "2024-01-15".into(),
        "shopping".into(),
        "amazon market".into(),
    )];
    assert_eq!(rows, expected);
}

#[test]
fn the_loop_lets_a_negative_amount_and_an_impossible_date_through() {
    let rows = process_rows(SAMPLE).unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[1].0, -500);
    assert_eq!(rows[2].1, "2024-13-45");
}

#[test]
fn with_capacity_of_15_million_rows_reserves_1_2_gb_before_any_string() {
    assert_eq!(std::mem::size_of::<Row>(), 80);
    assert_eq!(preallocated_bytes(15_000_000), 1_200_000_000);
    let reserved: Vec<Row> = Vec::with_capacity(15_000_000);
    assert!(reserved.capacity() >= 15_000_000);
}
