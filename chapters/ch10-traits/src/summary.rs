//! The lecture's exercise: the `Summary` trait, `Article` and `Tweet`, and `notify`.
//! Twin: python_equivalents/ch10_traits/summary.py
use textbook_report::Report;

pub trait Summary {
    fn summarize(&self) -> String;
}

#[derive(Debug)]
pub struct Article {
    pub title: String,
    pub body: String,
}

#[derive(Debug)]
pub struct Tweet {
    pub username: String,
    pub content: String,
}

impl Article {
    pub fn lecture() -> Article {
        Article {
            title: "Rust is great".into(),
            body: "Here is why Rust beats Python for systems...".into(),
        }
    }
}

impl Tweet {
    pub fn lecture() -> Tweet {
        Tweet {
            username: "rustacean".into(),
            content: "Just shipped my first crate!".into(),
        }
    }
}

/// The lecture's solution cuts the body at byte 20, which panics when byte 20 falls inside a
/// character (`—` is three bytes). This one cuts after at most 20 characters.
impl Summary for Article {
    fn summarize(&self) -> String {
        let preview: String = self.body.chars().take(20).collect();
        format!("{} — {}...", self.title, preview)
    }
}

impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("@{}: {}", self.username, self.content)
    }
}

/// The lecture's slice, `&body[..20.min(body.len())]`: bytes, not characters.
pub fn lecture_preview(body: &str) -> &str {
    &body[..20.min(body.len())]
}

/// What `notify` prints.
pub fn notify(item: &impl Summary) -> String {
    format!("📢 {}", item.summarize())
}

/// A body whose 20th byte falls inside `—` (bytes 18..21).
pub const NON_ASCII_BODY: &str = "Über die Straße — schnell";

pub fn demo(report: &Report) {
    report.say("notify(&article) and notify(&tweet), as the lecture's main prints them:");
    report.result("notify_article", notify(&Article::lecture()));
    report.result("notify_tweet", notify(&Tweet::lecture()));
    report.say("\nThe lecture's byte slice on a body with non-ASCII text:");
    let shown = if NON_ASCII_BODY.is_char_boundary(20) {
        lecture_preview(NON_ASCII_BODY).to_string()
    } else {
        "panics: byte index 20 is not a char boundary".to_string()
    };
    report.contrast("byte_slice_non_ascii", shown, "exercise/byte-slice-panics");
    report.say("\nThis chapter's summary, cut after 20 characters:");
    let article = Article {
        title: "Café".into(),
        body: NON_ASCII_BODY.into(),
    };
    report.result("chars_non_ascii", notify(&article));
}
