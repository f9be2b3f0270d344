// "Callers must handle the error case" (the mental model under the TryFrom section, line 168 of
// ch11-from-and-into-traits.md): to get the Port out, yes. (Dropping the Result unread is only a
// warning: tests/compiler_warnings.rs builds that.)
#[derive(Debug)]
struct Port(u16);

impl TryFrom<u16> for Port {
    type Error = &'static str;

    fn try_from(value: u16) -> Result<Self, Self::Error> {
        if value == 0 { Err("port cannot be zero") } else { Ok(Port(value)) }
    }
}

fn main() {
    let port: Port = Port::try_from(8080);
    println!("{port:?}");
}
