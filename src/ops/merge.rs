//! Two clerks' edits of one card, merged by the card's history (issue #18,
//! point 2): git calls `appeals merge-card` for `cards/**/*.json`
//! (`.gitattributes`, `git-setup`). What one side changed and the other
//! didn't is taken; the histories are joined, each event once, in date
//! order; the status is derived from the joined history; and the answer's
//! lateness is counted again against the executor's due date in force on
//! the day it was given, since the other side may have extended the term.
//! Two different changes of one thing (two answers, two extensions) are a
//! conflict for a person, and `check` explains it.

use crate::model::card::Card;
use crate::model::event::{Event, What};
use crate::store::Register;
use serde_json::{Map, Value};

/// What a merge of three versions of a card came to.
#[derive(Debug, Clone, PartialEq)]
pub enum Merged {
    /// The merged card's file.
    Card(String),
    /// Both sides changed one thing differently: the JSON pointer of it,
    /// or why the versions can't be joined.
    Conflict(String),
}

/// Merges `ours` and `theirs`, both changed from `base`. With the register
/// (its calendar and terms) the answer's lateness is counted again.
pub fn cards(base: &[u8], ours: &[u8], theirs: &[u8], reg: Option<&Register>) -> Merged {
    let parse = |b: &[u8]| serde_json::from_slice::<Value>(b).ok();
    let (Some(b), Some(o), Some(t)) = (parse(base), parse(ours), parse(theirs)) else {
        return Merged::Conflict("not a card's JSON".into());
    };
    if o == t || t == b {
        return Merged::Card(String::from_utf8_lossy(ours).into_owned());
    }
    if o == b {
        return Merged::Card(String::from_utf8_lossy(theirs).into_owned());
    }
    let (Some(bo), Some(oo), Some(to)) = (b.as_object(), o.as_object(), t.as_object()) else {
        return Merged::Conflict("not a card's JSON".into());
    };
    let mut merged = Map::new();
    for key in oo.keys().chain(to.keys().filter(|k| !oo.contains_key(*k))) {
        if key == "history" || key == "status" {
            continue;
        }
        match three_way(bo.get(key), oo.get(key), to.get(key), &format!("/{key}")) {
            Ok(Some(v)) => {
                merged.insert(key.clone(), v);
            }
            Ok(None) => {}
            Err(at) => return Merged::Conflict(at),
        }
    }
    merged.insert("history".into(), Value::Array(history(oo, to)));
    merged.insert(
        "status".into(),
        oo.get("status").cloned().unwrap_or(Value::Null),
    );
    let Ok(mut card) = serde_json::from_value::<Card>(Value::Object(merged)) else {
        return Merged::Conflict("the merged card doesn't read as a card".into());
    };
    match crate::workflow::derive(&card.history) {
        Ok(status) => card.status = status,
        Err(_) => return Merged::Conflict("/history".into()),
    }
    if let Some(reg) = reg {
        relate_lateness(&mut card, reg);
    }
    Merged::Card(card.to_json())
}

/// One value three ways: the side that changed it wins; both changed it
/// alike, that; both differently, the objects key by key, else a conflict
/// at `at`.
fn three_way(
    b: Option<&Value>,
    o: Option<&Value>,
    t: Option<&Value>,
    at: &str,
) -> Result<Option<Value>, String> {
    if o == t || t == b {
        return Ok(o.cloned());
    }
    if o == b {
        return Ok(t.cloned());
    }
    match (
        b.and_then(Value::as_object),
        o.and_then(Value::as_object),
        t.and_then(Value::as_object),
    ) {
        (Some(b), Some(o), Some(t)) => {
            let mut out = Map::new();
            for key in o.keys().chain(t.keys().filter(|k| !o.contains_key(*k))) {
                if let Some(v) =
                    three_way(b.get(key), o.get(key), t.get(key), &format!("{at}/{key}"))?
                {
                    out.insert(key.clone(), v);
                }
            }
            Ok(Some(Value::Object(out)))
        }
        _ => match (b, o, t) {
            (b, Some(Value::Array(o)), Some(Value::Array(t))) if LISTS_OF_LINKS.contains(&at) => {
                Ok(Some(Value::Array(set_merge(
                    b.and_then(Value::as_array),
                    o,
                    t,
                ))))
            }
            _ => Err(at.to_string()),
        },
    }
}

