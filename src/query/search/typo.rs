//! The typo fallback, for real typos only. When a query word matches nothing,
//! it is corrected when a reader would agree it is a typo: the correction names
//! something in the portfolio (a word of a tag or of a title), has at least 4
//! letters, starts with the same letter (or swaps the first two), and is one
//! edit away for words of 4 to 7 letters, two from 8 (Damerau–Levenshtein).
//! Words shorter than 4 are never corrected: `golang` does not become
//! "erlang", nor `docker` "locked", nor `peer` "per"; nor is a name with
//! letters put at its end (`hammerdb` is no "hammer"). Below 8 letters, a
//! letter more is a typo only when it doubles one beside it (`elixirr`;
//! `statsd` is no "stats", `jsonb` no "json": offered, not made), and a
//! letter typed in place of another is a typo only when the two keys are
//! neighbours (QWERTY): a hand slips to the next key, and a letter far
//! from the one meant more often makes another word, which is what the
//! user meant (`echo` is not "ecto", `bunch` not "bench", `walled` not
//! "wallet"). From 8 letters, each of the (one or two) edits must be a slip
//! of a hand ([`slips`]: a letter left out, two swapped, a neighbouring key or
//! a vowel for a vowel, a letter more beside its double or neighbour):
//! `datalake` is not "database", `postgrest` not "postgresql" (offered, not
//! made). A word of English (a list of 63,072, `words/english.txt`,
//! asked through a Bloom filter: [`super::bloom`]) is what was meant, too:
//! `risk` is not "riak", `patients` not "payments", `training` not
//! "tracking"; such a correction is only offered ([`Fix::English`]).

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::field::Field;
use super::query::{Matcher, Query, Term, Word};
use super::token::tokens;
use crate::content::Item;

/// The shortest word that is corrected, and the shortest correction, in letters.
pub(super) const MIN_LETTERS: usize = 4;

/// The English words of 4 letters or more, as build.rs wrote their filter.
static ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/english.bloom"));

/// Whether `word` (lowercase) is a word of English: surely when it is in
/// the list, and for about one word in 2,800 that is not (whose
/// correction is then offered, not made).
pub(super) fn english(word: &str) -> bool {
    super::bloom::may_hold(ENGLISH, word)
}

/// Whether `word` (lowercase) is a word of English or a form of one the
/// list leaves out: a listed word with an ending English spelling gives it
/// (`sakes`, `redos`, `lensing`, `handedly`, `salability` of "salable").
/// The typo fallback made "sales" of `sakes` and "redis" of `redos`: a word
/// a reader knows is what was meant, and is only offered a correction. The
/// spelling rules are kept strict ([`base_forms`]), for a typo of a name is
/// often one letter from a form of some word: `testss`, `bankking`,
/// `developper` and `loging` are no forms of "tests", "bank", "develop" and
/// "log", and are corrected still.
pub(super) fn english_form(word: &str) -> bool {
    english(word) || base_forms(word).iter().any(|base| english(base))
}

/// Whether `word` (lowercase) is an [`english_form`], or one with `re`
/// before it of [`RE_WORD`] letters or more: `recoding` is "coding" again,
/// no typo of "recording", and is not corrected. (Not for a word read as
/// two, where `rearchitected` is "re-architected".)
fn english_or_again(word: &str) -> bool {
    english_form(word) || word.strip_prefix("re").is_some_and(|rest| rest.len() >= RE_WORD && english_form(rest))
}

/// The fewest letters of a word after `re` that make it English
/// ([`english_or_again`]): none of four (`relase` of "release" is no "lase"
/// again, `restor` of "restore" no "stor"). Five lets a few typos through
/// as words, to be offered, not made: `relased` is "lased" again as
/// `rebased` is "based" again, and the list cannot tell a rare word from a
/// common one; a correction offered costs a reader a keystroke, one made
/// wrongly costs the answer.
const RE_WORD: usize = 5;

/// An ending, what the listed word ends with instead, and how the ending
/// is put on it ([`base_forms`]).
const ENDINGS: [(&str, &str, Ending); 10] = [
    ("s", "", Ending::S),
    ("es", "", Ending::Es),
    ("ies", "y", Ending::Plain),
    ("ied", "y", Ending::Plain),
    ("ed", "", Ending::Vowel),
    ("ing", "", Ending::Vowel),
    ("ly", "", Ending::Plain),
    ("ily", "y", Ending::Plain),
    ("ability", "able", Ending::Plain),
    ("ibility", "ible", Ending::Plain),
];

