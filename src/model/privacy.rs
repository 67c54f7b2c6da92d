//! Who may see the applicant: one rule for every output (law art. 10).
//!
//! Law «Про звернення громадян», art. 10 (`../shared/reference/law.md`
//! §1.6 and §5): «На прохання громадянина, висловлене в усній формі або
//! зазначене в тексті звернення, не підлягає розголошенню його прізвище,
//! місце проживання та роботи»; the ban does not cover passing the appeal's
//! information to persons involved in resolving the matter.
//!
//! The card keeps four details that name the applicant: name, address,
//! phone and e-mail. A telephone number or an e-mail address names a person
//! as surely as the surname, so for a confidential applicant (the card's
//! `applicant.confidential`) all four are one: hidden from every output,
//! except from the executors (persons involved in resolving the matter:
//! their dispatch letter and answer drafts) when the register's policy
//! uses art. 10's exception (`[privacy] executor_sees_confidential`).
//! Art. 10 permits that passing and does not require it, so the default is
//! the applicant's own request: hidden from the executors too.
//!
//! | audience | not confidential | confidential | confidential, `executor_sees_confidential = true` |
//! |---|---|---|---|
//! | [`Audience::Executor`]: the dispatch letter, `draft` | shown | hidden | shown |
//! | [`Audience::Clerk`]: `show`, a step's card, `list --personal`, `export --personal`, intake problems | shown | hidden | hidden |
//! | [`Audience::Others`]: `list`, `export`, `export --anonymize`, reports | withheld (not asked for) | hidden | hidden |
//!
//! People read [`CONFIDENTIAL`] in place of a hidden detail; scripts read
//! `null` beside the card's (or row's) `confidential: true`. A detail
//! withheld because it was not asked for reads [`WITHHELD`], as it always
//! did. A pseudonym (`export --anonymize`) is derived from the name and
//! phone, so anyone who can guess them can confirm them: a confidential
//! applicant gets none. Outputs that never carry the four details at all —
//! `related`, `log`, `deadlines`, the report, commit messages — need not
//! ask; the tests guard that they stay so.

use super::card::{Applicant, Card};
use serde::{Deserialize, Serialize};

/// What people read in place of a confidential applicant's detail.
pub const CONFIDENTIAL: &str = "конфіденційно (ст. 10 Закону)";

/// What people and scripts read in place of a detail that was not asked
/// for (`list` without `--personal`).
pub const WITHHELD: &str = "[приховано]";

/// The register's policy, `register.toml`'s `[privacy]`; a setting left out
/// takes its default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    /// Art. 10's exception: the executors, persons involved in resolving
    /// the matter, see a confidential applicant's name and contacts in
    /// their letter and drafts. Default `false`: the applicant's request.
    pub executor_sees_confidential: bool,
}

/// Who an output is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The executors the appeal is sent to, under the register's policy:
    /// the dispatch letter and the answer drafts.
    Executor(Policy),
    /// The register's own users, who asked to see the applicant: a card
    /// shown, `list --personal`, `export --personal`.
    Clerk,
    /// Everything else: output with no personal data unless asked for.
    Others,
}

/// What an output may do with one detail of the applicant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Show it.
    Yes,
    /// Hide it: the applicant asked (art. 10).
    Confidential,
    /// Leave it out: personal data were not asked for.
    Withheld,
}

impl Shown {
    /// The detail as people read it: the value, or [`CONFIDENTIAL`] (even
    /// when there is none, so that the request itself shows), or
    /// [`WITHHELD`] in place of a value. `None`: there is nothing to show.
    pub fn text(self, value: Option<&str>) -> Option<String> {
        match self {
            Shown::Yes => value.map(str::to_string),
            Shown::Confidential => Some(CONFIDENTIAL.to_string()),
            Shown::Withheld => value.map(|_| WITHHELD.to_string()),
        }
    }

    /// The detail as scripts read it: the value, `None` (JSON `null`, an
    /// empty CSV field) when confidential, or [`WITHHELD`] in place of a
    /// value.
    pub fn data(self, value: Option<&str>) -> Option<String> {
        match self {
            Shown::Yes => value.map(str::to_string),
            Shown::Confidential => None,
            Shown::Withheld => value.map(|_| WITHHELD.to_string()),
        }
    }
}

/// What an output may show of one applicant, detail by detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disclosure {
    /// Surname, name, patronymic.
    pub name: Shown,
    /// Postal address (the place of residence).
    pub address: Shown,
    /// Telephone.
    pub phone: Shown,
    /// E-mail.
    pub email: Shown,
}

