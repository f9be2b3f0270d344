//! Chapter 10, exercise `student_ord` (ledger: `std/eq-not-for-f64`). A Python dataclass with
//! `order=True` sorts students whatever the grade's type; Rust's derived `Eq` and `Ord` need
//! every field to be totally ordered, and an f64 is not (NaN is not equal to itself).
//! Check your work with `cargo xtask exercise 10`; stuck? `cargo xtask exercise 10 --hint`.

// TODO: this derive does not compile, because `grade` is an f64. Keep the f64: derive only
// `Debug, Clone, PartialEq`, and write `Eq`, `PartialOrd` and `Ord` yourself, comparing `name`
// first and `grade` second with `f64::total_cmp`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Student {
    name: String,
    grade: f64,
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
