//! A parsed query, and where it matches in a text.
//!
//! Words match whole words of the text, case-insensitively, after English
//! stemming (`logs` finds "logging"), but a technology's name that is also
//! an English word, typed alone, which matches as the name is written
//! (`go`: "Go" and the tag `go`; see `alias::technology`); `kube*` matches any word that starts
//! with `kube`; `"a phrase"` matches its words in a row; `c++`, `c#`, `.net`
//! and `node.js` are words that match only themselves. Every word and phrase
//! must match, as typed or written another way (`front-end` as "frontend":
//! see `alias`). `--case-sensitive` matches words exactly as written, without
//! stemming. `--regex` is a regular expression, with ripgrep's smart case.

use std::borrow::Cow;

use regex::{Regex, RegexBuilder};

use super::field::Field;
use super::token::{
    acronym, acronym_ending_in_s, count_words, lowercase, may_have_term, name_ending_in_capital, one_word, same_name,
    term, tokens, unusual_runs, without_possessive,
};
use crate::error::{Error, Result};
use crate::sanitize;

/// The longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 1024;
/// The most words and phrases in one query.
pub const MAX_TERMS: usize = 32;
/// The compiled size limit of a `--regex`, in bytes.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;
/// Weight of a word that matched by its stem only ("logging" for `logs`),
/// relative to one that matched as written.
const STEM_WEIGHT: f64 = 0.8;

/// How letter case is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseMode {
    /// Words: case-insensitive. A regex: case-insensitive unless it has an
    /// upper-case letter (ripgrep's smart case).
    #[default]
    Smart,
    /// Always case-insensitive.
    Insensitive,
    /// Always case-sensitive; words match exactly as written, without stemming.
    Sensitive,
}

/// One word of a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Word {
    /// The word as typed, without a trailing `*`.
    pub(super) text: String,
    /// What a text word must be: its term (lowercase stem), or, when the match
    /// is case-sensitive, the word as typed; for a prefix, the lowercase
    /// beginning (or as typed).
    pub(super) key: String,
    /// `kube*`: a word that starts with `key`.
    pub(super) prefix: bool,
    /// A name (`Fastly`, `API`): matches only itself or its plural, never by
    /// stem (`fast` is not Fastly), in the case it asks for.
    pub(super) name: Option<NameCase>,
    /// A name found in any case in tags, which are lowercase slugs, as a
    /// whole tag: a technology typed as its everyday word (`go`: "Go" in
    /// text, the tag `go`, not `go-to-market`; see [`super::alias::technology`]).
    pub(super) tags_any: bool,
}

/// How a name's case must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NameCase {
    /// In any case (`terraform` is Terraform).
    Any,
    /// Capitalised: a word that is also plain English (`Go`, not "go").
    Capital,
    /// In capitals: an acronym (`REST`, `APIs`, not "rest").
    Capitals,
}

/// One word, or the words of a phrase that must appear in a row; or
/// another way of writing it (`also`), any of which matches as it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Term {
    /// The word or phrase as typed.
    pub(super) words: Vec<Word>,
    /// Other ways the text may write the same term, each a word or a
    /// phrase: `front-end` is also "frontend", `golang` also "Go" (see
    /// [`super::alias`]). Where two ways match at one word, the first
    /// (the typed one first) counts.
    pub(super) also: Vec<Vec<Word>>,
}

impl Term {
    /// A term of `words` alone, with no other way of writing it.
    pub(super) fn of(words: Vec<Word>) -> Self {
        Term { words, also: Vec::new() }
    }

    /// Each way of writing the term: as typed, then the others.
    pub(super) fn phrasings(&self) -> impl Iterator<Item = &[Word]> {
        std::iter::once(self.words.as_slice()).chain(self.also.iter().map(Vec::as_slice))
    }

    /// Whether every way of writing the term is one word.
    #[inline]
    fn is_one_word(&self) -> bool {
        self.words.len() == 1 && self.also.iter().all(|w| w.len() == 1)
    }

    /// How much this term matches the one word `token`, when every way of
    /// writing it is one word: the first way's weight that matches.
    #[inline]
    fn weigh_one(&self, token: &str, sensitive: bool) -> Option<f64> {
        self.words[0].weigh(token, sensitive).or_else(|| self.also.iter().find_map(|w| w[0].weigh(token, sensitive)))
    }
}

/// A parsed query.
#[derive(Debug, Clone)]
pub struct Query {
    pub(super) matcher: Matcher,
    /// The query as the user typed it (for messages).
    pub text: String,
    /// For a word query: a searcher that finds, in a text whose words are
    /// all ASCII (characters beyond ASCII only as separators: dashes, quote
    /// marks), every place where a word of the query could match (see [`Word::needle`]).
    /// Where it finds nothing, nothing matches, and the text's words are only
    /// counted. `None` when some word has no needle.
    sieve: Option<Sieve>,
    /// The query as it matches tags, when it has a word that matches them
    /// otherwise than text ([`Word::tags_any`]), or a phrase, which
    /// matches within one tag (see [`Query::in_field`]).
    tags: Option<Box<Query>>,
    /// Whether this is such a query for tags: a term with such a word
    /// matches a whole tag only ([`whole_tag`]), and a phrase's words are
    /// of one tag (`"saas rule"` is not the tags "saas, rule-tables").
    whole_tags: bool,
    /// Whether a word typed alone may be read as a technology's name (the
    /// case not asked for): as a typo's correction is too (`sparkk`: Spark).
    pub(super) names: bool,
}

#[derive(Debug, Clone)]
pub(super) enum Matcher {
    Terms { terms: Vec<Term>, sensitive: bool },
    Regex(Regex),
}

/// Whether `query` has an upper-case letter that stands for itself. In a regex,
/// escapes (`\S`, `\W`, `\P{Lu}`) and group names are syntax, not letters, as
/// with ripgrep's smart case.
fn has_upper_literal(query: &str) -> bool {
    let mut chars = query.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some('p' | 'P') = chars.next() {
                    if chars.peek() == Some(&'{') {
                        chars.by_ref().find(|&c| c == '}');
                    } else {
                        chars.next();
                    }
                }
            }
            '(' if chars.peek() == Some(&'?') => {
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("?P<") || rest.starts_with("?<") {
                    chars.by_ref().find(|&c| c == '>');
                }
            }
            c if c.is_uppercase() => return true,
            _ => {}
        }
    }
    false
}

/// Compiles a `--regex` query, with the size limits that keep it cheap.
fn regex(text: &str, case: CaseMode) -> Result<Regex> {
    let insensitive = match case {
        CaseMode::Smart => !has_upper_literal(text),
        CaseMode::Insensitive => true,
        CaseMode::Sensitive => false,
    };
    // `^` and `$` match at each line's start and end, as in ripgrep, which
    // matches line by line: `^- ` finds a list's items, `month$` a line
    // that ends in it (at the field's ends alone, both found nothing).
    let re = RegexBuilder::new(text)
        .case_insensitive(insensitive)
        .multi_line(true)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|e| Error::InvalidRegex { message: sanitize::clean(&e.to_string()).into_owned() })?;
    if re.is_match("") {
        return Err(Error::RegexMatchesEmpty);
    }
    if has_line_break(text) {
        return Err(Error::RegexLineBreak);
    }
    Ok(re)
}

/// Whether the regex `text` (which compiles) names a line break itself
/// (`\n`, `month\n`): a search reads line by line, as ripgrep does, which
/// refuses such a pattern; it had found the item with no line to show. A
/// class that holds one among others (`\s`, `[a\n]`, `a|\n`) is not named.
fn has_line_break(text: &str) -> bool {
    use regex_syntax::hir::{Hir, HirKind};
    fn names(hir: &Hir) -> bool {
        match hir.kind() {
            HirKind::Literal(lit) => lit.0.contains(&b'\n'),
            HirKind::Repetition(rep) => names(&rep.sub),
            HirKind::Capture(cap) => names(&cap.sub),
            HirKind::Concat(all) | HirKind::Alternation(all) => all.iter().any(names),
            HirKind::Empty | HirKind::Class(_) | HirKind::Look(_) => false,
        }
    }
    regex_syntax::ParserBuilder::new().multi_line(true).build().parse(text).is_ok_and(|hir| names(&hir))
}

impl Word {
    /// A query word as typed; `prefix` when it ended with `*`.
    pub(super) fn new(text: &str, prefix: bool, sensitive: bool) -> Self {
        let key = match (sensitive, prefix) {
            (true, _) => text.to_owned(),
            // As an index sorts words: `resu*` finds "résumé".
            (false, true) => super::token::fold(text).into_owned(),
            (false, false) => term(text).into_owned(),
        };
        Word { text: text.to_owned(), key, prefix, name: None, tags_any: false }
    }

    /// A name: matched as [`same_name`] says, not by stem; an acronym (two
    /// letters or more, all capitals) only in capitals, and a `capital` one
    /// only capitalised.
    pub(super) fn name(text: &str, capital: bool) -> Self {
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let case = if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
            NameCase::Capitals
        } else if capital {
            NameCase::Capital
        } else {
            NameCase::Any
        };
        Word { text: text.to_owned(), key: lowercase(text), prefix: false, name: Some(case), tags_any: false }
    }

    /// The name this word is, as a name of its case is written: `Go` for a
    /// capitalised one typed `go`, `REST` for an acronym.
    pub(super) fn name_shown(&self) -> String {
        match self.name {
            Some(NameCase::Capitals) => self.text.to_uppercase(),
            Some(NameCase::Capital) => {
                let mut chars = self.text.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
                    .unwrap_or_default()
            }
            _ => self.text.clone(),
        }
    }

    /// This word as it matches in `field`: a name [`Word::tags_any`] in any
    /// case in tags (where it matches a whole tag only: [`whole_tag`]), as
    /// typed elsewhere.
    pub(super) fn in_field(&self, field: Field) -> Cow<'_, Word> {
        if self.tags_any && field == Field::Tags && self.name != Some(NameCase::Any) {
            Cow::Owned(Word { name: Some(NameCase::Any), ..self.clone() })
        } else {
            Cow::Borrowed(self)
        }
    }

    /// How much `token` (a word of the text, as written) matches this word:
    /// 1 as written, less by its stem only, or by its first part (below);
    /// `None` when it does not. A word of parts joined by dots, a name with
    /// its domain or its file's extension (`IPSP.com`, `node.js`,
    /// `README.md`), is matched whole and also by its first part: `ipsp`
    /// finds "IPSP.com" (a project's own name found nothing), `js` does not;
    /// so is a contraction by its word (`should` finds "should've").
    pub(super) fn weigh(&self, token: &str, sensitive: bool) -> Option<f64> {
        self.weigh_whole(token, sensitive)
            .or_else(|| self.weigh_whole(head(token)?, sensitive).map(|w| w.min(STEM_WEIGHT)))
    }

    /// [`Word::weigh`] of `token` whole.
    fn weigh_whole(&self, token: &str, sensitive: bool) -> Option<f64> {
        if let Some(case) = self.name {
            let cased = match case {
                NameCase::Any => true,
                NameCase::Capital => token.chars().next().is_some_and(char::is_uppercase),
                // The name's own letters in capitals; a plural's `s` may be small.
                NameCase::Capitals => token.chars().take(self.key.chars().count()).all(|c| !c.is_lowercase()),
            };
            return (cased && same_name(token, &self.key)).then_some(1.0);
        }
        if sensitive {
            // As written, or its possessive (`OTP` finds "OTP's").
            let hit = if self.prefix {
                token.starts_with(&self.key)
            } else {
                token == self.key || without_possessive(token) == self.key
            };
            return hit.then_some(1.0);
        }
        if self.prefix {
            let t = token.as_bytes();
            let hit = t.len() >= self.key.len()
                && (t[..self.key.len()].eq_ignore_ascii_case(self.key.as_bytes())
                    || (!token.is_ascii() && super::token::fold(token).starts_with(&self.key)));
            return hit.then_some(1.0);
        }
        if !may_have_term(token, &self.key) {
            // The acronym of a plural asked for is shorter than its term.
            return plural_of_acronym(&self.text, token).then_some(STEM_WEIGHT);
        }
        if token.eq_ignore_ascii_case(&self.text) {
            return Some(1.0);
        }
        // Both ways: `io` is not iOS, and `iOS` (or the tag `ios`) is not "io".
        if name_ending_in_capital(token).is_some() || name_ending_in_capital(&self.text).is_some() {
            let (name, asked) = (without_possessive(token), without_possessive(&self.text));
            return name.eq_ignore_ascii_case(asked).then_some(STEM_WEIGHT);
        }
        if acronym_plural(token, &self.text) {
            return Some(STEM_WEIGHT);
        }
        if acronym_in_s(token) {
            return None;
        }
        (term(token) == self.key.as_str() && one_word(token, &self.text) && self.verb_form(token))
            .then(|| if lowercase(token) == lowercase(&self.text) { 1.0 } else { STEM_WEIGHT })
    }

    /// Whether `token`, of this word's term, is a form it may match: any,
    /// but for a verb's irregular form (`led`, `built`, `won`), which asks
    /// for the verb, and matches only the verb's irregular and `-ing` forms
    /// (`led` found "leads" and the tag `lead-generation`, sales leads;
    /// `built` would find CI "builds", `won` "wins").
    fn verb_form(&self, token: &str) -> bool {
        if !super::token::is_irregular(&self.text) {
            return true;
        }
        let t = token.as_bytes();
        super::token::is_irregular(token) || (t.len() > 3 && t[t.len() - 3..].eq_ignore_ascii_case(b"ing"))
    }

    /// The word as it is shown in a query: `kube*`, or as typed.
    pub(super) fn shown(&self) -> String {
        if self.prefix { format!("{}*", self.text) } else { self.text.clone() }
    }

    /// What every ASCII word this word matches holds, in some case: the
    /// key itself for a prefix or a case-sensitive word; for a name, its
    /// letters but the last (its plural's singular, `slo` of SLOs); for a
    /// word matched by its term, the term but its last letter, which is all
    /// [`may_have_term`] lets through. `None` when that leaves nothing, when
    /// the key is beyond ASCII, and for the terms that `dying`, `lying` and
    /// `tying` have ("die", "lie", "tie": not their beginnings). A verb's
    /// irregular forms may not hold it (`led`): see [`Word::needles`].
    fn needle(&self, sensitive: bool) -> Option<&str> {
        let key = self.key.as_str();
        if !key.is_ascii() {
            return None;
        }
        let needle = if self.prefix || (sensitive && self.name.is_none()) {
            key
        } else {
            let keep = key.len().checked_sub(1)?;
            if self.name.is_none() && keep == 2 && key.as_bytes()[1] == b'i' {
                return None;
            }
            &key[..keep]
        };
        (!needle.is_empty()).then_some(needle)
    }

    /// What every ASCII word this word matches holds one of: its
    /// [`Word::needle`], a verb's irregular forms that do not hold it
    /// (`lead`: "lea" and "led"; `build`: "buil" alone, which `built`
    /// holds), and the British `-our` word a form may start with
    /// (`favorite`: "favori" and "favour"). `None` when the word has no needle.
    fn needles(&self, sensitive: bool) -> Option<Vec<Cow<'_, str>>> {
        let needle = self.needle(sensitive)?;
        let mut needles = vec![Cow::Borrowed(needle)];
        if self.name.is_none() && !self.prefix && !sensitive {
            let forms = super::token::irregular_forms(&self.key).filter(|form| !form.contains(needle));
            needles.extend(forms.map(|form: &str| Cow::Borrowed(form)));
            // A British `-our` word's forms (`favorite`: "favourite" holds "favour", not "favori").
            let british = super::token::british_our(&self.key).filter(|uk| !uk.contains(needle));
            needles.extend(british.map(Cow::Owned));
        }
        Some(needles)
    }
}

