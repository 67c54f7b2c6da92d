//! Answer drafts from the contact centre's templates (the order's point 7):
//! `templates/answer-applicant.txt` and `templates/answer-cc.txt` are plain
//! text with named placeholders in braces (`{index}`, `{summary}`, …) that
//! are filled from the card, for the executor to complete. `{{` and `}}`
//! stand for literal braces. An unknown placeholder is an error naming it,
//! so that a typo in a template never reaches an applicant. The drafts are
//! the executors' and show the applicant as their letter does
//! (`model::privacy`).

use crate::config::{Case, Coordinator, Official};
use crate::error::{DraftError, Result};
use crate::model::privacy::{self, Audience, Shown};
use crate::model::salutation;
use crate::model::Card;
use crate::store::{self, Register};
use crate::terms::date_uk;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The templates, by role: the role names the rendered file.
pub const TEMPLATES: [(&str, &str); 2] = [
    ("answer-applicant", "templates/answer-applicant.txt"),
    ("answer-cc", "templates/answer-cc.txt"),
];

/// The placeholders a template may use.
/// The names of people and bodies come in the cases `people.toml` gives
/// (`config::Case`); a form the roster leaves out falls back to the
/// nominative, so an older register's templates and roster keep working.
pub const PLACEHOLDERS: [&str; 20] = [
    "council",
    "department",
    "index",
    "cc_number",
    "received",
    "control_date",
    "applicant_name",
    "applicant_address",
    "salutation",
    "summary",
    "executor",
    "executor_genitive",
    "executor_dative",
    "executor_instrumental",
    "coordinator",
    "coordinator_short_name",
    "coordinator_short_name_dative",
    "coordinator_position",
    "coordinator_position_genitive",
    "coordinator_position_dative",
];

/// One rendered draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// `answer-applicant` or `answer-cc`.
    pub role: &'static str,
    /// The template it came from, register-relative.
    pub template: &'static str,
    /// The rendered text.
    pub text: String,
}