/// How English spelling puts an ending on a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// Put as it is.
    Plain,
    /// `s`: not after `s`, `x`, `z`, `sh` or `ch` (which take `es`).
    S,
    /// `es`: only after those, and after `o` (`heroes`).
    Es,
    /// An ending that starts with a vowel (`ed`, `ing`): not after an `e`
    /// (`centralizeed`), and with the last consonant doubled after one vowel
    /// in a word of one syllable (`stopped`, `planning`; `loging` is no
    /// "log", `developper` no "develop").
    Vowel,
}

/// The number of vowel groups of `word` (ASCII): its syllables, near enough.
fn syllables(word: &[u8]) -> usize {
    let vowel = |b: &u8| b"aeiouy".contains(b);
    word.iter().enumerate().filter(|&(i, b)| vowel(b) && (i == 0 || !vowel(&word[i - 1]))).count()
}

/// The listed words `word` may be a form of ([`english_form`]), each of
/// [`MIN_LETTERS`] or more: the word without an ending that English spelling
/// would have put on it that way ([`ENDINGS`]).
fn base_forms(word: &str) -> Vec<String> {
    // The list is ASCII (and a doubled letter is cut as one byte).
    if !word.is_ascii() {
        return Vec::new();
    }
    let vowel = |b: u8| b"aeiou".contains(&b);
    let mut bases = Vec::new();
    for (ending, listed, how) in ENDINGS {
        let Some(stem) = word.strip_suffix(ending).filter(|stem| stem.len() >= 3) else { continue };
        let b = stem.as_bytes();
        let (last, before, third) = (b[b.len() - 1], b[b.len() - 2], b[b.len() - 3]);
        let hissing = matches!(last, b's' | b'x' | b'z') || stem.ends_with("sh") || stem.ends_with("ch");
        match how {
            Ending::S if hissing => continue,
            Ending::Es if !(hissing || last == b'o') => continue,
            Ending::Vowel if last == b'e' => continue,
            Ending::Vowel if last == before => {
                // Doubled: a consonant (not h, w, x, y, k or s) after one
                // vowel, in a word of one syllable.
                let single = vowel(third) && (b.len() < 4 || !vowel(b[b.len() - 4]));
                let base = &stem[..stem.len() - 1];
                if !vowel(last) && !b"hwxyks".contains(&last) && single && syllables(base.as_bytes()) == 1 {
                    bases.push(base.to_owned());
                }
                continue;
            }
            // Not doubled where a word of one syllable that ends in a
            // consonant after one vowel would have doubled it (`log`: logging).
            Ending::Vowel
                if syllables(b) == 1 && !vowel(last) && !b"wxy".contains(&last) && vowel(before) && !vowel(third) =>
            {
                continue;
            }
            _ => {}
        }
        bases.push(format!("{stem}{listed}"));
    }
    bases.retain(|base| base.len() >= MIN_LETTERS);
    bases
}

/// Which words to correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fix {
    /// Typos only: a word of English is left as typed.
    Typos,
    /// Words of English too: a correction to offer, not to run.
    English,
}

/// The edits allowed for a word of `letters` letters.
fn allowed_edits(letters: usize) -> usize {
    if letters >= 8 { 2 } else { 1 }
}

/// Words that name something in the portfolio: the words of every tag and
/// title, lowercase, with how many items carry each.
pub(super) type Names = BTreeMap<String, usize>;

/// [`Names`] being counted: by hash, as each item's are added (a
/// folder's 10,000 items look up 100,000 words; in a [`BTreeMap`], its
/// string comparisons were 30% of a search that found nothing),
/// then put in order once ([`Counting::names`]).
#[derive(Default)]
pub(super) struct Counting(std::collections::HashMap<String, usize, foldhash::fast::FixedState>);

impl Counting {
    /// The names counted, in order.
    pub(super) fn names(self) -> Names {
        self.0.into_iter().collect()
    }
}

/// The [`Names`] of `items`.
pub(super) fn names(items: &[&Item]) -> Names {
    let mut names = Counting::default();
    for item in items {
        add_names(&mut names, &Field::Title.text(item), &item.tags);
    }
    names.names()
}

