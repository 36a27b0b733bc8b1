//! Tailoring the résumé to a job description, offline and deterministic: the
//! description is read for its significant terms (the technologies and fields
//! of work it names), then every item, key result and skill is weighed against
//! them with the search engine's own words, stemming and BM25F.
//!
//! A term of the description is significant when
//! - it is a name the portfolio uses or dryga knows, whatever content is in
//!   use: the label of a tag that names a technology or a field (every one
//!   of `content::labels`' table, not only the content's own tags), a skill
//!   of the profile, or the label or slug of a domain (`FinTech`, `fintech`;
//!   not those that are everyday words, [`vocabulary::EVERYDAY_DOMAINS`]),
//!   so that a folder that never tags Elixir has it not in the portfolio,
//!   not unread;
//! - or it is in the curated list of common technologies and fields
//!   ([`vocabulary::COMMON`]: `AWS`, `Kafka`, `Postgres` sought as `PostgreSQL`…);
//! - or it looks technical as written: a symbol word (`c++`, `.net`,
//!   `node.js`), letters with digits (`k8s`, `s3`; not quantities such as
//!   `10x`, `401k`), capitals inside a word (`GraphQL`, `iOS`), or an acronym
//!   of 2 to 6 capitals on a line that is not all capitals (`AWS`, `ETL`);
//!   never a business acronym, place, time zone or level (`II`)
//!   ([`vocabulary::NOT_TECHNICAL`]).
//!
//! Names of several words (`infrastructure as code`, `Google Cloud`,
//! `PCI DSS`, `SOC 2`) are matched in a row, the longest first. English
//! words that are technologies only when capitalised (`Go`, `Rust`, `Mix`)
//! count only when capitalised, and only where they read as the name
//! (not `Go-to-market`, nor `Spring is our busiest season`:
//! `Vocabulary::reads_as_name`). Everything else (stopwords, filler, company
//! names) is left out.
//!
//! A domain is a field of the content, not words of its text: the entries of
//! a domain the description names match it as one more of their tags, in
//! the same BM25F (a match in the tags field, counted in how many entries
//! match the term), and the domain is found when an entry has it. So does
//! any term an entry claims by its tags as people write them (a folder's
//! `aws` is AWS, which its tags as written do not match).
//!
//! Relevance reads every word of an item, but what an item *claims* is
//! narrower: a claim is one of its tags (as people write it, its label:
//! `GCP`, `Spark`; a tag the label table lacks, as the name it spells in
//! any case: a folder's `aws` is AWS, `postgres` `PostgreSQL`) or its
//! domain, the content's own account of what the project used and was
//! about; its title, summary, achievements and body are sentences, which
//! may name a technology only to say someone else chose it or that it was
//! removed (Blitz's body tells of a rewrite in Rust that leadership started
//! and of the hand-rolled Rust service he removed). The profile (headline, summaries, key results, skills) speaks
//! only of the person, so what it names is claimed too. A term of the
//! description is then [`Coverage::Claimed`], only [`Coverage::Mentioned`],
//! or [`Coverage::Missing`].

pub mod vocabulary;

use std::borrow::Cow;
use std::collections::HashMap;

use crate::content::labels::{self, Nature};
use crate::content::{Corpus, Item, domain};
use crate::query::search::{self, Query, Tagged, joined_by_hyphen, one_word, same_name, term, tokens};

/// A term of a job description that names a technology or a field of work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobTerm {
    /// How it is shown: as the portfolio or the curated list writes it, or as
    /// the description does.
    pub shown: String,
    /// What is looked for in the portfolio: a word, or words in a row.
    pub sought: String,
    /// How many times the description names it.
    pub count: usize,
    /// Counts only capitalised, in the description and the portfolio (`Go`).
    pub capital: bool,
    /// The domain it names (its slug, `fintech`): the entries of that domain
    /// match it.
    pub domain: Option<String>,
    /// How much the description stresses it, where it stresses it most
    /// ([`Emphasis`]): what it weighs in an entry's relevance.
    pub emphasis: Emphasis,
}

/// How much a job description stresses a term, by where it names it: in
/// its title (the first line: "Senior Backend Engineer (Elixir)"), in its
/// body, or only in a clause it calls a plus ("Terraform a plus", "nice to
/// have"). A recruiter reads a title's Elixir before a plus's payments:
/// with equal weights, four payments projects came before the one Elixir
/// platform for an Elixir job, as short entries that matched two terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Emphasis {
    /// Only where the description calls it a plus, nice to have, a bonus.
    Plus,
    /// In its body.
    Body,
    /// In its first line, its title.
    Title,
}

impl Emphasis {
    /// What a term so stressed weighs in relevance (its inverse document
    /// frequency times this).
    pub fn weight(self) -> f64 {
        match self {
            Emphasis::Plus => 0.5,
            Emphasis::Body => 1.0,
            Emphasis::Title => 2.0,
        }
    }
}

/// What calls a term a plus: in its clause ("Terraform a plus"), or in the
/// heading of its section ("NICE TO HAVE", "Bonus points:").
const PLUS: [&str; 8] =
    ["a plus", "nice to have", "nice-to-have", "bonus", "preferred", "desirable", "pluses", "would be great"];

/// The farthest a clause is looked at around a term, each way, in bytes: a
/// description without stops is not read whole for each of its terms.
const CLAUSE_REACH: usize = 400;

/// Where a job description stresses what it names ([`Emphasis`]): the end
/// of its title (its first line, when it has more), and the sections whose
/// heading calls what they list a plus.
struct Stress<'t> {
    text: &'t str,
    title_end: usize,
    /// `(start, plus)` of each heading line, in order: a line of up to
    /// eight words, in capitals or ending with `:`.
    headings: Vec<(usize, bool)>,
}

impl<'t> Stress<'t> {
    fn new(text: &'t str) -> Self {
        let start = text.len() - text.trim_start().len();
        let first_line_end = text[start..].find('\n').map_or(text.len(), |n| start + n);
        // A description of one line has no title of its own.
        let title_end = if first_line_end < text.trim_end().len() { first_line_end } else { 0 };
        let mut headings = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            let trimmed = line.trim();
            let words = trimmed.split_whitespace().count();
            let capitals = trimmed.chars().any(char::is_alphabetic) && !trimmed.chars().any(char::is_lowercase);
            if (1..=8).contains(&words) && (capitals || trimmed.ends_with(':')) {
                let lower = trimmed.to_lowercase();
                headings.push((at, PLUS.iter().any(|p| lower.contains(p))));
            }
            at += line.len() + 1;
        }
        Stress { text, title_end, headings }
    }

    /// How the description stresses what it names at byte `at`: in its
    /// title; in a clause that calls it a plus (from the last `.`, `;`, `!`,
    /// `?` or line break before it to the next) or under a heading that
    /// does; else in its body.
    fn at(&self, at: usize) -> Emphasis {
        let text = self.text;
        if at < self.title_end {
            return Emphasis::Title;
        }
        let section = self.headings.partition_point(|&(start, _)| start <= at);
        if section > 0 && self.headings[section - 1].1 {
            return Emphasis::Plus;
        }
        let ends = |c: char| matches!(c, '\n' | ';' | '!' | '?');
        // A dot ends a clause when a space or the end follows it (not `node.js`).
        let stop =
            |i: usize, c: char| ends(c) || (c == '.' && text[i + 1..].chars().next().is_none_or(char::is_whitespace));
        let mut from = at;
        for (i, c) in text[..at].char_indices().rev() {
            if at - i > CLAUSE_REACH || stop(i, c) {
                break;
            }
            from = i;
        }
        let mut to = at;
        for (i, c) in text[at..].char_indices() {
            if i > CLAUSE_REACH || stop(at + i, c) {
                break;
            }
            to = at + i + c.len_utf8();
        }
        let clause = text[from..to].to_lowercase();
        if PLUS.iter().any(|p| clause.contains(p)) { Emphasis::Plus } else { Emphasis::Body }
    }
}

