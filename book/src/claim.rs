//! One claim of a ledger as a block of the book: its verdict badge, what the lecture says, what
//! is true, and its proof as the tree holds it (the ui test and rustc's `.stderr`, the mypy case
//! and its `.mypy.txt`, the test's name and source, the bench run's table, the source cited).

use std::fs;
use std::path::Path;

use xtask::ledger::{Claim, Kind, Proof};

use crate::links::Published;
use crate::markdown::{claim_anchor, escape, fenced};

/// What a claim block needs from the chapter it belongs to.
#[derive(Debug)]
pub struct Context<'a> {
    pub root: &'a Path,
    pub chapter_dir: &'a str,
    pub chapter_number: u32,
    pub published: &'a Published,
    /// The chapter's bench run this build shows (its `bench.json` in Markdown, with the ledger
    /// as it is now), if any.
    pub bench_report: Option<&'a str>,
    /// The page the chapter's figures are on (`ch01-x.md`), for a measured claim's link.
    pub page: &'a str,
}

/// The badge beside the verdict: how the claim is known.
pub fn evidence(kind: Kind) -> &'static str {
    match kind {
        Kind::CompileFail | Kind::Runtime | Kind::Typecheck => "proven",
        Kind::Measure => "measured",
        Kind::Cited => "cited",
        Kind::NotHere => "not-here",
    }
}

/// The claim's block; `anchor_prefix` keeps anchors unique when a claim is shown on two pages.
pub fn block(claim: &Claim, cx: &Context, anchor_prefix: &str) -> String {
    let anchor = format!("{anchor_prefix}{}", claim_anchor(cx.chapter_dir, &claim.id));
    let verdict = claim.verdict.to_string();
    let mut out = format!(
        "<div class=\"claim verdict-{verdict}\" id=\"{anchor}\" data-claim=\"{}/{}\" data-verdict=\"{verdict}\" data-kind=\"{}\">\n\n",
        cx.chapter_dir,
        escape(&claim.id),
        claim.kind
    );
    // The kind is worth a badge only where "proven" leaves it open (by a ui test, a test, or
    // mypy); for the other kinds it would repeat the evidence badge ("measured measure").
    let evidence = evidence(claim.kind);
    let kind = if evidence == "proven" {
        format!(" <span class=\"badge kind\">{}</span>", claim.kind)
    } else {
        String::new()
    };
    out.push_str(&format!(
        "<p class=\"claim-head\"><a class=\"claim-id\" href=\"#{anchor}\"><code>{}</code></a> \
         <span class=\"badge verdict {verdict}\">{verdict}</span> \
         <span class=\"badge evidence\">{evidence}</span>{kind} \
         <span class=\"claim-section\">{}</span></p>\n\n",
        escape(&claim.id),
        escape(&claim.section)
    ));
    out.push_str(&format!("**The lecture says:** {}\n\n", claim.says.trim()));
    if let Some(note) = claim.note.as_deref().filter(|n| !n.trim().is_empty()) {
        out.push_str(&format!("**What is true:** {}\n\n", note.trim()));
    }
    if !claim.expect.is_empty() {
        let expect: Vec<String> = claim.expect.iter().map(|e| format!("`{e}`")).collect();
        out.push_str(&format!(
            "**The proof must show:** {}\n\n",
            expect.join(", ")
        ));
    }
    for proof in claim.proofs() {
        out.push_str(&proof_block(&proof, claim.kind, cx));
        out.push('\n');
    }
    out.push_str("</div>\n\n");
    out
}