/// Counts the names of one item, given its title's text (with its
/// subtitle, as [`Field::Title`] has it) and its tags, in `names`.
pub(super) fn add_names(Counting(names): &mut Counting, title: &str, tags: &[impl AsRef<str>]) {
    // As shown, as a search reads it (an index gives the title as written).
    let title = crate::sanitize::clean_searched(title);
    let mut own: Vec<Cow<'_, str>> = tokens(&title).map(|(_, w)| lower(w)).collect();
    own.extend(tags.iter().flat_map(|t| t.as_ref().split('-')).map(Cow::Borrowed));
    own.sort_unstable();
    own.dedup();
    for word in own {
        if word.chars().count() >= MIN_LETTERS && word.chars().all(char::is_alphabetic) {
            match names.get_mut(&*word) {
                Some(count) => *count += 1,
                None => _ = names.insert(word.into_owned(), 1),
            }
        }
    }
}

/// `word` in lowercase, as [`super::token::lowercase`] makes it: borrowed
/// where it already is (the typo fallback names every item of a folder,
/// most words of which are many items': a string made and dropped for
/// each word of each item was a fifth of a search that found nothing).
fn lower(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(super::token::lowercase(word))
    }
}

/// The rows of a QWERTY keyboard, each half a key to the right of the one above.
const ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/// Where `c` is on a keyboard: its row, and its column in half keys.
fn key(c: char) -> Option<(usize, usize)> {
    ROWS.iter().enumerate().find_map(|(row, keys)| keys.find(c).map(|i| (row, 2 * i + row)))
}

/// Whether `a` and `b` are keys next to each other: beside one another in
/// a row, or touching in the row above or below (half a key to either side).
fn neighbours(a: char, b: char) -> bool {
    match (key(a), key(b)) {
        (Some((ra, ca)), Some((rb, cb))) => match ra.abs_diff(rb) {
            0 => ca.abs_diff(cb) == 2,
            1 => ca.abs_diff(cb) == 1,
            _ => false,
        },
        // A letter beyond ASCII (an accent left out or put in): no keyboard to ask.
        _ => a != b,
    }
}

/// Whether `name` is `word` with one letter typed in place of another far
/// from it on the keyboard (the two words the same length and different
/// at one place only, whose letters are not [`neighbours`]).
fn far_letter_typed(word: &str, name: &str) -> bool {
    letter_for_letter(word, name).is_some_and(|(a, b)| !neighbours(a, b))
}

/// Whether `name` is `word` with one vowel typed in place of another.
fn vowel_for_vowel(word: &str, name: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    letter_for_letter(word, name).is_some_and(|(a, b)| vowel(a) && vowel(b))
}

/// The letter of `word` and the one of `name` in its place, when the two
/// words are the same length and differ at that place only.
fn letter_for_letter(word: &str, name: &str) -> Option<(char, char)> {
    if word.chars().count() != name.chars().count() {
        return None;
    }
    let mut differ = word.chars().zip(name.chars()).filter(|(a, b)| a != b);
    match (differ.next(), differ.next()) {
        (Some(pair), None) => Some(pair),
        _ => None,
    }
}

/// Whether `word` is `name` with one letter more that doubles none beside
/// it (`statsd`, `jsonb`, `timex`, `jason`: other names, not "stats",
/// "json", "time"; but `elixirr` and `jsoon` are slips of a hand).
fn letter_added(word: &str, name: &str) -> bool {
    let (w, n): (Vec<char>, Vec<char>) = (word.chars().collect(), name.chars().collect());
    if w.len() != n.len() + 1 {
        return false;
    }
    let at = w.iter().zip(&n).take_while(|(a, b)| a == b).count();
    let doubled = (at > 0 && w[at - 1] == w[at]) || w.get(at + 1) == Some(&w[at]);
    w[at + 1..] == n[at..] && !doubled
}

/// Whether `word` is `name` with two letters or more put at its end
/// (`hammerdb`, `elixirls`, `terraformer`: another name, not "hammer"), or
/// the start of `name` (`kubernet`, which `kubernet*` finds): no slip of a
/// hand makes either.
fn affixed(word: &str, name: &str) -> bool {
    let (short, long) = if word.len() < name.len() { (word, name) } else { (name, word) };
    long.len() - short.len() >= 2 && long.starts_with(short)
}

