//! What the xtask prints to a person: the width it may use, colour, and word wrap. One module,
//! used by every command and by the bench's report, so that every paragraph fits the same way.

use std::io::IsTerminal;

/// The width to use when the output is not a terminal (a pipe, a file, CI's log) and COLUMNS
/// is not set: the width every line of the textbook's output is written to fit.
const DEFAULT_WIDTH: usize = 80;

/// Narrower than this, wrapping would leave a word or two per line; we wrap at this instead.
const MIN_WIDTH: usize = 40;

/// The columns of the terminal that stdout is, asked of the terminal itself (bash does not
/// export COLUMNS); else COLUMNS when set; else 80.
pub fn width() -> usize {
    width_of(std::io::stdout())
}

/// As `width`, for what goes to stderr (errors, progress).
pub fn stderr_width() -> usize {
    width_of(std::io::stderr())
}

fn width_of(stream: impl std::os::fd::AsFd) -> usize {
    let from_terminal = terminal_size::terminal_size_of(stream)
        .map(|(terminal_size::Width(w), _)| usize::from(w))
        .filter(|w| *w > 0);
    from_terminal
        .or_else(|| width_from(std::env::var("COLUMNS").ok().as_deref()))
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

fn width_from(columns: Option<&str>) -> Option<usize> {
    columns?.trim().parse().ok().filter(|w| *w > 0)
}

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

/// Characters a person sees: colour codes take no column.
fn visible_len(text: &str) -> usize {
    let mut count = 0;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            count += 1;
        }
    }
    count
}

/// Greedy word wrap to `width` columns (counted in characters, not bytes, so that `→` or `é`
/// counts once). A word longer than the width (a path, a test's name) is broken after a `/`,
/// `:` or `_` where it can be, so that no line is wider than the terminal.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace().flat_map(|w| pieces(w, width)) {
        let len = visible_len(&word);
        if !line.is_empty() && used + 1 + len > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if !line.is_empty() {
            line.push(' ');
            used += 1;
        }
        line.push_str(&word);
        used += len;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word cut into pieces of at most `width` characters, each ending after a separator when
/// one falls in its second half.
fn pieces(word: &str, width: usize) -> Vec<String> {
    if visible_len(word) <= width {
        return vec![word.to_string()];
    }
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    while chars.len() - start > width {
        let window = &chars[start..start + width];
        let cut = window
            .iter()
            .rposition(|c| matches!(c, '/' | ':' | '_' | '-' | '.'))
            .filter(|at| *at + 1 > width / 2)
            .map_or(width, |at| at + 1);
        out.push(window[..cut].iter().collect());
        start += cut;
    }
    out.push(chars[start..].iter().collect());
    out
}

/// A paragraph for the terminal: `first` before its first line, `rest` before each following
/// one (both counted in the width), every line within `width` columns unless a single word is
/// longer. Ends without a newline.
/// A text that fits on its first line is kept as written (its alignment spaces included).
pub fn paragraph(first: &str, rest: &str, text: &str, width: usize) -> String {
    if !text.contains('\n') && visible_len(first) + visible_len(text) <= width {
        return format!("{first}{text}");
    }
    let room = width
        .saturating_sub(visible_len(first).max(visible_len(rest)))
        .max(MIN_WIDTH / 2);
    let lines = wrap(text, room);
    if lines.is_empty() {
        return first.trim_end().to_string();
    }
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(if i == 0 { first } else { rest });
        out.push_str(line);
    }
    out
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
    fn wrap_keeps_words_whole_and_lines_short() {
        let lines = wrap("the quick brown fox jumps over the lazy dog", 10);
        assert_eq!(
            lines,
            ["the quick", "brown fox", "jumps over", "the lazy", "dog"]
        );
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_after_a_separator() {
        let lines = wrap(
            "proof chapters/ch01/tests/memory.rs::a_weak_parent_is_reachable",
            24,
        );
        for line in &lines {
            assert!(line.chars().count() <= 24, "{lines:?}");
        }
        assert_eq!(
            lines.concat().replace(' ', ""),
            "proofchapters/ch01/tests/memory.rs::a_weak_parent_is_reachable"
        );
        assert_eq!(lines[1], "chapters/ch01/tests/");
    }

    #[test]
    fn wrap_counts_characters_not_bytes() {
        // Each `→é` is two characters but five bytes: counted in bytes, they would not share a line.
        let lines = wrap("→é →é →é", 8);
        assert_eq!(lines, ["→é →é →é"]);
    }

    #[test]
    fn a_paragraph_counts_its_prefixes_on_every_line() {
        let text = "one two three four five six seven eight nine ten eleven twelve";
        let shown = paragraph("  - ", "    ", text, 24);
        for line in shown.lines() {
            assert!(line.chars().count() <= 24, "{line:?} in\n{shown}");
        }
        assert!(shown.starts_with("  - one"), "{shown}");
        assert!(
            shown.lines().skip(1).all(|l| l.starts_with("    ")),
            "{shown}"
        );
    }

    #[test]
    fn a_paragraph_that_fits_keeps_its_spacing() {
        assert_eq!(paragraph("  ", "", "a    b", 80), "  a    b");
        assert_eq!(
            paragraph("  ", "  ", "aaaaaaaaaa    bbbbbbbbbbbb", 24),
            "  aaaaaaaaaa\n  bbbbbbbbbbbb"
        );
    }

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
    fn colour_codes_take_no_column() {
        assert_eq!(visible_len("\u{1b}[1;31mred\u{1b}[0m"), 3);
    }

    #[test]
    fn columns_is_read_only_when_it_is_a_number() {
        assert_eq!(width_from(Some("120")), Some(120));
        assert_eq!(width_from(Some("wide")), None);
        assert_eq!(width_from(Some("0")), None);
        assert_eq!(width_from(None), None);
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
