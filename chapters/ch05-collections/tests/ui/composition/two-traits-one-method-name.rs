// No implementation inheritance means no diamond, but two contracts can still name a method
// alike: the call is ambiguous until it says which trait it means, `<Dog as Pet>::title(&rex)`
// (ledger: composition/diamond).
trait Pet {
    fn title(&self) -> String;
}

trait Robot {
    fn title(&self) -> String;
}

struct Dog;

impl Pet for Dog {
    fn title(&self) -> String {
        "pet".into()
    }
}

impl Robot for Dog {
    fn title(&self) -> String {
        "robot".into()
    }
}

fn main() {
    let rex = Dog;
    println!("{}", rex.title());
}
