// The sync/async boundary: a plain function cannot wait for a future with `.await`.
async fn fetch_url(url: &str) -> usize {
    url.len()
}

fn main() {
    let length = fetch_url("https://example.com").await;
    println!("{length}");
}
