// Python's `Animal.speak` raises `NotImplementedError` when a subclass forgot to override it and
// someone calls it. A trait's required method is checked at the `impl`
// (ledger: composition/contract-checked).
trait Animal {
    fn name(&self) -> &str;
    fn speak(&self) -> String;
}

struct Fish {
    name: String,
}

impl Animal for Fish {
    fn name(&self) -> &str {
        &self.name
    }
}

fn main() {
    let nemo = Fish {
        name: "Nemo".into(),
    };
    println!("{}", nemo.name());
}
