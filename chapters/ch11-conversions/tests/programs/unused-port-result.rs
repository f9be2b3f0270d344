// A TryFrom result dropped unread: a warning, not an error; `let _ =` silences even that.
struct Port(u16);

impl TryFrom<u16> for Port {
    type Error = &'static str;

    fn try_from(value: u16) -> Result<Self, Self::Error> {
        if value == 0 { Err("port cannot be zero") } else { Ok(Port(value)) }
    }
}

fn main() {
    Port::try_from(0);
    let _ = Port::try_from(0);
    if let Ok(port) = Port::try_from(8080) {
        println!("{}", port.0);
    }
}
