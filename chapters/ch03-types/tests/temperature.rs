//! The lecture's exercise, as the demo runs it. Ledger: `exercise/*`.
use chapter_03::temperature::line;
use chapter_03::type_of;

#[test]
fn the_demo_prints_the_lecture_lines() {
    let lines: Vec<String> = [0.0, 20.0, 35.0].map(line).to_vec();
    assert_eq!(
        lines,
        [
            "0.0°C = 32.0°F — cold",
            "20.0°C = 68.0°F — mild",
            "35.0°C = 95.0°F — hot"
        ]
    );
}

#[test]
fn a_for_loop_over_an_array_yields_its_values() {
    let mut seen = Vec::new();
    for c in [0.0, 20.0, 35.0] {
        seen.push(type_of(&c));
    }
    assert_eq!(seen, ["f64", "f64", "f64"], "by value, not `&f64`");
}

#[test]
fn an_if_else_is_an_expression_whose_value_a_let_takes() {
    // Python's `label = if t < 50: ...` is a SyntaxError; its `if` is a statement.
    for (temp_f, expected) in [(32.0, "cold"), (68.0, "not cold")] {
        let label = if temp_f < 50.0 { "cold" } else { "not cold" };
        assert_eq!(label, expected);
    }
}
