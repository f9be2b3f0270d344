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
//!
//! An expression whose names are all counts ([`Scope::is_count`]: a size, a number of samples)
//! is a count, and prints as one: `long` writes it whole with its thousands grouped
//! (`200,000`), and `s` or `ms`, which would show it as a time, are refused.

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
    #[error(
        "`{expr}` is a count, and `{format}` shows seconds: write {{{expr}}}, or {{{expr}|long}} \
         for its digits grouped"
    )]
    Count { expr: String, format: String },
}

/// Where names get their values: numbers, and (for templates) texts.
pub trait Scope {
    fn number(&self, name: &str) -> Result<f64, Missing>;
    fn text(&self, _name: &str) -> Option<String> {
        None
    }
    /// Whether `name` is a count (of runs, of elements) rather than a measured quantity.
    fn is_count(&self, _name: &str) -> bool {
        false
    }
}

/// The names `expr` reads (not the functions it calls).
pub fn names(expr: &str) -> Result<Vec<String>, Missing> {
    let tokens = lex(expr)?;
    Ok(tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match (t, tokens.get(i + 1)) {
            (Token::Name(_), Some(Token::Op("("))) => None,
            (Token::Name(name), _) => Some(name.clone()),
            _ => None,
        })
        .collect())
}

/// Whether `expr` is a count: it reads at least one name, and only counts.
pub fn is_count(expr: &str, scope: &dyn Scope) -> bool {
    names(expr).is_ok_and(|names| !names.is_empty() && names.iter().all(|n| scope.is_count(n)))
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
            _ if is_count(expr, scope) => {
                out.push_str(&count(eval(expr, scope)?, expr, format, template)?);
            }
            _ => out.push_str(&show(eval(expr, scope)?, format, template)?),
        }
        rest = &brace[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Checks a template without values: its syntax, its formats, and that every name in it is
/// one that `known` accepts (a misspelt name is an error now, not a figure missing later), and
/// that no count (a name `count` accepts) is shown as a time.
pub fn check_template(
    template: &str,
    known: &dyn Fn(&str) -> bool,
    count: &dyn Fn(&str) -> bool,
) -> Result<(), Missing> {
    struct Known<'k>(&'k dyn Fn(&str) -> bool, &'k dyn Fn(&str) -> bool);
    impl Scope for Known<'_> {
        fn is_count(&self, name: &str) -> bool {
            (self.1)(name)
        }
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
    match render(template, &Known(known, count)) {
        Ok(_) | Err(Missing::NotFinite(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Checks an expression without values, as [`check_template`] does.
pub fn check_expr(expr: &str, known: &dyn Fn(&str) -> bool) -> Result<(), Missing> {
    check_template(&format!("{{{expr}}}"), known, &|_| false)
}

/// A count in `format`: `long` writes it whole, its thousands grouped; a format of seconds is
/// refused; any other shows it as it shows any number.
fn count(value: f64, expr: &str, format: Option<&str>, template: &str) -> Result<String, Missing> {
    match format {
        Some("long") => {
            let digits = format!("{:.0}", value.abs());
            let mut out = String::from(if value <= -0.5 { "-" } else { "" });
            for (i, digit) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    out.push(',');
                }
                out.push(digit);
            }
            Ok(out)
        }
        Some(format @ ("s" | "ms")) => Err(Missing::Count {
            expr: expr.to_string(),
            format: format.to_string(),
        }),
        _ => show(value, format, template),
    }
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
mod tests;
