//! Reading `claims.toml`. Every way an entry can be wrong (a missing or unknown field, a value
//! out of its vocabulary, an id used twice) is reported once, as an editor would want it:
//! `file:line: claim `id`: what is wrong`.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde::Deserialize;

use super::{Claim, Ledger};

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("could not read the ledger {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the ledger {path} is not valid TOML: {source}")]
    Parse {
        path: String,
        #[source]
        source: toml::de::Error,
    },
    #[error("{path}:{line}: {entry}: {why}")]
    Entry {
        path: String,
        line: usize,
        /// `claim `types/x`` when the entry has an id, else `claim number 3`.
        entry: String,
        why: String,
    },
    #[error("{path}:{line}: claim `{id}` repeats the id of the claim at line {first}")]
    DuplicateId {
        path: String,
        line: usize,
        first: usize,
        id: String,
    },
}

pub(super) fn load(path: &Path) -> Result<Ledger, LedgerError> {
    // Relative to where the command runs (the workspace, usually), as an editor wants it.
    let cwd = std::env::current_dir().unwrap_or_default();
    let shown = path
        .strip_prefix(&cwd)
        .unwrap_or(path)
        .display()
        .to_string();
    let text = fs::read_to_string(path).map_err(|source| LedgerError::Read {
        path: shown.clone(),
        source,
    })?;
    parse(&shown, &text)
}

/// The ledger in `text`, read entry by entry so that an error names the entry it is in.
pub(super) fn parse(shown: &str, text: &str) -> Result<Ledger, LedgerError> {
    let table: toml::Table = text.parse().map_err(|source| LedgerError::Parse {
        path: shown.to_string(),
        source,
    })?;
    let lines = header_lines(text);
    let entry_error = |index: usize, id: Option<&str>, why: String| LedgerError::Entry {
        path: shown.to_string(),
        line: lines.get(index).copied().unwrap_or(1),
        entry: match id {
            Some(id) => format!("claim `{id}`"),
            None => format!("claim number {}", index + 1),
        },
        why,
    };
    if let Some(key) = table.keys().find(|k| *k != "claim") {
        return Err(LedgerError::Entry {
            path: shown.to_string(),
            line: 1,
            entry: "the ledger".into(),
            why: format!("unknown key `{key}` (a ledger holds only `[[claim]]` entries)"),
        });
    }
    let entries = match table.get("claim") {
        None => Vec::new(),
        Some(toml::Value::Array(entries)) => entries.clone(),
        Some(_) => {
            return Err(entry_error(
                0,
                None,
                "`claim` must be a list of `[[claim]]` entries".into(),
            ));
        }
    };
    let mut claims = Vec::new();
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    for (index, entry) in entries.into_iter().enumerate() {
        let id = entry.get("id").and_then(|v| v.as_str()).map(str::to_string);
        let mut claim = Claim::deserialize(entry)
            .map_err(|e| entry_error(index, id.as_deref(), e.message().to_string()))?;
        claim.line = lines.get(index).copied().unwrap_or(0);
        if let Some(first) = first_seen.insert(claim.id.clone(), claim.line) {
            return Err(LedgerError::DuplicateId {
                path: shown.to_string(),
                line: claim.line,
                first,
                id: claim.id,
            });
        }
        claims.push(claim);
    }
    Ok(Ledger { claims })
}

impl Ledger {
    /// A message about a claim (`claim `id`: …`), prefixed with where that claim is
    /// (`chapters/ch01-x/claims.toml:42: `), as a compiler names a line; other messages as
    /// they are.
    pub fn locate(&self, ledger_path: &str, message: String) -> String {
        let line = message
            .strip_prefix("claim `")
            .and_then(|rest| rest.split_once('`'))
            .and_then(|(id, _)| self.claim(id))
            .map(|claim| claim.line)
            .filter(|line| *line > 0);
        match line {
            Some(line) => format!("{ledger_path}:{line}: {message}"),
            None => message,
        }
    }
}

/// The line (from 1) of each `[[claim]]` header, in order.
fn header_lines(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let line = line.trim_start();
            line.starts_with("[[") && line[2..].trim_start().starts_with("claim")
        })
        .map(|(i, _)| i + 1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "[[claim]]\nid = 'a/b'\nsection = 's'\nsays = 'x'\nside = 'rust'\n\
                        kind = 'runtime'\nproof = 'p'\nverdict = 'holds'\n\n";

    #[test]
    fn a_missing_field_names_the_entry_and_its_line() {
        let text = format!(
            "{GOOD}[[claim]]\nid = 'a/c'\nsection = 's'\nsays = 'x'\nside = 'rust'\nkind = 'runtime'\nproof = 'p'\n"
        );
        let err = parse("claims.toml", &text).unwrap_err().to_string();
        assert_eq!(err, "claims.toml:10: claim `a/c`: missing field `verdict`");
    }

    #[test]
    fn a_word_outside_the_vocabulary_names_the_entry() {
        let text = GOOD.replace("'holds'", "'true'");
        let err = parse("claims.toml", &text).unwrap_err().to_string();
        assert!(
            err.starts_with("claims.toml:1: claim `a/b`: unknown variant `true`"),
            "{err}"
        );
    }

    #[test]
    fn a_repeated_id_names_both_lines() {
        let text = format!("{GOOD}{GOOD}");
        let err = parse("claims.toml", &text).unwrap_err().to_string();
        assert_eq!(
            err,
            "claims.toml:10: claim `a/b` repeats the id of the claim at line 1"
        );
    }

    #[test]
    fn an_entry_without_an_id_is_named_by_its_place() {
        let text = format!("{GOOD}[[claim]]\nsection = 's'\n");
        let err = parse("claims.toml", &text).unwrap_err().to_string();
        assert!(
            err.starts_with("claims.toml:10: claim number 2: missing field `id`"),
            "{err}"
        );
    }

    #[test]
    fn a_syntax_error_gives_toml_s_line() {
        let err = parse("claims.toml", "[[claim]]\nid = 'a/b\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn a_problem_with_a_claim_is_located_at_its_line() {
        let ledger = parse("claims.toml", &format!("# header\n{GOOD}")).unwrap();
        let located = ledger.locate("c.toml", "claim `a/b`: its proof `p` does not exist".into());
        assert_eq!(
            located,
            "c.toml:2: claim `a/b`: its proof `p` does not exist"
        );
        let other = ledger.locate(
            "c.toml",
            "x.rs is a compile-fail test no claim names".into(),
        );
        assert_eq!(other, "x.rs is a compile-fail test no claim names");
    }

    #[test]
    fn each_claim_knows_its_line() {
        let ledger = parse("claims.toml", &format!("# header\n{GOOD}")).unwrap();
        assert_eq!(ledger.claims[0].line, 2);
    }
}
