//! The links of a README, which are relative to its folder in the repository, made to work in
//! the book: a chapter's README becomes its page, a file of the tree is published under
//! `source/` beside the pages (read at build time, never committed twice), and a link to
//! anything else (a folder) keeps its text and loses its target.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};

use regex::{Captures, Regex};

/// Where the book publishes the tree's files it links to.
pub const SOURCE_DIR: &str = "source";

static INLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^)\s]+)(\s+"[^"]*")?\)"#).expect("a regex")
});
static DEFINITION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^( {0,3}\[[^\]]+\]:\s*)(\S+)").expect("a regex"));

/// The tree's files the pages link to, gathered while the pages are made.
#[derive(Debug)]
pub struct Published {
    root: PathBuf,
    files: Mutex<BTreeSet<String>>,
}

impl Published {
    /// Files of the tree at `root`.
    pub fn new(root: &Path) -> Self {
        Published {
            root: root.to_path_buf(),
            files: Mutex::default(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The link to `path` (relative to the repository root) from any page of the book.
    pub fn link(&self, path: &str) -> String {
        self.files
            .lock()
            .expect("the set of published files")
            .insert(path.to_string());
        format!("{SOURCE_DIR}/{}", published_name(path))
    }

    pub fn files(&self) -> Vec<String> {
        self.files
            .lock()
            .expect("the set of published files")
            .iter()
            .cloned()
            .collect()
    }
}

/// What a README's link should become.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    Keep,
    To(String),
    Drop,
}

/// Rewrites the relative links of `markdown`, a file in the repository folder `base` (`""` for
/// the root). `page_of` names the book's page of a chapter folder (`chapters/<dir>`).
pub fn rewrite(
    markdown: &str,
    base: &str,
    root: &Path,
    published: &Published,
    page_of: &dyn Fn(&str) -> Option<String>,
) -> String {
    let target = |link: &str| resolve(link, base, root, published, page_of);
    let inline = INLINE.replace_all(markdown, |c: &Captures| {
        let (bang, text, link) = (&c[1], &c[2], &c[3]);
        let title = c.get(4).map_or("", |m| m.as_str());
        match target(link) {
            Target::Keep => c[0].to_string(),
            Target::To(to) => format!("{bang}[{text}]({to}{title})"),
            Target::Drop => text.to_string(),
        }
    });
    DEFINITION
        .replace_all(&inline, |c: &Captures| match target(&c[2]) {
            Target::Keep => c[0].to_string(),
            Target::To(to) => format!("{}{to}", &c[1]),
            Target::Drop => format!("{}#", &c[1]),
        })
        .into_owned()
}

fn resolve(
    link: &str,
    base: &str,
    root: &Path,
    published: &Published,
    page_of: &dyn Fn(&str) -> Option<String>,
) -> Target {
    let external = ["http://", "https://", "mailto:", "#"];
    if external.iter().any(|p| link.starts_with(p)) || link.contains("://") {
        return Target::Keep;
    }
    let (path, fragment) = match link.split_once('#') {
        Some((path, fragment)) => (path, format!("#{fragment}")),
        None => (link, String::new()),
    };
    let Some(path) = normalise(base, path) else {
        return Target::Drop;
    };
    if path == "README.md" {
        return Target::To(format!("index.md{fragment}"));
    }
    if let Some(dir) = path.strip_suffix("/README.md")
        && let Some(page) = page_of(dir)
    {
        return Target::To(format!("{page}{fragment}"));
    }
    if root.join(&path).is_file() {
        return Target::To(published.link(&path));
    }
    Target::Drop
}

/// The name a tree file is published under: a Markdown file (other than a chapter README, which
/// is a page) is published as text, `x.md` as `x.markdown.txt`, because mdBook rewrites any link
/// containing `.md` into a `.html` page that does not exist.
pub fn published_name(path: &str) -> String {
    match path.strip_suffix(".md") {
        Some(stem) => format!("{stem}.markdown.txt"),
        None => path.to_string(),
    }
}

/// `base` joined with the relative `path`, `..` resolved; `None` when it leaves the tree.
fn normalise(base: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(markdown: &str) -> (String, Vec<String>) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let published = Published::new(&root);
        let page_of = |dir: &str| (dir == "chapters/ch01-x").then(|| "ch01-x.md".to_string());
        let out = rewrite(markdown, "chapters/ch02-y", &root, &published, &page_of);
        (out, published.files())
    }

    #[test]
    fn a_file_of_the_tree_is_published_and_linked_under_source() {
        let (out, files) =
            rewritten("see [the ledger](../../Cargo.toml \"t\") and [web](https://x.y)");
        assert_eq!(
            out,
            "see [the ledger](source/Cargo.toml \"t\") and [web](https://x.y)"
        );
        assert_eq!(files, ["Cargo.toml"]);
    }

    #[test]
    fn a_chapter_readme_becomes_its_page_and_a_folder_loses_its_link() {
        let (out, _) =
            rewritten("[one](../ch01-x/README.md#errata), [dir](src/), [out](../../../x)");
        assert_eq!(
            published_name("chapters/x/reference/bench.md"),
            "chapters/x/reference/bench.markdown.txt"
        );
        assert_eq!(
            published_name("chapters/x/claims.toml"),
            "chapters/x/claims.toml"
        );
        assert_eq!(out, "[one](ch01-x.md#errata), dir, out");
    }
}
