// Duck typing would accept anything with a `speak` method. A `&dyn Animal` accepts only types
// that implement `Animal`: having a method of the same name is not enough
// (ledger: composition/duck-typing).
trait Animal {
    fn speak(&self) -> String;
}

struct Robot;

impl Robot {
    fn speak(&self) -> String {
        "Beep!".into()
    }
}

fn animal_roll_call(animals: &[&dyn Animal]) {
    for a in animals {
        println!("{}", a.speak());
    }
}

fn main() {
    let robot = Robot;
    println!("{}", robot.speak());
    animal_roll_call(&[&robot]);
}
