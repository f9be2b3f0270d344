//! Our in-process mdBook preprocessor: it fills each page stub with the page made from the tree
//! at build time (a chapter, the Errata, the Ledger, the front page).

use std::sync::Arc;

use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};

/// Makes a page from the tree, given its stub's path in the book's sources
/// (`ch01-case-for-rust.md`); `None` for a stub it knows nothing of.
pub trait MakePage {
    fn make(&self, path: &str) -> Option<anyhow::Result<String>>;
}

pub struct Textbook {
    pub maker: Arc<dyn MakePage>,
}

impl Preprocessor for Textbook {
    fn name(&self) -> &str {
        "textbook"
    }

    fn run(
        &self,
        _ctx: &PreprocessorContext,
        mut book: Book,
    ) -> mdbook_preprocessor::errors::Result<Book> {
        let mut problems = Vec::new();
        book.for_each_mut(|item| {
            let BookItem::Chapter(chapter) = item else {
                return;
            };
            let path = chapter
                .path
                .as_ref()
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            match self.maker.make(&path) {
                Some(Ok(page)) => chapter.content = page,
                Some(Err(error)) => problems.push(format!("{path}: {error:#}")),
                None => problems.push(format!("{path}: no page is made for `{}`", chapter.name)),
            }
        });
        if !problems.is_empty() {
            anyhow::bail!("{}", problems.join("\n"));
        }
        Ok(book)
    }

    fn supports_renderer(&self, renderer: &str) -> mdbook_preprocessor::errors::Result<bool> {
        Ok(renderer == "html")
    }
}

impl std::fmt::Debug for Textbook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Textbook")
    }
}