/// What a word query's words need: each word's needle (see
/// [`Word::needle`]), lowercase ASCII, found in any ASCII case: looked for
/// in the text made lowercase (ASCII letters only: every byte stays in its
/// place), with `memchr`'s substring search, each needle's searcher made
/// once with the query. (A needle's rarest byte found with `memchr`, then
/// the needle compared around each place of it, took a common word's warm
/// search 50 M instructions of 419 M: `c` of `latenc` is in most lines.)
#[derive(Debug, Clone)]
pub(super) struct Sieve {
    /// Each word's needles (one, or a verb's and its irregular forms').
    needles: Vec<Vec<memchr::memmem::Finder<'static>>>,
}

impl Sieve {
    /// Whether some needle is in `text`, in any ASCII case.
    pub(super) fn passes(&self, text: &str) -> bool {
        self.passes_in(text, &mut Vec::new())
    }

    /// [`Sieve::passes`], the lowercase copy of `text` made in `lower`
    /// (room reused by a caller that asks of many texts in turn).
    fn passes_in(&self, text: &str, lower: &mut Vec<u8>) -> bool {
        lower.clear();
        lower.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
        self.needles.iter().flatten().any(|needle| needle.find(lower).is_some())
    }

    /// The runs of non-space text of `text` that hold a needle, in any
    /// ASCII case, as `[start, end]`, each needle's in order: an ASCII word
    /// that matches holds its needle, and words never span white space.
    pub(super) fn runs(&self, text: &str) -> Vec<[usize; 2]> {
        Sieve::runs_of(text, self.needles.iter().flatten())
    }

    /// [`Sieve::runs`] of one word's needle: the `nth` word of the query's
    /// terms, one term's words after another's.
    fn runs_of_word(&self, text: &str, nth: usize) -> Vec<[usize; 2]> {
        Sieve::runs_of(text, self.needles.get(nth).into_iter().flatten())
    }

    /// The runs of non-space text of `text` that hold one of `needles`.
    fn runs_of<'n>(text: &str, needles: impl Iterator<Item = &'n memchr::memmem::Finder<'static>>) -> Vec<[usize; 2]> {
        let mut runs: Vec<[usize; 2]> = Vec::new();
        let lower = text.as_bytes().to_ascii_lowercase();
        for needle in needles {
            let len = needle.needle().len();
            let mut at = 0;
            while let Some(found) = lower.get(at..).and_then(|rest| needle.find(rest)) {
                let start = at + found;
                let run = [super::token::run_start(text, start), super::token::run_end(text, start + len)];
                runs.push(run);
                // The run is split whole: the next one starts past it.
                at = run[1];
            }
        }
        runs
    }
}

/// Whether `token` is the plural of the acronym `word` is, in any case: two
/// capitals or more and a small `s` (`VMs`, `DJs`, `SLOs` for `vm`, `DJ`,
/// `slo`). Snowball takes no `s` after a consonant alone or a vowel alone
/// (`vms`, `slos` are their own stems), so `vm` found no "two small VMs".
fn acronym_plural(token: &str, word: &str) -> bool {
    token.strip_suffix('s').is_some_and(|acronym| {
        acronym.len() >= 2 && acronym.bytes().all(|b| b.is_ascii_uppercase()) && acronym.eq_ignore_ascii_case(word)
    })
}

/// Whether the query word `typed` is the plural of the acronym `token`
/// is (`CDNs`, `crms` for "CDN", "CRM"): the acronym in capitals, two
/// letters or more, and the plural with its capitals and a small `s`, or
/// no word of English (`pets` is no plural of "PET") nor one that ends in
/// a double `s` (`oss` is open-source software, not "OS" twice, as `boss`
/// is no plural). Snowball keeps the `s` (no vowel before it), so `CDNs`
/// found no "CDN" ([`acronym_plural`] is the other way round).
fn plural_of_acronym(typed: &str, token: &str) -> bool {
    let Some(singular) = typed.strip_suffix('s').filter(|s| s.len() == token.len()) else { return false };
    acronym(token)
        && singular.eq_ignore_ascii_case(token)
        && (acronym(singular) || !(singular.ends_with(['s', 'S']) || super::typo::english(&typed.to_ascii_lowercase())))
}

/// Whether `token` is an acronym whose last capital is an `S` of its own,
/// written so in three capitals (`ETS`, `ECS`, `GCS`) or as the label of
/// a tag (`CORS`), or as a tag whose label is such an acronym (`ets`,
/// "ETS"; `cors`, "CORS"): it has no
/// plural, so no word but itself names it (`et` found Erlang's ETS and
/// `ec` Elastic's ECS by their stems). A plural of an acronym takes a
/// small `s` (`VMs`: [`acronym_plural`]); a longer word in capitals may be
/// a shouted one (`ALERTS`, `LOGS`), still found by its stem.
fn acronym_in_s(token: &str) -> bool {
    let t = token.as_bytes();
    match t {
        [first, .., b'S'] if first.is_ascii_uppercase() => {
            acronym_ending_in_s(token)
                && (t.len() == 3
                    || (t.len() <= 8
                        && crate::content::labels::known_label(&token.to_ascii_lowercase())
                            .is_some_and(|l| l == token)))
        }
        [_, _, .., b's'] if t.len() <= 8 && t.iter().all(u8::is_ascii_lowercase) => {
            crate::content::labels::known_label(token).is_some_and(acronym_ending_in_s)
        }
        _ => false,
    }
}

/// The word a text's word is also matched by: a dotted word's first part
/// ([`dotted_head`]) or a contraction's word ([`contracted_head`]).
fn head(token: &str) -> Option<&str> {
    dotted_head(token).or_else(|| contracted_head(token))
}

/// The word before a contraction's `'ve`, `'re`, `'ll`, `'d` or `'m`
/// (straight or curly apostrophe, any case), when it has two characters or
/// more: `should've` → "should", `we’re` → "we", `they'll` → "they"; not
/// `I'm` (one letter), a possessive (`Blitz's`: an inflection, see
/// `token::one_word`) or `n't` (`don't` is not "don"). As with a dotted
/// word, the head is where the word starts, so the index's ranges and the
/// sieve find it as they find the word.
fn contracted_head(token: &str) -> Option<&str> {
    let (at, apostrophe) = token.char_indices().rev().find(|&(_, c)| c == '\'' || c == '’')?;
    let tail = &token[at + apostrophe.len_utf8()..];
    let contracted = ["ve", "re", "ll", "d", "m"].iter().any(|t| tail.eq_ignore_ascii_case(t));
    (contracted && token[..at].chars().nth(1).is_some()).then(|| &token[..at])
}

/// The first part of a word of parts joined by dots, when it is followed
/// by a letter (`IPSP.com` → "IPSP", `node.js` → "node", `asp.net` →
/// "asp"); `None` for a word without such a dot (`.net`, `v1.2`, `1.5`),
/// or with one letter before it (`e.g`).
/// Every word of the text that starts so holds its first part's letters:
/// what looks a word up among the index's forms by its first letters
/// (`ranges`) and what sieves a text by them find it as they find the part.
fn dotted_head(token: &str) -> Option<&str> {
    let bytes = token.as_bytes();
    // Two characters or more before it: `e.g` and `i.e` are not `e` and `i`.
    let dot = memchr::memchr(b'.', bytes.get(2..)?)? + 2;
    bytes.get(dot + 1).is_some_and(u8::is_ascii_alphabetic).then(|| &token[..dot])
}

/// `line` without its line break (`\r\n` too: a snippet trims both) when
/// it is printable ASCII without Markdown's `*`, `_` and `` ` `` and
/// without `&` (a character reference, shown as its character: `&#107;`
/// is a "k"): what a snippet makes of such a line, trimmed and plain, is a
/// stretch of it.
fn plain_ascii(line: &str) -> Option<&str> {
    let text = line.strip_suffix('\n').map_or(line, |l| l.strip_suffix('\r').unwrap_or(l));
    let plain =
        text.bytes().fold(true, |plain, b| plain & matches!(b, b' '..=b'~') & !matches!(b, b'*' | b'_' | b'`' | b'&'));
    plain.then_some(text)
}

/// The sieve of a word query (see [`Query`]); `None` when a word has no needle.
pub(super) fn sieve(terms: &[Term], sensitive: bool) -> Option<Sieve> {
    // A needle's first 16 bytes sieve almost as well as the needle (a
    // word that matches holds them too), and keep its searcher small.
    let lower = |n: &str| n[..n.len().min(16)].to_ascii_lowercase().into_bytes().into_boxed_slice();
    let needles = terms
        .iter()
        .flat_map(Term::phrasings)
        .flatten()
        .map(|w| w.needles(sensitive).map(|ns| ns.iter().map(|n| lower(n)).collect::<Vec<_>>()))
        .collect::<Option<Vec<Vec<Box<[u8]>>>>>()?;
    // A needle is part of one word, so of one run of non-space text (see
    // `Sieve::runs`): words never hold white space, but nothing else says so here.
    // None is empty either (`Word::needle`): each is held somewhere, or not.
    if needles.iter().flatten().any(|n| n.is_empty() || n.iter().any(|&b| char::from(b).is_whitespace())) {
        return None;
    }
    let finders = |ns: Vec<Box<[u8]>>| ns.iter().map(|n| memchr::memmem::Finder::new(n).into_owned()).collect();
    Some(Sieve { needles: needles.into_iter().map(finders).collect() })
}