/// A job description, read for its significant terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The significant terms, those it names most first, then in the order it names them.
    pub terms: Vec<JobTerm>,
    /// How many words the description has.
    pub words: usize,
}

/// A name the description is read against.
#[derive(Debug)]
struct Known {
    shown: String,
    sought: String,
    /// Its words: a word written with a capital, digit or symbol is a name,
    /// matched as itself or its plural; a lower-case one by its stem.
    words: Vec<String>,
    /// Counts only when the description capitalises it.
    capitalised: bool,
    /// What is sought counts only capitalised in the portfolio.
    sought_capitalised: bool,
    /// The domain it names, by slug.
    domain: Option<String>,
}

/// The names a description is read against, keyed by the terms of their words
/// joined by spaces, and the most words any has.
#[derive(Debug)]
struct Vocabulary {
    names: HashMap<String, Known>,
    longest: usize,
}

/// The terms of `text`'s words, joined by spaces: how names are compared.
fn key(text: &str) -> String {
    tokens(text).map(|(_, w)| term(w).into_owned()).collect::<Vec<_>>().join(" ")
}

impl Vocabulary {
    /// The portfolio's own names first (its technology and field tags, its
    /// skills, its projects' domains), then every other technology, field
    /// and domain dryga knows, whatever content is in use (the label table,
    /// the domains), then the curated ones: a description's `Elixir` is
    /// reported as not in a folder whose items never tag it, not skipped.
    /// A name known twice keeps its first spelling.
    fn new(corpus: &Corpus) -> Self {
        let mut v = Vocabulary { names: HashMap::new(), longest: 1 };
        let mut tags: Vec<&str> = corpus.items.iter().flat_map(|i| i.tags.iter().map(String::as_str)).collect();
        tags.sort_unstable();
        tags.dedup();
        for tag in tags.into_iter().filter(|t| labels::nature(t) != Nature::Topic) {
            let label = labels::label(tag);
            v.add(&label, &label);
        }
        for (_, list) in corpus.profile.skills.groups() {
            for skill in list {
                v.add(skill, skill);
            }
        }
        let mut domains: Vec<&str> = corpus.items.iter().filter_map(|i| i.domain.as_deref()).collect();
        domains.sort_unstable();
        domains.dedup();
        for slug in domains.into_iter().filter(|d| !vocabulary::EVERYDAY_DOMAINS.contains(d)) {
            v.add_domain(domain::label(slug), slug);
        }
        // Topics stay out (`night club`, `events`: words of any description);
        // a name that is also an English word counts capitalised only
        // (`Spark`, `Mix`: vocabulary::CAPITALISED_ONLY), as in the content's own.
        for (_, label, _) in labels::LABELS.iter().filter(|(_, _, nature)| *nature != Nature::Topic) {
            v.add(label, label);
        }
        for d in domain::DOMAINS.iter().filter(|d| !vocabulary::EVERYDAY_DOMAINS.contains(&d.slug)) {
            v.add_domain(d.label, d.slug);
        }
        // Sought as themselves (a folder's text or tag that says
        // "healthcare" still has it), and claimed by the domain's items.
        for (word, slug) in vocabulary::DOMAIN_WORDS {
            v.add_domain_word(word, word, slug);
        }
        for (name, sought) in vocabulary::COMMON {
            v.add(name, sought);
        }
        v
    }

    /// A domain, as its label and as its slug (`FinTech`, `fintech`), each
    /// sought as its label; a name already known (the `security` tag) is
    /// that domain's too.
    fn add_domain(&mut self, label: &str, slug: &str) {
        for name in [label, slug] {
            self.add_domain_word(name, label, slug);
        }
    }

    /// `word` as a name of the domain `slug`, sought as `sought`.
    fn add_domain_word(&mut self, word: &str, sought: &str, slug: &str) {
        self.add(word, sought);
        if let Some(known) = self.names.get_mut(&key(word)) {
            known.domain.get_or_insert_with(|| slug.to_owned());
        }
    }

    fn add(&mut self, name: &str, sought: &str) {
        let k = key(name);
        if k.is_empty() || key(sought).is_empty() {
            return;
        }
        self.longest = self.longest.max(k.matches(' ').count() + 1);
        let capital = |s: &str| vocabulary::CAPITALISED_ONLY.contains(&s.to_lowercase().as_str());
        let words = tokens(name).map(|(_, w)| w.to_owned()).collect();
        let known = Known {
            shown: name.to_owned(),
            sought: sought.to_owned(),
            words,
            capitalised: capital(name),
            sought_capitalised: capital(sought),
            domain: None,
        };
        self.names.entry(k).or_insert(known);
    }

    /// The longest name that starts at word `i`, and how many words it takes.
    fn at(&self, read: &Reading<'_>, i: usize) -> Option<(&Known, usize)> {
        let (words, keys) = (read.words, read.keys);
        let most = self.longest.min(keys.len() - i);
        (1..=most).rev().find_map(|len| {
            let known = self.names.get(&keys[i..i + len].join(" "))?;
            // Every word of a name capitalised (`Great Expectations`; `Great
            // expectations` starts a sentence).
            let capital = words[i..i + len].iter().all(|(_, w)| w.chars().next().is_some_and(char::is_uppercase));
            // A plain word is the name's word in one of its forms, as a
            // search reads it (`banks` is "banking"; `governance` is not
            // "government", nor `analytical` "analytics", though Snowball
            // gives each pair one stem), but for a field whose word without
            // `-ing` means something else (`cloud bill` is no "billing":
            // vocabulary::GERUND_ONLY); a name is itself or its plural.
            let names = words[i..i + len].iter().zip(&known.words).all(|((_, word), name)| {
                if name.chars().all(|c| c.is_lowercase() || c == '\'') {
                    let gerund = word.to_lowercase().trim_end_matches('s').ends_with("ing");
                    one_word(word, name) && (gerund || !vocabulary::GERUND_ONLY.contains(&name.as_str()))
                } else if crate::query::search::acronym_ending_in_s(name) && word.len() < name.len() {
                    // `ETS` is no plural of a word `et` (French "and").
                    false
                } else {
                    same_name(word, &name.to_lowercase())
                }
            });
            let as_name = || !known.capitalised || (capital && self.reads_as_name(read, known, i, len));
            (names && as_name()).then_some((known, len))
        })
    }

