// `mod product;` without `pub`: the type inside is `pub`, but the path to it is closed. Only a
// re-export (`pub use product::Product;`) would let the outside name it.
mod models {
    mod product {
        pub struct Product {
            pub title: String,
        }
    }
}

use models::product::Product;

fn main() {
    let teapot = Product {
        title: "teapot".to_string(),
    };
    println!("{}", teapot.title);
}
