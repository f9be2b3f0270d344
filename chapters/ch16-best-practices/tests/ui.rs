#[test]
fn ui() {
    textbook_harness::ui();
}
