//! Chapter 9, solution of exercise `parse_port` (ledger: `exercise/parse-port`).

fn parse_port(s: &str) -> Result<u16, String> {
    if s.is_empty() {
        return Err(String::from("empty input"));
    }
    // Solved: `map_err` turns the ParseIntError into the String this function returns, and
    // `?` passes that on. (Its Display, "invalid digit found in string", is kept in the text.)
    let port = s
        .parse::<u16>()
        .map_err(|err| format!("invalid number: {err}"))?;
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