/// The rule: what `audience` may see of `applicant`.
pub fn disclosure(audience: Audience, applicant: &Applicant) -> Disclosure {
    rule(audience, applicant.confidential)
}

/// The rule, for an applicant who asked for confidentiality or not (before
/// there is a card: intake).
pub fn rule(audience: Audience, confidential: bool) -> Disclosure {
    let shown = match (audience, confidential) {
        (Audience::Executor(p), true) if p.executor_sees_confidential => Shown::Yes,
        (_, true) => Shown::Confidential,
        (Audience::Executor(_) | Audience::Clerk, false) => Shown::Yes,
        (Audience::Others, false) => Shown::Withheld,
    };
    Disclosure {
        name: shown,
        address: shown,
        phone: shown,
        email: shown,
    }
}

impl Disclosure {
    /// Whether any detail is hidden because the applicant asked.
    pub fn hides(&self) -> bool {
        [self.name, self.address, self.phone, self.email].contains(&Shown::Confidential)
    }

    /// Whether a pseudonym derived from the name and phone may go out.
    pub fn pseudonym(&self) -> bool {
        self.name != Shown::Confidential && self.phone != Shown::Confidential
    }

    /// The applicant as scripts may read it: each detail by [`Shown::data`].
    pub fn applicant(&self, a: &Applicant) -> Applicant {
        Applicant {
            name: self.name.data(a.name.as_deref()),
            address: self.address.data(a.address.as_deref()),
            phone: self.phone.data(a.phone.as_deref()),
            email: self.email.data(a.email.as_deref()),
            ..a.clone()
        }
    }
}

/// The card as `audience` may read it (its JSON): the applicant by the rule,
/// the rest as it is. No history event carries the applicant's details.
pub fn card(audience: Audience, c: &Card) -> Card {
    Card {
        applicant: disclosure(audience, &c.applicant).applicant(&c.applicant),
        ..c.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applicant(confidential: bool) -> Applicant {
        Applicant {
            name: Some("Приходько Ярема".into()),
            address: Some("вул. Тиха, 7".into()),
            phone: Some("+380501112233".into()),
            email: Some("yarema@example.org".into()),
            gender: Some("4.1".into()),
            categories: vec!["7.5".into()],
            social_status: None,
            signatories: 1,
            confidential,
        }
    }

    const SEES: Audience = Audience::Executor(Policy {
        executor_sees_confidential: true,
    });
    const BLIND: Audience = Audience::Executor(Policy {
        executor_sees_confidential: false,
    });

    #[track_caller]
    fn check(audience: Audience, confidential: bool, expected: Shown) {
        let d = disclosure(audience, &applicant(confidential));
        assert_eq!(
            [d.name, d.address, d.phone, d.email],
            [expected; 4],
            "{audience:?}, confidential {confidential}"
        );
    }

    #[test]
    fn the_rule_table() {
        use Shown::*;
        check(BLIND, false, Yes);
        check(SEES, false, Yes);
        check(Audience::Clerk, false, Yes);
        check(Audience::Others, false, Withheld);
        check(BLIND, true, Confidential);
        check(SEES, true, Yes);
        check(Audience::Clerk, true, Confidential);
        check(Audience::Others, true, Confidential);
    }

    #[test]
    fn the_default_policy_is_the_applicants_request() {
        assert_eq!(
            Policy::default(),
            Policy {
                executor_sees_confidential: false
            }
        );
        let p: Policy = toml::from_str("").unwrap();
        assert_eq!(p, Policy::default());
        assert!(toml::from_str::<Policy>("executor_sees_confidential = \"yes\"").is_err());
        assert!(toml::from_str::<Policy>("executor_sees = true").is_err());
    }

    #[test]
    fn what_people_and_scripts_read() {
        let hidden = disclosure(Audience::Clerk, &applicant(true));
        assert!(hidden.hides() && !hidden.pseudonym());
        let a = hidden.applicant(&applicant(true));
        assert_eq!(
            (a.name, a.address, a.phone, a.email),
            (None, None, None, None)
        );
        assert!(a.confidential);
        assert_eq!(a.categories, ["7.5"], "the Classifier's fields stay");
        assert_eq!(
            Shown::Confidential.text(None).as_deref(),
            Some(CONFIDENTIAL)
        );

        let others = disclosure(Audience::Others, &applicant(false));
        assert!(!others.hides() && others.pseudonym());
        let a = others.applicant(&applicant(false));
        assert_eq!(a.name.as_deref(), Some(WITHHELD));
        assert_eq!(Shown::Withheld.text(None), None);

        let shown = disclosure(SEES, &applicant(true));
        assert!(!shown.hides());
        assert_eq!(shown.applicant(&applicant(true)), applicant(true));
    }
}
