//! What the xtask prints to a person: colour, and the width and word wrap it shares with every
//! demo (`textbook_report::text`, re-exported here), so that every paragraph fits the same way.

use std::io::IsTerminal;

use textbook_report::text::visible_len;
pub use textbook_report::text::{paragraph, stderr_width, width, wrap};

/// Colour only when stdout is a terminal, and never with NO_COLOR.
pub fn colour_wanted() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// `text` in the SGR colour `code` (such as `"1"` for bold, `"31"` for red) when colour is wanted.
pub fn paint(text: &str, code: &str) -> String {
    if colour_wanted() {
        format!("\u{1b}[{code}m{text}\u{1b}[0m")
    } else {
        text.to_string()
    }
}

/// A message of several lines (an error, with a tool's output in it), each line kept as written
/// when it fits and wrapped under its own indentation when it does not; `first` goes before the
/// first line.
pub fn block(first: &str, text: &str, width: usize) -> String {
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let indent: String = line.chars().take_while(|c| c.is_whitespace()).collect();
            let lead = if i == 0 { first } else { "" };
            // A hanging indent for an indented line (a tool's output), none for the message.
            let hang = if indent.is_empty() { 0 } else { 2 };
            let rest = " ".repeat(visible_len(lead) + visible_len(&indent) + hang);
            paragraph(&format!("{lead}{indent}"), &rest, line.trim_start(), width)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A command's help as clap lays it out (no colour), each line that is too wide wrapped under
/// its own column: an option's or a command's description under where it starts, prose under
/// its indentation. (clap's own wrapping, its `wrap_help` feature, would give clap different
/// features in the xtask than in the chapters that use clap, and so compile it twice.)
pub fn help(text: &str, width: usize) -> String {
    text.lines()
        .map(|line| {
            if visible_len(line) <= width {
                return line.trim_end().to_string();
            }
            let chars: Vec<char> = line.chars().collect();
            let indent = chars.iter().take_while(|c| **c == ' ').count();
            // `  -v, --verbose  Also print…`: the description starts after the first run of two
            // spaces that follows the name.
            let column = (indent + 1..chars.len().saturating_sub(2))
                .find(|&i| chars[i] == ' ' && chars[i + 1] == ' ' && chars[i - 1] != ' ')
                .and_then(|i| (i..chars.len()).find(|&j| chars[j] != ' '))
                .filter(|&at| indent > 0 && at < width / 2)
                .unwrap_or(indent);
            let head: String = chars[..column].iter().collect();
            let rest: String = chars[column..].iter().collect();
            paragraph(&head, &" ".repeat(column), rest.trim(), width)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `text` cut to `width` columns, with `…` where it was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let kept: String = text.chars().take(width.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// `YYYYMMDD-HHMMSS` in UTC (the civil-from-days algorithm; no time zone database needed).
pub fn utc_stamp(now: std::time::SystemTime) -> String {
    let secs = now
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let (days, rest) = (secs / 86_400, secs % 86_400);
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}-{:02}{:02}{:02}",
        rest / 3_600,
        rest % 3_600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn help_wraps_a_description_under_its_column_and_prose_under_its_indent() {
        let text = "Prose that is much too long for the narrow width that this test asks it to fit in.\n\
                    \x20 -v, --verbose  Also print each proven claim, not only the failing ones and the totals\n\
                    \x20 short  fits";
        let wrapped = super::help(text, 40);
        for line in wrapped.lines() {
            assert!(line.chars().count() <= 40, "{line}\n{wrapped}");
        }
        let lines: Vec<&str> = wrapped.lines().collect();
        let option = lines.iter().position(|l| l.contains("--verbose")).unwrap();
        assert!(
            lines[option].starts_with("  -v, --verbose  Also"),
            "{wrapped}"
        );
        assert!(lines[option + 1].starts_with(&" ".repeat(17)), "{wrapped}");
        assert!(!lines[option + 1].starts_with(&" ".repeat(18)), "{wrapped}");
        assert!(lines[1].starts_with(|c: char| c != ' '), "{wrapped}");
        assert_eq!(lines.last(), Some(&"  short  fits"));
    }

    use super::*;

    #[test]
    fn a_block_wraps_long_lines_under_their_indentation_and_keeps_short_ones() {
        let text = "could not run pytest:\n    short line\n    a long line of output that needs wrapping here";
        let shown = block("error: ", text, 30);
        let lines: Vec<&str> = shown.lines().collect();
        assert_eq!(lines[0], "error: could not run pytest:");
        assert_eq!(lines[1], "    short line");
        assert!(
            lines[2..].iter().all(|l| l.chars().count() <= 30),
            "{shown}"
        );
        assert!(lines[3].starts_with("      "), "{shown}");
    }

    #[test]
    fn a_cut_line_fits_and_says_it_was_cut() {
        assert_eq!(truncate("abcdefghij", 6), "abcde…");
        assert_eq!(truncate("abc", 6), "abc");
    }

    #[test]
    fn utc_stamps_are_civil_dates() {
        use std::time::{Duration, UNIX_EPOCH};
        assert_eq!(utc_stamp(UNIX_EPOCH), "19700101-000000");
        // 2024-02-29 12:34:56 UTC: a leap day.
        let leap_day = UNIX_EPOCH + Duration::from_secs(1_709_210_096);
        assert_eq!(utc_stamp(leap_day), "20240229-123456");
    }
}
