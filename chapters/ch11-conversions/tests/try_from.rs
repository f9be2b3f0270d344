//! TryFrom. Ledger: try-from/*.
use chapter_11::try_from_port::{Port, PortError, parse_error, port_from_u32};

#[test]
fn try_from_and_try_into_validate_the_port() {
    let p: Result<Port, _> = 8080u16.try_into();
    assert_eq!(p, Ok(Port(8080)));
    let p: Result<Port, _> = 0u16.try_into();
    assert_eq!(p, Err(PortError::Zero));
    assert_eq!(format!("{:?}", Port::try_from(0)), "Err(Zero)");
    assert_eq!(PortError::Zero.to_string(), "port cannot be zero");
    assert_eq!(Port::try_from(65535), Ok(Port(65535)));
}

#[test]
fn ninety_nine_thousand_fails_to_narrow_to_u16_before_the_port_check() {
    assert_eq!(
        port_from_u32(99_999),
        "error: out of range integral type conversion attempted"
    );
    assert_eq!(port_from_u32(8080), "Port(8080)");
    assert_eq!(port_from_u32(0), "error: port cannot be zero");
    assert_eq!(
        parse_error("99999"),
        "error: number too large to fit in target type"
    );
}

#[test]
fn str_parse_is_the_working_form_of_the_lectures_try_into() {
    assert_eq!("42".parse::<i32>(), Ok(42));
    assert_eq!(
        format!("{:?}", "bad".parse::<i32>()),
        "Err(ParseIntError { kind: InvalidDigit })"
    );
    assert_eq!(
        parse_error("not_a_number"),
        "error: invalid digit found in string"
    );
}

/// `MyClass::try_from(x)?`, the quick reference's validating constructor, in a caller.
fn listen_on(value: u16) -> Result<String, PortError> {
    let port = Port::try_from(value)?;
    Ok(format!("listening on {}", port.0))
}

#[test]
fn try_from_with_a_question_mark_returns_the_error_to_the_caller() {
    assert_eq!(listen_on(8080).as_deref(), Ok("listening on 8080"));
    assert_eq!(listen_on(0), Err(PortError::Zero));
}
