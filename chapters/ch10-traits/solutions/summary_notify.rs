//! Chapter 10, solution of exercise `summary_notify` (ledger: `exercise/summary-notify`): the lecture's
//! exercise. In Python, `notify` would take anything with a `summarize` method and fail at run
//! time (AttributeError) on anything without one; here the contract is checked before running.

trait Summary {
    fn summarize(&self) -> String;
}

struct Article {
    title: String,
    body: String,
}

struct Tweet {
    username: String,
    content: String,
}

impl Summary for Article {
    fn summarize(&self) -> String {
        let preview: String = self.body.chars().take(20).collect();
        format!("{} — {}...", self.title, preview)
    }
}

// Solved: `Tweet` says it is a `Summary`, so `notify` accepts it.
impl Summary for Tweet {
    fn summarize(&self) -> String {
        format!("@{}: {}", self.username, self.content)
    }
}

fn notify(item: &impl Summary) -> String {
    format!("📢 {}", item.summarize())
}

/// The two items the lecture's `main` notifies about.
fn lecture_items() -> (Article, Tweet) {
    let article = Article {
        title: String::from("Rust is great"),
        body: String::from("Here is why Rust beats Python for systems..."),
    };
    let tweet = Tweet {
        username: String::from("rustacean"),
        content: String::from("Just shipped my first crate!"),
    };
    (article, tweet)
}

fn main() {
    let (article, tweet) = lecture_items();
    println!("{}", notify(&article));
    println!("{}", notify(&tweet));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tweet_summarizes_as_at_username_colon_content() {
        let (_, tweet) = lecture_items();
        assert_eq!(
            notify(&tweet),
            "📢 @rustacean: Just shipped my first crate!"
        );
    }

    #[test]
    fn an_article_keeps_its_first_20_characters() {
        let (article, _) = lecture_items();
        assert_eq!(
            notify(&article),
            "📢 Rust is great — Here is why Rust bea..."
        );
    }
}
