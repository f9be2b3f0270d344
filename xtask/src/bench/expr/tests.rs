//! Expressions and templates against a hand-made scope.

use super::*;
use std::collections::HashMap;

struct Map(HashMap<&'static str, f64>);
impl Scope for Map {
    fn number(&self, name: &str) -> Result<f64, Missing> {
        self.0
            .get(name)
            .copied()
            .ok_or_else(|| Missing::Name(name.into()))
    }
    fn text(&self, name: &str) -> Option<String> {
        (name == "package").then(|| "chapter-99".into())
    }
}

fn scope() -> Map {
    Map(HashMap::from([
        ("slow", 3.0),
        ("fast", 0.02),
        ("row.n", 4000.0),
    ]))
}

#[test]
fn precedence_parentheses_and_functions_are_arithmetic() {
    let s = scope();
    assert_eq!(eval("1 + 2 * 3", &s), Ok(7.0));
    assert_eq!(eval("(1 + 2) * 3", &s), Ok(9.0));
    assert_eq!(eval("-2 * -3 - 1", &s), Ok(5.0));
    assert_eq!(eval("slow / fast", &s), Ok(150.0));
    assert_eq!(eval("row.n * 2.5e-3", &s), Ok(10.0));
    assert_eq!(eval("max(slow, 1) - min(fast, 1)", &s), Ok(2.98));
    assert_eq!(eval("min(slow, 7, fast * 100, 9)", &s), Ok(2.0));
    assert_eq!(eval("slow / fast >= 100", &s), Ok(1.0));
    assert_eq!(eval("slow < fast", &s), Ok(0.0));
}

#[test]
fn an_unmeasured_name_or_a_division_by_zero_is_no_number() {
    let s = scope();
    assert_eq!(
        eval("slow / nothing", &s),
        Err(Missing::Name("nothing".into()))
    );
    assert!(matches!(eval("slow / 0", &s), Err(Missing::NotFinite(_))));
    assert!(matches!(eval("slow +", &s), Err(Missing::Syntax { .. })));
    assert!(matches!(eval("(slow", &s), Err(Missing::Syntax { .. })));
    assert!(matches!(eval("slow $ 2", &s), Err(Missing::Syntax { .. })));
    assert!(matches!(
        eval("sqrt(1, 2)", &s),
        Err(Missing::Syntax { .. })
    ));
}

#[test]
fn templates_format_each_value_in_its_unit() {
    let s = scope();
    assert_eq!(
        render("{slow / fast|x} at n = {row.n} for {package}", &s).unwrap(),
        "150× at n = 4000 for chapter-99"
    );
    assert_eq!(render("{fast|s}, {fast|ms}", &s).unwrap(), "20.0 ms, 20 ms");
    assert_eq!(
        render("{fast * 1e8|B} {fast|%}", &s).unwrap(),
        "2.00 MB 2 %"
    );
    assert_eq!(
        render("{{literal}} {slow|2}", &s).unwrap(),
        "{literal} 3.00"
    );
    assert_eq!(render("{row.n * 1000|M}", &s).unwrap(), "4 M");
    assert!(render("{slow|furlongs}", &s).is_err());
    assert!(render("open {slow", &s).is_err());
    let known = |name: &str| ["a", "b", "c"].contains(&name);
    assert!(check_template("{a / b|x} and {c}", &known, &|_| false).is_ok());
    assert!(check_template("{a / (b - a)}", &known, &|_| false).is_ok());
    assert_eq!(
        check_template("{a / d}", &known, &|_| false),
        Err(Missing::Name("d".into()))
    );
    assert!(check_expr("a / (b", &known).is_err());
}
