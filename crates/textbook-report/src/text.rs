//! Text for a person at a terminal: the width it has (asked of the terminal itself, since bash
//! does not export COLUMNS), and a word wrap that counts what a person sees. The one home of
//! both: the tour and the demos use them, and the xtask re-exports them (`xtask::term`).

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
    let from_terminal = rustix::termios::tcgetwinsize(stream)
        .ok()
        .map(|size| usize::from(size.ws_col))
        .filter(|w| *w > 0);
    from_terminal
        .or_else(|| width_from(std::env::var("COLUMNS").ok().as_deref()))
        .unwrap_or(DEFAULT_WIDTH)
        .max(MIN_WIDTH)
}

fn width_from(columns: Option<&str>) -> Option<usize> {
    columns?.trim().parse().ok().filter(|w| *w > 0)
}

/// Characters a person sees: colour codes take no column.
pub fn visible_len(text: &str) -> usize {
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

#[cfg(test)]
mod tests {
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
}