/// The fewest edits that make `name` of `word`, each counted 1 when a
/// slip of a hand makes it and [`NOT_A_SLIP`] when none does: a letter left
/// out, two letters swapped, a key's neighbour typed in its place
/// ([`neighbours`]) or a vowel in another's (a word spelt as it sounds:
/// `kubernates`), a letter more that doubles one beside it or is a
/// neighbour of one. A word of 8 letters or more is a name's typo only
/// when its edits are slips (`kubernetse` for "kubernetes", `elasticsarhc` for
/// "elasticsearch"); another word that shares a long start with it
/// differs by letters no slip puts there (`datalake` is no "database",
/// `postgrest` no "postgresql", `mastercam` no "mastercard", `terrafirma`
/// no "terraform").
fn slips(word: &str, name: &str) -> usize {
    let (w, n): (Vec<char>, Vec<char>) = (word.chars().collect(), name.chars().collect());
    // The cost of each letter of `word` being one more than `name` has.
    let extra = |i: usize| {
        let c = w[i];
        let beside = [i.checked_sub(1).map(|j| w[j]), w.get(i + 1).copied()];
        if beside.iter().flatten().any(|&b| b == c || neighbours(b, c)) { 1 } else { NOT_A_SLIP }
    };
    // dist[i][j]: the cost of making the first j letters of `name` of the first i of `word`.
    let mut dist = vec![vec![0usize; n.len() + 1]; w.len() + 1];
    for i in 0..=w.len() {
        for j in 0..=n.len() {
            dist[i][j] = match (i, j) {
                (0, _) => j,
                (_, 0) => dist[i - 1][0] + extra(i - 1),
                _ => {
                    let (a, b) = (w[i - 1], n[j - 1]);
                    let vowels = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
                    let swap = if a == b {
                        0
                    } else if neighbours(a, b) || (vowels(a) && vowels(b)) {
                        1
                    } else {
                        NOT_A_SLIP
                    };
                    let mut best =
                        (dist[i - 1][j - 1] + swap).min(dist[i - 1][j] + extra(i - 1)).min(dist[i][j - 1] + 1);
                    if i > 1 && j > 1 && w[i - 1] == n[j - 2] && w[i - 2] == n[j - 1] {
                        best = best.min(dist[i - 2][j - 2] + 1);
                    }
                    best
                }
            };
        }
    }
    dist[w.len()][n.len()]
}

/// What [`slips`] counts an edit no slip of a hand makes: more than the
/// edits any word is allowed.
const NOT_A_SLIP: usize = 3;

/// The correction of `word` (lowercase) among `names`: the fewest edits, then
/// the name most items carry, then the first alphabetically. None when `word`
/// is not a typo of any of them, or (`Fix::Typos`) is a word of English or
/// as close to two names that are not one word's forms.
pub(super) fn correction<'a>(word: &str, names: &'a BTreeMap<String, usize>, fix: Fix) -> Option<&'a str> {
    let letters = word.chars().count();
    if letters < MIN_LETTERS || !word.chars().all(char::is_alphabetic) || names.contains_key(word) {
        return None;
    }
    if fix == Fix::Typos && english_or_again(word) {
        return None;
    }
    let max = allowed_edits(letters);
    let mut near = names
        .iter()
        .filter(|(name, _)| {
            name.len().abs_diff(word.len()) <= max
                && name.chars().count() >= MIN_LETTERS
                && crate::query::suggest::same_start(word, name)
        })
        .map(|(name, count)| (strsim::damerau_levenshtein(word, name), *count, name.as_str()))
        .filter(|&(d, _, name)| {
            let added = fix == Fix::Typos && letter_added(word, name);
            // A vowel for another far from it, in no word of English, is a
            // word spelt as it sounds (`elixer`; not `bunch`, "bench"):
            // offered, as a long word's is made.
            let sounded = fix == Fix::English && vowel_for_vowel(word, name) && !english_or_again(word);
            let far = far_letter_typed(word, name) && !sounded;
            // A long word's edits (two at most): made only when all are slips, else offered
            // (the weighing asked last: it fills a table for each name within reach).
            d <= max
                && !(max == 1 && (far || added))
                && !affixed(word, name)
                && !(max == 2 && fix == Fix::Typos && slips(word, name) > 2)
        })
        .collect::<Vec<_>>();
    near.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    let (&(edits, _, name), others) = near.split_first()?;
    // Two words as close as each other, not one word's forms: the list
    // cannot tell which was meant (`enginee`: "engine" or "engineer"), so
    // the typo is offered, not corrected.
    let tied = others.iter().take_while(|o| o.0 == edits).any(|o| !super::token::one_word(name, o.2));
    (fix == Fix::English || !tied).then_some(name)
}

