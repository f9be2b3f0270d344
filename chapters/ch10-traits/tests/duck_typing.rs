//! Traits vs duck typing. Ledger: duck/*.
use chapter_10::duck_typing::{
    Circle, HasArea, Rectangle, lecture_total, lecture_total_with_python_pi, total_area,
};

#[test]
fn total_area_of_the_lecture_shapes_prints_every_digit() {
    assert_eq!(lecture_total().to_string(), "90.53981633974483");
    assert_ne!(lecture_total().to_string(), "90.54");
}

#[test]
fn with_python_pi_the_same_sum_prints_90_53975() {
    assert_eq!(lecture_total_with_python_pi().to_string(), "90.53975");
}

#[test]
fn any_type_that_says_impl_has_area_joins_the_list() {
    #[derive(Debug)]
    struct Triangle {
        base: f64,
        height: f64,
    }
    impl HasArea for Triangle {
        fn area(&self) -> f64 {
            self.base * self.height / 2.0
        }
    }
    let shapes: [&dyn HasArea; 3] = [
        &Circle { radius: 1.0 },
        &Rectangle {
            width: 2.0,
            height: 3.0,
        },
        &Triangle {
            base: 4.0,
            height: 5.0,
        },
    ];
    assert_eq!(total_area(&shapes), std::f64::consts::PI + 6.0 + 10.0);
}
