// Python's `Port(99999)` in Rust: the u16 refuses it before any TryFrom runs.
#[derive(Debug)]
struct Port(u16);

impl TryFrom<u16> for Port {
    type Error = &'static str;

    fn try_from(value: u16) -> Result<Self, Self::Error> {
        if value == 0 { Err("port cannot be zero") } else { Ok(Port(value)) }
    }
}

fn main() {
    println!("{:?}", Port::try_from(99999u16));
}
