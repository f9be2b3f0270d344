use super::*;
use crate::bench::test_fixture as sample;

#[test]
fn every_line_of_the_table_fits_80_and_120_columns_and_nothing_is_lost() {
    let report = sample::report(false);
    let ledger = sample::ledger();
    for width in [80, 120] {
        let table = terminal(&report, &ledger, width);
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
        assert!(
            words.contains(&shown(&fib.claims[0], &ledger).reason),
            "{table}"
        );
        assert!(
            words.contains(&shown(&fib.claims[0], &ledger).lecture),
            "{table}"
        );
        assert!(words.contains(&fib.notes[0]), "{table}");
        assert!(words.contains("222.6 ms 209.3 ms 224.9 ms"), "{table}");
    }
}

#[test]
fn the_quick_run_s_titles_say_debug_build() {
    let ledger = sample::ledger();
    let quick = terminal(&sample::report(true), &ledger, 120);
    assert!(
        quick.contains("binary sizes: default release vs crt-static (here: the debug build)"),
        "{quick}"
    );
    let md = markdown(&sample::report(true), &ledger);
    assert!(md.contains("crt-static (here: the debug build)"), "{md}");
    let release = terminal(&sample::report(false), &ledger, 120);
    assert!(!release.contains("debug build"), "{release}");
}

/// bench.json is all a report needs: read back, it renders the same table, and the claims' words
/// are the ledger's it is rendered with.
#[test]
fn a_report_read_back_from_its_json_renders_with_the_ledger_it_is_given() {
    let report = sample::report(false);
    let ledger = sample::ledger();
    let json = serde_json::to_string_pretty(&report).unwrap();
    let read: Report = serde_json::from_str(&json).unwrap();
    let md = markdown(&read, &ledger);
    assert_eq!(md, markdown(&report, &ledger));
    assert!(
        md.contains(
            "| `perf/fib-python-time` | In Python, the list of `fibonacci(i)` for every i below \
             10 000 000 takes about 45 seconds. |"
        ),
        "{md}"
    );
    let mut edited = ledger.clone();
    edited.claims[0].says = "In Python, the list takes 45 s.".into();
    edited.claims[0].verdict = crate::ledger::Verdict::Refined;
    let md = markdown(&read, &edited);
    assert!(
        md.contains(
            "| `perf/fib-python-time` | In Python, the list takes 45 s. | 5.0×10^13 loop steps as \
             written: at least 27.2 days at the pace measured at n = 4000 | **erratum** | 52193× \
             more than the lecture's 45.0 s (rule: more than 10× off is an erratum) (the ledger \
             says `refined`) |"
        ),
        "{md}"
    );
    assert!(!md.contains("takes about 45 seconds"), "{md}");
}
