// The associated-types block as printed declares its own `trait Iterator`, which shadows std's:
// its Countdown has `next` but is not a std iterator, so a for loop refuses it.
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
        if self.remaining > 0 {
            self.remaining -= 1;
            Some(self.remaining)
        } else {
            None
        }
    }
}

fn main() {
    for n in (Countdown { remaining: 3 }) {
        println!("{n}");
    }
}
