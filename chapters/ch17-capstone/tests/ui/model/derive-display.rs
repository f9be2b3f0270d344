// "Step 1: Define the Data Model", the comparison under the block (line 148 of
// ../shared/course/ch17-capstone-project.md): derive macros are said to give display and parsing
// for free. serde derives (de)serialisation, but std has no derive for Display (nor FromStr), so
// asking `derive` for it is the mistake; the enum is Priority, with nothing else that could fail.
#[derive(Debug, Display)]
enum Priority {
    Low,
}

fn main() {
    println!("{}", Priority::Low);
}