/// The terms of a word query: each "quoted phrase", and each other chunk
/// between spaces (a chunk of several words, like "open-source", is a phrase
/// of them; so are chunks that name one thing of several words, like
/// `machine learning`: [`super::alias::compound_len`]). A chunk or phrase
/// that ends with `*` makes its last word a prefix.
/// Each term may be written other ways too ([`super::alias`]). With
/// `names`, a word alone (quoted or not) that names a technology only as
/// its text writes it (`go`, `REST`) is that name ([`super::alias::technology`]).
///
/// With `small`, [`Small::Left`], a query typed as a person types one, a
/// small word of [`SMALL_WORDS`] typed alone in lowercase outside quotes is
/// left out when the query has other terms: every term must match, and
/// "built a billing system" missed "Built the self-service billing
/// system", "on kafka" showed a line with "on" for its snippet.
fn terms(text: &str, sensitive: bool, names: bool, small: Small) -> Vec<Term> {
    let mut terms = Vec::new();
    // Whether each term is a small word that may be left out.
    let mut smalls = Vec::new();
    for (i, part) in text.split('"').enumerate() {
        let chunks: Vec<Cow<'_, str>> = if i % 2 == 1 {
            vec![Cow::Borrowed(part)]
        } else {
            compounds(&part.split_whitespace().flat_map(listed).collect::<Vec<_>>(), sensitive)
        };
        for chunk in &chunks {
            let chunk = chunk.as_ref();
            let found: Vec<(usize, &str)> = tokens(chunk).collect();
            let last_prefix = chunk.trim_end().ends_with('*');
            if let ([(_, word)], true, false) = (found.as_slice(), names, last_prefix) {
                // A name has no other way of writing it (`also` lists none).
                if let Some(name) = super::alias::technology(word) {
                    terms.push(Term::of(vec![name]));
                    smalls.push(false);
                    continue;
                }
            }
            let words: Vec<Word> = found
                .iter()
                .enumerate()
                .map(|(n, (_, w))| Word::new(w, last_prefix && n + 1 == found.len(), sensitive))
                .collect();
            if !words.is_empty() {
                let also = super::alias::also(chunk, &words, sensitive);
                smalls.push(small == Small::Left && i % 2 == 0 && !last_prefix && small_word(chunk));
                terms.push(Term { words, also });
            }
        }
    }
    if smalls.contains(&false) {
        let mut small = smalls.into_iter();
        terms.retain(|_| !small.next().unwrap_or(false));
    }
    terms.dedup();
    terms
}

/// `chunk` split at each comma that lists words, the parts not empty:
/// `elixir,rust` is two terms, as `elixir, rust` is, not the phrase
/// "elixir rust" (which found nothing: no text has them in a row); a
/// number's comma is the number's (`1,000`).
fn listed(chunk: &str) -> Vec<&str> {
    let bytes = chunk.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, _) in chunk.match_indices(',') {
        if !(i > 0 && digit(i - 1) && digit(i + 1)) {
            parts.push(&chunk[start..i]);
            start = i + 1;
        }
    }
    parts.push(&chunk[start..]);
    parts.retain(|part| !part.is_empty());
    parts
}

/// Whether a query leaves its small words out ([`terms`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Small {
    /// Every word is a term: words dryga makes (a heading's name).
    Kept,
    /// A query a person typed.
    Left,
}

/// The small words of English a query of other words does without, sorted:
/// articles, prepositions, `and`, pronouns and the forms of `be`, `have`
/// and `do`. Not `or` (`elixir or rust` is no query of both), nor words
/// that are names in capitals (`IT`, `US`): only a word typed in lowercase
/// is left out.
const SMALL_WORDS: [&str; 47] = [
    "a", "about", "an", "and", "are", "as", "at", "be", "been", "by", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "him", "his", "i", "in", "into", "is", "it", "its", "me", "my", "of", "on", "our", "she",
    "that", "the", "their", "them", "these", "they", "this", "those", "to", "was", "we", "were", "with",
];

/// Whether `chunk` is one of [`SMALL_WORDS`], as typed.
fn small_word(chunk: &str) -> bool {
    SMALL_WORDS.binary_search(&chunk).is_ok()
}

/// `chunks` (typed apart, outside quotes) with each run that names one
/// thing of several words joined into one chunk, as if quoted; as typed
/// when the match is case-sensitive (the words exactly, no other way).
fn compounds<'t>(chunks: &[&'t str], sensitive: bool) -> Vec<Cow<'t, str>> {
    let mut out = Vec::with_capacity(chunks.len());
    let mut at = 0;
    while at < chunks.len() {
        let n = if sensitive { 0 } else { super::alias::compound_len(&chunks[at..]) };
        if n > 1 {
            out.push(Cow::Owned(chunks[at..at + n].join(" ")));
            at += n;
        } else {
            out.push(Cow::Borrowed(chunks[at]));
            at += 1;
        }
    }
    out
}

/// The first operator of a web search engine in a word query, outside its
/// quoted phrases: `OR` (or `|`, `||`) between words or phrases, `NOT`
/// before one (in capitals), or a word or phrase with one `-` before it
/// (`-mobile`, `-"mobile app"`; not `--stale`, nor `-5`), or a dash an
/// editor made of it (`−`, `–`, `—`), or a `!` or `¬` (a query
/// language's not), or a regex's `|` between
/// words (`elixir|erlang`). dryga has none: read as
/// words, `payments -mobile` found the items with both words, the ones
/// meant to be left out, and `elixir OR rust` only the items with "or" and
/// both words. A quoted phrase is one of the chunks, never an operator.
fn operator(text: &str) -> Option<&str> {
    // The chunks between white space, a quoted phrase (and what touches
    // it) one chunk.
    let mut chunks: Vec<&str> = Vec::new();
    let quote = is_double_quote;
    let (mut start, mut in_quotes) = (None, false);
    for (i, c) in text.char_indices() {
        if c.is_whitespace() && !in_quotes {
            if let Some(s) = start.take() {
                chunks.push(&text[s..i]);
            }
            continue;
        }
        start.get_or_insert(i);
        if quote(c) {
            in_quotes = !in_quotes;
        }
    }
    if let Some(s) = start {
        chunks.push(&text[s..]);
    }
    // Words listed with commas are terms of their own ([`listed`]):
    // `payments,-mobile`, `elixir,OR,rust`.
    let chunks: Vec<&str> =
        chunks.into_iter().flat_map(|chunk| if chunk.contains(quote) { vec![chunk] } else { listed(chunk) }).collect();
    let last = chunks.len().saturating_sub(1);
    chunks.iter().enumerate().find_map(|(i, &chunk)| {
        // A dash before a word, or before a quoted phrase with a word in it
        // (straight, curly or single quotes); not `--stale`, `-5`, nor a `-"` alone.
        let excluded = chunk.strip_prefix(crate::error::LEAVE_OUT).is_some_and(|rest| {
            let quoted = rest.strip_prefix(|c: char| quote(c) || matches!(c, '\'' | '‘' | '’'));
            rest.starts_with(char::is_alphabetic) || quoted.is_some_and(|q| q.contains(char::is_alphanumeric))
        });
        // A quoted phrase is never `OR` nor `NOT`: it holds its quotes.
        let between = match chunk {
            "OR" | "|" | "||" => i > 0 && i < last,
            "NOT" => i < last,
            _ => false,
        };
        // A regex's `|` between words (`elixir|erlang`), outside quotes.
        let piped = !chunk.contains(quote)
            && chunk.split('|').count() > 1
            && chunk.split('|').all(|w| w.contains(char::is_alphanumeric));
        (excluded || between || piped).then_some(chunk)
    })
}

/// [`parse`] for a query a person typed to search (`dryga search`, the
/// browser): a word query with a search engine's operator (`OR`, `NOT`,
/// `-word`: see `operator`) is an error, not words. Not for the words a
/// heading is named by (`show --section "Why NOT Rust"`), which are words.
/// A phrase in typographic quotes (`“slow built”`, `„…“`, `«…»`, as a
/// page or a document pastes it) is a phrase, as in `"`: those words in a
/// row, not each word anywhere. A regex keeps its characters.
pub fn parse_typed(text: &str, case: CaseMode, regex_syntax: bool) -> Result<Query> {
    // Measured as typed: `“` is three bytes, the `"` it is read as one.
    if text.len() > MAX_QUERY_BYTES {
        return Err(Error::QueryTooLong { bytes: text.len(), limit: MAX_QUERY_BYTES });
    }
    if !regex_syntax {
        if let Some(operator) = operator(text) {
            return Err(Error::QueryOperator { operator: operator.to_owned() });
        }
    }
    let straight = if regex_syntax { Cow::Borrowed(text) } else { straight_quotes(text) };
    // Nothing to search for is said of the query as typed (`“”`).
    parse_as(&straight, case, regex_syntax, Small::Left).map_err(|e| match e {
        Error::NothingToSearch { .. } => Error::NothingToSearch { query: text.to_owned() },
        e => e,
    })
}

/// The double quotes other than `"` that a typed query's phrase may be in.
const TYPOGRAPHIC_QUOTES: [char; 10] = ['“', '”', '„', '‟', '«', '»', '〝', '〞', '〟', '＂'];

/// Whether `c` is a double quote a typed query's phrase may be in: `"` or
/// a typographic one (`“`, `„`, `«`, `＂`…).
pub fn is_double_quote(c: char) -> bool {
    c == '"' || TYPOGRAPHIC_QUOTES.contains(&c)
}

/// `text` with each of [`TYPOGRAPHIC_QUOTES`] written `"`.
fn straight_quotes(text: &str) -> Cow<'_, str> {
    if text.contains(TYPOGRAPHIC_QUOTES) {
        Cow::Owned(text.replace(TYPOGRAPHIC_QUOTES, "\""))
    } else {
        Cow::Borrowed(text)
    }
}

/// Parses a query: words and phrases, or a regex with `regex_syntax`.
pub fn parse(text: &str, case: CaseMode, regex_syntax: bool) -> Result<Query> {
    parse_as(text, case, regex_syntax, Small::Kept)
}

/// [`parse`], its small words as `small` says.
fn parse_as(text: &str, case: CaseMode, regex_syntax: bool, small: Small) -> Result<Query> {
    let mut query = parse_unsieved_as(text, case, regex_syntax, small)?;
    if let Matcher::Terms { terms, sensitive } = &query.matcher {
        query.sieve = sieve(terms, *sensitive);
        // The same needles: tags' words are lowercase, as a sieve reads any text.
        if let Some(tags) = &mut query.tags {
            tags.sieve.clone_from(&query.sieve);
        }
    }
    Ok(query)
}

/// [`parse`] without the sieve: the same matches, for a query asked of a
/// few short texts (a heading's first words, of a body's headings: once a
/// body snippet of a common word, 7,000 times), where building the sieve's
/// searchers costs more than they save.
pub fn parse_unsieved(text: &str, case: CaseMode, regex_syntax: bool) -> Result<Query> {
    parse_unsieved_as(text, case, regex_syntax, Small::Kept)
}

/// [`parse_unsieved`], its small words as `small` says.
fn parse_unsieved_as(text: &str, case: CaseMode, regex_syntax: bool, small: Small) -> Result<Query> {
    if text.len() > MAX_QUERY_BYTES {
        return Err(Error::QueryTooLong { bytes: text.len(), limit: MAX_QUERY_BYTES });
    }
    if text.trim().is_empty() {
        return Err(Error::EmptyQuery);
    }
    if regex_syntax {
        return Ok(Query {
            matcher: Matcher::Regex(regex(text, case)?),
            text: text.to_owned(),
            sieve: None,
            tags: None,
            whole_tags: false,
            names: false,
        });
    }
    // Read as the text is: a soft hyphen, a zero-width space or a joiner
    // pasted with a word is no part of it (`kuber\u{AD}netes` was a typo
    // of "kubernetes", said with the escape).
    let typed = text;
    let text = &*crate::sanitize::without_invisible(text);
    let sensitive = case == CaseMode::Sensitive;
    let terms = terms(text, sensitive, case == CaseMode::Smart, small);
    if terms.is_empty() {
        return Err(Error::NothingToSearch { query: typed.to_owned() });
    }
    if terms.len() > MAX_TERMS {
        return Err(Error::TooManyTerms { count: terms.len(), limit: MAX_TERMS });
    }
    Ok(Query {
        matcher: Matcher::Terms { terms, sensitive },
        text: text.to_owned(),
        sieve: None,
        tags: None,
        whole_tags: false,
        names: case == CaseMode::Smart,
    }
    .with_tags())
}

