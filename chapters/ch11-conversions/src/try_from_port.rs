//! TryFrom: a conversion that can fail returns a Result. Twin: python_equivalents/ch11_conversions/try_from_port.py
use std::fmt;

use textbook_report::{Report, rejected};

use crate::shown;

/// The lecture's port: u16 already bounds it above, so `try_from` only has zero to refuse.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Port(pub u16);

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PortError {
    Zero,
}

impl TryFrom<u16> for Port {
    type Error = PortError;

    // No `_` arm: 0 and 1..=65535 between them cover every u16, and rustc checks that they do.
    fn try_from(number: u16) -> Result<Port, PortError> {
        match number {
            0 => Err(PortError::Zero),
            1..=65535 => Ok(Port(number)),
        }
    }
}

impl fmt::Display for PortError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PortError::Zero => write!(f, "port cannot be zero"),
        }
    }
}

impl fmt::Display for Port {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Port({})", self.0)
    }
}

/// A number from outside (here a u32) meets two checks: u16's range, then the port's own rule.
pub fn port_from_u32(value: u32) -> String {
    match u16::try_from(value) {
        Ok(narrow) => shown(Port::try_from(narrow)),
        Err(e) => format!("error: {e}"),
    }
}

/// What `str::parse` says when the text is not an integer that fits.
pub fn parse_error(text: &str) -> String {
    shown(text.parse::<u16>())
}

pub fn demo(report: &Report) {
    report.say("Parsing text that is not a number: an Err value here, ValueError in Python:");
    report.contrast(
        "parse_not_a_number",
        parse_error("not_a_number"),
        "try-from/python-raises",
    );
    report.say("\nThe lecture's Port, validated by TryFrom<u16>:");
    let ok: Result<Port, _> = 8080u16.try_into();
    report.result("port_8080", shown(ok));
    let zero: Result<Port, _> = 0u16.try_into();
    report.contrast("port_0", shown(zero), "try-from/port");
    report.say("\nThe upper bound is u16's: 99999 arrives as a wider number and fails to narrow:");
    report.contrast(
        "port_99999",
        port_from_u32(99_999),
        "try-from/u16-does-the-upper-bound",
    );
    report.contrast(
        "port_99999_literal",
        rejected(include_str!(
            "../tests/ui/try_from/port-99999-literal.stderr"
        )),
        "try-from/u16-does-the-upper-bound",
    );
    report.say("\nThe lecture's `\"42\".try_into()` to i32:");
    report.contrast(
        "str_try_into_i32",
        rejected(include_str!("../tests/ui/try_from/str-try-into-i32.stderr")),
        "try-from/str-try-into",
    );
}
