//! Chapter 2, solution of exercise `private_helper`: private means private (ledger:
//! `exercise/private-helper`).
//!
//! Python's leading underscores are a convention; anyone may call the function:
//!
//! ```python
//! # shop.py
//! def _discount(price: int) -> int:
//!     return price * 9 // 10
//!
//! # main.py
//! import shop
//! print(shop._discount(200))  # 180: nothing stops it
//! ```
//!
//! One solution, compiled and tested by `tests/solutions.rs`; the template is
//! `exercises/private_helper.rs`. Once yours passes, `cargo xtask exercise 2 solution private_helper` shows this file.

mod shop {
    fn discount(price: u32) -> u32 {
        price * 9 / 10
    }

    pub fn checkout(prices: &[u32]) -> u32 {
        prices.iter().map(|&price| discount(price)).sum()
    }
}

// Solved. `discount` has no `pub`, so it is private to `shop` (E0603): only `shop` and modules
// inside it may call it. The public way in is `checkout`, which applies it.
fn sale_price(price: u32) -> u32 {
    shop::checkout(&[price])
}

fn main() {
    println!("{}", sale_price(200));
    println!("{}", shop::checkout(&[200, 100]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sale_takes_ten_percent_off() {
        assert_eq!(sale_price(200), 180);
        assert_eq!(sale_price(100), 90);
    }
}
