//! Essential crates, the rows this workspace can run. Ledger: `crates/*`.
use chapter_15::crate_map::{
    echo, json_roundtrip, parse_args, phone_parts, read_person, toml_port,
};

#[test]
fn serde_json_writes_what_json_dumps_writes() {
    let text = json_roundtrip(r#"{"a": "é", "b": [1, 2.5, null]}"#).unwrap();
    assert_eq!(text, r#"{"a":"é","b":[1,2.5,null]}"#);
}

#[test]
fn toml_reads_a_nested_table_like_tomllib() {
    assert_eq!(toml_port("[server]\nport = 8080\n"), Ok(8080));
    assert!(toml_port("[server\n").is_err());
}

#[test]
fn regex_captures_groups_like_re_search() {
    assert_eq!(
        phone_parts("call 555-1234 now").as_deref(),
        Some("555/1234")
    );
    assert_eq!(phone_parts("no number"), None);
}

#[test]
fn serde_validates_when_the_data_is_read_not_when_the_program_compiles() {
    assert_eq!(
        read_person(r#"{"name": "Ada", "age": 36}"#),
        "ok: Ada is 36"
    );
    assert_eq!(
        read_person(r#"{"name": "Ada", "age": "thirty"}"#),
        "refused"
    );
    // Stricter than pydantic's default (lax) mode, which turns "36" into 36.
    assert_eq!(read_person(r#"{"name": "Ada", "age": "36"}"#), "refused");
}

#[test]
fn clap_derive_parses_what_argparse_parses() {
    assert_eq!(
        parse_args(&["greet", "--name", "Ferris", "--count", "3"]),
        "name=Ferris count=3"
    );
    assert_eq!(
        parse_args(&["greet", "--name", "Ferris"]),
        "name=Ferris count=1"
    );
    assert_eq!(
        parse_args(&["greet", "--name", "Ferris", "--count", "x"]),
        "usage error"
    );
    assert_eq!(parse_args(&["greet"]), "usage error");
}

#[test]
fn std_process_command_captures_a_childs_output() {
    assert_eq!(echo("hi"), "hi");
}

#[test]
fn regex_refuses_look_around_and_backreferences_that_re_accepts() {
    // The price of linear-time matching: these patterns do not compile in the regex crate.
    for pattern in [r"foo(?=bar)", r"(?<!x)y", r"(a)\1"] {
        let error = regex::Regex::new(pattern).unwrap_err();
        assert!(
            error.to_string().contains("not supported"),
            "{pattern}: {error}"
        );
    }
}
