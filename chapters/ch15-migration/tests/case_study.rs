//! The case study's Rust core. Ledger: `case/*`.
use chapter_15::case_study::{
    CheckError, FIRST_ROW, Row, RowError, SAMPLE, Transaction, categorize, checked_summary,
    generated_rows, parse_amount_cents, preallocated_bytes, process_rows, string_bytes,
    validate_and_transform,
};

/// The process's virtual size in bytes, from /proc/self/status (VmSize, in kB).
fn vm_size() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmSize:")).unwrap();
    let kb: usize = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kb * 1024
}

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
    // 8 + 3 × 24 bytes on a 64-bit target (rustc's layout, not a language guarantee).
    assert_eq!(std::mem::size_of::<Row>(), 80);
    assert_eq!(preallocated_bytes(15_000_000), 1_200_000_000);
    // Measured, not only multiplied: the process grows by the 1.2 GB the Vec asks for (a mapping
    // of its own; Linux backs its pages only when they are written). The bounds leave room for
    // what other test threads map or unmap meanwhile (an arena, a buffer of a few MB).
    let before = vm_size();
    let reserved: Vec<Row> = Vec::with_capacity(15_000_000);
    let grown = vm_size() - before;
    assert!(reserved.capacity() >= 15_000_000);
    assert!(
        (1_190_000_000..1_400_000_000).contains(&grown),
        "grew by {grown} bytes"
    );
}

#[test]
fn the_rows_strings_add_their_own_buffers_to_the_reserved_tuples() {
    let rows = process_rows(&generated_rows(10_000)).unwrap();
    let buffers = string_bytes(&rows);
    // date (10) + category (4 to 9) + merchant (4 to 13): 26 bytes a row on these rows, in three
    // heap buffers, each of which malloc rounds up further (not counted).
    let per_row = buffers / rows.len();
    assert_eq!(per_row, 26);
    let total_15m = 15_000_000 * (std::mem::size_of::<Row>() + per_row);
    assert_eq!(total_15m, 1_590_000_000);
}

#[test]
fn the_same_work_in_rust_returns_what_the_python_function_returns() {
    let rows = validate_and_transform(FIRST_ROW).unwrap();
    assert_eq!(
        rows,
        [Transaction {
            amount_cents: 1234,
            date: "2024-01-15T00:00:00".into(),
            category: "other",
            merchant: "amazon market".into(),
        }]
    );
    assert_eq!(
        validate_and_transform(SAMPLE),
        Err(CheckError::Negative("-5.00".into()))
    );
    let impossible = "amount,date,merchant\n3,2024-13-45,Starbucks\n";
    assert!(matches!(
        validate_and_transform(impossible),
        Err(CheckError::Date(_))
    ));
    let leap = "amount,date,merchant\n1.005,2024-2-29,x\n1,2023-02-29,x\n";
    assert_eq!(
        validate_and_transform(leap),
        Err(CheckError::Date("2023-02-29".into()))
    );
    let first = validate_and_transform(&leap[..leap.rfind("1,2023").unwrap()]).unwrap();
    assert_eq!(
        (first[0].amount_cents, first[0].date.as_str()),
        (100, "2024-02-29T00:00:00")
    );
    // The same line test_case_study.py asserts for the Python function on the same 500 rows.
    let rows = validate_and_transform(&generated_rows(500)).unwrap();
    assert_eq!(
        checked_summary(&rows),
        "500 rows, 12499750 cents, 0 shopping, 9500 date chars"
    );
}
