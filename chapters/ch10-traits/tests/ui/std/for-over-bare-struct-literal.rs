// The lecture writes `for n in (Countdown { value: 5 })`: the parentheses are needed, because after
// `for ... in` a `{` opens the loop's body, so a bare struct literal is not allowed there.
struct Countdown {
    value: i32,
}

impl Iterator for Countdown {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        // The value shown is the one before the step down; zero or below ends the loop.
        (self.value > 0).then(|| {
            let shown = self.value;
            self.value -= 1;
            shown
        })
    }
}

fn main() {
    for n in Countdown { value: 5 } {
        println!("{n}");
    }
}
