// The lecture's TryFrom block as printed, but for its first two lines (`"42".try_into()`, which
// do not compile: tests/ui/try_from/str-try-into-i32.rs); its statements moved into `main`.
#[derive(Debug)]
struct Port(u16);

#[derive(Debug)]
enum PortError {
    Zero,
}

impl TryFrom<u16> for Port {
    type Error = PortError;

    fn try_from(value: u16) -> Result<Self, Self::Error> {
        match value {
            0 => Err(PortError::Zero),
            1..=65535 => Ok(Port(value)),
        }
    }
}

impl std::fmt::Display for PortError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PortError::Zero => write!(f, "port cannot be zero"),
        }
    }
}

fn main() {
    // Usage:
    let p: Result<Port, _> = 8080u16.try_into();   // Ok(Port(8080))
    println!("{p:?}");
    let p: Result<Port, _> = 0u16.try_into();       // Err(PortError::Zero)
    println!("{p:?}");
}
