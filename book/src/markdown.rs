//! Small pieces of Markdown and HTML text: fences that survive any content, escaping, anchors.

/// A fenced code block holding `text` exactly as it is: the fence is longer than any run of
/// backticks inside, so a `.stderr` that quotes code cannot end the block early.
pub fn fenced(lang: &str, text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let body = text.strip_suffix('\n').unwrap_or(text);
    format!("{fence}{lang}\n{body}\n{fence}\n")
}

/// Text for an HTML element or attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The anchor of a claim: `ch01-case-for-rust` + `types/wrong-argument-types` →
/// `ch01-types-wrong-argument-types`, unique across the book.
pub fn claim_anchor(chapter_dir: &str, id: &str) -> String {
    let prefix = chapter_dir.split('-').next().unwrap_or(chapter_dir);
    let slug: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("{prefix}-{slug}")
}

/// Markdown text on one line, for a table cell.
pub fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fence_is_longer_than_any_backtick_run_inside() {
        let block = fenced("text", "see ```rust\nfn f() {}\n```\n");
        assert!(block.starts_with("````text\n"), "{block}");
        assert!(block.ends_with("\n````\n"), "{block}");
        assert_eq!(fenced("", "plain\n"), "```\nplain\n```\n");
    }

    #[test]
    fn claim_anchors_are_unique_per_chapter_and_html_safe() {
        assert_eq!(
            claim_anchor("ch01-case-for-rust", "types/wrong-argument-types"),
            "ch01-types-wrong-argument-types"
        );
        assert_ne!(claim_anchor("ch01-a", "x/y"), claim_anchor("ch02-a", "x/y"));
    }
}
