//! `models` in the newer layout: this file sits beside the `models/` folder that holds its
//! children. `user` is public, so `models::user::User` works as in the lecture; `product` is
//! private, and its type is reachable only through the re-export `models::Product`.

mod product;
pub mod user;

pub use product::Product;
pub use user::User;
