//! Tuples, arrays, slices and Vec at run time: the lecture's printed values and what happens out
//! of range. Ledger: `tuples/*`, `arrays/*`, `vec/*`.
use chapter_05::arrays::{clamped_slice, index, middle_is_a_view, numbers, slice, slicings, zeros};
use chapter_05::tuples::{
    checked_min_max, min_max, record_fields, replace_first_field, unpack_point,
};
use chapter_05::vecs::{creations, get_or, operations, remove_all, remove_first, sorted};
use textbook_harness::panic_message;

#[test]
fn destructuring_a_tuple_binds_each_field() {
    // `{}` prints an f64 that is a whole number without `.0`: Python's f-string prints x=3.0.
    assert_eq!(unpack_point(), "x=3, y=4");
    assert_eq!(record_fields(), ("Alice", 30, true));
}

#[test]
fn a_tuple_in_a_mut_binding_can_change_a_field() {
    assert_eq!(replace_first_field(), (5.0, 4.0));
}

#[test]
fn min_max_returns_a_pair_and_panics_on_an_empty_slice() {
    assert_eq!(min_max(&[3, 1, 4, 1, 5]), (1, 5));
    assert!(
        panic_message(|| {
            min_max(&[]);
        })
        .contains("called `Option::unwrap()` on a `None` value")
    );
    assert_eq!(checked_min_max(&[]), None);
    assert_eq!(checked_min_max(&[7]), Some((7, 7)));
}