fn proof_block(proof: &Proof, kind: Kind, cx: &Context) -> String {
    match proof {
        Proof::UiTest { path } | Proof::Exercise { path } => {
            let what = if matches!(proof, Proof::Exercise { .. }) {
                "the exercise template, which as committed must not compile"
            } else {
                "does not compile"
            };
            let stderr = beside(path, ".rs", ".stderr");
            format!(
                "<p class=\"proof-label\">Proof: <a href=\"{}\"><code>{}</code></a>, {what}. rustc 1.95 says (<code>{}</code>, as recorded):</p>\n\n{}\n{}",
                cx.published.link(path),
                escape(path),
                escape(file_name(&stderr)),
                fenced("rust", &read(cx.root, path)),
                stderr_block(&read(cx.root, &stderr)),
            )
        }
        Proof::Typecheck { path } => {
            let output = beside(path, ".py", ".mypy.txt");
            let said = read(cx.root, &output);
            let said = if said.trim().is_empty() {
                "<p class=\"proof-label\">mypy reports nothing: the case type-checks.</p>\n".into()
            } else {
                format!(
                    "<div class=\"stderr\">\n\n{}\n</div>\n",
                    fenced("text", &said)
                )
            };
            format!(
                "<p class=\"proof-label\">Proof: <a href=\"{}\"><code>{}</code></a>, and what mypy says of it (<code>{}</code>):</p>\n\n{}\n{said}",
                cx.published.link(path),
                escape(path),
                escape(file_name(&output)),
                fenced("python", &read(cx.root, path)),
            )
        }
        Proof::RustTest { file, test } | Proof::PyTest { file, test } => format!(
            "<p class=\"proof-label\">Proof: the test <code>{}</code> in <a href=\"{}\"><code>{}</code></a></p>\n",
            escape(test),
            cx.published.link(file),
            escape(file)
        ),
        Proof::Bench { name } => {
            let mut out = format!(
                "<p class=\"proof-label\">Measured by <code>cargo xtask bench {} {}</code>; the chart is under <a href=\"{}#figures\">Figures</a>.</p>\n\n",
                cx.chapter_number,
                escape(name),
                cx.page.replace(".md", ".html")
            );
            match cx.bench_report.and_then(|r| bench_section(r, name)) {
                Some(section) => out.push_str(&format!("{section}\n")),
                None => out.push_str(
                    "<p class=\"proof-label\">No run of this benchmark is shown in this build.</p>\n",
                ),
            }
            out
        }
        Proof::Text(text) => {
            let label = match kind {
                Kind::Cited => "Source",
                Kind::NotHere => "Why it is not proven here",
                _ => "Proof",
            };
            format!("<p class=\"proof-label\">{label}: {}</p>\n", escape(text))
        }
    }
}

/// rustc's output as recorded, in a block the browser test can find.
fn stderr_block(text: &str) -> String {
    format!(
        "<div class=\"stderr\">\n\n{}\n</div>\n",
        fenced("text", text)
    )
}

/// The `### `name`` section of a bench report, its heading left out.
fn bench_section(report: &str, name: &str) -> Option<String> {
    let heading = format!("### `{name}`");
    let start = report.find(&heading)?;
    let body = &report[start..];
    let body = &body[body.find('\n').unwrap_or(body.len())..];
    let end = body
        .find("\n### ")
        .or_else(|| body.find("\n## "))
        .unwrap_or(body.len());
    Some(body[..end].trim().to_string())
}

fn read(root: &Path, path: &str) -> String {
    fs::read_to_string(root.join(path)).unwrap_or_else(|e| {
        format!("(cannot read {path}: {e}; `cargo xtask test` names what is missing)")
    })
}

/// The file recorded beside a proof: `x.rs` → `x.stderr`, `case.py` → `case.mypy.txt`.
fn beside(path: &str, extension: &str, recorded: &str) -> String {
    format!("{}{recorded}", path.strip_suffix(extension).unwrap_or(path))
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bench_section_is_cut_at_the_next_heading() {
        let report = "## run\n\n### `a`: x\n\n| t |\n\n### `b`: y\n\nz\n";
        assert_eq!(bench_section(report, "a").unwrap(), "| t |");
        assert_eq!(bench_section(report, "b").unwrap(), "z");
        assert_eq!(bench_section(report, "c"), None);
    }
}