impl Query {
    /// A word query made of `terms`, shown as they would be typed.
    pub(super) fn from_terms(terms: Vec<Term>, sensitive: bool) -> Self {
        let text = terms
            .iter()
            .map(|t| {
                let words: Vec<String> = t.words.iter().map(Word::shown).collect();
                if words.len() > 1 { format!("\"{}\"", words.join(" ")) } else { words.join(" ") }
            })
            .collect::<Vec<_>>()
            .join(" ");
        Query::of_terms(terms, sensitive, text)
    }

    /// A word query of `terms`, with its sieve.
    fn of_terms(terms: Vec<Term>, sensitive: bool, text: String) -> Self {
        let sieve = sieve(&terms, sensitive);
        Query { matcher: Matcher::Terms { terms, sensitive }, text, sieve, tags: None, whole_tags: false, names: false }
            .with_tags()
    }

    /// A word query of `names`: each a word or words that must appear in a
    /// row, with whether it counts only capitalised. A word written with a
    /// capital, a digit or a symbol is a name (`Fastly`, `k8s`, `CI/CD`) and
    /// matches only itself or its plural ([`same_name`]): in any case, but an
    /// acronym only in capitals (`REST` is not "rest") and a word marked
    /// capitalised only so (`Go` is not "go"). A lower-case word matches after
    /// stemming, as typed words do. Not bound by [`MAX_TERMS`]: made by dryga,
    /// not typed. `None` when no phrase has a word.
    pub fn from_names<S: AsRef<str>>(names: &[(S, bool)]) -> Option<Self> {
        let terms: Vec<Term> = names
            .iter()
            .filter_map(|(p, capital)| {
                let words: Vec<Word> = tokens(p.as_ref())
                    .map(|(_, w)| {
                        let plain = w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’');
                        if plain { Word::new(w, false, false) } else { Word::name(w, *capital) }
                    })
                    .collect();
                (!words.is_empty()).then_some(Term::of(words))
            })
            .collect();
        (!terms.is_empty()).then(|| Query::from_terms(terms, false))
    }

    /// The indices of the terms that match somewhere in `text`, in order.
    pub fn terms_in(&self, text: &str) -> Vec<usize> {
        let mut seen = vec![false; self.term_count()];
        self.matches_in(text, &mut Vec::new(), |t, _, _| seen[t] = true, false);
        seen.iter().enumerate().filter(|(_, s)| **s).map(|(t, _)| t).collect()
    }

    /// Byte spans of every match in `text`, in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<[usize; 2]> {
        let mut spans = Vec::new();
        self.matches_in(text, &mut Vec::new(), |_, span, _| spans.push(span), false);
        merge_spans(&mut spans);
        spans
    }

    /// Every match in `text`, as the index of the term it matches and its
    /// byte span, in the order found (not merged: see [`Query::find`]).
    pub(super) fn term_spans(&self, text: &str) -> Vec<(usize, [usize; 2])> {
        let mut found = Vec::new();
        self.matches_in(text, &mut Vec::new(), |t, span, _| found.push((t, span)), false);
        found
    }

    /// How many of the query's terms `line` (a line of a field, its line
    /// break included) can match at most: when it is printable ASCII
    /// without Markdown's `*`, `_` and `` ` `` (so that what a snippet
    /// makes of it, trimmed and plain, is a stretch of it, and its words are
    /// ASCII), those whose first word's needle it holds, in any case; else
    /// every term (a line beyond ASCII, with a mark, or a query without a
    /// sieve). A snippet passes over a line with none without making it
    /// plain, cleaning it and splitting its words (for the lines before a
    /// common word's match, that took about a tenth of its warm search),
    /// and over a line with no more terms than the best line it has.
    /// `lower` is room reused from line to line.
    pub(super) fn terms_at_most(&self, line: &str, lower: &mut Vec<u8>) -> usize {
        let (Some(sieve), Matcher::Terms { terms, .. }, Some(text)) = (&self.sieve, &self.matcher, plain_ascii(line))
        else {
            return self.term_count();
        };
        lower.clear();
        lower.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
        let mut first = 0;
        let mut held = 0;
        for term in terms {
            let holds =
                |needles: &Vec<memchr::memmem::Finder<'static>>| needles.iter().any(|n| n.find(lower).is_some());
            let mut any = sieve.needles.get(first).is_none_or(holds);
            first += term.words.len();
            // Any other way of writing the term, by its first word's needle
            // (asked for every line a snippet passes: the other ways are
            // looked at only where a term has them).
            for other in &term.also {
                any = any || sieve.needles.get(first).is_none_or(holds);
                first += other.len();
            }
            held += usize::from(any);
        }
        held
    }

    /// The query, its words read as technologies' names or not
    /// ([`Query::names`]): a typo's correction is read as the query was.
    pub(super) fn reading_names(mut self, names: bool) -> Self {
        self.names = names;
        self
    }

    /// The query as it matches `field`: itself, but in tags for a query
    /// with a word that matches tags in any case ([`Word::tags_any`]), or
    /// a phrase, whose words there are of one tag ([`Query::stands`]).
    pub(super) fn in_field(&self, field: Field) -> &Query {
        match (&self.tags, field) {
            (Some(tags), Field::Tags) => tags,
            _ => self,
        }
    }

    /// The query with its tags' query made, when a word matches tags
    /// otherwise than text, or a term is a phrase ([`Query::in_field`]).
    fn with_tags(mut self) -> Self {
        let Matcher::Terms { terms, sensitive } = &self.matcher else { return self };
        let phrase = terms.iter().any(|t| !t.is_one_word());
        if !phrase && !terms.iter().flat_map(Term::phrasings).flatten().any(|w| w.tags_any) {
            return self;
        }
        let in_tags = |words: &[Word]| words.iter().map(|w| w.in_field(Field::Tags).into_owned()).collect();
        let terms =
            terms.iter().map(|t| Term { words: in_tags(&t.words), also: t.also.iter().map(|w| in_tags(w)).collect() });
        let tags = Query {
            matcher: Matcher::Terms { terms: terms.collect(), sensitive: *sensitive },
            text: self.text.clone(),
            sieve: self.sieve.clone(),
            tags: None,
            whole_tags: true,
            names: self.names,
        };
        self.tags = Some(Box::new(tags));
        self
    }

    /// Whether this is a `--regex` query.
    pub(super) fn is_regex(&self) -> bool {
        matches!(self.matcher, Matcher::Regex(_))
    }

    /// Whether `text` may hold a match: false only when its sieve shows
    /// that it cannot (see [`Query::each_match`]).
    pub(super) fn may_match(&self, text: &str) -> bool {
        self.sieve.as_ref().is_none_or(|sieve| !super::token::words_are_ascii(text) || sieve.passes(text))
    }

    /// Calls `f(term index, span, weight)` for every match in `text`, and
    /// returns how many words `text` has. `scratch` is reused between calls.
    pub(super) fn each_match(
        &self,
        text: &str,
        scratch: &mut Vec<(usize, usize)>,
        f: impl FnMut(usize, [usize; 2], f64),
    ) -> usize {
        self.matches_in(text, scratch, f, true)
    }

    /// [`Query::each_match`], the words counted only when `count` asks (the
    /// number returned means nothing otherwise): finding a snippet's matches needs no count,
    /// and counting a line's words cost a common word's warm search 3% of
    /// its instructions.
    fn matches_in(
        &self,
        text: &str,
        scratch: &mut Vec<(usize, usize)>,
        mut f: impl FnMut(usize, [usize; 2], f64),
        count: bool,
    ) -> usize {
        // A technology's name matches as [`Query::stands`] says.
        let named = self.has_names();
        let mut f = |t: usize, span: [usize; 2], w: f64| {
            if !named || self.stands(text, t, span) {
                f(t, span, w);
            }
        };
        match &self.matcher {
            Matcher::Regex(re) => {
                for m in re.find_iter(text) {
                    if !m.is_empty() {
                        f(0, [m.start(), m.end()], 1.0);
                    }
                }
                if count { tokens(text).count() } else { 0 }
            }
            Matcher::Terms { terms, sensitive } if terms.iter().all(Term::is_one_word) => {
                // Single words only: match as the words stream by, no buffer.
                // With a sieve, only the runs of non-space text that hold a
                // needle, or a word beyond ASCII, can have a match: only
                // their words are split; the others are counted.
                let sieved = self.sieve.as_ref().map(|sieve| {
                    let unusual = unusual_runs(text);
                    let mut runs = sieve.runs(text);
                    runs.extend_from_slice(&unusual);
                    // Runs are split by white space: two are the same run or apart.
                    runs.sort_unstable();
                    runs.dedup();
                    (runs, unusual)
                });
                let whole = [[0, text.len()]];
                let runs = sieved.as_ref().map_or(&whole[..], |(runs, _)| runs);
                let mut split = 0;
                for [from, to] in runs.iter().copied() {
                    for (at, tok) in tokens(&text[from..to]) {
                        split += 1;
                        let start = from + at;
                        for (t, term) in terms.iter().enumerate() {
                            if let Some(w) = term.weigh_one(tok, *sensitive) {
                                f(t, [start, start + tok.len()], w);
                            }
                        }
                    }
                }
                match sieved {
                    None => split,
                    Some((_, unusual)) if count => count_words(text, &unusual),
                    Some(_) => 0,
                }
            }
            // No match: its words are ASCII, counted.
            Matcher::Terms { .. } if !self.may_match(text) => {
                if count {
                    count_words(text, &[])
                } else {
                    0
                }
            }
            // Phrases, when no word is counted: a snippet's matches, and
            // `covers` and `terms_in` (the scan's in-a-row boost, a
            // section's name, the résumé and tailoring ask them).
            Matcher::Terms { terms, sensitive } if !count && self.sieve.is_some() => {
                if let Some(sieve) = &self.sieve {
                    sieved_phrases(text, terms, *sensitive, sieve, scratch, f);
                }
                0
            }
            Matcher::Terms { terms, sensitive } => {
                scratch.clear();
                scratch.extend(tokens(text).map(|(start, tok)| (start, start + tok.len())));
                for (t, term) in terms.iter().enumerate() {
                    each_phrasing(
                        term,
                        |words, f| phrase_matches(text, scratch, words, *sensitive, f),
                        |span, w| {
                            f(t, span, w);
                        },
                    );
                }
                scratch.len()
            }
        }
    }

    /// Whether its matches are checked ([`Query::stands`]): it is a query
    /// for tags, or a term has a technology's name (`Word::tags_any`).
    fn has_names(&self) -> bool {
        self.whole_tags
            || (self.tags.is_some()
                && matches!(&self.matcher, Matcher::Terms { terms, .. }
                    if terms.iter().flat_map(Term::phrasings).flatten().any(|w| w.tags_any)))
    }

    /// Whether a match of term `t` at `span` of `text` stands: in tags
    /// (this query being the one for tags), a phrase's words of one tag;
    /// for a term with a technology's name (`Word::tags_any`), each word of the way of
    /// writing the term that matched (the first, as [`each_phrasing`]
    /// counts it) that is such a name stands where its own word of the text
    /// does, as an index keeps its matches (`Indexed::word_at`): in tags
    /// (this query being the one for tags) a whole tag; in text, not the
    /// first part of a hyphenated word (`Go-to-market`; `Go-based` is Go).
    fn stands(&self, text: &str, t: usize, span: [usize; 2]) -> bool {
        let Matcher::Terms { terms, sensitive } = &self.matcher else { return true };
        let (Some(term), Some(matched)) = (terms.get(t), text.get(span[0]..span[1])) else { return true };
        // A phrase's words are of one tag: tags are slugs, joined by ", ".
        if self.whole_tags && matched.contains(',') {
            return false;
        }
        let words: Vec<(usize, &str)> = tokens(matched).collect();
        let weighs = |way: &&[Word]| {
            way.len() == words.len() && way.iter().zip(&words).all(|(w, (_, word))| w.weigh(word, *sensitive).is_some())
        };
        let Some(way) = term.phrasings().find(weighs) else { return true };
        way.iter().zip(&words).all(|(w, &(at, word))| {
            let [start, end] = [span[0] + at, span[0] + at + word.len()];
            !w.tags_any
                || if self.whole_tags {
                    whole_tag(text, [start, end])
                } else {
                    !super::alias::joined_by_hyphen(text.get(end..).unwrap_or(""))
                }
        })
    }

    /// The terms of the query as typed, its small words kept (a person's
    /// query leaves them out: [`Small::Left`]); `None` for a regex.
    pub(super) fn typed_terms(&self) -> Option<Vec<Term>> {
        let Matcher::Terms { sensitive, .. } = &self.matcher else { return None };
        Some(terms(&self.text, *sensitive, self.names, Small::Kept))
    }

    /// The query's words as one phrase, when it has several words and they are
    /// not already one phrase: a text with them in a row is the closest match.
    pub(super) fn as_phrase(&self) -> Option<Query> {
        let Matcher::Terms { terms, sensitive } = &self.matcher else { return None };
        if terms.len() < 2 {
            return None;
        }
        let words = terms.iter().flat_map(|t| t.words.iter().cloned()).collect();
        let phrase = Query {
            matcher: Matcher::Terms { terms: vec![Term::of(words)], sensitive: *sensitive },
            text: self.text.clone(),
            // The same words, and the other ways of writing its terms:
            // needles for every text the phrase can match, and more.
            sieve: self.sieve.clone(),
            tags: None,
            whole_tags: false,
            names: self.names,
        };
        Some(phrase.with_tags())
    }

    /// Whether every word and phrase of the query matches somewhere in `text`.
    pub fn covers(&self, text: &str) -> bool {
        let mut seen = vec![false; self.term_count()];
        self.matches_in(text, &mut Vec::new(), |t, _, _| seen[t] = true, false);
        seen.iter().all(|s| *s)
    }

    /// Whether the query's words are exactly the words of `title`.
    pub(super) fn names(&self, title: &str) -> bool {
        let Matcher::Terms { terms, sensitive } = &self.matcher else { return false };
        let mut words = terms.iter().flat_map(|t| t.words.iter());
        // The title as shown, as its words are read everywhere else.
        let title = crate::sanitize::clean_searched(title);
        let all = tokens(&title).all(|(_, tok)| words.next().is_some_and(|w| w.weigh(tok, *sensitive).is_some()));
        all && words.next().is_none()
    }

    /// How many terms the query has (a regex is one).
    pub(super) fn term_count(&self) -> usize {
        match &self.matcher {
            Matcher::Regex(_) => 1,
            Matcher::Terms { terms, .. } => terms.len(),
        }
    }
}