    /// Whether words `i..i + len`, a capitalised name that is also an
    /// English word, are the name where they stand: not the first part of a
    /// hyphenated word (`Go-to-market`; `Go-based` is Go), and, for a word
    /// that often starts a sentence ([`vocabulary::EVERYDAY_AT_START`]:
    /// `Spring is our busiest season`, `Swift answers`), not at a
    /// sentence's start unless it is listed there (`Go, Rust`; `Go and
    /// Rust`; `Languages: Go.`; `Go` alone on its line), said to be the
    /// name (`Go-based`, `Go experience`: [`vocabulary::NAME_NOUNS`]) or
    /// the description writes it capitalised within a sentence too, or
    /// said to be a kind of technology (`Go is our main language`:
    /// [`said_to_be_a_kind`]).
    fn reads_as_name(&self, read: &Reading<'_>, known: &Known, i: usize, len: usize) -> bool {
        let start = read.words[i].0;
        let (last_at, last) = read.words[i + len - 1];
        let after = &read.text[last_at + last.len()..];
        if joined_by_hyphen(after) {
            return false;
        }
        let lower = known.shown.to_lowercase();
        if len > 1 || !vocabulary::EVERYDAY_AT_START.contains(&lower.as_str()) || !starts_sentence(read.text, start) {
            return true;
        }
        if read.named.contains(&lower) || after.starts_with('-') {
            return true;
        }
        // Listed: a list's mark, the sentence's or the line's end after it
        // (`Languages: Go.`), or another name after it (past an `and`, an
        // `or`), in the same sentence; or a noun that says it is the name.
        let listed = after.trim_start_matches([' ', '\t']);
        let ends = |s: &str| s.chars().next().is_none_or(char::is_whitespace);
        if listed.is_empty()
            || listed.starts_with([',', '/', ';', ')', '\n', '\r', '|'])
            || (listed.starts_with(['.', '!', '?']) && ends(&listed[1..]))
        {
            return true;
        }
        if said_to_be_a_kind(read, i + len) {
            return true;
        }
        let mut next = i + len;
        if read.words.get(next).is_some_and(|(_, w)| ["and", "or"].contains(&w.to_lowercase().as_str())) {
            next += 1;
        }
        read.words.get(next).is_some_and(|&(at, word)| {
            let between = &read.text[last_at + last.len()..at];
            // Never `reads_as_name` again for the next word: its own next
            // word would be read too, and so on through the text.
            let a_name = self.names.contains_key(&*read.keys[next]) || looks_technical(word, || read.shouted(at));
            let a_noun = next == i + len && vocabulary::NAME_NOUNS.contains(&word.to_lowercase().as_str());
            !between.contains(['.', '!', '?', ':', ';', '\n', '\r']) && (a_name || a_noun)
        })
    }
}

/// Whether the words from `next` on say that the name before them is a
/// kind of technology: `is` or `was` right after it, then, in the same
/// clause, one of [`vocabulary::KIND_NOUNS`] after nothing but a few words
/// that lead to it ([`vocabulary::KIND_LEADS`]: `Go is our main language`,
/// `React is the framework we use`; not `Spring is our busiest season`,
/// `Spring is when the library opens`, nor `Spring is busy, framework
/// work pauses`).
fn said_to_be_a_kind(read: &Reading<'_>, next: usize) -> bool {
    let Some(&(is_at, is)) = read.words.get(next) else { return false };
    let before = read.words.get(next.wrapping_sub(1)).map_or(is_at, |&(at, w)| at + w.len());
    if !matches!(is, "is" | "was") || !read.text[before..is_at].chars().all(|c| c == ' ' || c == '\t') {
        return false;
    }
    for &(at, word) in read.words.iter().skip(next + 1).take(4) {
        if read.text[is_at..at].contains(['.', '!', '?', ':', ';', ',', '(', '\n', '\r']) {
            return false;
        }
        let word = word.to_lowercase();
        if vocabulary::KIND_NOUNS.contains(&word.as_str()) {
            return true;
        }
        if !vocabulary::KIND_LEADS.contains(&word.as_str()) {
            return false;
        }
    }
    false
}

/// A description being read: its text, its words (each with its byte
/// offset) and their terms, and the names of [`vocabulary::EVERYDAY_AT_START`]
/// it capitalises within a sentence (lowercase).
struct Reading<'t> {
    text: &'t str,
    words: &'t [(usize, &'t str)],
    keys: &'t [Cow<'t, str>],
    named: std::collections::HashSet<String>,
    /// The lines with no lower-case letter ([`shouted_lines`]).
    shouted: Vec<(usize, usize)>,
}

impl Reading<'_> {
    /// Whether byte `at` is on a line with no lower-case letter.
    fn shouted(&self, at: usize) -> bool {
        on_shouted_line(&self.shouted, at)
    }
}

/// How many words the technical word `i` takes: a standards body (or two
/// joined by `/`, `ISO/IEC`) followed by its standard's number, whose parts
/// a hyphen may join (`ISO 8583`, `ISO/IEC 27001`, `NIST 800-53`, `IEEE
/// 802.11`: not "ISO" alone), else 1.
fn numbered_standard(read: &Reading<'_>, i: usize) -> usize {
    let bytes = read.text.as_bytes();
    // Word `j` comes right after word `j - 1` and the byte `joint`.
    let joined = |j: usize, joint: u8| {
        let ((before, word), next) = (read.words[j - 1], read.words.get(j).map(|w| w.0));
        next == Some(before + word.len() + 1) && bytes.get(before + word.len()) == Some(&joint)
    };
    let body = |j: usize| read.words.get(j).is_some_and(|(_, w)| vocabulary::STANDARDS_BODIES.contains(w));
    let number = |j: usize| {
        read.words.get(j).is_some_and(|(_, w)| {
            w.starts_with(|c: char| c.is_ascii_digit()) && w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        })
    };
    if !body(i) {
        return 1;
    }
    let mut j = i + 1;
    if body(j) && joined(j, b'/') {
        j += 1;
    }
    if !(number(j) && joined(j, b' ')) {
        return 1;
    }
    while number(j + 1) && joined(j + 1, b'-') {
        j += 1;
    }
    j + 1 - i
}

/// Whether the word at byte `at` of `text` starts a sentence: it starts the
/// text or a line (past a list's mark), or follows a sentence's end (`.`,
/// `!`, `?`, `:`), past quotes and brackets.
fn starts_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(['"', '\'', '“', '‘', '(', '[']);
    let spaced = before.trim_end_matches([' ', '\t']);
    let marked = spaced.trim_end_matches(['-', '*', '•', '–', '—']);
    let head = if marked.len() < spaced.len() { marked.trim_end_matches([' ', '\t']) } else { spaced };
    let lined = |s: &str| s.is_empty() || s.ends_with(['\n', '\r']);
    lined(head) || lined(spaced) || spaced.ends_with(['.', '!', '?', ':'])
}

/// Whether `word` reads as a quantity or a version, not a name: `10x`, `401k`,
/// `5yrs`, `2nd`, `v2`.
fn is_quantity(lower: &str) -> bool {
    let digits = lower.bytes().take_while(u8::is_ascii_digit).count();
    let version =
        lower.strip_prefix('v').is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    version || (digits > 0 && lower.len() - digits <= 3 && lower[digits..].bytes().all(|b| b.is_ascii_lowercase()))
}

