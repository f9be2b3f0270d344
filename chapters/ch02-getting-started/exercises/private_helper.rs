//! Chapter 2, exercise `private_helper`: private means private (ledger:
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
//! The translation below does not compile. Check your work with `cargo xtask exercise 2`;
//! stuck? `cargo xtask exercise 2 --hint`.

mod shop {
    fn discount(price: u32) -> u32 {
        price * 9 / 10
    }

    pub fn checkout(prices: &[u32]) -> u32 {
        prices.iter().map(|&price| discount(price)).sum()
    }
}

// TODO: make `sale_price` compile without making `shop::discount` public: the shop's own
// public function is the way in.
fn sale_price(price: u32) -> u32 {
    shop::discount(price)
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
