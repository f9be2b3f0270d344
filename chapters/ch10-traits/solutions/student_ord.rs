//! Chapter 10, solution of exercise `student_ord` (ledger: `std/eq-not-for-f64`). A Python dataclass with
//! `order=True` sorts students whatever the grade's type; Rust's derived `Eq` and `Ord` need
//! every field to be totally ordered, and an f64 is not (NaN is not equal to itself).
use std::cmp::Ordering;

// Solved: `total_cmp` orders every f64, NaN included (after every number), so Ord is total.
// PartialEq stays derived with f64's `==`; for Ord's contract it must agree with `cmp`, which
// holds for every grade but NaN.
#[derive(Debug, Clone, PartialEq)]
struct Student {
    name: String,
    grade: f64,
}

impl Eq for Student {}

impl PartialOrd for Student {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Student {
    fn cmp(&self, other: &Self) -> Ordering {
        self.name
            .cmp(&other.name)
            .then_with(|| self.grade.total_cmp(&other.grade))
    }
}

fn student(name: &str, grade: f64) -> Student {
    Student {
        name: name.into(),
        grade,
    }
}

fn ranked(mut students: Vec<Student>) -> Vec<Student> {
    students.sort();
    students
}

fn main() {
    let students = vec![
        student("Charlie", 85.5),
        student("Alice", 92.0),
        student("Alice", 70.5),
    ];
    println!("{:?}", ranked(students));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_name_then_grade() {
        let students = vec![
            student("Charlie", 85.5),
            student("Alice", 92.0),
            student("Alice", 70.5),
        ];
        let order: Vec<(String, f64)> = ranked(students)
            .into_iter()
            .map(|s| (s.name, s.grade))
            .collect();
        assert_eq!(
            order,
            [
                ("Alice".into(), 70.5),
                ("Alice".into(), 92.0),
                ("Charlie".into(), 85.5)
            ]
        );
    }

    #[test]
    fn a_nan_grade_still_has_a_place() {
        let sorted = ranked(vec![student("Bo", f64::NAN), student("Bo", 1.0)]);
        assert_eq!(sorted[0].grade, 1.0);
        assert!(sorted[1].grade.is_nan());
    }
}