/// The values of the placeholders for a card. The card must have a
/// resolution: the executor and the coordinator come from it.
pub fn fields(reg: &Register, card: &Card) -> Result<BTreeMap<&'static str, String>> {
    let Some(r) = &card.resolution else {
        return Err(DraftError::NoResolution {
            card: card.full_name(),
        }
        .into());
    };
    // The executors, in a case: those not in the roster by their id.
    let executors = |case: Case| {
        r.executors
            .iter()
            .map(|id| match reg.roster.executor(id) {
                Some(e) => e.name_in(case).to_string(),
                None => reg.roster.name_of(id).unwrap_or(id).to_string(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let coordinator = reg.roster.coordinator(&r.coordinator);
    let official = |f: &dyn Fn(&Coordinator) -> &str| coordinator.map(|c| f(c).to_string());
    // The drafts are the executors' to complete: they see the applicant as
    // their letter does (law art. 10, `model::privacy`).
    let a = &card.applicant;
    let shown = privacy::disclosure(Audience::Executor(reg.settings.privacy), a);
    Ok(BTreeMap::from([
        ("council", reg.settings.council.clone()),
        ("department", reg.settings.department.clone()),
        ("index", card.index.clone()),
        (
            "cc_number",
            card.cc_number.clone().unwrap_or_else(|| "—".into()),
        ),
        ("received", date_uk(card.received)),
        ("control_date", date_uk(card.term.control_date)),
        (
            "applicant_name",
            shown
                .name
                .text(a.name.as_deref())
                .unwrap_or_else(|| "анонімний заявник".into()),
        ),
        (
            "applicant_address",
            shown.address.text(a.address.as_deref()).unwrap_or_default(),
        ),
        (
            "salutation",
            salutation::salutation(a, shown.name == Shown::Yes),
        ),
        ("summary", card.summary.clone()),
        ("executor", executors(Case::Nominative)),
        ("executor_genitive", executors(Case::Genitive)),
        ("executor_dative", executors(Case::Dative)),
        ("executor_instrumental", executors(Case::Instrumental)),
        (
            "coordinator",
            official(&|c| &c.name).unwrap_or_else(|| r.coordinator.clone()),
        ),
        (
            "coordinator_short_name",
            official(&|c| c.short_name_in(Case::Nominative))
                .unwrap_or_else(|| r.coordinator.clone()),
        ),
        (
            "coordinator_short_name_dative",
            official(&|c| c.short_name_in(Case::Dative)).unwrap_or_else(|| r.coordinator.clone()),
        ),
        (
            "coordinator_position",
            official(&|c| &c.position).unwrap_or_default(),
        ),
        (
            "coordinator_position_genitive",
            official(&|c| c.position_in(Case::Genitive)).unwrap_or_default(),
        ),
        (
            "coordinator_position_dative",
            official(&|c| c.position_in(Case::Dative)).unwrap_or_default(),
        ),
    ]))
}

/// Fills a template's placeholders; `file` names it in errors.
pub fn render(template: &str, file: &str, fields: &BTreeMap<&str, String>) -> Result<String> {
    let mut out = String::with_capacity(template.len());
    for (n, line) in template.split_inclusive('\n').enumerate() {
        let mut rest = line;
        while let Some(i) = rest.find(['{', '}']) {
            out.push_str(&rest[..i]);
            let tail = &rest[i..];
            if let Some(after) = tail.strip_prefix("{{") {
                out.push('{');
                rest = after;
            } else if let Some(after) = tail.strip_prefix('}') {
                // `}}` is a literal brace; so is a lone `}`, as in ordinary writing.
                out.push('}');
                rest = after.strip_prefix('}').unwrap_or(after);
            } else {
                // A placeholder runs to the next `}` on the same line; an
                // unclosed `{` is text.
                let after = tail.strip_prefix('{').unwrap_or(tail);
                match after.find(['}', '{', '\n']) {
                    Some(j) if after[j..].starts_with('}') => {
                        let key = &after[..j];
                        match fields.get(key.trim()) {
                            Some(v) => out.push_str(v),
                            None => {
                                return Err(DraftError::UnknownPlaceholder {
                                    file: file.to_string(),
                                    line: n + 1,
                                    key: key.to_string(),
                                }
                                .into())
                            }
                        }
                        rest = &after[j + 1..];
                    }
                    _ => {
                        out.push('{');
                        rest = after;
                    }
                }
            }
        }
        out.push_str(rest);
    }
    Ok(out)
}

/// The notice to the contact centre that an anonymous appeal is not
/// considered (law art. 8): the clerk sends it; the card records only the
/// decision, not that anyone was told.
fn anonymous_notice(reg: &Register, card: &Card) -> Draft {
    let s = &reg.settings;
    let text = format!(
        "{council}\n{department}\n\n\
         До контакт-центру\n\n\
         Повідомляємо, що звернення {cc}від {received}, зареєстроване за індексом {index}, \
         є анонімним і відповідно до статті 8 Закону України «Про звернення громадян» \
         розгляду не підлягає.\n\n\
         Зміст: {summary}\n",
        council = s.council,
        department = s.department,
        cc = card
            .cc_number
            .as_ref()
            .map(|n| format!("№ {n} "))
            .unwrap_or_default(),
        received = date_uk(card.received),
        index = card.full_name(),
        summary = card.summary,
    );
    Draft {
        role: "notice-cc",
        template: "(повідомлення контакт-центру, ст. 8)",
        text,
    }
}

/// Renders both templates for a card; for an anonymous appeal declined
/// under art. 8, the notice to the contact centre instead.
pub fn drafts(reg: &Register, card: &Card) -> Result<Vec<Draft>> {
    if card
        .exit
        .as_ref()
        .is_some_and(|x| x.ground == crate::model::status::Ground::Art8Anonymous)
    {
        return Ok(vec![anonymous_notice(reg, card)]);
    }
    let fields = fields(reg, card)?;
    TEMPLATES
        .iter()
        .map(|&(role, template)| {
            let text = reg
                .store
                .read_text(template)
                .map_err(|source| DraftError::Template { template, source })?;
            Ok(Draft {
                role,
                template,
                text: render(&text, &reg.store.display(template), &fields)?,
            })
        })
        .collect()
}

/// Writes drafts into `dir` (outside the register) as
/// `2015-000125-answer-applicant.txt`; returns the files written.
pub fn write_drafts(dir: &Path, card: &Card, drafts: &[Draft]) -> Result<Vec<PathBuf>> {
    store::outside::check_dir(dir).map_err(DraftError::Out)?;
    let mut files = Vec::new();
    for d in drafts {
        let file = dir.join(format!("{}-{:06}-{}.txt", card.year, card.number, d.role));
        store::outside::write_file(&file, d.text.as_bytes())?;
        files.push(file);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(template: &str, expected: &str) {
        let fields = BTreeMap::from([("index", "К-1".to_string()), ("summary", "S".to_string())]);
        assert_eq!(
            render(template, "t.txt", &fields).expect("renders"),
            expected
        );
    }

    #[track_caller]
    fn fails(template: &str, needle: &str) {
        let fields = BTreeMap::from([("index", "К-1".to_string())]);
        let e = render(template, "t.txt", &fields)
            .expect_err("fails")
            .to_string();
        assert!(e.contains(needle), "{e:?} lacks {needle:?}");
    }

    #[test]
    fn placeholders() {
        check("№ {index}: {summary}\n", "№ К-1: S\n");
        check("{ index }", "К-1");
        check("{{index}} {index}", "{index} К-1");
        check("a } b", "a } b");
        check("no placeholders", "no placeholders");
        check("open { brace\n{index}", "open { brace\nК-1");
        check("{ {index}", "{ К-1");
        fails("x\n{indx}\n", "t.txt, line 2: unknown placeholder {indx}");
        fails("{Ім'я}", "{Ім'я}");
    }
}