/// The card's lists of links: sets, whose order is the order links were
/// made, so two clones' additions are both kept.
const LISTS_OF_LINKS: [&str; 2] = ["/links/earlier", "/links/later"];

/// A set three ways: ours, then what theirs added, less what either side
/// removed from the base.
fn set_merge(b: Option<&Vec<Value>>, o: &[Value], t: &[Value]) -> Vec<Value> {
    let base = b.map(Vec::as_slice).unwrap_or_default();
    let removed = |v: &Value| base.contains(v) && (!o.contains(v) || !t.contains(v));
    let mut out: Vec<Value> = o.iter().filter(|v| !removed(v)).cloned().collect();
    for v in t {
        if !out.contains(v) && !removed(v) {
            out.push(v.clone());
        }
    }
    out
}

/// Both histories, each event once, in date order (ours first on a day).
fn history(o: &Map<String, Value>, t: &Map<String, Value>) -> Vec<Value> {
    let list = |m: &Map<String, Value>| {
        m.get("history")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let mut all = list(o);
    for e in list(t) {
        if !all.contains(&e) {
            all.push(e);
        }
    }
    // A stable sort: the events of one day keep their order.
    all.sort_by(|a, b| a["at"].as_str().cmp(&b["at"].as_str()));
    all
}

/// Counts the answer's lateness again against the executor's due date in
/// force on the day it was given (the last extension made by then, else
/// the term from receipt), and writes it to the answer and its event.
fn relate_lateness(card: &mut Card, reg: &Register) {
    let Some(answer) = card.answer.as_ref() else {
        return;
    };
    let date = answer.date;
    let terms = &reg.settings.terms;
    let extended = card
        .term
        .extensions
        .iter()
        .filter(|e| e.on <= date)
        .map(|e| e.until)
        .next_back();
    let due = match extended {
        Some(until) => {
            crate::terms::executor_due(until, terms.executor_lead, &reg.calendar, &mut Vec::new())
        }
        None => crate::terms::compute(card.received, card.term.days, terms, &reg.calendar)
            .map(|d| d.executor_due),
    };
    let Ok(due) = due else { return };
    let Ok((late, days)) = crate::terms::lateness(&reg.calendar, due, date) else {
        return;
    };
    if let Some(a) = card.answer.as_mut() {
        a.late = late;
        a.days_late = days;
    }
    for e in card.history.iter_mut() {
        if let Event {
            what: What::Answer(d),
            at,
            ..
        } = e
        {
            if *at == date {
                d.late = late;
                d.days_late = late.then_some(days);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_one_side_changed_is_taken_and_two_changes_conflict() {
        let b = serde_json::json!({"a": 1, "t": {"x": 1, "y": 1}});
        let o = serde_json::json!({"a": 2, "t": {"x": 2, "y": 1}});
        let t = serde_json::json!({"a": 1, "t": {"x": 1, "y": 3}});
        let merged = three_way(Some(&b), Some(&o), Some(&t), "")
            .unwrap()
            .unwrap();
        assert_eq!(merged, serde_json::json!({"a": 2, "t": {"x": 2, "y": 3}}));
        let t2 = serde_json::json!({"a": 5, "t": {"x": 1, "y": 1}});
        assert_eq!(
            three_way(Some(&b), Some(&o), Some(&t2), ""),
            Err("/a".into())
        );
    }

    #[test]
    fn links_made_on_both_sides_are_both_kept_and_a_removal_holds() {
        let b = serde_json::json!({"links": {"later": ["2015/А-1", "2015/Б-2"]}});
        let o = serde_json::json!({"links": {"later": ["2015/А-1", "2015/Б-2", "2015/К-3"]}});
        let t = serde_json::json!({"links": {"later": ["2015/Б-2", "2015/К-1"]}});
        let merged = three_way(Some(&b), Some(&o), Some(&t), "")
            .unwrap()
            .unwrap();
        assert_eq!(
            merged,
            serde_json::json!({"links": {"later": ["2015/Б-2", "2015/К-3", "2015/К-1"]}})
        );
        // Any other list changed two ways is still a conflict.
        let b = serde_json::json!({"to": ["a"]});
        let o = serde_json::json!({"to": ["b"]});
        let t = serde_json::json!({"to": ["c"]});
        assert_eq!(
            three_way(Some(&b), Some(&o), Some(&t), ""),
            Err("/to".into())
        );
    }
}
