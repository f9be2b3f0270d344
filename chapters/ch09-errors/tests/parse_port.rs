//! The lecture's exercise. Ledger: exercise/parse-port, exercise/int-is-laxer.
use chapter_09::parse_port::{LECTURE_INPUTS, parse_port, show};

#[test]
fn the_lectures_main_prints_one_line_per_input() {
    let lines: Vec<String> = LECTURE_INPUTS.iter().map(|input| show(input)).collect();
    assert_eq!(
        lines,
        [
            "❌ \"\" → empty input",
            "❌ \"hello\" → invalid number: invalid digit found in string",
            "❌ \"80\" → port 80 is privileged",
            "✅ 8080 → 8080",
        ]
    );
}

#[test]
fn parse_refuses_spaces_and_underscores_but_takes_a_plus_sign() {
    assert_eq!(
        parse_port(" 8080 "),
        Err("invalid number: invalid digit found in string".into())
    );
    assert_eq!(
        parse_port("8_080"),
        Err("invalid number: invalid digit found in string".into())
    );
    assert_eq!(parse_port("+8080"), Ok(8080));
    assert_eq!(
        parse_port("70000"),
        Err("invalid number: number too large to fit in target type".into())
    );
}
