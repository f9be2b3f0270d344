//! The arithmetic a chapter's `benches.toml` may write: expressions over the measurements
//! (`py_kernel / rs_kernel`, `rs_seq / (4 * size) * 1e9`) and text templates that show them
//! (`"{ratio|x} faster"`). Small on purpose: numbers, names, `+ - * /`, parentheses, the
//! comparisons `< <= > >=` (1 when true, 0 when false), and `min(a, b, …)`, `max(a, b, …)`.
//!
//! A name is looked up in a [`Scope`]; a name with no value (a row that was not measured, a
//! clock the machine does not report) makes the whole expression [`Missing`], which the engine
//! turns into a figure left out or a verdict withheld, never into a number.
//!
//! Template formats, after `|`: `0`–`3` (decimals), `x` (a ratio: `2.5×`), `s` (seconds in a
//! readable unit), `ms` (whole milliseconds), `B` (bytes, decimal units), `long` (hours, days,
//! years), `sci` (`5.0×10^13`), `M` (`3 M` for whole millions), `%` (a fraction as a percentage).
//! Without a format a number prints as a whole number when it is one, else with two decimals.

use super::stats::{bytes, long_duration, scientific, seconds, times};

/// Why an expression has no value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Missing {
    #[error("`{0}` was not measured")]
    Name(String),
    #[error("`{expr}` is not an expression: {why}")]
    Syntax { expr: String, why: String },
    #[error("`{0}` is not a finite number (a division by zero?)")]
    NotFinite(String),
}

/// Where names get their values: numbers, and (for templates) texts.
pub trait Scope {
    fn number(&self, name: &str) -> Result<f64, Missing>;
    fn text(&self, _name: &str) -> Option<String> {
        None
    }
}

/// Evaluates `expr` in `scope`.
pub fn eval(expr: &str, scope: &dyn Scope) -> Result<f64, Missing> {
    let tokens = lex(expr)?;
    let mut parser = Parser {
        expr,
        tokens: &tokens,
        at: 0,
        scope,
    };
    let value = parser.comparison()?;
    if parser.at != tokens.len() {
        return Err(parser.syntax("unexpected text after the end"));
    }
    if value.is_finite() {
        Ok(value)
    } else {
        Err(Missing::NotFinite(expr.to_string()))
    }
}

