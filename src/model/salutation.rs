//! The salutation of a letter to the applicant (issue #16, point 4).
//!
//! Ukrainian official style addresses a person by «пане»/«пані» and the
//! surname; the vocative of first names and patronymics («Ігорю
//! Володимировичу») is not guessed, since a wrong form reads worse than a
//! plain one. So:
//!
//! | applicant | salutation |
//! |---|---|
//! | collective (more than one signatory) | «Шановні заявники!» |
//! | anonymous (no name) | «Шановний заявнику!» |
//! | gender 4.1 (чоловіча), name shown | «Шановний пане Лисенку!» |
//! | gender 4.2 (жіноча), name shown | «Шановна пані Лисенко!» |
//! | gender 4.2, name hidden (art. 10) | «Шановна заявнице!» |
//! | no or another gender code; 4.1 with the name hidden | «Шановний заявнику!» |
//!
//! The surname is the name's first word (cards keep «Прізвище Ім'я По
//! батькові»). After «пане» a man's surname takes the vocative; only the
//! one form no one disputes is made: «-ко» becomes «-ку» (Лисенко →
//! Лисенку, Франко → Франку); any other ending stays as written, as do
//! women's surnames after «пані». «Шановний заявнику!» is the neutral form: «заявник» is the
//! law's own word for an applicant of either gender (the generic masculine
//! of «Про звернення громадян»). A confidential applicant (law art. 10,
//! `model::privacy`) whose name the letter's audience may not see is
//! addressed without the surname.

use super::card::Applicant;

/// Classifier 4.1, чоловіча.
pub const MALE: &str = "4.1";
/// Classifier 4.2, жіноча.
pub const FEMALE: &str = "4.2";

/// The salutation line for `applicant`, with the exclamation mark;
/// `name_shown`: whether the letter's audience may see the name
/// (`privacy::Shown::Yes`).
pub fn salutation(applicant: &Applicant, name_shown: bool) -> String {
    let surname = applicant
        .name
        .as_deref()
        .and_then(|n| n.split_whitespace().next());
    let gender = applicant.gender.as_deref();
    if applicant.signatories > 1 {
        return "Шановні заявники!".into();
    }
    match (surname, name_shown, gender) {
        (Some(s), true, Some(MALE)) => format!("Шановний пане {}!", vocative(s)),
        (Some(s), true, Some(FEMALE)) => format!("Шановна пані {s}!"),
        (Some(_), false, Some(FEMALE)) => "Шановна заявнице!".into(),
        _ => "Шановний заявнику!".into(),
    }
}

/// A man's surname after «пане»: «-ко» → «-ку»; other endings as written.
fn vocative(surname: &str) -> String {
    match surname.strip_suffix("ко") {
        Some(stem) if !stem.is_empty() => format!("{stem}ку"),
        _ => surname.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(name: Option<&str>, gender: Option<&str>, signatories: u32, shown: bool, want: &str) {
        let a = Applicant {
            name: name.map(str::to_string),
            address: None,
            phone: None,
            email: None,
            gender: gender.map(str::to_string),
            categories: Vec::new(),
            social_status: None,
            signatories,
            confidential: !shown,
        };
        assert_eq!(salutation(&a, shown), want);
    }

    #[test]
    fn salutations() {
        let name = Some("Лисенко Ігор Володимирович");
        check(name, Some("4.1"), 1, true, "Шановний пане Лисенку!");
        check(
            Some("Франко Іван"),
            Some("4.1"),
            1,
            true,
            "Шановний пане Франку!",
        );
        check(
            Some("Павлюк Степан"),
            Some("4.1"),
            1,
            true,
            "Шановний пане Павлюк!",
        );
        check(
            Some("Лисенко Олена"),
            Some("4.2"),
            1,
            true,
            "Шановна пані Лисенко!",
        );
        check(name, Some("4.2"), 1, true, "Шановна пані Лисенко!");
        check(
            Some("  Коваль  Ольга "),
            Some("4.2"),
            1,
            true,
            "Шановна пані Коваль!",
        );
        check(
            Some("Яворівська-Пшеничка М. Т."),
            Some("4.2"),
            1,
            true,
            "Шановна пані Яворівська-Пшеничка!",
        );
        check(name, None, 1, true, "Шановний заявнику!");
        check(name, Some("4.9"), 1, true, "Шановний заявнику!");
        check(None, Some("4.1"), 1, true, "Шановний заявнику!");
        check(None, None, 0, true, "Шановний заявнику!");
        check(Some(""), Some("4.1"), 1, true, "Шановний заявнику!");
        check(name, Some("4.1"), 2, true, "Шановні заявники!");
        check(name, Some("4.2"), 25, false, "Шановні заявники!");
        check(None, None, 3, true, "Шановні заявники!");
        // Confidential, and the audience may not see the name.
        check(name, Some("4.1"), 1, false, "Шановний заявнику!");
        check(name, Some("4.2"), 1, false, "Шановна заявнице!");
        check(name, None, 1, false, "Шановний заявнику!");
    }
}
