//! Names as the register compares them (issue #19): the same person typed
//! on two keyboards, pasted from a web form or a PDF, is one person. A name
//! is folded to Unicode NFC (a decomposed «Й» is «Й»), without invisible
//! characters (zero-width spaces, direction marks, a byte-order mark, soft
//! hyphens), with one apostrophe (ʼ, U+02BC, as the 2019 orthography prints
//! it), its spaces collapsed and its case folded, and Latin letters that
//! look Cyrillic read as Cyrillic inside a Cyrillic word («Kоваленко» with a
//! Latin K is «коваленко»). The card keeps the name as received; only
//! matching, pseudonyms and the index letter use the folded form.

use unicode_normalization::UnicodeNormalization;

/// Every apostrophe a keyboard or a word processor gives.
const APOSTROPHES: [char; 8] = ['\'', '’', '‘', '`', '´', '′', 'ʹ', 'ʼ'];

/// Whether `c` is invisible: zero-width characters and joiners, direction
/// marks and embeddings, the word joiner and invisible operators, a
/// byte-order mark, a soft hyphen.
pub fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The Cyrillic letter a Latin one looks like, if any (capital and small).
pub fn cyrillic_twin(c: char) -> Option<char> {
    Some(match c {
        'A' => 'А',
        'B' => 'В',
        'C' => 'С',
        'E' => 'Е',
        'H' => 'Н',
        'I' => 'І',
        'K' => 'К',
        'M' => 'М',
        'O' => 'О',
        'P' => 'Р',
        'T' => 'Т',
        'X' => 'Х',
        'Y' => 'У',
        'a' => 'а',
        'c' => 'с',
        'e' => 'е',
        'i' => 'і',
        'o' => 'о',
        'p' => 'р',
        'x' => 'х',
        'y' => 'у',
        _ => return None,
    })
}

fn cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

/// `text` in NFC, without invisible characters, with one apostrophe and its
/// Latin lookalikes inside Cyrillic words made Cyrillic; case and spacing as
/// given.
pub fn clean(text: &str) -> String {
    let nfc: String = text
        .nfc()
        .filter(|c| !invisible(*c))
        .map(|c| if APOSTROPHES.contains(&c) { 'ʼ' } else { c })
        .collect();
    let mut out = String::with_capacity(nfc.len());
    for word in nfc.split_inclusive(char::is_whitespace) {
        if word.chars().any(cyrillic) {
            out.extend(word.chars().map(|c| cyrillic_twin(c).unwrap_or(c)));
        } else {
            out.push_str(word);
        }
    }
    out
}

/// A name as the register compares it: [`clean`], its spaces collapsed, its
/// case folded.
pub fn fold(text: &str) -> String {
    clean(text)
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Latin letters standing inside Cyrillic words of `text`, as typed,
/// each once: what intake warns of.
pub fn latin_lookalikes(text: &str) -> Vec<char> {
    let mut found = Vec::new();
    let nfc: String = text.nfc().filter(|c| !invisible(*c)).collect();
    for word in nfc.split_whitespace() {
        if word.chars().any(cyrillic) {
            for c in word.chars().filter(|c| cyrillic_twin(*c).is_some()) {
                if !found.contains(&c) {
                    found.push(c);
                }
            }
        }
    }
    found
}

/// Whether `text` carries characters a person can't see.
pub fn has_invisible(text: &str) -> bool {
    text.chars().any(invisible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_person_however_the_name_was_typed() {
        let plain = fold("Мар'яна Йосипенко");
        for typed in [
            "Мар’яна Йосипенко",
            "Марʼяна  Йосипенко",
            "Мар`яна Йосипенко",
            "Мар′яна Йосипенко",
            "Мар´яна Йосипенко",
            "Мар\u{200B}'яна Йосипенко",
            "\u{FEFF}Мар'яна\u{200F} Йосипенко",
            "Мар'яна \u{0418}\u{0306}осипенко",
            "МАР'ЯНА ЙОСИПЕНКО",
            "Map'янa Йocипeнкo",
        ] {
            assert_eq!(fold(typed), plain, "{typed:?}");
        }
        assert_eq!(plain, "марʼяна йосипенко");
    }

    #[test]
    fn latin_words_stay_latin_and_lookalikes_are_named() {
        assert_eq!(fold("John Smith"), "john smith");
        assert_eq!(latin_lookalikes("Kоваленко Петро"), vec!['K']);
        assert_eq!(latin_lookalikes("Коваленко Петро"), Vec::<char>::new());
        assert_eq!(latin_lookalikes("John Smith"), Vec::<char>::new());
        assert_eq!(clean("\u{0418}\u{0306}"), "Й");
    }
}
