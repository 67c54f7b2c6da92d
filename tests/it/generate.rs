//! The benchmark's synthetic register (issue #7): what the generator writes
//! is a register that `check` passes, the same for the same seed, and one
//! that takes the generated intake records.

use crate::support::Reg;
use appeals::generate::{self, Options};
use appeals::store::Store;

const TODAY: &str = "2024-12-20";

/// Generates `n` cards into a new register, writing plainly as the
/// benchmark's generator does.
pub(crate) fn generated(n: usize, seed: u64) -> (Reg, generate::Generated) {
    let reg = Reg::new();
    let root = reg.root();
    let loaded = Store::at(&root).load().expect("register loads");
    let write = |rel: &str, bytes: &[u8]| -> Result<(), appeals::store::StoreError> {
        let path = root.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| appeals::store::StoreError::io(dir, e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| appeals::store::StoreError::io(&path, e))
    };
    let g = generate::generate(&loaded, &Options::new(n, seed), &write).expect("generates");
    (reg, g)
}

#[test]
fn a_generated_register_passes_check_and_the_daily_commands() {
    let (reg, g) = generated(300, 7);
    assert_eq!(g.cards, 300);
    assert_eq!(g.years, (2015, 2024));
    assert!(g.documents > 600, "answered cards carry documents: {g:?}");
    assert!(g.repeats > 0 && g.late_answers > 0, "{g:?}");
    assert_eq!(g.by_status.values().sum::<usize>(), 300);
    let run = reg.run_on(TODAY, &["check"]).ok();
    assert_eq!(run.stdout, "", "check is silent on a clean register");
    // The derived indexes are saved current: a lookup by contact-centre
    // number finds the index fresh and leaves it as it is.
    let stamp = std::fs::read_to_string(reg.path(".index/stamp")).expect("indexes saved");
    let shard = (0..=255)
        .map(|b| format!(".index/cc-{b:02x}.tsv"))
        .find(|f| std::fs::metadata(reg.path(f)).is_ok_and(|m| m.len() > 0))
        .expect("a shard with numbers");
    let text = std::fs::read_to_string(reg.path(&shard)).expect("shard");
    let cc = text
        .lines()
        .next()
        .and_then(|l| l.split('\t').next())
        .expect("a line");
    reg.run_on(TODAY, &["show", &format!("cc:{cc}")]).ok();
    assert_eq!(
        std::fs::read_to_string(reg.path(".index/stamp")).expect("stamp"),
        stamp,
        "the indexes were current, not rebuilt"
    );
    reg.run_on(TODAY, &["check", "--format", "json"]).ok();
    reg.run_on(TODAY, &["report", "--month", "2024-11"]).ok();
    reg.run_on(TODAY, &["deadlines"]).ok();
    reg.run_on(TODAY, &["list", "--topic", "009"]).ok();
    reg.run_on(TODAY, &["show", "2015#1"])
        .ok()
        .stdout_has("2015/");
}

#[test]
fn the_same_seed_gives_the_same_register() {
    let (a, _) = generated(120, 3);
    let (b, _) = generated(120, 3);
    let (c, _) = generated(120, 4);
    // Each `init` writes an id of its own into register.toml; the rest
    // is generated.
    let files_of = |r: &Reg| {
        let mut files = r.snapshot();
        files.remove("register.toml");
        files
    };
    let (sa, sb, sc) = (files_of(&a), files_of(&b), files_of(&c));
    assert!(sa.keys().any(|k| k.starts_with("cards/2024/")));
    assert!(sa == sb, "same seed, same files");
    assert!(sa != sc, "another seed, another register");
}

#[test]
fn cards_follow_the_procedure_and_link_repeats_both_ways() {
    let (reg, _) = generated(400, 11);
    let mut repeats = 0;
    for (rel, bytes) in reg.snapshot() {
        if !rel.starts_with("cards/") {
            continue;
        }
        let card: serde_json::Value = serde_json::from_slice(&bytes).expect("card JSON");
        let history = card["history"].as_array().expect("history");
        assert_eq!(history[0]["action"], "register", "{rel}");
        if let Some(first) = card["links"]["repeat_of"].as_str() {
            repeats += 1;
            let sign = card["classification"]["sign"].as_str().unwrap_or("");
            assert!(["2.2", "2.3", "2.4"].contains(&sign), "{rel}: sign {sign}");
            let (year, index) = first.split_once('/').expect("YEAR/INDEX");
            let number: u32 = index
                .split_once('-')
                .expect("index")
                .1
                .parse()
                .expect("number");
            let earlier = reg.card(year.parse().expect("year"), number);
            let me = format!("{}/{}", card["year"], card["index"].as_str().unwrap_or(""));
            assert!(
                earlier["links"]["later"]
                    .as_array()
                    .is_some_and(|l| l.iter().any(|x| x == &serde_json::json!(me))),
                "{first} lists {me}"
            );
        }
    }
    assert!(repeats > 0);
}

#[test]
fn generated_intake_records_register_as_a_batch() {
    let (reg, _) = generated(150, 5);
    let loaded = Store::at(reg.root()).load().expect("loads");
    let day = TODAY.parse().expect("date");
    let records = generate::intake_records(&loaded, 40, 5, day).expect("records");
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    let f = reg.file("batch.jsonl", &text);
    reg.run_on(TODAY, &["register", "--from", &f])
        .ok()
        .stderr_has("40 registered");
    reg.run_on(TODAY, &["check"]).ok();
}

#[test]
fn a_register_with_cards_is_refused() {
    let (reg, _) = generated(10, 1);
    let loaded = Store::at(reg.root()).load().expect("loads");
    let e = generate::generate(&loaded, &Options::new(10, 1), &|_: &str, _: &[u8]| Ok(()))
        .expect_err("refused");
    // The library speaks the run's language (Ukrainian unless told):
    // the kind of refusal, not its words.
    assert!(matches!(e, generate::GenerateError::HasCards { .. }), "{e}");
}
