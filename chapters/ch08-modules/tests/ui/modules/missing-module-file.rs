// `mod utils;` names a file the compiler must find beside this one: utils.rs or utils/mod.rs.
// Neither exists.
mod utils;

fn main() {
    utils::helpers::format_name("Ada", "Lovelace");
}