/// Whether `span` of a tags field's text (its tags joined by `, `: `elixir,
/// go, go-to-market`) is one whole tag (`go`, not the `go` of `go-to-market`).
pub(super) fn whole_tag(text: &str, [start, end]: [usize; 2]) -> bool {
    let (before, after) = (text.get(..start).unwrap_or(""), text.get(end..).unwrap_or(""));
    (before.is_empty() || before.ends_with(", ")) && (after.is_empty() || after.starts_with(','))
}

/// Whether the word of `text` that ends at byte `end` and the next one,
/// which starts at `start`, are in two blocks of Markdown, where no phrase
/// runs on: a heading and the text under it, two paragraphs, list items,
/// quotes or table rows and cells, a code fence and its text. (`"slow
/// built"` found "### Frontend Was Slow" and the "Built" of the paragraph
/// after it, and its snippet named the section before.) The lines of one
/// paragraph are one block, a quote's too, and so are a paragraph's
/// sentences: a phrase runs on past a full stop, as in a search engine.
/// `text` is a field's as searched: an ordered list's numbers are a
/// bullet there ([`super::field::Field::raw_text_as`]), which tells an
/// item from a paragraph's line that starts with a year (`2024. It went
/// well`).
pub(super) fn in_two_blocks(text: &str, end: usize, start: usize) -> bool {
    let bytes = text.as_bytes();
    let Some(gap) = bytes.get(end..start) else { return false };
    // Most words are a space or a comma apart.
    if !gap.iter().any(|&b| b == b'\n' || b == b'|') {
        return false;
    }
    let mut lines = gap.iter().enumerate().filter(|&(_, &b)| b == b'\n').map(|(i, _)| end + i);
    match (lines.next(), lines.next()) {
        // A table's cells (a title's `Foo | Bar` is one line of text).
        (None, _) => table_row(bytes, end),
        // A line between: blank, a rule, a heading's underline.
        (Some(_), Some(_)) => true,
        (Some(newline), None) => {
            let from = bytes[..end].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let to = bytes[newline + 1..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| newline + 1 + i);
            lines_part(&bytes[from..newline], &bytes[newline + 1..to])
        }
    }
}

/// Whether the line of `bytes` that holds byte `at` is a table's row: it
/// starts with `|`, or the line before or after it has one too.
fn table_row(bytes: &[u8], at: usize) -> bool {
    let from = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let to = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| at + i);
    if bytes[from..to].trim_ascii_start().starts_with(b"|") {
        return true;
    }
    let before = bytes[..from.saturating_sub(1)].rsplit(|&b| b == b'\n').next().filter(|_| from > 0);
    let after = bytes.get(to + 1..).and_then(|rest| rest.split(|&b| b == b'\n').next());
    before.is_some_and(|line| line.contains(&b'|')) || after.is_some_and(|line| line.contains(&b'|'))
}

/// Whether line `after` of a text starts another block of Markdown than
/// the line just before it, `before` ([`in_two_blocks`] with a line's end
/// between two words); a blank line parts blocks before this is asked.
pub(super) fn lines_part(before: &[u8], after: &[u8]) -> bool {
    let [mut before, mut after] = [before, after].map(<[u8]>::trim_ascii_start);
    // A table's rows, with or without pipes at their ends; a code fence's
    // line (```` ```rust ````) and the code under it.
    if (before.contains(&b'|') && after.contains(&b'|')) || before.starts_with(b"```") || before.starts_with(b"~~~") {
        return true;
    }
    // A quote's lines are its paragraph's: what follows their `>` tells.
    if before.first() == Some(&b'>') && after.first() == Some(&b'>') {
        [before, after] = [before, after].map(unquoted);
        if after.is_empty() {
            return true;
        }
    }
    heading(before) || starts_a_block(after, before)
}

/// A line without the `>` that open it, and the spaces after them.
fn unquoted(mut line: &[u8]) -> &[u8] {
    while let Some(rest) = line.strip_prefix(b">") {
        line = rest.trim_ascii_start();
    }
    line
}

/// Whether a line (its indent taken off) is a heading: one to six `#` and
/// a space (`#hashtag` is a paragraph's word).
fn heading(line: &[u8]) -> bool {
    let marks = line.iter().take_while(|&&b| b == b'#').count();
    (1..=6).contains(&marks) && line.get(marks).is_none_or(u8::is_ascii_whitespace)
}

/// Whether a line (its indent taken off) starts a block of Markdown other
/// than a paragraph's line, after the line `before`: a heading, a quote,
/// a list item (a bullet, an ordered list's number as searched; `1)`, or
/// another number and `)` after such an item, as `CommonMark` reads a
/// paragraph), a table's row or a code fence.
fn starts_a_block(line: &[u8], before: &[u8]) -> bool {
    let spaced = |rest: &[u8]| rest.first().is_none_or(u8::is_ascii_whitespace);
    let numbered = |line: &[u8]| {
        let digits = line.iter().take_while(|b| b.is_ascii_digit()).count();
        (1..=9).contains(&digits) && line.get(digits) == Some(&b')') && spaced(&line[digits + 1..])
    };
    match line.first() {
        Some(b'#') => heading(line),
        Some(b'>' | b'|') => true,
        Some(b'-' | b'*' | b'+') => spaced(&line[1..]),
        Some(b'`') => line.starts_with(b"```"),
        Some(b'~') => line.starts_with(b"~~~"),
        Some(b'0'..=b'9') => {
            let first = line.iter().skip_while(|&&b| b == b'0').take(2).eq(b"1)");
            numbered(line) && (first || numbered(before))
        }
        _ => false,
    }
}

/// Sorts match spans and merges those that overlap into one (phrases that
/// share a word: `"spark release" "release lending"` in "spark release
/// lending" is one span of the three words).
pub(super) fn merge_spans(spans: &mut Vec<[usize; 2]>) {
    spans.sort_unstable();
    spans.dedup_by(|later, kept| {
        let overlaps = later[0] < kept[1];
        if overlaps {
            kept[1] = kept[1].max(later[1]);
        }
        overlaps
    });
}

/// [`Query::matches_in`] of terms with a phrase, through their sieve: a
/// phrase starts with its first word, so only at a word of a run that holds
/// that word's needle, or a word beyond ASCII; the words from there on are
/// split, as many as the phrase needs. (A phrase's snippet split every word
/// of the lines it passed: 17% of making a phrase's hits over 100,000
/// documents.)
fn sieved_phrases(
    text: &str,
    terms: &[Term],
    sensitive: bool,
    sieve: &Sieve,
    scratch: &mut Vec<(usize, usize)>,
    mut f: impl FnMut(usize, [usize; 2], f64),
) {
    let unusual = unusual_runs(text);
    let mut first = 0;
    for (t, term) in terms.iter().enumerate() {
        let mut phrase = |words: &[Word], f: &mut dyn FnMut([usize; 2], f64)| {
            let mut runs = sieve.runs_of_word(text, first);
            first += words.len();
            runs.extend_from_slice(&unusual);
            // Runs are split by white space: two are the same run or apart.
            runs.sort_unstable();
            runs.dedup();
            for [from, to] in runs {
                // The words that start in the run, then one fewer than the
                // phrase has: no phrase starts past the run.
                scratch.clear();
                let mut after = 0;
                for (at, tok) in tokens(&text[from..]) {
                    if from + at >= to {
                        if after + 1 >= words.len() {
                            break;
                        }
                        after += 1;
                    }
                    scratch.push((from + at, from + at + tok.len()));
                }
                phrase_matches(text, scratch, words, sensitive, &mut *f);
            }
        };
        each_phrasing(term, &mut phrase, |span, w| f(t, span, w));
    }
}

/// Calls `f(span, weight)` for every match of `term`, each way of writing
/// it matched by `phrase(words, f)`. A term written one way calls `f` as
/// `phrase` finds them; a term with other ways has its matches put in the
/// text's order, and where two ways match from one word, only the first
/// way's counts (as an index merges them: a term's weight summed in the
/// same order, its matches the same).
fn each_phrasing(
    term: &Term,
    mut phrase: impl FnMut(&[Word], &mut dyn FnMut([usize; 2], f64)),
    mut f: impl FnMut([usize; 2], f64),
) {
    if term.also.is_empty() {
        phrase(&term.words, &mut f);
        return;
    }
    let mut found: Vec<([usize; 2], f64)> = Vec::new();
    for words in term.phrasings() {
        phrase(words, &mut |span, w| found.push((span, w)));
    }
    // Stable: the first way's match first where two start at one word.
    found.sort_by_key(|&([start, _], _)| start);
    found.dedup_by_key(|&mut ([start, _], _)| start);
    for (span, w) in found {
        f(span, w);
    }
}

