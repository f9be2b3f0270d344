//! The ledger as a table: Markdown for the chapter README, aligned text for the terminal.

use super::{Claim, Ledger, Proof};
use crate::term::{paragraph, truncate};

/// The Markdown table embedded in a chapter's README. Links are relative to the chapter folder.
pub fn markdown_table(ledger: &Ledger) -> String {
    let mut out = String::from("| id | the lecture says | kind | verdict | proof |\n");
    out.push_str("|---|---|---|---|---|\n");
    for claim in &ledger.claims {
        let verdict = match &claim.note {
            Some(note) if !note.trim().is_empty() => {
                format!("**{}**: {}", claim.verdict, escape(note))
            }
            _ => claim.verdict.to_string(),
        };
        let proofs = claim
            .proof
            .iter()
            .map(|p| markdown_proof(p))
            .collect::<Vec<_>>()
            .join("<br>");
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            claim.id,
            escape(&claim.says),
            claim.kind,
            verdict,
            proofs
        ));
    }
    out
}

fn markdown_proof(text: &str) -> String {
    let proof = Proof::parse(text);
    let file = match &proof {
        Proof::UiTest { path } | Proof::Exercise { path } | Proof::Typecheck { path } => {
            path.as_str()
        }
        Proof::RustTest { file, .. } | Proof::PyTest { file, .. } => file.as_str(),
        Proof::Bench { name } => return format!("`cargo xtask bench` → `{name}`"),
        Proof::Text(text) => return escape(text),
    };
    let shown = match &proof {
        Proof::RustTest { test, .. } | Proof::PyTest { test, .. } => {
            format!("{}::{test}", short(file))
        }
        _ => short(file).to_string(),
    };
    format!("[`{shown}`](../../{file})")
}

/// The path from inside the chapter (or the Python package), which is what a reader needs.
fn short(path: &str) -> &str {
    let rel = super::chapter_rel(path);
    if rel != path {
        return rel;
    }
    path.strip_prefix("python_equivalents/").unwrap_or(path)
}

fn escape(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The ledger for a terminal, one line per claim: id, verdict, kind, and as much of the claim as
/// fits in `width` (the rest is `claims <chapter> <id>` or `--verbose` away).
pub fn compact_table(claims: &[&Claim], width: usize) -> String {
    let id_width = claims
        .iter()
        .map(|c| c.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    let (verdict_width, kind_width) = (8, 12);
    let fixed = id_width + verdict_width + kind_width + 6;
    let says_width = width.saturating_sub(fixed);
    let mut out = format!(
        "{}\n",
        format!(
            "{:id_width$}  {:verdict_width$}  {:kind_width$}  the lecture says",
            "id", "verdict", "kind"
        )
        .chars()
        .take(width)
        .collect::<String>()
    );
    out.push_str(&format!(
        "{}\n",
        "─".repeat(width.min(fixed + says_width.max(16)))
    ));
    for claim in claims {
        let line = format!(
            "{:id_width$}  {:verdict_width$}  {:kind_width$}",
            claim.id,
            claim.verdict.to_string(),
            claim.kind.to_string(),
        );
        // A claim's words only where at least a few of them fit.
        if says_width >= 16 {
            out.push_str(&format!("{line}  {}\n", truncate(&claim.says, says_width)));
        } else {
            out.push_str(&format!("{}\n", line.trim_end()));
        }
    }
    out
}

/// One claim in full: what it says, what is actually true, its proofs, each paragraph wrapped
/// to `width`.
pub fn claim_details(claim: &Claim, width: usize) -> String {
    let mut out = format!(
        "{}\n",
        paragraph(
            "",
            "    ",
            &format!(
                "{}  {} · {} · {}",
                claim.id, claim.verdict, claim.kind, claim.side
            ),
            width
        )
    );
    out.push_str(&paragraph("  says  ", "        ", &claim.says, width));
    out.push('\n');
    if let Some(note) = claim.note.as_deref().filter(|n| !n.trim().is_empty()) {
        out.push_str(&paragraph("  note  ", "        ", note, width));
        out.push('\n');
    }
    for proof in &claim.proof {
        out.push_str(&paragraph("  proof ", "        ", proof, width));
        out.push('\n');
    }
    if !claim.expect.is_empty() {
        out.push_str(&paragraph(
            "  shows ",
            "        ",
            &claim.expect.join(", "),
            width,
        ));
        out.push('\n');
    }
    if let Some(demo) = &claim.demo {
        out.push_str(&paragraph("  demo  ", "        ", demo, width));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_links_proofs_from_the_chapter_folder() {
        let link = markdown_proof("chapters/ch01-x/tests/types.rs::valid_json_is_ok");
        assert_eq!(
            link,
            "[`tests/types.rs::valid_json_is_ok`](../../chapters/ch01-x/tests/types.rs)"
        );
        let py = markdown_proof("python_equivalents/ch01_x/test_types.py::test_none");
        assert_eq!(
            py,
            "[`ch01_x/test_types.py::test_none`](../../python_equivalents/ch01_x/test_types.py)"
        );
    }

    fn claim(id: &str, says: &str) -> Claim {
        let text = format!(
            "id = '{id}'\nsection = 's'\nsays = '{says}'\nside = 'both'\nkind = 'runtime'\n\
             proof = 'python_equivalents/ch01_x/test_a.py::test_b'\nverdict = 'refined'\n\
             note = 'what is actually true, said at some length so that it has to wrap'\n"
        );
        toml::from_str(&text).unwrap()
    }

    #[test]
    fn the_compact_table_fits_80_and_120_columns() {
        let long = claim("philosophy/no-implicit-conversion", &"word ".repeat(60));
        let short = claim("a/b", "short");
        for width in [80, 120] {
            let table = compact_table(&[&long, &short], width);
            for line in table.lines() {
                assert!(line.chars().count() <= width, "{width}: {line:?}");
            }
            assert!(
                table.contains("philosophy/no-implicit-conversion  refined"),
                "{table}"
            );
            assert!(table.contains('…'), "{table}");
        }
    }

    #[test]
    fn a_claim_in_full_wraps_every_paragraph() {
        let shown = claim_details(&claim("a/b", &"word ".repeat(40)), 60);
        for line in shown.lines() {
            assert!(line.chars().count() <= 60, "{line:?}");
        }
        assert!(shown.contains("  note  what is actually true"), "{shown}");
        assert!(shown.contains("  proof python_equivalents/"), "{shown}");
    }
}
