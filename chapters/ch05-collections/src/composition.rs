//! No inheritance: composition and traits. The lecture's `Animal` is a trait, `Dog` and `Cat`
//! implement it, and `animal_roll_call` takes trait objects. What Python finds out when
//! `speak` is called (its `NotImplementedError`) rustc finds out at the `impl` (E0046); and a
//! type with a `speak` method that does not implement `Animal` is refused (E0277), which is why
//! trait objects are not duck typing.

use textbook_report::{Report, rejected};

use crate::json;

pub trait Animal {
    fn name(&self) -> &str;
    fn speak(&self) -> String;
}

#[derive(Debug, Clone)]
pub struct Dog {
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Cat {
    pub name: String,
}

impl Animal for Dog {
    fn name(&self) -> &str {
        &self.name
    }
    fn speak(&self) -> String {
        format!("{} says Woof!", self.name)
    }
}

impl Animal for Cat {
    fn name(&self) -> &str {
        &self.name
    }
    fn speak(&self) -> String {
        format!("{} says Meow!", self.name)
    }
}

/// The lecture's roll call: one line per animal, on standard output.
pub fn animal_roll_call(animals: &[&dyn Animal]) {
    for line in roll_call_lines(animals) {
        println!("{line}");
    }
}

/// The lines the roll call prints, for the demo and the tests.
pub fn roll_call_lines(animals: &[&dyn Animal]) -> Vec<String> {
    animals.iter().map(|a| a.speak()).collect()
}

/// Composition: a kennel has animals (any that implement the contract), it is not one.
pub struct Kennel {
    pub animals: Vec<Box<dyn Animal>>,
}

impl Kennel {
    pub fn names(&self) -> Vec<&str> {
        self.animals.iter().map(|a| a.name()).collect()
    }
}

impl std::fmt::Debug for Kennel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kennel")
            .field("names", &self.names())
            .finish()
    }
}

/// Two traits with a method of the same name: the call must say which one it means.
pub trait Pet {
    fn title(&self) -> String;
}

pub trait Robot {
    fn title(&self) -> String;
}

impl Pet for Dog {
    fn title(&self) -> String {
        format!("{} the pet", self.name)
    }
}

impl Robot for Dog {
    fn title(&self) -> String {
        format!("{} the robot", self.name)
    }
}

pub fn demo(report: &Report) {
    let rex = Dog { name: "Rex".into() };
    let tom = Cat { name: "Tom".into() };
    report.say("The roll call, through trait objects:");
    let lines = roll_call_lines(&[&rex, &tom]);
    report.result("roll_call", json(&lines));
    let kennel = Kennel {
        animals: vec![Box::new(rex.clone()), Box::new(tom)],
    };
    report.result("kennel_names", json(kennel.names()));

    report.say("\nA forgotten method: Python fails at the call, rustc at the impl (tests/ui/composition/):");
    report.contrast(
        "missing_speak",
        rejected(include_str!(
            "../tests/ui/composition/impl-without-speak.stderr"
        )),
        "composition/contract-checked",
    );
    report.contrast(
        "duck_typed_speak",
        rejected(include_str!(
            "../tests/ui/composition/speaks-but-is-not-an-animal.stderr"
        )),
        "composition/duck-typing",
    );

    report.say("\nThe same name from two contracts: Rust asks which; Python's MRO picks one:");
    report.contrast(
        "ambiguous_title",
        rejected(include_str!(
            "../tests/ui/composition/two-traits-one-method-name.stderr"
        )),
        "composition/diamond",
    );
    report.result("pet_title", <Dog as Pet>::title(&rex));
}
