//! Chapter 12, solution of exercise `ordered_students` (ledger: `exercise/ordered-students`).

// Solved: `Ord` needs `Eq` and `PartialOrd` needs `PartialEq`; deriving all four compares the
// fields in declaration order, as `@dataclass(order=True)` does.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Student {
    name: String,
    grade: i32,
}

fn student(name: &str, grade: i32) -> Student {
    Student {
        name: name.into(),
        grade,
    }
}

fn main() {
    let mut students = vec![
        student("Bob", 85),
        student("Alice", 90),
        student("Alice", 70),
    ];
    students.sort();
    println!("{students:?}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn students_sort_by_name_then_grade() {
        let mut students = [
            student("Bob", 85),
            student("Alice", 90),
            student("Alice", 70),
        ];
        students.sort();
        let order: Vec<String> = students
            .iter()
            .map(|s| format!("{} {}", s.name, s.grade))
            .collect();
        assert_eq!(order, ["Alice 70", "Alice 90", "Bob 85"]);
        assert!(student("Ada", 1) == student("Ada", 1));
    }
}
