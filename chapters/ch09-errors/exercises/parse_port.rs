//! Chapter 9, exercise `parse_port` (ledger: `exercise/parse-port`).
//! Check your work with `cargo xtask exercise 9`; stuck? `cargo xtask exercise 9 --hint`.
//!
//! `parse_port(s)` returns the port, or a message: "empty input" for "", "invalid number: <the
//! parse error>" for text that is not a u16, "port <n> is privileged" below 1024.

fn parse_port(s: &str) -> Result<u16, String> {
    if s.is_empty() {
        return Err(String::from("empty input"));
    }
    // TODO: `parse` fails with a ParseIntError, and this function fails with a String: the
    // `?` cannot turn one into the other. Make the message "invalid number: <the error>".
    let port: u16 = s.parse()?;
    match port {
        0..1024 => Err(format!("port {port} is privileged")),
        _ => Ok(port),
    }
}

fn main() {
    for input in ["", "hello", "80", "8080"] {
        let line = match parse_port(input) {
            Ok(port) => format!("✅ {input} → {port}"),
            Err(message) => format!("❌ {input:?} → {message}"),
        };
        println!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_empty_string() {
        assert_eq!(parse_port(""), Err("empty input".to_string()));
    }

    #[test]
    fn keeps_the_parse_error_in_the_message() {
        assert_eq!(
            parse_port("hello"),
            Err("invalid number: invalid digit found in string".to_string())
        );
    }

    #[test]
    fn refuses_a_privileged_port() {
        assert_eq!(parse_port("80"), Err("port 80 is privileged".to_string()));
    }

    #[test]
    fn accepts_an_unprivileged_port() {
        assert_eq!(parse_port("8080"), Ok(8080));
    }
}
