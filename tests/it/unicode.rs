//! Issue #19, point 4: names as people type them. One applicant typed with
//! another apostrophe, an invisible character, a decomposed letter or a
//! Latin lookalike is one applicant for repeat matching; the index letter is
//! the letter a person reads; a card name typed with a Latin `K` names the
//! card with the Cyrillic `К`; the card keeps the name as received.

use crate::support::{Reg, DAY};

#[test]
fn one_applicant_however_the_name_was_typed() {
    let reg = Reg::new();
    reg.register_one(DAY, "u-1", "Йосипенко Мар’яна", "009")
        .ok();
    for (i, typed) in [
        "Йосипенко Мар'яна",
        "Йосипенко Мар\u{200B}ʼяна\u{200F}",
        "\u{FEFF}\u{0418}\u{0306}осипенко Марʼяна",
        "Йocипeнкo Map'янa",
    ]
    .iter()
    .enumerate()
    {
        let cc = format!("u-{}", i + 2);
        let run = reg
            .run_on(
                DAY,
                &[
                    "register",
                    "--cc-number",
                    &cc,
                    "--name",
                    typed,
                    "--topic",
                    "009",
                    "--summary",
                    "Не працює вуличне освітлення",
                    "--link-matches",
                ],
            )
            .ok();
        let card = reg.card(2015, i as u32 + 2);
        assert_eq!(card["index"], format!("Й-{}", i + 2), "{typed:?}");
        assert!(
            card["links"]["repeat_of"].is_string(),
            "{typed:?} is the same applicant: {}",
            run.stderr
        );
        // Kept as received.
        assert_eq!(card["applicant"]["name"], *typed);
    }
    reg.run_on(DAY, &["check"]).ok();
}

#[test]
fn latin_letters_in_a_cyrillic_name_are_warned_of_and_read_as_cyrillic() {
    let reg = Reg::new();
    let run = reg.register_one(DAY, "l-1", "Kоваленко Петро", "009").ok();
    assert!(
        run.stderr
            .contains("2015/К-1: the applicant's name has Latin letters among Cyrillic ones («K»)"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("Kоваленко"), "the name isn't quoted");
    assert_eq!(reg.card(2015, 1)["index"], "К-1");
    // A card name typed with a Latin K (or P, O …) names the Cyrillic card.
    for name in ["K-1", "2015/K-1", "К-1"] {
        reg.run_on(DAY, &["show", name]).ok();
    }
}