#[test]
fn an_array_has_its_length_in_its_type_and_no_header() {
    assert_eq!(numbers(), [1, 2, 3, 4, 5]);
    assert_eq!(zeros(), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Five i32s and nothing else: no length field, no reference count, no type pointer.
    assert_eq!(std::mem::size_of::<[i32; 5]>(), 20);
    // The same array boxed lives on the heap; the type does not decide where a value is.
    // What stays on the stack is the Box, one pointer; the 20 bytes moved to the heap.
    let boxed: Box<[i32; 5]> = Box::new(numbers());
    assert_eq!(std::mem::size_of_val(&boxed), std::mem::size_of::<usize>());
    assert_eq!(std::mem::size_of_val(&*boxed), 20);
}

#[test]
fn a_slice_points_into_the_array_it_views() {
    let (middle, same_memory) = middle_is_a_view(&numbers());
    assert_eq!(middle, [2, 3, 4]);
    assert!(same_memory);
    // A Vec copied from the slice is elsewhere: that is what Python's slice always does.
    let data = numbers();
    let copy = data[1..4].to_vec();
    assert!(!std::ptr::eq(copy.as_ptr(), &data[1]));
}

#[test]
fn the_lecture_slicings_give_the_values_it_comments() {
    let [first_three, last_two, last_two_by_len, reversed] = slicings(&[10, 20, 30, 40, 50]);
    assert_eq!(first_three, [10, 20, 30]);
    assert_eq!(last_two, [40, 50]);
    assert_eq!(last_two_by_len, [40, 50]);
    assert_eq!(reversed, [50, 40, 30, 20, 10]);
}

#[test]
fn an_index_out_of_range_panics_and_get_says_none() {
    let data = [10, 20, 30, 40, 50];
    assert_eq!(index(&data, 4), 50);
    assert_eq!(
        panic_message(|| {
            index(&data, 10);
        }),
        "index out of bounds: the len is 5 but the index is 10"
    );
    assert_eq!(data.get(10), None);
    assert_eq!(data.get(4), Some(&50));
}

#[test]
fn a_slice_past_the_end_panics_where_python_clamps() {
    let data = [10, 20, 30, 40, 50];
    assert_eq!(
        panic_message(|| {
            slice(&data, 1, 100);
        }),
        "range end index 100 out of range for slice of length 5"
    );
    // `get` with a range does not clamp either: the whole range is in bounds, or None.
    assert_eq!(data.get(1..100), None);
    assert_eq!(clamped_slice(&data, 1, 100), [20, 30, 40, 50]);
    assert_eq!(clamped_slice(&data, 10, 20), Vec::<i32>::new());
}

#[test]
fn the_four_creations_give_the_lecture_values() {
    let [numbers, empty, repeated, from_range] = creations();
    assert_eq!(numbers, [1, 2, 3]);
    assert!(empty.is_empty());
    assert_eq!(repeated, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(from_range, [1, 2, 3, 4, 5]);
}

#[test]
fn vec_new_infers_its_type_from_a_later_push() {
    // The annotation the lecture calls needed is needed only when nothing else fixes the type.
    fn byte_count(bytes: Vec<u8>) -> usize {
        bytes.len()
    }
    let empty = Vec::new(); // no annotation: the call below says it is a Vec<u8>
    assert_eq!(byte_count(empty), 0);
    let mut grown = Vec::new();
    for byte in b"ab" {
        grown.push(*byte); // the first push says what it holds
    }
    assert_eq!(grown, [b'a', b'b']);
}

#[test]
fn the_lecture_operations_leave_the_values_it_comments() {
    let steps = operations();
    let expected = [
        ("push", "[1,2,3,4]"),
        ("extend", "[1,2,3,4,5,6]"),
        ("insert", "[0,1,2,3,4,5,6]"),
        ("pop", "Some(6)"),
        ("after_pop", "[0,1,2,3,4,5]"),
        ("len", "6"),
        ("sorted_copy", "[0,1,2,3,4,5]"),
        ("reverse", "[5,4,3,2,1,0]"),
        ("contains_3", "true"),
        ("position_3", "Some(2)"),
    ];
    let got: Vec<(&str, &str)> = steps.iter().map(|(s, v)| (*s, v.as_str())).collect();
    assert_eq!(got, expected);
}

#[test]
fn pop_on_an_empty_vec_is_none() {
    assert_eq!(Vec::<i32>::new().pop(), None);
    assert_eq!(vec![7].pop(), Some(7));
}

#[test]
fn the_table_remove_expression_removes_the_first_match_only() {
    let mut v = vec![1, 2, 3, 2];
    assert_eq!(remove_first(&mut v, 2), Some(2));
    assert_eq!(v, [1, 3, 2]);
    assert_eq!(remove_first(&mut v, 9), None);
    assert_eq!(v, [1, 3, 2]);
    let mut w = vec![1, 2, 3, 2];
    remove_all(&mut w, 2);
    assert_eq!(w, [1, 3]);
}

#[test]
fn remove_at_an_index_returns_the_item_and_panics_out_of_range() {
    let mut v = vec![10, 20, 30];
    assert_eq!(v.remove(1), 20);
    assert_eq!(v, [10, 30]);
    let message = panic_message(move || {
        v.remove(5);
    });
    assert!(
        message.contains("removal index (is 5) should be < len (is 2)"),
        "{message}"
    );
}

#[test]
fn sorted_is_collect_then_sort_and_leaves_the_source_alone() {
    let source = vec![3, 1, 2];
    let copy = sorted(source.iter().copied());
    assert_eq!(copy, [1, 2, 3]);
    assert_eq!(source, [3, 1, 2]);
}

#[test]
fn get_with_a_default_is_get_copied_unwrap_or() {
    assert_eq!(get_or(&[10, 20, 30], 1, -1), 20);
    assert_eq!(get_or(&[10, 20, 30], 7, -1), -1);
}

#[test]
#[allow(clippy::useless_vec)] // the row is about a Vec, not an array
fn a_vec_slice_is_a_view_of_the_vec() {
    let v = vec![10, 20, 30, 40];
    let s = &v[1..3];
    assert_eq!(s, [20, 30]);
    assert!(std::ptr::eq(s.as_ptr(), &v[1]));
}

#[test]
fn a_vec_keeps_its_items_in_one_heap_buffer_that_grows() {
    let mut v: Vec<i32> = Vec::new();
    assert_eq!(v.capacity(), 0); // no allocation until the first push
    v.extend(0..100);
    assert!(v.capacity() >= 100);
    // Contiguous: item i is i places after item 0.
    assert!(std::ptr::eq(&v[99], v.as_ptr().wrapping_add(99)));
}

#[test]
fn insert_past_the_end_panics_where_python_appends() {
    let mut v = vec![1, 2, 3];
    v.insert(3, 4); // at the length: the end, as `lst.insert(3, 4)`
    assert_eq!(v, [1, 2, 3, 4]);
    let message = panic_message(move || v.insert(100, 9));
    assert!(
        message.contains("insertion index (is 100) should be <= len (is 4)"),
        "{message}"
    );
}

#[test]
fn a_slice_reference_carries_a_length_known_only_at_run_time() {
    // `&[i32]` is a pointer and a length: two words, whatever the length.
    assert_eq!(
        std::mem::size_of::<&[i32]>(),
        2 * std::mem::size_of::<usize>()
    );
    let numbers = numbers();
    let end = numbers.iter().position(|&n| n == 4).unwrap_or(0);
    let slice: &[i32] = &numbers[1..end];
    assert_eq!(slice.len(), 2);
}

#[test]
#[allow(clippy::useless_vec)] // the row is about a Vec, not an array
fn floats_sort_with_total_cmp_and_nan_goes_last() {
    let mut prices = vec![2.5, f64::NAN, 1.0, 9.75];
    prices.sort_by(f64::total_cmp);
    assert_eq!(prices[..3], [1.0, 2.5, 9.75]);
    assert!(prices[3].is_nan());
}

#[test]
fn extend_from_a_borrow_leaves_the_source_usable() {
    let mut nums = vec![1, 2, 3];
    let other = vec![4, 5];
    nums.extend(&other); // `Extend<&i32>`: copies the items
    nums.extend_from_slice(&other);
    assert_eq!(nums, [1, 2, 3, 4, 5, 4, 5]);
    assert_eq!(other, [4, 5]);
}