/// Calls `f(span, weight)` for every place where `words` appear in a row among
/// the words `toks` (byte ranges into `text`), within one block
/// ([`in_two_blocks`]); the weight is the least of theirs.
fn phrase_matches(
    text: &str,
    toks: &[(usize, usize)],
    words: &[Word],
    sensitive: bool,
    mut f: impl FnMut([usize; 2], f64),
) {
    let n = words.len();
    if n == 0 || toks.len() < n {
        return;
    }
    for i in 0..=toks.len() - n {
        let mut weight: f64 = 1.0;
        let all = words.iter().enumerate().all(|(k, w)| {
            let (start, stop) = toks[i + k];
            if k > 0 && in_two_blocks(text, toks[i + k - 1].1, start) {
                return false;
            }
            w.weigh(&text[start..stop], sensitive).is_some_and(|x| {
                weight = weight.min(x);
                true
            })
        });
        if all {
            f([toks[i].0, toks[i + n - 1].1], weight);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two words are in two blocks across a heading's end, a blank line,
    /// a list item's, a quote's, a table row's or a fence's start, and a
    /// table's cell; not across a paragraph's lines or a sentence's end.
    #[test]
    fn words_are_in_two_blocks_where_markdown_parts_them() {
        let apart = |text: &str| {
            // The two words with a line's end or a pipe between, else the first two.
            let words: Vec<[usize; 2]> = tokens(text).map(|(at, word)| [at, at + word.len()]).collect();
            let pair = words.windows(2).find(|w| text[w[0][1]..w[1][0]].contains(['\n', '|']));
            let pair = pair.or_else(|| words.get(..2)).expect("two words");
            in_two_blocks(text, pair[0][1], pair[1][0])
        };
        for text in [
            "## Slow\nBuilt",
            "  ### Slow\nBuilt",
            "slow\n\nbuilt",
            "slow\n \t\nbuilt",
            "slow\n---\nbuilt",
            "slow\n- built",
            "slow\n  * built",
            "slow\n+ built",
            "slow\n> built",
            "```slow\nbuilt",
            "~~~ slow\nbuilt",
            "slow\n  - built",
            "slow\n1) built",
            "1) slow\n2) built",
            "slow\n| built |",
            "| slow | built |",
            "a | slow\nbuilt | b",
            "> slow\n> ## built",
            "> slow\n> - built",
            "slow\n```\nbuilt",
            "slow\n~~~ built",
            "slow\r\n\r\nbuilt",
        ] {
            assert!(apart(text), "{text:?}");
        }
        for text in [
            "slow built",
            "slow, built",
            "slow. Built",
            "slow\nbuilt",
            "slow\n  built",
            "#hashtag\nbuilt",
            "slow\n-built",
            "slow\n*built*",
            "slow\n2024 built",
            "Foo | slow built",
            "slow | built",
            "a | slow\nbuilt",
            "slow\n2024. built",
            "slow\n10) built",
            "slow\n1.5x",
            "> slow\n> built",
            "> slow\nbuilt",
            ">> slow\n> > built",
            "slow\r\nbuilt",
            "slow `built`",
        ] {
            assert!(!apart(text), "{text:?}");
        }
        // A phrase is matched within a block, as its snippet shows it.
        let q = parse("\"slow built\"", CaseMode::Smart, false).expect("a phrase");
        assert!(q.find("### Frontend Was Slow\n\nBuilt on React.").is_empty());
        assert!(q.find("- Slow\n- Built").is_empty());
        assert_eq!(q.find("It was slow\nbuilt on React."), [[7, 17]]);
        let row = parse("slow built", CaseMode::Smart, false).ok().and_then(|q| q.as_phrase()).expect("a phrase");
        assert!(row.find("# Slow\nBuilt").is_empty(), "no words in a row for the boost either");
    }

    /// A tag is whole between the start or `, ` and the end or `,`.
    #[test]
    fn a_whole_tag_is_one_tag_of_the_list() {
        let text = "go, go-to-market, on-the-go, rest";
        let spans: Vec<[usize; 2]> = tokens(text).map(|(at, w)| [at, at + w.len()]).collect();
        let whole: Vec<bool> = spans.iter().map(|&span| whole_tag(text, span)).collect();
        assert_eq!(whole, [true, false, false, false, false, false, false, true]);
        let q = parse("go", CaseMode::Smart, false).expect("query");
        assert_eq!(q.in_field(Field::Tags).find(text), [[0, 2]]);
        assert!(q.find(text).is_empty(), "in text, only \"Go\"");
        assert_eq!(q.find("Go, on the go"), [[0, 2]]);
        // In text, no first part of a hyphenated word but a name's own (`Go-based`).
        assert_eq!(q.find("Go-to-market, Go-based, Go."), [[14, 16], [24, 26]]);
        // The name as another way of writing a term, and within a phrase:
        // its own word stands or not, as an index keeps its matches.
        let golang = parse("golang", CaseMode::Smart, false).expect("query");
        assert_eq!(golang.find("Go-to-market and Go."), [[17, 19]]);
        let phrase = parse("go to market", CaseMode::Smart, false).ok().and_then(|q| q.as_phrase()).expect("a phrase");
        assert!(phrase.find("A Go-to-market plan.").is_empty());
        assert_eq!(phrase.find("Go to market."), [[0, 12]]);
        let kit = parse("go kit", CaseMode::Smart, false).ok().and_then(|q| q.as_phrase()).expect("a phrase");
        assert!(kit.in_field(Field::Tags).find("go-kit, x").is_empty(), "the go of go-kit is no whole tag");
        assert!(kit.in_field(Field::Tags).find("x, go, kit").is_empty(), "a phrase's words are of one tag");
        assert_eq!(kit.find("x, Go, kit"), [[3, 10]], "in text, commas do not part a phrase");
        let rule = parse("\"rule tables\"", CaseMode::Smart, false).expect("a phrase");
        assert_eq!(rule.in_field(Field::Tags).find("saas, rule-tables"), [[6, 17]]);
        let saas = parse("\"saas rule\"", CaseMode::Smart, false).expect("a phrase");
        assert!(saas.in_field(Field::Tags).find("saas, rule-tables").is_empty());
    }

    /// Where two ways of writing a term match from one word, the first way
    /// counts, once: `quokka-s` is the phrase "quokka s" (the word "quokkas"
    /// by its stem, then "s") and the word "quokkas", both at "Quokkas s";
    /// the ways' matches come in the text's order.
    #[test]
    fn two_ways_of_a_term_from_one_word_count_once() {
        let q = parse("quokka-s", CaseMode::Smart, false).expect("query");
        let text = "Quokkas s, then quokkas; quokka s.";
        assert_eq!(q.term_spans(text), [(0, [0, 9]), (0, [16, 23]), (0, [25, 33])]);
        let unsieved = parse_unsieved("quokka-s", CaseMode::Smart, false).expect("query");
        assert_eq!(unsieved.term_spans(text), q.term_spans(text));
        let mut weights = Vec::new();
        q.each_match(text, &mut Vec::new(), |_, span, w| weights.push((span, w)));
        assert_eq!(weights.len(), 3, "{weights:?}");
    }

    #[test]
    fn a_dotted_word_is_matched_whole_and_by_its_first_part() {
        let weigh = |q: &str, sensitive: bool, token: &str| Word::new(q, false, sensitive).weigh(token, sensitive);
        for (q, token) in [("ipsp", "IPSP.com"), ("node", "node.js"), ("readme", "README.md"), ("asp", "ASP.NET")] {
            assert_eq!(weigh(q, false, token), Some(STEM_WEIGHT), "{q} in {token}");
        }
        assert_eq!(weigh("node.js", false, "node.js"), Some(1.0));
        assert_eq!(weigh("node", true, "node.js"), Some(STEM_WEIGHT), "case-sensitive");
        assert_eq!(weigh("Node", true, "node.js"), None);
        // Not its other parts, nor a number's.
        for (q, token) in [("js", "node.js"), ("com", "IPSP.com"), ("v1", "v1.2"), ("1", "1.5"), ("net", ".net")] {
            assert_eq!(weigh(q, false, token), None, "{q} in {token}");
        }
        assert_eq!(dotted_head("ab.c"), Some("ab"));
        assert_eq!(dotted_head("e.g"), None, "an abbreviation");
        assert_eq!(dotted_head(".net"), None);
        assert_eq!(dotted_head("a."), None);
    }

    #[test]
    fn a_verb_is_matched_by_its_irregular_forms_and_they_by_it() {
        let weigh = |q: &str, token: &str| Word::new(q, false, false).weigh(token, false);
        for (q, token) in
            [("lead", "Led"), ("led", "leading"), ("build", "built"), ("built", "building"), ("write", "wrote")]
        {
            assert_eq!(weigh(q, token), Some(STEM_WEIGHT), "{q} in {token}");
        }
        assert_eq!(weigh("built", "Built"), Some(1.0));
        assert_eq!(weigh("wrote", "written"), Some(STEM_WEIGHT), "another irregular form");
        // An irregular form asks for the verb: not its forms that are
        // nouns as well (sales leads, CI builds, wins).
        for (q, token) in [("led", "leads"), ("led", "lead"), ("built", "build"), ("built", "builds"), ("won", "wins")]
        {
            assert_eq!(weigh(q, token), None, "{q} in {token}");
        }
        assert_eq!(weigh("lead", "ledger"), None);
        // `led` holds no "lea": it is a needle of its own; `built` holds "buil".
        let needles = |w: &str| Word::new(w, false, false).needles(false).map(|ns| ns.concat());
        assert_eq!(needles("lead").as_deref(), Some("lealed"));
        assert_eq!(needles("built").as_deref(), Some("buil"));
        assert_eq!(needles("run").as_deref(), Some("ruran"));
        // A British `-our` word's forms hold the British word (`favourite`, `unfavourable`).
        assert_eq!(needles("favorite").as_deref(), Some("favorifavour"));
        assert_eq!(needles("unfavorable").as_deref(), Some("unfavo"), "\"unfavour\" holds it");
    }

    /// A form in capitals is an acronym: `lead` does not find "LED"
    /// lights, nor `LED` "leading" and "leads", nor `RAN` (a radio access
    /// network) "running"; each still finds itself as written, in any case.
    #[test]
    fn an_irregular_form_in_capitals_is_an_acronym_not_the_verb() {
        let weigh = |q: &str, token: &str| Word::new(q, false, false).weigh(token, false);
        for (q, token) in [("lead", "LED"), ("LED", "leading"), ("LED", "leads"), ("RAN", "running"), ("win", "WON")] {
            assert_eq!(weigh(q, token), None, "{q} in {token}");
        }
        for (q, token) in [("LED", "LED"), ("led", "LED"), ("LED", "Led"), ("WROTE", "wrote")] {
            assert_eq!(weigh(q, token), Some(1.0), "{q} in {token}");
        }
        assert_eq!(weigh("lead", "Led"), Some(STEM_WEIGHT));
        assert_eq!(weigh("Led", "leading"), Some(STEM_WEIGHT));
    }

    /// A name that ends in a capital has no inflection: `io` does not find
    /// "iOS" (Snowball takes its `S` for a plural's), nor `mac` "macOS";
    /// each still finds itself and its possessive, and `github` "GitHub's".
    #[test]
    fn a_name_ending_in_a_capital_is_matched_only_as_written() {
        let weigh = |q: &str, token: &str| Word::new(q, false, false).weigh(token, false);
        for (q, token) in [
            ("io", "iOS"),
            ("io", "iOS's"),
            ("tvo", "tvOS"),
            ("mac", "macOS"),
            ("iOS", "io"),
            ("ios", "io"),
            ("SaaS", "saa"),
        ] {
            assert_eq!(weigh(q, token), None, "{q} in {token}");
        }
        for (q, token) in [("ios", "iOS"), ("iOS", "ios"), ("IOS", "iOS"), ("macos", "macOS")] {
            assert_eq!(weigh(q, token), Some(1.0), "{q} in {token}");
        }
        for (q, token) in [("ios", "iOS's"), ("iOS’s", "iOS"), ("github", "GitHub's"), ("api", "APIs")] {
            assert_eq!(weigh(q, token), Some(STEM_WEIGHT), "{q} in {token}");
        }
        assert_eq!(name_ending_in_capital("iOS’"), Some("iOS"));
        assert_eq!(weigh("io", "ios"), None, "the tag ios is iOS");
        assert_eq!(weigh("saa", "saas"), None, "the tag saas is SaaS");
        assert_eq!(weigh("payment", "payments"), Some(STEM_WEIGHT), "a tag of words is matched as words are");
        assert_eq!(
            [name_ending_in_capital("OS"), name_ending_in_capital("GitHub"), name_ending_in_capital("DevOps")],
            [None; 3]
        );
        // In any case, a tag people write so: IOS, Ios and SAAS are iOS and SaaS.
        for (q, token) in [("io", "IOS"), ("io", "Ios"), ("IOS", "io"), ("saa", "SAAS"), ("Saas", "saa")] {
            assert_eq!(weigh(q, token), None, "{q} in {token}");
        }
    }

    /// An acronym finds its plural: Snowball keeps the `s` of `VMs`, `DJs`
    /// and `SLOs` (no vowel before it, or one alone), so `vm` found nothing.
    #[test]
    fn an_acronym_finds_its_plural() {
        let weigh = |q: &str, token: &str| Word::new(q, false, false).weigh(token, false);
        for (q, token) in [("vm", "VMs"), ("VM", "VMs"), ("dj", "DJs"), ("SLO", "SLOs"), ("pr", "PRs"), ("cdn", "CDNs")]
        {
            assert_eq!(weigh(q, token), Some(STEM_WEIGHT), "{q} in {token}");
        }
        // Only in capitals, and only its plural.
        for (q, token) in [("vm", "vms"), ("vm", "Vms"), ("vm", "VMS"), ("v", "Vs"), ("vm", "VMss"), ("slo", "slots")] {
            assert_eq!(weigh(q, token), None, "{q} in {token}");
        }
        assert_eq!(Word::new("vm", false, false).weigh("VMs", true), None, "case-sensitive: as written");
        // And the other way: the plural asked for finds the acronym.
        for (q, token) in [("CDNs", "CDN"), ("cdns", "CDN"), ("CRMs", "CRM"), ("rpcs", "RPC"), ("VMs", "VM")] {
            assert_eq!(weigh(q, token), Some(STEM_WEIGHT), "{q} finds {token}");
        }
        // Not a word that ends in a double `s` as typed (`oss`, "OSS").
        for (q, token) in
            [("cdns", "cdn"), ("cdns", "Cdn"), ("as", "A"), ("CDNss", "CDN"), ("oss", "OS"), ("Oss", "OS")]
        {
            assert_eq!(weigh(q, token), None, "{q} in {token}");
        }
    }

    /// An acronym whose `S` is its own (`ETS`, `ECS`; the tag `ets`, whose
    /// label is "ETS") is no plural: only itself names it. A longer word in
    /// capitals may be shouted, and is still found by its stem.
    #[test]
    fn an_acronym_ending_in_s_is_no_plural() {
        let weigh = |q: &str, token: &str| Word::new(q, false, false).weigh(token, false);
        for (q, token) in [
            ("et", "ETS"),
            ("ec", "ECS"),
            ("gc", "GCS"),
            ("et", "ets"),
            ("cm", "cms"),
            ("cor", "cors"),
            ("cor", "CORS"),
        ] {
            assert_eq!(weigh(q, token), None, "{q} in {token}");
        }
        for (q, token) in [("ets", "ETS"), ("ETS", "ets"), ("cors", "CORS"), ("alert", "ALERTS"), ("log", "LOGS")] {
            assert!(weigh(q, token).is_some(), "{q} in {token}");
        }
        // Words that are not such acronyms keep their plurals.
        for (q, token) in [("bet", "bets"), ("bet", "Bets"), ("pet", "PETs"), ("ad", "ads")] {
            assert!(weigh(q, token).is_some(), "{q} in {token}");
        }
    }

    #[test]
    fn a_contraction_is_matched_by_its_word() {
        let weigh = |q: &str, token: &str| Word::new(q, false, false).weigh(token, false);
        for (q, token) in
            [("should", "should've"), ("we", "We’re"), ("they", "they'll"), ("it", "it'd"), ("you", "YOU'RE")]
        {
            assert_eq!(weigh(q, token), Some(STEM_WEIGHT), "{q} in {token}");
        }
        assert_eq!(weigh("should've", "should've"), Some(1.0));
        // Not a contraction's tail, a one-letter word, `n't`, or an apostrophe inside a name.
        for (q, token) in
            [("ve", "should've"), ("i", "I'm"), ("don", "don't"), ("o", "o'clock"), ("rock", "rock'n'roll")]
        {
            assert_eq!(weigh(q, token), None, "{q} in {token}");
        }
        assert_eq!(contracted_head("'re"), None);
        assert_eq!(contracted_head("x're"), None);
    }

    /// What a query found in a text: each match (term, span, weight's bits) and the word count.
    type Found = (Vec<(usize, [usize; 2], u64)>, usize);

    /// Every match and the word count of `text`, by `q` as it is and with
    /// its sieve taken away.
    fn with_and_without_sieve(q: &Query, text: &str) -> [Found; 2] {
        let run = |q: &Query| {
            let mut found = Vec::new();
            let count = q.each_match(text, &mut Vec::new(), |t, span, w| found.push((t, span, w.to_bits())));
            (found, count)
        };
        // Matches found without counting words (a snippet's) go another way.
        let mut uncounted = Vec::new();
        q.matches_in(text, &mut Vec::new(), |t, span, w| uncounted.push((t, span, w.to_bits())), false);
        let (found, count) = run(q);
        assert_eq!(uncounted, found, "{:?} in {:?}, without counting", q.text, text);
        let mut bare = q.clone();
        bare.sieve = None;
        [(found, count), run(&bare)]
    }

    /// Words whose matches the sieve must not lose: stems that drop or
    /// change letters, the words `dying` and `lying`, names and plurals,
    /// prefixes, symbol words, one letter; and words beyond ASCII, where
    /// the sieve must stand aside: `\u{212A}` is the Kelvin sign, whose lower
    /// case is `k`, and `’` reads as `'`.
    const VOCABULARY: [&str; 28] = [
        "log",
        "logs",
        "Logging",
        "dying",
        "die",
        "lying",
        "happy",
        "happiness",
        "cry",
        "cries",
        "API",
        "APIs",
        "slo",
        "SLOs",
        "kube",
        "Kubernetes",
        "c++",
        "C#",
        ".NET",
        "node.js",
        "it's",
        "a",
        "x",
        "Europe's",
        "\u{212A}ubernetes",
        "isn't",
        "isn’t",
        "internationalization",
    ];

    proptest::proptest! {
        /// A query finds the same matches, and counts the same words, with
        /// its sieve as without: typed words and phrases in any case, names.
        #[test]
        fn the_sieve_loses_no_match(
            picks in proptest::collection::vec((0..VOCABULARY.len(), 0..4u8), 1..12),
            query in proptest::collection::vec((0..VOCABULARY.len(), 0..3u8), 1..3),
        ) {
            let cased = |w: &str, how: u8| match how {
                0 => w.to_owned(),
                1 => w.to_uppercase(),
                _ => w.to_lowercase(),
            };
            // Separators beyond ASCII too (a dash, quote marks, a no-break
            // space): the sieve runs on such texts; `é` and `’` stop it.
            let joins = [" ", ", ", "-", "'", " — ", "“", "\u{a0}", "é ", "’"];
            let text: String = picks.iter().map(|&(i, how)| cased(VOCABULARY[i], how) + joins[(i + usize::from(how)) % joins.len()]).collect();
            let words: Vec<String> = query.iter().map(|&(i, how)| cased(VOCABULARY[i], how) + if how == 2 { "*" } else { "" }).collect();
            let typed = words.join(" ");
            let mut queries = vec![parse(&typed, CaseMode::Smart, false), parse(&typed, CaseMode::Sensitive, false)];
            queries.push(parse(&format!("\"{}\"", typed.replace('*', "")), CaseMode::Smart, false));
            let names: Vec<(String, bool)> = words.iter().map(|w| (w.replace('*', ""), w.len() % 2 == 0)).collect();
            for q in queries.into_iter().flatten().chain(Query::from_names(&names)) {
                let [sieved, bare] = with_and_without_sieve(&q, &text);
                proptest::prop_assert_eq!(sieved, bare, "{:?} in {:?}", q.text, text);
            }
        }
    }

    proptest::proptest! {
        /// Phrases over a few words, so that they match often, in a row and
        /// one after another, and beyond ASCII (the Kelvin sign's `k`):
        /// found the same with the sieve as without, and as when counted.
        #[test]
        fn the_sieve_loses_no_phrase(
            picks in proptest::collection::vec((0..6usize, 0..3usize), 1..24),
            phrase in proptest::collection::vec(0..6usize, 1..4),
            word in proptest::option::of(0..6usize),
        ) {
            let few = ["log", "Logs", "logging", "kube", "\u{212A}ube", "x"];
            let joins = [" ", ", ", "-"];
            let text: String = picks.iter().map(|&(i, j)| [few[i], joins[j]].concat()).collect();
            let mut typed = format!("\"{}\"", phrase.iter().map(|&i| few[i]).collect::<Vec<_>>().join(" "));
            if let Some(i) = word {
                typed = format!("{} {typed}", few[i]);
            }
            let q = parse(&typed, CaseMode::Smart, false).expect("a query");
            let [sieved, bare] = with_and_without_sieve(&q, &text);
            proptest::prop_assert_eq!(sieved, bare, "{:?} in {:?}", q.text, text);
        }
    }

    /// The sieve is there for plain words, and passes over texts where they
    /// cannot match (so that it can be tested at all).
    #[test]
    fn the_sieve_skips_texts_without_a_needle() {
        let q = parse("logging", CaseMode::Smart, false).expect("query");
        let sieve = q.sieve.as_ref().expect("a sieve for a plain word");
        assert!(!sieve.passes("we write code") && sieve.passes("LOGS") && sieve.passes("a catalog"));
        assert!(!sieve.passes("l") && !sieve.passes("ol") && sieve.passes("Lo"));
        assert!(parse("dying", CaseMode::Smart, false).expect("query").sieve.is_none());
        assert!(parse("a", CaseMode::Smart, false).expect("query").sieve.is_none());
        assert!(parse("l.og", CaseMode::Smart, true).expect("regex").sieve.is_none());
        let [(found, count), _] = with_and_without_sieve(&q, "we write code, don't we?");
        assert_eq!((found.len(), count), (0, 5));
    }

    fn find(q: &str, text: &str) -> Vec<[usize; 2]> {
        parse(q, CaseMode::Smart, false).expect("query").find(text)
    }

    /// Overlapping matches become one span that covers them all; spans that
    /// only touch stay apart.
    #[test]
    fn overlapping_spans_merge_into_one() {
        let mut spans = vec![[9, 24], [3, 16], [30, 35], [24, 28], [4, 8]];
        merge_spans(&mut spans);
        assert_eq!(spans, [[3, 24], [24, 28], [30, 35]]);
        assert_eq!(find("\"spark release\" \"release lending\"", "We spark release lending here."), [[3, 24]]);
        assert_eq!(find("\"log log\"", "Logs Logs logging"), [[0, 17]]);
    }

    /// The limits are limits: a query of exactly the size allowed parses.
    #[test]
    fn a_query_at_each_limit_parses_and_one_over_does_not() {
        let at = "a".repeat(MAX_QUERY_BYTES);
        assert!(parse(&at, CaseMode::Smart, false).is_ok());
        assert!(parse(&format!("{at}a"), CaseMode::Smart, false).is_err());
        let words: Vec<String> = (0..MAX_TERMS).map(|i| format!("w{i}")).collect();
        assert!(parse(&words.join(" "), CaseMode::Smart, false).is_ok());
        assert!(parse(&format!("{} w", words.join(" ")), CaseMode::Smart, false).is_err());
    }

    /// A typed query leaves out the small words typed alone in lowercase
    /// outside quotes, when it has other words; a query dryga makes keeps
    /// every word.
    #[test]
    fn a_typed_query_leaves_its_small_words_out() {
        let words = |q: Result<Query>| match q.expect("query").matcher {
            Matcher::Terms { terms, .. } => {
                terms.iter().map(|t| t.words.iter().map(Word::shown).collect::<Vec<_>>().join(" ")).collect()
            }
            Matcher::Regex(_) => Vec::new(),
        };
        let typed = |q: &str| words(parse_typed(q, CaseMode::Smart, false));
        assert_eq!(typed("built a billing system"), ["built", "billing", "system"]);
        assert_eq!(typed("on kafka with the team"), ["kafka", "team"]);
        // Alone, quoted, in capitals, a prefix, in a phrase: kept.
        assert_eq!(typed("the"), ["the"]);
        assert_eq!(typed("on and the"), ["on", "and", "the"]);
        assert_eq!(typed("\"on\" kafka"), ["on", "kafka"]);
        assert_eq!(typed("IT kafka"), ["IT", "kafka"]);
        assert_eq!(typed("a* kafka"), ["a*", "kafka"]);
        assert_eq!(typed("\"worked on\" kafka"), ["worked on", "kafka"]);
        assert_eq!(typed("elixir or rust"), ["elixir", "or", "rust"]);
        assert_eq!(words(parse("What I Learned on kafka", CaseMode::Smart, false)).len(), 5, "made, not typed");
        assert_eq!(
            words(parse_typed("kafka on", CaseMode::Sensitive, false)),
            ["kafka"],
            "case-sensitive too: a small word is no name"
        );
        assert!(SMALL_WORDS.windows(2).all(|w| w[0] < w[1]), "sorted, once each");
    }

    /// A query made from terms reads as it would be typed: phrases in quotes.
    #[test]
    fn a_query_made_from_terms_shows_its_phrases_quoted() {
        let Matcher::Terms { terms, .. } = parse("\"open source\" elixir", CaseMode::Smart, false).expect("q").matcher
        else {
            panic!("terms")
        };
        assert_eq!(Query::from_terms(terms, false).text, "\"open source\" elixir");
    }

    /// A phrase pasted in typographic quotes is a phrase, as in straight
    /// ones: its words in a row, not each anywhere; a regex keeps them.
    #[test]
    fn a_phrase_in_typographic_quotes_is_a_phrase() {
        let typed = |q: &str| parse_typed(q, CaseMode::Smart, false).expect("a query");
        let text = "Built for slow queries";
        let straight = typed("\"slow built\"");
        assert!(straight.find(text).is_empty(), "the words are not in a row");
        for q in ["“slow built”", "„slow built“", "«slow built»", "＂slow built＂"] {
            assert_eq!(typed(q).text, straight.text, "{q}");
            assert!(typed(q).find(text).is_empty(), "{q} is a phrase");
        }
        assert!(typed("« slow built »").find(text).is_empty());
        assert_eq!(typed("« slow built »").find("so slow, built"), [[3, 14]]);
        assert_eq!(typed("“slow queries” built").find(text), [[0, 5], [10, 22]]);
        // Quoted, `OR` is a word of the phrase, not an operator.
        assert!(parse_typed("“cats OR dogs”", CaseMode::Smart, false).is_ok());
        // Measured as typed (a review: 1,500 bytes of `ab“` were 1,000 read).
        let long = "ab“".repeat(300);
        let Err(Error::QueryTooLong { bytes, .. }) = parse_typed(&long, CaseMode::Smart, false) else { panic!("long") };
        assert_eq!(bytes, 1500);
        let Err(Error::NothingToSearch { query }) = parse_typed("«»", CaseMode::Smart, false) else { panic!("«»") };
        assert_eq!(query, "«»", "as typed");
        assert!(matches!(parse_typed("“cats” OR dogs", CaseMode::Smart, false), Err(Error::QueryOperator { .. })));
        let regex = parse_typed("“(slow)”", CaseMode::Smart, true).expect("a regex");
        assert_eq!(regex.find("a “slow” build"), [[2, 12]]);
    }

    /// A lower-case word with an apostrophe is a word, stemmed, not a name.
    #[test]
    fn names_with_apostrophes_in_lower_case_are_plain_words() {
        let q = Query::from_names(&[("europe’s", false)]).expect("a query");
        assert_eq!(q.find("in Europe"), [[3, 9]]);
        let q = Query::from_names(&[("europe's", false)]).expect("a query");
        assert_eq!(q.find("in Europe"), [[3, 9]]);
    }

    /// A prefix matches a word that starts with it in another case, beyond ASCII.
    #[test]
    fn prefixes_match_across_case_beyond_ascii() {
        assert_eq!(find("är*", "Ärger"), [[0, 6]]);
        assert_eq!(find("éco*", "ÉCOLE"), [[0, 6]]);
    }

    /// Matches that touch are both kept (only overlapping ones are merged).
    #[test]
    fn touching_matches_are_both_kept() {
        let q = parse("ab", CaseMode::Smart, true).expect("regex");
        assert_eq!(q.find("abab"), [[0, 2], [2, 4]]);
    }

    #[test]
    fn words_match_whole_words_in_any_case_after_stemming() {
        assert_eq!(find("duckdb", "DuckDB and duckdb"), [[0, 6], [11, 17]]);
        assert_eq!(find("DUCKDB", "DuckDB"), [[0, 6]]);
        assert_eq!(find("logs", "JSON logging, log lines"), [[5, 12], [14, 17]]);
        assert_eq!(find("payment", "Payments"), [[0, 8]]);
        assert!(find("java", "JavaScript chunks").is_empty());
        assert!(find("kube", "on Kubernetes").is_empty());
        assert!(find("c", "C++ and C# code").is_empty());
        assert_eq!(find("c", "Plan c works"), [[5, 6]]);
    }

    #[test]
    fn prefixes_only_when_asked() {
        assert_eq!(find("kube*", "on Kubernetes"), [[3, 13]]);
        assert_eq!(find("\"open sour*\"", "an open-source tool"), [[3, 14]]);
    }

    #[test]
    fn symbols_make_words_that_match_only_themselves() {
        assert_eq!(find("c++", "C++, C and C#"), [[0, 3]]);
        assert_eq!(find("C#", "C++, C and C#"), [[11, 13]]);
        assert_eq!(find(".net", "ASP.NET and .NET"), [[12, 16]]);
        assert_eq!(find("node.js", "Node.js or node"), [[0, 7]]);
        assert!(find("f#", "F").is_empty());
    }

    #[test]
    fn phrases_match_in_a_row_after_stemming() {
        assert_eq!(find("\"open source\"", "open, source; source open"), [[0, 12]]);
        assert_eq!(find("open-source", "an open-source tool"), [[3, 14]]);
        assert_eq!(find("\"virtual sales floors\"", "a Virtual Sales Floor"), [[2, 21]]);
        assert!(find("\"peer to peer\"", "per to per").is_empty());
    }

    #[test]
    fn names_match_themselves_in_their_case() {
        let q = Query::from_names(&[("Fastly", false), ("REST", false), ("Go", true), ("Terraform", false)])
            .expect("query");
        assert_eq!(q.terms_in("fast rest go Terraforming"), Vec::<usize>::new());
        assert_eq!(q.terms_in("fastly REST APIs, Go and terraform"), [0, 1, 2, 3]);
        let api = Query::from_names(&[("API", false), ("OTP", false)]).expect("query");
        assert_eq!(api.terms_in("APIs and OTP's"), [0, 1]);
        assert_eq!(api.terms_in("apis and otp"), Vec::<usize>::new());
    }

    #[test]
    fn case_sensitive_words_match_as_written() {
        let q = parse("DuckDB", CaseMode::Sensitive, false).expect("query");
        assert_eq!(q.find("DuckDB and duckdb"), [[0, 6]]);
        let q = parse("Kube*", CaseMode::Sensitive, false).expect("query");
        assert_eq!(q.find("Kubernetes kubectl"), [[0, 10]]);
    }

    #[test]
    fn smart_case_is_for_regexes_only() {
        assert!(!has_upper_literal(r"duckdb\S*\W\B\D\P{Lu}\p{Greek}"));
        assert!(!has_upper_literal(r"(?P<Name>x)(?<Other>y)"));
        assert!(has_upper_literal(r"Duck\w+"));
        let q = parse(r"duckdb\S*", CaseMode::Smart, true).expect("query");
        assert_eq!(q.find("DuckDB"), [[0, 6]]);
        let q = parse(r"DuckDB", CaseMode::Smart, true).expect("query");
        assert!(q.find("duckdb").is_empty());
    }

    /// Words joined by commas are listed, each a term; a number's comma joins it.
    #[test]
    fn a_comma_between_words_lists_them() {
        for typed in ["elixir,rust", "elixir, rust", ",elixir,,rust,"] {
            let q = parse(typed, CaseMode::Smart, false).expect("query");
            assert_eq!(q.term_count(), 2, "{typed}");
            assert!(q.covers("Rust, and then Elixir"), "{typed}");
        }
        let number = parse("1,000", CaseMode::Smart, false).expect("query");
        assert_eq!(number.term_count(), 1);
        assert!(number.covers("1,000 users") && !number.covers("1 in 000"));
    }

    #[test]
    fn rejects_bad_queries_with_the_reason() {
        assert!(matches!(parse("", CaseMode::Smart, false), Err(Error::EmptyQuery)));
        assert!(matches!(parse("   ", CaseMode::Smart, false), Err(Error::EmptyQuery)));
        for nothing in ["!!!", "* ++ #", "\"\""] {
            assert!(matches!(parse(nothing, CaseMode::Smart, false), Err(Error::NothingToSearch { .. })), "{nothing}");
        }
        // A search engine's operators, which dryga has not: read as words, they found the opposite.
        for (query, operator) in [
            ("payments -mobile", "-mobile"),
            ("elixir OR rust", "OR"),
            ("payments NOT mobile", "NOT"),
            ("-elixir", "-elixir"),
            // Beside a quoted phrase (a review).
            ("\"open source\" OR rust", "OR"),
            ("rust OR \"open source\"", "OR"),
            ("payments NOT \"mobile app\"", "NOT"),
            ("payments -\"mobile app\"", "-\"mobile app\""),
            ("payments -“mobile app”", "-“mobile app”"),
            ("payments -«mobile app»", "-«mobile app»"),
            // A regex's either-or, as words (a review).
            ("elixir|erlang", "elixir|erlang"),
            ("payments elixir|erlang|go", "elixir|erlang|go"),
            // The dash an editor made of `-`, a query language's not, and
            // `|` alone between words (black-box testing: each found the
            // items with "mobile").
            ("payments −mobile", "−mobile"),
            ("payments –mobile", "–mobile"),
            ("payments —mobile", "—mobile"),
            ("payments !mobile", "!mobile"),
            ("payments ¬mobile", "¬mobile"),
            ("payments | mobile", "|"),
            ("payments || mobile", "||"),
            // A word listed after a comma is a term of its own (a review).
            ("payments,-mobile", "-mobile"),
            ("elixir,!rust", "!rust"),
            ("elixir,OR,rust", "OR"),
            ("elixir,NOT,rust", "NOT"),
            ("payments ‐mobile", "‐mobile"),
            ("payments ‑mobile", "‑mobile"),
            ("payments －mobile", "－mobile"),
        ] {
            let Err(Error::QueryOperator { operator: found }) = parse_typed(query, CaseMode::Smart, false) else {
                panic!("{query} parsed");
            };
            assert_eq!(found, operator, "{query}");
        }
        // Words, phrases and regexes that only look so.
        for words in [
            "mix test --stale",
            "\"a -b\" c",
            "“a -b” c",
            "«elixir|erlang» c",
            "OR",
            "or NOT",
            "elixir or rust",
            "e-health",
            "-5%",
            "NOT",
            "\"a OR b\"",
            "\"x\" NOT",
            "rust -\"",
            "a| b",
            "\"a|b\" c",
            "payments — mobile",
            "wow! payments",
            "payments !",
            "| payments",
            "\"payments !mobile\"",
        ] {
            assert!(parse_typed(words, CaseMode::Smart, false).is_ok(), "{words}");
        }
        assert!(parse_typed("elixir|-rust OR go", CaseMode::Smart, true).is_ok());
        assert!(matches!(parse_typed("|", CaseMode::Smart, false), Err(Error::NothingToSearch { .. })));
        // Not typed to search: the words of a heading's name (`Why NOT Rust`).
        assert!(parse("payments NOT mobile", CaseMode::Smart, false).is_ok());
        assert!(matches!(parse("(", CaseMode::Smart, true), Err(Error::InvalidRegex { .. })));
        assert!(matches!(parse("a*", CaseMode::Smart, true), Err(Error::RegexMatchesEmpty)));
        // A line break named is refused, as ripgrep does; a class holding one is not.
        for named in ["\\n", "month\\n", "(month\\n)+", "a\\x0Ab", "[\\n]"] {
            assert!(matches!(parse(named, CaseMode::Smart, true), Err(Error::RegexLineBreak)), "{named}");
        }
        for fine in ["month$", "\\s+month", "[^a]b", "(?m)^>"] {
            assert!(parse(fine, CaseMode::Smart, true).is_ok(), "{fine}");
        }
        let huge = "a ".repeat(MAX_QUERY_BYTES);
        assert!(matches!(parse(&huge, CaseMode::Smart, false), Err(Error::QueryTooLong { .. })));
        let many = (0..=MAX_TERMS).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ");
        assert!(matches!(parse(&many, CaseMode::Smart, false), Err(Error::TooManyTerms { .. })));
        let big_regex = "\\w{1000}\\w{1000}\\w{1000}";
        assert!(matches!(parse(big_regex, CaseMode::Smart, true), Err(Error::InvalidRegex { .. })));
    }
}