/// `name` (lowercase) in the case of `typed`: in capitals when `typed` has
/// no lowercase letter, with a capital first when `typed` starts with one
/// (`Paymnet` → "Payment", `ELIXR` → "ELIXIR"), else as it is.
fn cased_as(name: &str, typed: &str) -> String {
    let mut letters = typed.chars().filter(|c| c.is_alphabetic());
    if typed.chars().all(|c| !c.is_lowercase()) {
        return name.to_uppercase();
    }
    match letters.next() {
        Some(first) if first.is_uppercase() => {
            let mut chars = name.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
        }
        _ => name.to_owned(),
    }
}

/// Whether a word of English one edit from `word` (lowercase), another
/// word than `name`, is in the text (`occurs`): then `word` is as likely
/// its typo as `name`'s (`leding`: "lending", a tag, or "leading", of a
/// body), and is not corrected, only offered. The list is asked first (a
/// filter: one word in 2,800 it holds wrongly, which the text then
/// answers), one edit away and a slip of a hand ([`slips`]: `raik` is
/// "riak" swapped, not "rank" with `i` far from `n`).
fn english_as_close(word: &str, name: &str, occurs: &dyn Fn(&str) -> bool) -> bool {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) || strsim::damerau_levenshtein(word, name) != 1 {
        return false;
    }
    let b = word.as_bytes();
    let mut edits: Vec<Vec<u8>> = Vec::new();
    for i in 0..b.len() {
        edits.push([&b[..i], &b[i + 1..]].concat());
        if i + 1 < b.len() {
            let mut swapped = b.to_vec();
            swapped.swap(i, i + 1);
            edits.push(swapped);
        }
        for c in b'a'..=b'z' {
            edits.push([&b[..i], &[c], &b[i + 1..]].concat());
            edits.push([&b[..i], &[c], &b[i..]].concat());
        }
    }
    for c in b'a'..=b'z' {
        edits.push([b, &[c][..]].concat());
    }
    edits.into_iter().filter_map(|e| String::from_utf8(e).ok()).any(|other| {
        other.len() >= MIN_LETTERS
            && other != word
            && english(&other)
            && slips(word, &other) == 1
            && !super::token::one_word(&other, name)
            && occurs(&other)
    })
}