/// Where the lines of `text` that have no lower-case letter start and end
/// (an all-capitals line is a shouted heading, not a list of acronyms), in
/// order: found once, not for each acronym (a line of thousands of them
/// took seconds).
fn shouted_lines(text: &str) -> Vec<(usize, usize)> {
    let mut start = 0;
    let mut shouted = Vec::new();
    for line in text.split('\n') {
        if !line.chars().any(char::is_lowercase) {
            shouted.push((start, start + line.len()));
        }
        start += line.len() + 1;
    }
    shouted
}

/// Whether byte `at` is on one of the `shouted` lines ([`shouted_lines`]).
fn on_shouted_line(shouted: &[(usize, usize)], at: usize) -> bool {
    let i = shouted.partition_point(|&(start, _)| start <= at);
    i > 0 && at <= shouted[i - 1].1
}

/// Whether `word` looks technical as written (see the module's rule);
/// `shouted` says whether its line has no lower-case letter.
fn looks_technical(word: &str, shouted: impl FnOnce() -> bool) -> bool {
    let lower = word.to_lowercase();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 || word.chars().count() < 2 || vocabulary::NOT_TECHNICAL.contains(&lower.as_str()) {
        return false;
    }
    if word.contains(['+', '#']) || word.starts_with('.') {
        return true;
    }
    if let Some((_, last)) = word.rsplit_once('.') {
        // node.js and ASP.NET, not a web address or an abbreviation.
        let address = ["com", "org", "io", "co", "dev", "app", "ai"].contains(&last.to_lowercase().as_str());
        return !address && last.chars().count() >= 2;
    }
    if word.bytes().any(|b| b.is_ascii_digit()) {
        return !is_quantity(&lower);
    }
    let inner_capital = word.chars().skip(1).any(char::is_uppercase) && word.chars().any(char::is_lowercase);
    let acronym = word.chars().all(char::is_uppercase) && (2..=6).contains(&letters);
    inner_capital || (acronym && !shouted())
}

impl Job {
    /// Reads a job description for its significant terms; `None` when it has
    /// no word at all.
    pub fn read(text: &str, corpus: &Corpus) -> Option<Job> {
        let words: Vec<(usize, &str)> = tokens(text).collect();
        if words.is_empty() {
            return None;
        }
        let vocabulary = Vocabulary::new(corpus);
        let keys: Vec<Cow<'_, str>> = words.iter().map(|(_, w)| term(w)).collect();
        let named = words
            .iter()
            .filter(|(at, w)| {
                w.starts_with(char::is_uppercase)
                    && !starts_sentence(text, *at)
                    && !joined_by_hyphen(&text[at + w.len()..])
            })
            .map(|(_, w)| {
                let lower = w.to_lowercase();
                ["'s", "’s"].iter().find_map(|p| lower.strip_suffix(p)).unwrap_or(&lower).to_owned()
            })
            .filter(|w| vocabulary::EVERYDAY_AT_START.contains(&w.as_str()))
            .collect();
        let read = Reading { text, words: &words, keys: &keys, named, shouted: shouted_lines(text) };
        let stress = Stress::new(text);
        let mut job = Job { terms: Vec::new(), words: words.len() };
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut i = 0;
        while i < words.len() {
            let (known, len) = match vocabulary.at(&read, i) {
                Some((known, len)) => (Some(known), len),
                None if looks_technical(words[i].1, || read.shouted(words[i].0)) => (None, numbered_standard(&read, i)),
                None => {
                    i += 1;
                    continue;
                }
            };
            let written = &text[words[i].0..words[i + len - 1].0 + words[i + len - 1].1.len()];
            let (shown, sought, capital) =
                known.map_or((written, written, false), |k| (&*k.shown, &*k.sought, k.sought_capitalised));
            let domain = known.and_then(|k| k.domain.clone());
            let emphasis = stress.at(words[i].0);
            if let Some(&t) = seen.get(&key(sought)) {
                job.terms[t].count += 1;
                job.terms[t].domain = job.terms[t].domain.take().or(domain);
                job.terms[t].emphasis = job.terms[t].emphasis.max(emphasis);
            } else {
                seen.insert(key(sought), job.terms.len());
                let (shown, sought) = (shown.to_owned(), sought.to_owned());
                job.terms.push(JobTerm { shown, sought, count: 1, capital, domain, emphasis });
            }
            i += len;
        }
        // The terms the description names most first, then in its order.
        job.terms.sort_by_key(|t| std::cmp::Reverse(t.count));
        Some(job)
    }
}

/// The terms of `terms` (those of `query`) that `tag` claims: those its
/// label names (`gcp` is GCP, `spark` Spark), and those it spells in any
/// case, itself or through the curated list's aliases: a tag is an
/// identifier, lowercase, and another folder's `aws`, `rust` or `hipaa`
/// (no label of the table) is AWS, Rust or HIPAA, names a text must write
/// in capitals or capitalised; its `postgres` is `PostgreSQL`, `golang` Go.
fn tag_claims(query: &Query, terms: &[JobTerm], tag: &str) -> Vec<usize> {
    let label = labels::label(tag);
    let alias =
        vocabulary::COMMON.iter().find(|(name, _)| name.eq_ignore_ascii_case(&label)).map(|(_, sought)| *sought);
    let names = [Some(&*label), alias];
    let mut claimed = query.terms_in(&label);
    claimed.extend(alias.map(|a| query.terms_in(a)).unwrap_or_default());
    let spelt = |t: &JobTerm| names.iter().flatten().any(|n| t.sought.eq_ignore_ascii_case(n));
    claimed.extend(terms.iter().enumerate().filter(|(_, t)| spelt(t)).map(|(i, _)| i));
    claimed.sort_unstable();
    claimed.dedup();
    claimed
}

/// How the portfolio covers a term of a job description (see the module's
/// rule), from the least to the most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Coverage {
    /// Nothing in the portfolio names it.
    Missing,
    /// Only the text of an item names it (its title, summary, achievements
    /// or body): a mention, not a claim.
    Mentioned,
    /// An item's tag or domain, or the profile, names it.
    Claimed,
}

/// How one item meets a job.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemFit {
    /// Its relevance: BM25F over every term its text matches, as a search
    /// scores (0 when it matches nothing).
    pub score: f64,
    /// The terms it claims (its tags and domain), in the description's order.
    pub claimed: Vec<usize>,
    /// The terms only its text names, in the description's order.
    pub mentioned: Vec<usize>,
}

/// The fit of an item that meets no term.
static NO_FIT: ItemFit = ItemFit { score: 0.0, claimed: Vec::new(), mentioned: Vec::new() };

/// The portfolio weighed against a job: how relevant each item is, which
/// terms each claims and only mentions, and how the portfolio covers each term.
#[derive(Debug, Clone)]
pub struct Tailoring<'a> {
    /// The job description's significant terms.
    pub job: Job,
    /// The description's file as the user gave it (`-`: standard input, or
    /// a pipe, which cannot be read again), for the commands a view names;
    /// `None` when not known.
    pub file: Option<String>,
    /// The terms as one any-of query; `None` when there are none.
    query: Option<Query>,
    /// Items that meet a term, by slug.
    items: HashMap<&'a str, ItemFit>,
    /// For each term, how the portfolio covers it.
    coverage: Vec<Coverage>,
}

