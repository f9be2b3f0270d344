use super::*;
use crate::bench::sample;

#[test]
fn every_line_of_the_table_fits_80_and_120_columns_and_nothing_is_lost() {
    let report = sample::report(false);
    for width in [80, 120] {
        let table = terminal(&report, width);
        for line in table.lines() {
            assert_eq!(line, line.trim_end(), "trailing spaces at {width}");
            assert!(
                line.chars().count() <= width,
                "{} columns at {width}: {line}\n{table}",
                line.chars().count()
            );
        }
        let words = table.split_whitespace().collect::<Vec<_>>().join(" ");
        // Every row's figures and detail, every claim's reason, each in full.
        for row in report.benches.iter().flat_map(|b| &b.rows) {
            assert!(
                words.contains(&row.detail),
                "{width}: {}\n{table}",
                row.detail
            );
            assert!(words.contains(&row.case), "{width}: {}\n{table}", row.case);
        }
        let fib = &report.benches[0];
        assert!(words.contains(&fib.claims[0].reason), "{table}");
        assert!(words.contains(&fib.notes[0]), "{table}");
        assert!(words.contains("222.6 ms 209.3 ms 224.9 ms"), "{table}");
    }
}

#[test]
fn the_quick_run_s_titles_say_debug_build() {
    let quick = terminal(&sample::report(true), 120);
    assert!(
        quick.contains("binary sizes: default release vs crt-static (here: the debug build)"),
        "{quick}"
    );
    let md = markdown(&sample::report(true));
    assert!(md.contains("crt-static (here: the debug build)"), "{md}");
    let release = terminal(&sample::report(false), 120);
    assert!(!release.contains("debug build"), "{release}");
}