/// Fills `{expr}` and `{expr|format}` in `template`; `{{` and `}}` are literal braces. A name
/// that is a text of the scope (a path, a package) fills in as that text.
pub fn render(template: &str, scope: &dyn Scope) -> Result<String, Missing> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        let brace = &rest[open..];
        if brace.starts_with("{{") || brace.starts_with("}}") {
            out.push_str(&brace[..1]);
            rest = &brace[2..];
            continue;
        }
        let close = brace
            .find('}')
            .filter(|_| brace.starts_with('{'))
            .ok_or_else(|| Missing::Syntax {
                expr: template.to_string(),
                why: "unbalanced `{` or `}` (write `{{` or `}}` for a brace)".into(),
            })?;
        let inner = &brace[1..close];
        let (expr, format) = match inner.rsplit_once('|') {
            Some((expr, format)) => (expr.trim(), Some(format.trim())),
            None => (inner.trim(), None),
        };
        match (scope.text(expr), format) {
            (Some(text), None) => out.push_str(&text),
            _ => out.push_str(&show(eval(expr, scope)?, format, template)?),
        }
        rest = &brace[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Checks a template without values: its syntax, its formats, and that every name in it is
/// one that `known` accepts (a misspelt name is an error now, not a figure missing later).
pub fn check_template(template: &str, known: &dyn Fn(&str) -> bool) -> Result<(), Missing> {
    struct Known<'k>(&'k dyn Fn(&str) -> bool);
    impl Scope for Known<'_> {
        fn number(&self, name: &str) -> Result<f64, Missing> {
            if !(self.0)(name) {
                return Err(Missing::Name(name.to_string()));
            }
            // A different value per name, so that `a - b` is not 0 and `x / (a - b)` is finite.
            let spread = name
                .bytes()
                .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
            Ok(1.0 + f64::from(spread % 1000) / 1000.0)
        }
    }
    match render(template, &Known(known)) {
        Ok(_) | Err(Missing::NotFinite(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Checks an expression without values, as [`check_template`] does.
pub fn check_expr(expr: &str, known: &dyn Fn(&str) -> bool) -> Result<(), Missing> {
    check_template(&format!("{{{expr}}}"), known)
}

fn show(value: f64, format: Option<&str>, template: &str) -> Result<String, Missing> {
    Ok(match format {
        None if value.fract() == 0.0 && value.abs() < 1e15 => format!("{value:.0}"),
        None => format!("{value:.2}"),
        Some("0") => format!("{value:.0}"),
        Some("1") => format!("{value:.1}"),
        Some("2") => format!("{value:.2}"),
        Some("3") => format!("{value:.3}"),
        Some("x") => times(value),
        Some("s") => seconds(value),
        Some("ms") => format!("{:.0} ms", value * 1e3),
        Some("B") => bytes(value),
        Some("long") => long_duration(value),
        Some("sci") => scientific(value),
        Some("M") if value >= 1e6 && value % 1e6 == 0.0 => format!("{:.0} M", value / 1e6),
        Some("M") => format!("{value:.0}"),
        Some("%") => format!("{:.0} %", value * 100.0),
        Some(other) => {
            return Err(Missing::Syntax {
                expr: template.to_string(),
                why: format!(
                    "unknown format `{other}` (0, 1, 2, 3, x, s, ms, B, long, sci, M or %)"
                ),
            });
        }
    })
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number(f64),
    Name(String),
    Op(&'static str),
}

const OPS: [&str; 11] = ["<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", ","];

fn lex(expr: &str) -> Result<Vec<Token>, Missing> {
    let mut tokens = Vec::new();
    let mut rest = expr.trim_start();
    while !rest.is_empty() {
        let c = rest.chars().next().unwrap_or(' ');
        let taken = if c.is_ascii_digit() || c == '.' {
            let end = number_end(rest);
            let number = rest[..end].parse().map_err(|_| Missing::Syntax {
                expr: expr.to_string(),
                why: format!("`{}` is not a number", &rest[..end]),
            })?;
            tokens.push(Token::Number(number));
            end
        } else if c.is_ascii_alphabetic() || c == '_' {
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
                .unwrap_or(rest.len());
            tokens.push(Token::Name(rest[..end].to_string()));
            end
        } else if let Some(op) = OPS.iter().find(|op| rest.starts_with(**op)) {
            tokens.push(Token::Op(op));
            op.len()
        } else {
            return Err(Missing::Syntax {
                expr: expr.to_string(),
                why: format!("unexpected `{c}`"),
            });
        };
        rest = rest[taken..].trim_start();
    }
    Ok(tokens)
}

/// The end of a number such as `12`, `0.5`, `1e9`, `2.5e-3`.
fn number_end(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut end = 0;
    while end < bytes.len() {
        let b = bytes[end];
        let exponent_sign =
            (b == b'-' || b == b'+') && end > 0 && matches!(bytes[end - 1], b'e' | b'E');
        if b.is_ascii_digit() || b == b'.' || b == b'e' || b == b'E' || exponent_sign {
            end += 1;
        } else {
            break;
        }
    }
    end
}

struct Parser<'a> {
    expr: &'a str,
    tokens: &'a [Token],
    at: usize,
    scope: &'a dyn Scope,
}

impl Parser<'_> {
    fn syntax(&self, why: &str) -> Missing {
        Missing::Syntax {
            expr: self.expr.to_string(),
            why: why.to_string(),
        }
    }

    fn eat(&mut self, op: &str) -> bool {
        let found = matches!(self.tokens.get(self.at), Some(Token::Op(o)) if *o == op);
        if found {
            self.at += 1;
        }
        found
    }

    fn comparison(&mut self) -> Result<f64, Missing> {
        let left = self.sum()?;
        for op in ["<=", ">=", "<", ">"] {
            if self.eat(op) {
                let right = self.sum()?;
                let truth = match op {
                    "<=" => left <= right,
                    ">=" => left >= right,
                    "<" => left < right,
                    _ => left > right,
                };
                return Ok(if truth { 1.0 } else { 0.0 });
            }
        }
        Ok(left)
    }

    fn sum(&mut self) -> Result<f64, Missing> {
        let mut value = self.product()?;
        loop {
            if self.eat("+") {
                value += self.product()?;
            } else if self.eat("-") {
                value -= self.product()?;
            } else {
                return Ok(value);
            }
        }
    }

    fn product(&mut self) -> Result<f64, Missing> {
        let mut value = self.unary()?;
        loop {
            if self.eat("*") {
                value *= self.unary()?;
            } else if self.eat("/") {
                value /= self.unary()?;
            } else {
                return Ok(value);
            }
        }
    }

    fn unary(&mut self) -> Result<f64, Missing> {
        if self.eat("-") {
            return Ok(-self.unary()?);
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<f64, Missing> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        match token {
            Some(Token::Number(n)) => Ok(n),
            Some(Token::Op("(")) => {
                let value = self.comparison()?;
                if !self.eat(")") {
                    return Err(self.syntax("a `(` without its `)`"));
                }
                Ok(value)
            }
            Some(Token::Name(name)) if self.eat("(") => self.call(&name),
            Some(Token::Name(name)) => self.scope.number(&name),
            _ => Err(self.syntax("a number, a name or `(` was expected")),
        }
    }

    fn call(&mut self, name: &str) -> Result<f64, Missing> {
        let mut args = vec![self.comparison()?];
        while self.eat(",") {
            args.push(self.comparison()?);
        }
        if !self.eat(")") {
            return Err(self.syntax("a `(` without its `)`"));
        }
        let fold = |start: f64, pick: fn(f64, f64) -> f64| args.iter().copied().fold(start, pick);
        match name {
            "min" => Ok(fold(f64::INFINITY, f64::min)),
            "max" => Ok(fold(f64::NEG_INFINITY, f64::max)),
            other => Err(self.syntax(&format!("no function `{other}` (min, max)"))),
        }
    }
}

#[cfg(test)]
mod tests {
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
        assert!(check_template("{a / b|x} and {c}", &known).is_ok());
        assert!(check_template("{a / (b - a)}", &known).is_ok());
        assert_eq!(
            check_template("{a / d}", &known),
            Err(Missing::Name("d".into()))
        );
        assert!(check_expr("a / (b", &known).is_err());
    }
}