/// The query with each word that `matches_nothing` replaced by its
/// correction among `names` (words of English too, as `fix` says), or None
/// when no word changes (or the query is a regex). A typo as close to a
/// word of English in the text (`occurs`) is not corrected
/// ([`english_as_close`]).
pub(super) fn correct(
    names: &Names,
    query: &Query,
    matches_nothing: impl Fn(&Word) -> bool,
    occurs: &dyn Fn(&str) -> bool,
    fix: Fix,
) -> Option<Query> {
    let Matcher::Terms { terms, sensitive } = &query.matcher else {
        return None;
    };
    let mut changed = false;
    let corrected: Vec<Term> = terms
        .iter()
        .map(|term| {
            let mut this = false;
            let words: Vec<Word> = term
                .words
                .iter()
                .map(|w| {
                    let lower = super::token::lowercase(&w.text);
                    let name = (!w.prefix && matches_nothing(w))
                        .then(|| correction(&lower, names, fix))
                        .flatten()
                        .filter(|name| fix == Fix::English || !english_as_close(&lower, name, occurs));
                    match name {
                        Some(name) => {
                            this = true;
                            // Case-sensitive, the correction keeps the case typed.
                            let name = if *sensitive { cased_as(name, &w.text) } else { name.to_owned() };
                            // A technology's name, as typed it would be (`sparkk`: Spark).
                            let as_name = query.names.then(|| super::alias::technology(&name)).flatten();
                            as_name.unwrap_or_else(|| Word::new(&name, false, *sensitive))
                        }
                        None => w.clone(),
                    }
                })
                .collect();
            changed |= this;
            // A corrected term is written the other ways its words are
            // (`kuberntes` as "kubernetes", so also "k8s").
            let also = if this {
                let typed: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
                super::alias::also(&typed.join(" "), &words, *sensitive)
            } else {
                term.also.clone()
            };
            Term { words, also }
        })
        .collect();
    changed.then(|| Query::from_terms(corrected, *sensitive).reading_names(query.names))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(words: &[&str]) -> BTreeMap<String, usize> {
        words.iter().map(|w| ((*w).to_owned(), 1)).collect()
    }

    #[test]
    fn real_typos_are_corrected() {
        let names = names_of(&["kubernetes", "terraform", "elixir", "erlang", "wireguard", "locked", "javascript"]);
        assert_eq!(correction("kubernets", &names, Fix::Typos), Some("kubernetes"));
        assert_eq!(correction("terrafrom", &names, Fix::Typos), Some("terraform"));
        assert_eq!(correction("elixr", &names, Fix::Typos), Some("elixir"));
        assert_eq!(correction("lexir", &names, Fix::Typos), None, "two edits for five letters");
        assert_eq!(correction("eilxir", &names, Fix::Typos), Some("elixir"), "a swap inside the word");
        assert_eq!(correction("lixir", &names, Fix::Typos), None, "the first letters differ, not swapped");
        assert_eq!(correction("ewireguard", &names, Fix::Typos), None);
        assert_eq!(correction("iwreguard", &names, Fix::Typos), Some("wireguard"), "the first two swapped");
    }

    /// A typo as close to two words as to either is offered, the one more
    /// items carry first, not corrected; as close to two forms of one word,
    /// it is corrected.
    #[test]
    fn a_typo_two_words_are_as_close_to_is_offered() {
        let names: BTreeMap<String, usize> =
            [("engine", 3), ("engineer", 1), ("test", 1), ("tests", 2)].map(|(w, n)| (w.to_owned(), n)).into();
        assert_eq!(correction("enginee", &names, Fix::Typos), None);
        assert_eq!(correction("enginee", &names, Fix::English), Some("engine"));
        assert_eq!(
            correction("enginer", &names, Fix::Typos),
            Some("engineer"),
            "a letter more at the end is no slip: not \"engine\""
        );
        assert_eq!(correction("tesst", &names, Fix::Typos), Some("tests"));
    }

    /// A typo one slip from a word of English the text writes, as from
    /// the name, is only offered; not when the text has no such word, or
    /// the word is no slip away.
    #[test]
    fn a_typo_as_close_to_a_word_of_the_text_is_offered() {
        let text = |words: &'static [&'static str]| move |w: &str| words.contains(&w);
        assert!(english_as_close("leding", "lending", &text(&["leading"])));
        assert!(!english_as_close("leding", "lending", &text(&["lending"])), "the name itself");
        assert!(!english_as_close("leding", "lending", &text(&[])));
        assert!(!english_as_close("raik", "riak", &text(&["rank"])), "an i for the n, far from it");
        assert!(!english_as_close("kubernets", "kubernetes", &text(&["kubernetes"])));
    }

    #[test]
    fn a_letter_in_place_of_another_is_a_typo_only_from_a_neighbouring_key() {
        let names = names_of(&["ecto", "stale", "corp", "mind", "bench", "best", "wallet", "elixir", "kubernetes"]);
        // Real words, each a far key from a name: none is corrected, nor
        // offered (the keyboard says so before the list of English words).
        for word in ["echo", "corn", "mini", "mend", "bunch", "bent", "walled"] {
            assert_eq!(correction(word, &names, Fix::English), None, "{word}");
        }
        // The next key: a slip of the hand.
        assert_eq!(correction("elixit", &names, Fix::Typos), Some("elixir"), "r and t");
        assert_eq!(correction("elicir", &names, Fix::Typos), Some("elixir"), "x and c");
        assert_eq!(correction("wallwt", &names, Fix::Typos), Some("wallet"), "e and w");
        assert_eq!(correction("bdst", &names, Fix::Typos), Some("best"), "e and d, a row apart");
        // A vowel for a far one, in no word of English: spelt as it sounds, offered.
        assert_eq!(correction("elixer", &names, Fix::Typos), None);
        assert_eq!(correction("elixer", &names, Fix::English), Some("elixir"));
        // Long words keep two edits of any kind; other edits any letter.
        assert_eq!(correction("kubernates", &names, Fix::Typos), Some("kubernetes"));
        assert_eq!(correction("elxir", &names, Fix::Typos), Some("elixir"));
        assert_eq!(correction("elixirr", &names, Fix::Typos), Some("elixir"));
    }

    #[test]
    fn a_correction_keeps_the_case_typed() {
        assert_eq!(cased_as("payment", "Paymnet"), "Payment");
        assert_eq!(cased_as("elixir", "ELIXR"), "ELIXIR");
        assert_eq!(cased_as("elixir", "elixr"), "elixir");
        assert_eq!(cased_as("elixir", "eLixr"), "elixir");
    }

    #[test]
    fn keys_are_neighbours_beside_and_across_rows() {
        for (a, b) in [('q', 'w'), ('q', 'a'), ('w', 'a'), ('s', 'z'), ('s', 'x'), ('g', 'b'), ('p', 'l'), ('m', 'k')] {
            assert!(neighbours(a, b) && neighbours(b, a), "{a} {b}");
        }
        for (a, b) in [('q', 'e'), ('q', 'z'), ('a', 'x'), ('h', 't'), ('n', 'p'), ('d', 't'), ('a', 'a'), ('p', 'm')] {
            assert!(!neighbours(a, b), "{a} {b}");
        }
        assert!(neighbours('e', 'é'), "an accent");
    }

    /// A form of a listed word the list leaves out is English too; names,
    /// and their typos, are not; no word panics (a doubled last byte of a
    /// letter that is not ASCII is not cut).
    #[test]
    fn forms_of_listed_words_are_english() {
        for word in ["sakes", "redos", "loams", "lensing", "salability", "recursing", "handedly", "architected"] {
            assert!(!english(word), "{word} is listed: the test would test nothing");
            assert!(english_form(word), "{word}");
        }
        // `re` and a word: not corrected, but no word of English as two are.
        assert!(english_or_again("recoding") && !english_form("recoding"));
        assert!(english_or_again("rearchitected") && !english_form("rearchitected"));
        for word in ["relase", "reponse", "reliabilty", "restor"] {
            assert!(!english_or_again(word), "{word}");
        }
        // Typos that are a word again, too: offered, by the same rule.
        for word in ["relased", "relasing", "reinstal", "rebased"] {
            assert!(english_or_again(word) && !english_form(word), "{word}");
        }
        // Typos of names one letter from a form of some word, which the
        // spelling rules say is none (a review found 114 such, then 18).
        for word in [
            "kubernets",
            "elixirr",
            "postgress",
            "terrafrom",
            "grafna",
            "desing",
            "comute",
            "biling",
            "loging",
            "roting",
            "enginer",
            "developper",
            "custommer",
            "metricss",
            "testss",
            "bankking",
            "trackking",
            "tablees",
            "centralizeed",
            "routting",
            "zzzz",
            "ꪪꪪꪪ",
            "ééééé",
            "reé",
        ] {
            assert!(!english_form(word), "{word}");
        }
        assert_eq!(base_forms("stopped"), ["stop"]);
        assert_eq!(base_forms("wishes"), ["wishe", "wish"]);
        assert_eq!(base_forms("heroes"), ["heroe", "hero"]);
    }

    #[test]
    fn a_word_of_english_is_not_corrected_only_offered() {
        let names = names_of(&["riak", "payments", "tracking", "monitoring", "best", "kubernetes"]);
        for (word, offered) in [
            ("risk", "riak"),
            ("patients", "payments"),
            ("training", "tracking"),
            ("mentoring", "monitoring"),
            ("beat", "best"),
        ] {
            assert_eq!(correction(word, &names, Fix::Typos), None, "{word}");
            assert_eq!(correction(word, &names, Fix::English), Some(offered), "{word}");
        }
        // A typo is no word of English: corrected either way.
        assert_eq!(correction("kubernets", &names, Fix::Typos), Some("kubernetes"));
        assert_eq!(correction("kubernets", &names, Fix::English), Some("kubernetes"));
    }

    #[test]
    fn the_filter_holds_every_listed_word_and_few_others() {
        let list = include_str!("words/english.txt");
        assert!(list.lines().count() > 60_000);
        assert!(list.lines().all(english), "a listed word missed");
        // The filter build.rs wrote is the list's, built again here.
        assert!(ENGLISH == super::super::bloom::build(list.lines()).as_slice(), "the filter is not the list's");
        // Names and typos of them are not English; nor a word of 3 letters (none listed).
        for word in ["riak", "kubernetes", "terraform", "grafana", "elixr", "kubernets", "golang", "postgres", "cat"] {
            assert!(!english(word), "{word}");
        }
        // Over words built not to be English, about one in 2,800 is taken for one (44 of these).
        let taken = (0..100_000).filter(|i| english(&format!("zq{i:x}x"))).count();
        assert!(taken < 60, "{taken} of 100,000 taken for English");
    }

    #[test]
    fn words_that_are_not_typos_stay() {
        let names = names_of(&["erlang", "locked", "javascript", "scalability", "per", "pee"]);
        for word in ["golang", "docker", "java", "scala", "peer", "go", "c++"] {
            assert_eq!(correction(word, &names, Fix::Typos), None, "{word}");
        }
        // A word that names something is never corrected.
        assert_eq!(correction("erlang", &names, Fix::Typos), None);
        // A name with more put at its end is another name (HammerDB is no
        // Hammer Corp); a name's start is a prefix to ask for, not a typo.
        let names = names_of(&["hammer", "elixir", "terraform", "kubernetes"]);
        for word in ["hammerdb", "hammerjs", "elixirls", "terraformer", "kubernet"] {
            assert_eq!(correction(word, &names, Fix::Typos), None, "{word}");
        }
        // One letter left out at the end, or put there, is a slip.
        assert_eq!(correction("kubernete", &names, Fix::Typos), Some("kubernetes"));
        assert_eq!(correction("elixirr", &names, Fix::Typos), Some("elixir"));
    }

    /// From 8 letters, one or two edits make a typo only when each is a
    /// slip of a hand; a word that differs from a name otherwise is another
    /// word (offered, not searched for).
    #[test]
    fn two_edits_are_a_typo_only_when_both_are_slips() {
        let names = names_of(&["database", "postgresql", "mastercard", "terraform", "kubernetes", "elasticsearch"]);
        for (word, name) in [
            ("datalake", "database"),
            ("databank", "database"),
            ("postgrest", "postgresql"),
            ("postgresml", "postgresql"),
            ("mastercam", "mastercard"),
            ("terrafirma", "terraform"),
        ] {
            assert_eq!(correction(word, &names, Fix::Typos), None, "{word}");
            assert_eq!(correction(word, &names, Fix::English), Some(name), "{word}: offered");
        }
        for (word, name) in [
            ("kubrenetse", "kubernetes"),
            ("elasticsarhc", "elasticsearch"),
            ("kubernetess", "kubernetes"),
            ("databsse", "database"),
            ("postgrseqll", "postgresql"),
            ("teraform", "terraform"),
        ] {
            assert_eq!(correction(word, &names, Fix::Typos), Some(name), "{word}");
        }
        assert_eq!(slips("datalake", "database"), 2 * NOT_A_SLIP);
        assert_eq!(slips("kubrenetse", "kubernetes"), 2);
    }

    /// Below 8 letters, a letter more that doubles none beside it makes
    /// another name (`StatsD`, `JSONB`, Timex, Jason): offered, not made.
    #[test]
    fn a_letter_more_is_a_typo_only_when_it_doubles_one() {
        let names = names_of(&["stats", "json", "time", "sage", "elixir", "wallet"]);
        for (word, name) in
            [("statsd", "stats"), ("jsonb", "json"), ("timex", "time"), ("jason", "json"), ("sagex", "sage")]
        {
            assert_eq!(correction(word, &names, Fix::Typos), None, "{word}");
            assert_eq!(correction(word, &names, Fix::English), Some(name), "{word}: offered");
        }
        for (word, name) in [("jsoon", "json"), ("elixxir", "elixir"), ("walllet", "wallet"), ("elixr", "elixir")] {
            assert_eq!(correction(word, &names, Fix::Typos), Some(name), "{word}");
        }
    }

    /// A title word with a Turkish capital `İ` is a name to correct to, as
    /// a search reads it ("istanbul"), not as Unicode lowercases it (with a
    /// combining dot, which is no letter: the word was left out).
    #[test]
    fn a_title_word_with_a_dotted_capital_i_is_a_name() {
        let mut counting = Counting::default();
        add_names(&mut counting, "İstanbul Payments", &[] as &[&str]);
        let names = counting.names();
        assert_eq!(names.get("istanbul"), Some(&1), "{names:?}");
        assert_eq!(correction("istanbol", &names, Fix::Typos), Some("istanbul"));
    }
}
