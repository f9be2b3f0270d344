//! What closures capture. Ledger: `capture/*`.
use chapter_12::late_binding::{boxed_closures, call_all, shared_cell_closures};

#[test]
fn move_closures_made_in_a_loop_keep_each_value() {
    assert_eq!(format!("{:?}", call_all(&boxed_closures())), "[0, 1, 2]");
}

#[test]
fn closures_sharing_one_cell_all_see_its_last_value() {
    // The late binding Python shows by default, reproduced only by asking for shared state.
    assert_eq!(format!("{:?}", shared_cell_closures()), "[2, 2, 2]");
}
