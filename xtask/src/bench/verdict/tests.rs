use super::*;

fn ledger(entries: &str) -> Ledger {
    toml::from_str(entries).unwrap()
}

#[test]
fn a_rule_that_disagrees_with_the_ledger_says_so() {
    let ledger = ledger(
        "[[claim]]\nid='p/x'\nsection='s'\nsays='x'\nside='both'\nkind='measure'\n\
         proof='bench:kernel'\nverdict='erratum'\nnote='n'\n",
    );
    let holds = Some((Verdict::Holds, "150× (rule)".to_string()));
    let r = shown(&row("p/x", "b", holds.clone()), &ledger);
    assert_eq!(r.verdict, Some(Verdict::Holds));
    assert_eq!(r.reason, "150× (rule) (the ledger says `erratum`)");
    let r = shown(&row("p/x", "b", None), &ledger);
    assert_eq!(
        (r.verdict, r.reason.as_str()),
        (Some(Verdict::Erratum), "n")
    );
    let r = shown(&row("p/unknown", "b", None), &ledger);
    assert_eq!(r.verdict, None);
    assert_eq!(r.lecture, "(not in the ledger)");
    let r = shown(&row("p/unknown", "b", holds), &ledger);
    assert_eq!(r.reason, "150× (rule) (not in the ledger yet)");
}

#[test]
fn a_quick_run_prints_no_rule_s_judgement_beside_no_verdict() {
    let ledger = crate::bench::test_fixture::ledger();
    let mut bench = crate::bench::test_fixture::report(false).benches.remove(0);
    assert!(
        shown(&bench.claims[0], &ledger)
            .reason
            .contains("is an erratum")
    );
    withhold_for_quick(&mut bench);
    let claim = shown(&bench.claims[0], &ledger);
    assert_eq!(claim.verdict, None);
    assert!(claim.reason.contains("no verdict"), "{}", claim.reason);
    for judgement in ["erratum", "holds", "refines", "rule:", "×", "Days"] {
        assert!(!claim.reason.contains(judgement), "{}", claim.reason);
    }
}

#[test]
fn a_failed_rule_never_prints_the_ledgers_holds() {
    let ledger = ledger(
        "[[claim]]\nid='p/h'\nsection='s'\nsays='x'\nside='rust'\nkind='measure'\n\
         proof='bench:k'\nverdict='holds'\n\
         [[claim]]\nid='p/r'\nsection='s'\nsays='x'\nside='rust'\nkind='measure'\n\
         proof='bench:k'\nverdict='refined'\nnote='n'\n",
    );
    let r = shown(
        &rule_failed("p/h", "2.10 cycles", "`at-most` (≤ 2)"),
        &ledger,
    );
    assert_eq!(r.verdict, None);
    assert!(
        r.reason.contains("`at-most` (≤ 2) does not hold"),
        "{}",
        r.reason
    );
    assert!(r.reason.contains("the ledger says `holds`"), "{}", r.reason);
    let r = shown(
        &rule_failed("p/r", "2.10 cycles", "`at-most` (≤ 2)"),
        &ledger,
    );
    assert_eq!(r.verdict, Some(Verdict::Refined));
    assert!(
        r.reason.contains("`at-most` (≤ 2) does not hold"),
        "{}",
        r.reason
    );
}

/// What a recorded run shows of its claims is the ledger's as it is now: the verdict beside the
/// rule's, the lecture's words, the note of a claim the ledger judges, each follows an edit of
/// claims.toml made after the run, and the run itself holds none of them.
#[test]
fn a_ledger_edited_after_the_run_is_shown_with_its_new_words() {
    let before = ledger(
        "[[claim]]\nid='deploy/start'\nsection='s'\nsays='Python starts in 200 ms.'\n\
         side='python'\nkind='measure'\nproof='bench:k'\nverdict='holds'\n\
         [[claim]]\nid='case/none'\nsection='s'\nsays='Threads cost nothing to start.'\n\
         side='rust'\nkind='measure'\nproof='bench:k'\nverdict='refined'\n\
         note='Not nothing: 0.5 ms.'\n",
    );
    let ruled = Some((Verdict::Refined, "130 ms: below 200 ms (rule)".to_string()));
    let recorded = [
        row("deploy/start", "130 ms", ruled),
        row("case/none", "0.5 ms", None),
    ];
    let json = serde_json::to_string(&recorded).unwrap();
    for word in [
        "Python starts",
        "Threads cost",
        "Not nothing",
        "ledger says",
        "holds",
    ] {
        assert!(
            !json.contains(word),
            "the run keeps the ledger's `{word}`: {json}"
        );
    }
    let read: Vec<ClaimRow> = serde_json::from_str(&json).unwrap();
    assert_eq!(read, recorded);
    let start = shown(&read[0], &before);
    assert_eq!(
        start.reason,
        "130 ms: below 200 ms (rule) (the ledger says `holds`)"
    );
    assert_eq!(start.lecture, "Python starts in 200 ms.");
    assert_eq!(shown(&read[1], &before).reason, "Not nothing: 0.5 ms.");

    let after = ledger(
        "[[claim]]\nid='deploy/start'\nsection='s'\nsays='Python starts in 200–500 ms.'\n\
         side='python'\nkind='measure'\nproof='bench:k'\nverdict='refined'\nnote='faster'\n\
         [[claim]]\nid='case/none'\nsection='s'\nsays='Threads cost nothing to start.'\n\
         side='rust'\nkind='measure'\nproof='bench:k'\nverdict='erratum'\n\
         note='Not nothing: 0.5–0.7 ms for 16 threads.'\n",
    );
    let start = shown(&read[0], &after);
    assert_eq!(
        (start.verdict, start.reason.as_str(), start.lecture.as_str()),
        (
            Some(Verdict::Refined),
            "130 ms: below 200 ms (rule)",
            "Python starts in 200–500 ms."
        )
    );
    let none = shown(&read[1], &after);
    assert_eq!(
        (none.verdict, none.reason.as_str()),
        (
            Some(Verdict::Erratum),
            "Not nothing: 0.5–0.7 ms for 16 threads."
        )
    );
}
