//! The ledger as a table: Markdown for the chapter README, aligned text for the terminal.

use super::{Claim, Ledger, Proof};
use crate::term::wrap;

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

/// The ledger for a terminal: one block per claim, aligned, wrapped to `width`.
pub fn terminal_table(claims: &[&Claim], width: usize) -> String {
    let id_width = claims.iter().map(|c| c.id.len()).max().unwrap_or(2).max(2);
    let kind_width = 12;
    let verdict_width = 8;
    let says_width = width
        .saturating_sub(id_width + kind_width + verdict_width + 6)
        .max(30);
    let mut out = format!(
        "{:id_width$}  {:kind_width$}  {:verdict_width$}  claim / proof\n",
        "id", "kind", "verdict"
    );
    out.push_str(&format!(
        "{}\n",
        "─".repeat(width.min(id_width + 24 + says_width))
    ));
    let indent = " ".repeat(id_width + kind_width + verdict_width + 6);
    for claim in claims {
        let mut lines = wrap(&claim.says, says_width);
        if let Some(note) = claim.note.as_deref().filter(|n| !n.trim().is_empty()) {
            lines.extend(wrap(&format!("→ {note}"), says_width));
        }
        for proof in &claim.proof {
            lines.extend(wrap(&format!("proof: {proof}"), says_width));
        }
        for (i, line) in lines.iter().enumerate() {
            if i == 0 {
                out.push_str(&format!(
                    "{:id_width$}  {:kind_width$}  {:verdict_width$}  {line}\n",
                    claim.id,
                    claim.kind.to_string(),
                    claim.verdict.to_string(),
                ));
            } else {
                out.push_str(&format!("{indent}{line}\n"));
            }
        }
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
}
