//! Chapter 9, exercise `anyhow_context` (ledger: `exercise/anyhow-context`).
//! Check your work with `cargo xtask exercise 9`; stuck? `cargo xtask exercise 9 --hint`.
use std::fs;

// TODO: `with_context` is not a method of Result itself. Where does it come from?
use anyhow::Result;

#[derive(Debug, serde::Deserialize)]
struct Settings {
    port: u16,
}

fn load_settings(path: &str) -> Result<Settings> {
    let text = fs::read_to_string(path).with_context(|| format!("reading settings {path}"))?;
    let settings = serde_json::from_str(&text).with_context(|| format!("parsing settings {path}"))?;
    Ok(settings)
}

fn main() -> Result<()> {
    let settings = load_settings("settings.json")?;
    println!("port {}", settings.port);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_names_the_file_and_keeps_the_cause() {
        let error = load_settings("/nonexistent/ch09/settings.json").unwrap_err();
        assert_eq!(
            format!("{error:#}"),
            "reading settings /nonexistent/ch09/settings.json: No such file or directory (os error 2)"
        );
        let io = error.root_cause().downcast_ref::<std::io::Error>().unwrap();
        assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    }

    #[test]
    fn a_good_file_gives_the_port() {
        let path = std::env::temp_dir().join(format!("ch09-ctx-{}.json", std::process::id()));
        fs::write(&path, r#"{"port": 8080}"#).unwrap();
        assert_eq!(load_settings(&path.to_string_lossy()).unwrap().port, 8080);
    }
}