impl<'a> Tailoring<'a> {
    /// Weighs the corpus against `job`: every item with the search engine's
    /// BM25F over the terms it matches, a term it claims (by its domain or its
    /// tags' labels) as one of its tags; then what each item claims (the terms its
    /// tags' labels or its domain name) and only mentions (the others it
    /// matches). A term is claimed when an item claims it or the profile
    /// (headline, summaries, key results, skills) names it; else mentioned
    /// when an item's text names it.
    pub fn new(corpus: &'a Corpus, job: Job) -> Self {
        let sought: Vec<(&str, bool)> = job.terms.iter().map(|t| (t.sought.as_str(), t.capital)).collect();
        let query = Query::from_names(&sought);
        let domains: Vec<Option<String>> = job.terms.iter().map(|t| t.domain.clone()).collect();
        let of_domain = |item: &Item, t: usize| {
            domains.get(t).and_then(Option::as_deref).is_some_and(|d| item.domain.as_deref() == Some(d))
        };
        let mut tailoring = Tailoring {
            coverage: vec![Coverage::Missing; job.terms.len()],
            job,
            file: None,
            query: None,
            items: HashMap::new(),
        };
        let Some(query) = query else { return tailoring };
        let items: Vec<&Item> = corpus.items.iter().collect();
        // What each item claims: the terms its domain and its tags name (a
        // tag is read once, however many items have it).
        let mut by_tag: HashMap<&str, Vec<usize>> = HashMap::new();
        let claims: HashMap<&str, Vec<usize>> = items
            .iter()
            .map(|item| {
                let mut claimed: Vec<usize> = (0..domains.len()).filter(|&t| of_domain(item, t)).collect();
                for tag in &item.tags {
                    let terms = &tailoring.job.terms;
                    claimed.extend(by_tag.entry(tag).or_insert_with(|| tag_claims(&query, terms, tag)).iter());
                }
                claimed.sort_unstable();
                claimed.dedup();
                (item.slug.as_str(), claimed)
            })
            .collect();
        // A term an item claims weighs as one of its tags, even when the tags
        // as written do not match it (a folder's `aws` is AWS, which matches
        // only in capitals): an entry is not ranked below those that only
        // mention what it claims.
        let claims_term =
            |item: &Item, t: usize| claims.get(item.slug.as_str()).is_some_and(|c| c.binary_search(&t).is_ok());
        let tagged: Option<&Tagged<'_>> = claims.values().any(|c| !c.is_empty()).then_some(&claims_term);
        let weights: Vec<f64> = tailoring.job.terms.iter().map(|t| t.emphasis.weight()).collect();
        let relevance = search::relevance(&items, &query, tagged, &weights);
        for (coverage, df) in tailoring.coverage.iter_mut().zip(&relevance.df) {
            if *df > 0 {
                *coverage = Coverage::Mentioned;
            }
        }
        let mut scored: HashMap<&str, (f64, Vec<usize>)> =
            relevance.scored.into_iter().map(|s| (s.item.slug.as_str(), (s.score, s.terms))).collect();
        for item in &items {
            let claimed = claims.get(item.slug.as_str()).cloned().unwrap_or_default();
            let (score, terms) = scored.remove(item.slug.as_str()).unwrap_or_default();
            if claimed.is_empty() && terms.is_empty() {
                continue;
            }
            for &t in &claimed {
                tailoring.coverage[t] = Coverage::Claimed;
            }
            let mentioned = terms.into_iter().filter(|t| claimed.binary_search(t).is_err()).collect();
            tailoring.items.insert(item.slug.as_str(), ItemFit { score, claimed, mentioned });
        }
        let p = &corpus.profile;
        let skills = p.skills.groups().into_iter().flat_map(|(_, list)| list.iter());
        let texts = [&p.headline, &p.summary, &p.short].into_iter().chain(&p.highlights).chain(skills);
        for text in texts {
            for t in query.terms_in(text) {
                tailoring.coverage[t] = Coverage::Claimed;
            }
        }
        tailoring.query = Some(query);
        tailoring
    }

    /// How `item` meets the job: its score, and the terms it claims and only mentions.
    pub fn item(&self, item: &Item) -> &ItemFit {
        self.items.get(item.slug.as_str()).unwrap_or(&NO_FIT)
    }

    /// The terms that `text` mentions, in the description's order.
    pub fn terms_in(&self, text: &str) -> Vec<usize> {
        self.query.as_ref().map(|q| q.terms_in(text)).unwrap_or_default()
    }

    /// The terms `terms` stands for, as they are shown.
    pub fn shown(&self, terms: &[usize]) -> Vec<String> {
        terms.iter().filter_map(|&t| self.job.terms.get(t)).map(|t| t.shown.clone()).collect()
    }

    /// The terms the portfolio claims, in the description's order.
    pub fn found(&self) -> Vec<String> {
        self.terms_where(Coverage::Claimed)
    }

    /// The terms only the text of items names, in the description's order.
    pub fn mentioned(&self) -> Vec<String> {
        self.terms_where(Coverage::Mentioned)
    }

    /// The terms nothing in the portfolio names, in the description's order.
    pub fn missing(&self) -> Vec<String> {
        self.terms_where(Coverage::Missing)
    }

