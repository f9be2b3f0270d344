// Reproduces the lecture's "Associated Types" block (line 337 of ch10-traits-and-generics.md):
// it declares its own `trait Iterator`, which shadows std's, and implements that one for its
// Countdown. The trait is the lecture's; Countdown's `next` is ours, with the same values. Its
// Countdown has `next` but is not a std iterator, so a for loop refuses it.
trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;
}

struct Countdown {
    remaining: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        // Step down first, then yield what is left: 3 gives 2, 1, 0; at 0 `checked_sub` ends it.
        self.remaining = self.remaining.checked_sub(1)?;
        Some(self.remaining)
    }
}

fn main() {
    for n in (Countdown { remaining: 3 }) {
        println!("{n}");
    }
}