    fn terms_where(&self, coverage: Coverage) -> Vec<String> {
        self.job
            .terms
            .iter()
            .zip(&self.coverage)
            .filter(|(_, c)| **c == coverage)
            .map(|(t, _)| t.shown.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads")
    }

    fn shown(text: &str) -> Vec<String> {
        Job::read(text, &corpus()).expect("words").terms.into_iter().map(|t| t.shown).collect()
    }

    #[test]
    fn significant_terms_are_technologies_and_fields_not_filler() {
        let terms = shown(
            "ABOUT THE ROLE\nWe are a Series B fintech in the US looking for a Senior Backend Engineer with 5+ years \
             of Elixir and Postgres, experience with Kubernetes (k8s) on AWS, infrastructure-as-code, CI/CD and \
             GraphQL. We go fast and value a mix of skills. Bonus: Go, Rust, C++ or node.js; 401k and PTO.",
        );
        // Named twice (Kubernetes, k8s), Kubernetes comes first; then in order.
        assert_eq!(
            terms,
            [
                "Kubernetes",
                "FinTech",
                "backend",
                "Elixir",
                "Postgres",
                "AWS",
                "infrastructure as code",
                "CI/CD",
                "GraphQL",
                "Go",
                "Rust",
                "C++",
                "Node.js",
            ]
        );
    }

    /// Each name's next word is looked up, never read as a name in turn:
    /// `Go and` over and over with lone carriage returns between overflowed
    /// the stack (a review found it), and was quadratic.
    #[test]
    fn a_name_s_next_word_is_not_read_through_the_text() {
        let text = "Go and\r".repeat(20_000);
        let job = Job::read(&text, &corpus()).expect("words");
        // Each `Go` starts a line and is followed by `and` and the line's end: no list.
        assert!(job.terms.is_empty(), "{:?}", job.terms);
    }

    /// A standard is named with its number: `ISO 8583` said "Not in the
    /// portfolio: ISO".
    #[test]
    fn a_standard_is_named_with_its_number() {
        assert_eq!(shown("ISO 8583 and RFC 7231, ISO 27001; ISO."), ["ISO 8583", "RFC 7231", "ISO 27001", "ISO"]);
        assert_eq!(
            shown("ISO/IEC 27018 and NIST 800-53; IEEE 802.11"),
            ["ISO/IEC 27018", "NIST 800-53", "IEEE 802.11"]
        );
        // Not a body and a number apart, nor a body alone before a slash.
        assert_eq!(shown("ISO, 8583 and NIST/CIS"), ["ISO", "NIST", "CIS"]);
    }

    /// A field named by a gerund whose word without `-ing` is another
    /// word is named by the gerund only: `reduce our cloud bill` said
    /// "Found in the portfolio: billing".
    #[test]
    fn a_field_s_gerund_is_not_its_everyday_noun() {
        assert_eq!(shown("Reduce our cloud bill; pay bills; conversion tracks."), ["cloud"]);
        assert_eq!(shown("Billing, conversion tracking; billings."), ["billing", "conversion tracking"]);
        // Each is a name read (the list names no word never read anyway).
        for word in vocabulary::GERUND_ONLY {
            assert_eq!(shown(&format!("conversion {word}")).len(), 1, "{word}");
        }
        // Other fields keep their forms: `banks` is banking, `log` logging.
        assert_eq!(shown("Banks; log aggregation."), ["banking", "logging"]);
    }

    /// A name that is an English word is not read where it is the word:
    /// `Go-to-market`, `Spring is our busiest season` and `Swift answers`
    /// named Go, Spring and Swift as missing from the portfolio.
    #[test]
    fn an_everyday_word_at_a_sentence_s_start_is_not_a_name() {
        for text in [
            "Go-to-market lead wanted. Spring is our busiest season. Swift answers matter.",
            "We value a Go-getter attitude.\n- Express yourself freely.\nReact quickly to incidents.",
            "\"Mix and match\" is our motto. Spark joy: Swift's kiss.",
        ] {
            assert_eq!(shown(text), Vec::<String>::new(), "{text}");
        }
        for (text, names) in [
            // Listed at a sentence's start, or named within a sentence too.
            ("Go, Rust or Elixir.", &["Go", "Rust", "Elixir"][..]),
            ("Go and Rust services.", &["Go", "Rust"]),
            ("Requirements:\n- Go\n- Kubernetes", &["Go", "Kubernetes"]),
            ("Go is our main language. We write Go daily.", &["Go"]),
            // Said to be a kind of technology, in its own sentence.
            ("Go is our main language.", &["Go"]),
            ("React is the framework we use. Spring is our busiest season.", &["React"]),
            ("Go is our main languages.", &["Go"]),
            // Not what the name is: another clause, or a word that leads elsewhere.
            ("Spring is our busiest season, framework work pauses.", &[]),
            ("Spring is when the library opens.", &[]),
            ("Go-based services.", &["Go"]),
            ("Languages: Go. Frontend: React!", &["Go", "frontend", "React"]),
            ("Go experience required. React developers wanted.", &["Go", "React"]),
            ("Requirements: Spring Boot, Kafka. Spark Streaming jobs.", &["Spring Boot", "Kafka", "Spark Streaming"]),
            ("We hire a Swift team.", &["Swift"]),
            // Names that start no sentence but as the name.
            ("Rust is a plus. Sentry for errors. Helm charts.", &["Rust", "Sentry", "Helm"]),
        ] {
            assert_eq!(shown(text), names, "{text}");
        }
    }

    /// Test, front-end and data tools a description names are read (a role
    /// asking for Jest or Thanos listed neither as missing); those that are
    /// English words are read only as names.
    #[test]
    fn tools_named_like_english_words_are_read_only_as_names() {
        assert_eq!(
            shown("Jest, Playwright and Great Expectations; Thanos, Figma and COBOL."),
            ["Jest", "Playwright", "Great Expectations", "Thanos", "Figma", "COBOL"]
        );
        for text in [
            "We jest that a playwright had great expectations of our tailwind.",
            // A name of several words is capitalised in all of them.
            "Great expectations, great team.",
            "The project is a redux of our old platform; thanos snapping away half the backlog.",
            "Il apprend vite.",
            // An everyday word that starts a sentence.
            "Jest aside, we mean it.",
            // An acronym's last S is not a plural's: French `et` is no ETS.
            "Nous cherchons quelqu'un et une équipe.",
        ] {
            assert_eq!(shown(text), Vec::<String>::new(), "{text}");
        }
        assert_eq!(shown("State in ETS; AWS and ECS."), ["ETS", "AWS", "ECS"]);
    }

    #[test]
    fn names_of_several_words_match_in_a_row_and_repeats_count() {
        let job = Job::read("Google Cloud Monitoring, then Google Cloud; terraform and Terraform.", &corpus())
            .expect("words");
        let terms: Vec<(&str, usize)> = job.terms.iter().map(|t| (t.shown.as_str(), t.count)).collect();
        assert_eq!(terms, [("Terraform", 2), ("Google Cloud Monitoring", 1), ("Google Cloud", 1)]);
        assert_eq!(job.terms[2].sought, "GCP");
    }

    /// A name and its short form are one term, as `Golang` and `Go`, `k8s`
    /// and `Kubernetes` are: `JS` and `JavaScript`, `ML` and `machine
    /// learning` were each listed twice in the coverage.
    #[test]
    fn a_name_and_its_short_form_are_one_term() {
        let c = corpus();
        let job = Job::read("ML and machine learning; JS and JavaScript; K8s and Kubernetes.", &c).expect("words");
        let terms: Vec<(&str, &str, usize)> =
            job.terms.iter().map(|t| (t.shown.as_str(), t.sought.as_str(), t.count)).collect();
        assert_eq!(
            terms,
            [("ML", "machine learning", 2), ("JS", "JavaScript", 2), ("k8s", "Kubernetes", 2)],
            "{terms:?}"
        );
        let t = Tailoring::new(&c, job);
        assert_eq!(
            (t.found(), t.mentioned(), t.missing()),
            (vec!["k8s".to_owned()], vec!["JS".to_owned()], vec!["ML".to_owned()])
        );
    }

    #[test]
    fn a_plain_name_is_found_in_its_forms_not_in_words_that_only_share_its_stem() {
        // Snowball stems each of these like a portfolio tag (government,
        // analytics, performance, mobile): they are other words, as a search
        // has them (`dryga search governance` finds nothing).
        let none = shown(
            "Experience with data governance. Strong analytical skills. You will perform code reviews. \
             We value mobility.",
        );
        assert!(none.is_empty(), "{none:?}");
        // The forms of a word still count: a plural, -ing, -ment, -ability.
        assert_eq!(
            shown("Banks, tests, deploy, reliable systems and APIs."),
            ["banking", "testing", "deployment", "reliability", "API"]
        );
    }

    #[test]
    fn compliance_standards_of_several_words_are_one_term() {
        // Each was its words apart: PCI, DSS, SOC, ISO (a number alone is no term).
        let job = Job::read("SOC 2 audits, PCI DSS and PCI-DSS scope, ISO 27001 and HIPAA.", &corpus()).expect("words");
        let terms: Vec<(&str, usize)> = job.terms.iter().map(|t| (t.shown.as_str(), t.count)).collect();
        assert_eq!(terms, [("PCI DSS", 2), ("SOC 2", 1), ("ISO 27001", 1), ("HIPAA", 1)]);
    }

    /// A term is stressed where the description names it most: its title,
    /// its body, or only where it calls it a plus, in its clause or under a
    /// heading that does; and it weighs so in an entry's relevance (payments
    /// projects, a plus, came before eHealth, Elixir, for an Elixir job).
    #[test]
    fn a_term_weighs_as_the_description_stresses_it() {
        let job = Job::read(
            "Senior Backend Engineer (Elixir)\n\
             Elixir/Erlang, PostgreSQL, Kubernetes. Payments, fintech, Terraform a plus.\n\
             Kafka is nice to have; Redis is a must.\n\
             NICE TO HAVE\n- GraphQL\n- Rust\n\
             WHAT WE OFFER\n- Docker at home.\n",
            &corpus(),
        )
        .expect("words");
        let emphasis = |shown: &str| job.terms.iter().find(|t| t.shown == shown).map(|t| t.emphasis);
        assert_eq!(emphasis("Elixir"), Some(Emphasis::Title), "named in the title, and again in the body");
        for body in ["PostgreSQL", "Kubernetes", "Redis", "Docker"] {
            assert_eq!(emphasis(body), Some(Emphasis::Body), "{body}");
        }
        for plus in ["payments", "FinTech", "Terraform", "Kafka", "GraphQL", "Rust"] {
            assert_eq!(emphasis(plus), Some(Emphasis::Plus), "{plus}");
        }
        let c = corpus();
        let tailoring = Tailoring::new(&c, job);
        let score = |slug: &str| tailoring.item(c.by_slug(slug).expect(slug)).score;
        assert!(score("ehealth") > score("ecommpay"), "Elixir before payments");
        // One line: no title of its own.
        let job = Job::read("Elixir and Rust.", &corpus()).expect("words");
        assert!(job.terms.iter().all(|t| t.emphasis == Emphasis::Body));
    }

    #[test]
    fn a_level_in_roman_numerals_is_not_an_acronym() {
        assert_eq!(shown("Software Engineer II or III, IV at most; SOC 2 Type II."), ["SOC 2"]);
    }

    /// `healthcare` is the `HealthTech` domain's field: found, and claimed by
    /// its entries (`eHealth`), not reported missing.
    #[test]
    fn a_domain_is_found_by_the_word_a_description_names_it_by() {
        let c = corpus();
        let job = Job::read("A healthcare company wants Elixir.", &c).expect("words");
        let t = Tailoring::new(&c, job);
        assert_eq!(t.found(), ["healthcare", "Elixir"]);
        assert!(t.missing().is_empty(), "{:?}", t.missing());
        let ehealth = c.items.iter().find(|i| i.slug == "ehealth").expect("eHealth");
        assert!(t.shown(&t.item(ehealth).claimed).contains(&"healthcare".to_owned()));
    }

    #[test]
    fn a_domain_is_found_and_its_entries_match_it() {
        let c = corpus();
        // As people write them: the label or the slug, in any case.
        let job =
            Job::read("A FinTech: fintech, adtech or HealthTech; Elixir; developer-tools a plus.", &c).expect("words");
        let terms: Vec<(&str, usize)> = job.terms.iter().map(|t| (t.shown.as_str(), t.count)).collect();
        assert_eq!(terms, [("FinTech", 2), ("AdTech", 1), ("HealthTech", 1), ("Elixir", 1), ("Developer tools", 1)]);
        let t = Tailoring::new(&c, job);
        assert_eq!(t.found(), ["FinTech", "AdTech", "HealthTech", "Elixir", "Developer tools"]);
        assert!(t.missing().is_empty());
        // Every entry of a domain matches it, and no other.
        for item in c.of_kind(crate::content::Kind::Project) {
            let fit = t.item(item);
            // A domain is a claim of its entries.
            let matched = t.shown(&fit.claimed);
            for (slug, label) in [("fintech", "FinTech"), ("adtech", "AdTech"), ("healthtech", "HealthTech")] {
                let of = item.domain.as_deref() == Some(slug);
                assert_eq!(matched.iter().any(|m| m == label), of, "{} {matched:?}", item.slug);
                assert!(!of || fit.score > 0.0, "{}", item.slug);
            }
        }
    }

    #[test]
    fn a_domain_named_by_an_everyday_word_is_not_read() {
        // Communications, Social and Web are domains, and everyday words of a description.
        let none = shown("Strong communication skills; social benefits; a web of partners.");
        assert!(none.is_empty(), "{none:?}");
    }

    /// A folder of its own: one `fintech` project, a ledger on `PostgreSQL`,
    /// with `tags` (TOML strings, comma-separated).
    fn folder(tags: &str) -> Corpus {
        let ledger = format!(
            "+++\ntitle = \"Ledger\"\nsummary = \"A ledger.\"\ndomain = \"fintech\"\ntags = [{tags}]\norder = 1\n+++\n\n\
             A ledger on PostgreSQL.\n"
        );
        let profile = "name = \"n\"\nhandle = \"h\"\nheadline = \"Builds services\"\nsummary = \"A folder.\"\n";
        let files = vec![("profile.toml".to_owned(), profile.to_owned()), ("projects/ledger.md".to_owned(), ledger)];
        crate::content::assemble("", files, Vec::new(), 1).expect("the folder is valid").corpus
    }

    #[test]
    fn every_technology_and_field_dryga_knows_is_read_whatever_the_content() {
        let c = folder(r#""postgresql", "payments""#);
        // The folder tags none of Elixir, Terraform (the label table's),
        // security (a field, and a domain) or HealthTech (a domain): each is
        // still a term, and not in the portfolio.
        let job = Job::read(
            "Elixir and PostgreSQL on GCP with Terraform; Kafka, Rust or AWS a plus. Payments, security and \
             HealthTech experience.",
            &c,
        )
        .expect("words");
        let healthtech = job.terms.iter().find(|t| t.shown == "HealthTech").and_then(|t| t.domain.clone());
        let t = Tailoring::new(&c, job);
        assert_eq!(t.found(), ["PostgreSQL", "payments"]);
        assert!(t.mentioned().is_empty());
        assert_eq!(t.missing(), ["Elixir", "GCP", "Terraform", "Kafka", "Rust", "AWS", "security", "HealthTech"]);
        // Read as the domain it is (its entries, were there any, would match it).
        assert_eq!(healthtech.as_deref(), Some("healthtech"));
        // Names that are everyday words count no more than over the bundled
        // content: capitalised only (Go, Spark, Mix), never a topic (events,
        // feedback, night club) or an everyday domain (Communications, Social, Web).
        let prose = "Strong communication skills, social benefits and a web of partners; we go fast with a spark of \
                     curiosity and a mix of events, feedback and storytelling at a night club.";
        let none = Job::read(prose, &c).expect("words").terms;
        assert!(none.is_empty(), "{none:?}");
    }

    /// `io` (async I/O, `io_uring`, disk IO) is not iOS, nor `SAA` (a
    /// certification) `SaaS`: a name that ends in a capital has no plural.
    #[test]
    fn io_is_not_ios_nor_saa_saas() {
        let c = corpus();
        let job = "Rust systems engineer: async I/O with io_uring. Strong knowledge of disk IO. SAA certification.";
        let t = Tailoring::new(&c, Job::read(job, &c).expect("words"));
        let named = [t.found(), t.mentioned(), t.missing()].concat();
        assert!(!named.iter().any(|n| n == "iOS" || n == "SaaS"), "{named:?}");
        let t = Tailoring::new(&c, Job::read("Senior iOS developer for a SaaS product.", &c).expect("words"));
        assert_eq!(t.found(), ["iOS", "SaaS"]);
    }

    #[test]
    fn a_folder_s_own_tag_claims_the_name_it_spells_in_any_case() {
        // No label of the table: each tag reads as its words, lowercase, which
        // a text would not match for AWS (in capitals), Rust and Go
        // (capitalised only) or HIPAA; `postgres` and `golang` are aliases.
        let c = folder(r#""aws", "rust", "golang", "hipaa", "postgres", "kafka""#);
        let job = Job::read("Rust and Go on AWS; PostgreSQL, Kafka and HIPAA; Elixir a plus.", &c).expect("words");
        let t = Tailoring::new(&c, job);
        assert_eq!(t.found(), ["Rust", "Go", "AWS", "PostgreSQL", "Kafka", "HIPAA"]);
        assert!(t.mentioned().is_empty());
        assert_eq!(t.missing(), ["Elixir"]);
        let ledger = t.item(c.by_slug("ledger").expect("ledger"));
        assert_eq!(t.shown(&ledger.claimed), ["Rust", "Go", "AWS", "PostgreSQL", "Kafka", "HIPAA"]);
        // Spelt as itself or an alias, not by its stem or a part of it.
        let c = folder(r#""rusty", "go-kit", "aws-lambda""#);
        let t = Tailoring::new(&c, Job::read("Rust, Go and AWS.", &c).expect("words"));
        assert_eq!(t.missing(), ["Rust", "Go", "AWS"]);
    }

    #[test]
    fn no_words_is_none_and_prose_has_no_terms() {
        let c = corpus();
        assert!(Job::read(" \n\t— … !!", &c).is_none());
        let job = Job::read("We are a friendly team that values kindness.", &c).expect("words");
        assert!(job.terms.is_empty());
        let t = Tailoring::new(&c, job);
        assert!(t.found().is_empty() && t.mentioned().is_empty() && t.missing().is_empty());
        assert_eq!(t.item(c.by_slug("blitz").expect("blitz")), &ItemFit::default());
    }

    #[test]
    fn items_are_weighed_and_coverage_is_honest() {
        let c = corpus();
        let job = Job::read("Elixir, PostgreSQL and Terraform on GCP; Kafka welcome; COBOL and AWS a plus.", &c)
            .expect("words");
        let t = Tailoring::new(&c, job);
        // Kafka is only in Blitz's story ("manual reset of Kafka queues"), not one of its tags.
        assert_eq!(t.found(), ["Elixir", "PostgreSQL", "Terraform", "GCP"]);
        assert_eq!(t.mentioned(), ["Kafka"]);
        assert_eq!(t.missing(), ["COBOL", "AWS"]);
        let blitz = t.item(c.by_slug("blitz").expect("blitz"));
        assert_eq!(t.shown(&blitz.claimed), ["Elixir", "PostgreSQL", "Terraform", "GCP"]);
        assert_eq!(t.shown(&blitz.mentioned), ["Kafka"]);
        let firezone = t.item(c.by_slug("firezone").expect("firezone"));
        let l15 = t.item(c.by_slug("l15").expect("l15"));
        assert!(blitz.score > firezone.score && firezone.score > l15.score, "{blitz:?} {firezone:?} {l15:?}");
        assert!(l15.claimed.is_empty() && l15.mentioned.is_empty());
    }

    #[test]
    fn an_item_claims_its_tags_and_domain_and_only_mentions_the_rest_of_its_text() {
        let c = corpus();
        let job =
            Job::read("Senior Rust engineer. Rust, Tokio, Kubernetes, CircleCI, Spark, Sentry, React, PostgreSQL.", &c)
                .expect("words");
        let t = Tailoring::new(&c, job);
        // Blitz's story names Rust (the rewrite leadership started, the
        // service he removed), CircleCI (migrated away from), Spark (being
        // tried) and React (the frontend's framework): mentions. Its tags,
        // by their labels (`sentry` is Sentry, a word that counts only
        // capitalised), are its claims.
        let blitz = t.item(c.by_slug("blitz").expect("blitz"));
        assert_eq!(t.shown(&blitz.claimed), ["Kubernetes", "Sentry", "PostgreSQL"]);
        assert_eq!(t.shown(&blitz.mentioned), ["Rust", "CircleCI", "Spark", "React"]);
        assert_eq!(t.found(), ["Kubernetes", "Sentry", "PostgreSQL"]);
        assert_eq!(t.mentioned(), ["Rust", "CircleCI", "Spark", "React"]);
        assert!(t.missing().is_empty());
        // Relevance still reads the whole text: the mentions count there.
        let claims_only = Tailoring::new(&c, Job::read("Kubernetes, CircleCI, Spark, PostgreSQL.", &c).expect("words"));
        assert!(blitz.score > claims_only.item(c.by_slug("blitz").expect("blitz")).score);
        // A tag written as an acronym is claimed by its label (`gcp` is GCP, `api` API).
        let t = Tailoring::new(&c, Job::read("GCP and APIs", &c).expect("words"));
        assert_eq!(t.shown(&t.item(c.by_slug("firezone").expect("firezone")).claimed), ["GCP"]);
        assert_eq!(t.shown(&t.item(c.by_slug("talkinto").expect("talkinto")).claimed), ["API"]);
    }

    #[test]
    fn the_profile_is_a_claim() {
        let c = corpus();
        // "backend" is in no tag, but the headline says "Elixir backends".
        let t = Tailoring::new(&c, Job::read("A backend engineer", &c).expect("words"));
        assert_eq!(t.found(), ["backend"]);
        assert!(t.item(c.by_slug("blitz").expect("blitz")).claimed.is_empty());
        assert_eq!(t.shown(&t.item(c.by_slug("blitz").expect("blitz")).mentioned), ["backend"]);
    }

    #[test]
    fn quantities_and_addresses_are_not_technical() {
        for (word, technical) in [
            ("k8s", true),
            ("S3", true),
            ("10x", false),
            ("401k", false),
            ("v2", false),
            ("2nd", false),
            ("acme.com", false),
            ("e.g", false),
            ("ASP.NET", true),
            ("iOS", true),
            ("McKinsey", true),
            ("HR", false),
            // A degree and a business term, not technologies a portfolio lacks.
            ("CS", false),
            ("SLAs", false),
            ("SLO", true),
            ("SQL", true),
        ] {
            let text = format!("x {word}");
            assert_eq!(looks_technical(word, || on_shouted_line(&shouted_lines(&text), 2)), technical, "{word}");
        }
        let shouted = shouted_lines("SQL AND MORE\nwith SQL");
        assert!(
            !looks_technical("SQL", || on_shouted_line(&shouted, 0)),
            "a shouted heading is not a list of acronyms"
        );
        assert!(looks_technical("SQL", || on_shouted_line(&shouted, 18)), "a line with small letters lists them");
        assert_eq!(shouted, [(0, 12)]);
        // Each line once: a line of thousands of acronyms is read in linear time.
        let long = format!("{}a", "QQX ".repeat(30_000));
        let job = Job::read(&long, &corpus()).expect("words");
        assert_eq!(job.terms.iter().map(|t| (t.shown.as_str(), t.count)).collect::<Vec<_>>(), [("QQX", 30_000)]);
    }
}
