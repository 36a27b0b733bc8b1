//! Full-text search: a query of words, "phrases" or a regex, scored with BM25F
//! over title, tags, summary and body (boosted in that order), with snippets and
//! byte spans of every match, and a typo-forgiving fallback.
//!
//! The corpus is scanned once per query: tokens are slices of the item's text,
//! so no index is kept in memory and memory stays flat as the corpus grows.

use std::collections::HashMap;

use regex::{Regex, RegexBuilder};
use serde::Serialize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::content::Item;
use crate::error::{Error, Result};
use crate::sanitize;

/// The longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 1024;
/// The most words and phrases in one query.
pub const MAX_TERMS: usize = 32;
/// The compiled size limit of a `--regex`, in bytes.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;
/// About how wide a snippet is, in columns.
const SNIPPET_WIDTH: usize = 100;
/// About how much context a snippet keeps before the first match, in columns.
const SNIPPET_LEAD: usize = 30;

/// BM25 term-frequency saturation.
const K1: f64 = 1.2;
/// BM25 length normalisation.
const B: f64 = 0.75;
/// Weight of a hit on a word prefix, relative to a whole-word hit.
const PREFIX_WEIGHT: f64 = 0.4;
/// Score multiplier when the query is the item's whole title.
const TITLE_NAMED: f64 = 1.5;

/// A searchable field of an item, in order of importance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// Title and subtitle.
    Title,
    /// Tags, joined by ", ".
    Tags,
    /// The one-line summary.
    Summary,
    /// The Markdown body.
    Body,
}

/// Every field, in order.
pub const FIELDS: [Field; 4] = [Field::Title, Field::Tags, Field::Summary, Field::Body];

impl Field {
    /// How much a hit in this field counts.
    fn boost(self) -> f64 {
        match self {
            Field::Title => 8.0,
            Field::Tags => 4.0,
            Field::Summary => 2.0,
            Field::Body => 1.0,
        }
    }

    /// The field's name in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Tags => "tags",
            Field::Summary => "summary",
            Field::Body => "body",
        }
    }

    /// The field's text in `item`.
    fn text(self, item: &Item) -> std::borrow::Cow<'_, str> {
        match self {
            Field::Title => match &item.subtitle {
                Some(_) => item.full_title().into(),
                None => item.title.as_str().into(),
            },
            Field::Tags => item.tags.join(", ").into(),
            Field::Summary => item.summary.as_str().into(),
            // Most bodies repeat the summary: count and show that text once.
            Field::Body if item.body.trim() == item.summary.trim() => "".into(),
            Field::Body => item.body.as_str().into(),
        }
    }
}

/// How letter case is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CaseMode {
    /// Case-insensitive unless the query has an upper-case letter.
    #[default]
    Smart,
    /// Always case-insensitive.
    Insensitive,
    /// Always case-sensitive.
    Sensitive,
}

/// One word, or the words of a phrase that must appear in a row.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    words: Vec<String>,
}

/// A parsed query.
#[derive(Debug, Clone)]
pub struct Query {
    matcher: Matcher,
    /// The query as the user typed it (for messages).
    pub text: String,
}

#[derive(Debug, Clone)]
enum Matcher {
    Terms { terms: Vec<Term>, insensitive: bool },
    Regex(Regex),
}

/// A hit: an item, its score and one snippet per matching field.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    /// The item.
    pub item: &'a Item,
    /// BM25F score: higher is more relevant.
    pub score: f64,
    /// One snippet per field that matched, in field order.
    pub snippets: Vec<Snippet>,
}

/// A piece of a field around its first match, with every match in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Snippet {
    /// The field the text comes from.
    pub field: Field,
    /// The snippet text (one line, sanitized).
    pub text: String,
    /// Byte spans `[start, end)` of each match in `text`.
    pub matches: Vec<[usize; 2]>,
}

/// The result of a search: the hits, and the corrected query when the typo
/// fallback was used.
#[derive(Debug, Clone)]
pub struct Outcome<'a> {
    /// Hits, best first.
    pub hits: Vec<Hit<'a>>,
    /// The query that found them, when it differs from the one typed.
    pub corrected: Option<String>,
}

/// Splits text into word tokens: runs of letters and digits, with byte offsets.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    // Whether the character at byte `i` is a letter or digit, and its length.
    // ASCII, most of any text, is decided from the byte alone.
    let class = move |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            text[i..].chars().next().map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            if i >= bytes.len() {
                return None;
            }
            let (word, len) = class(i);
            if word {
                break;
            }
            i += len;
        }
        let start = i;
        while i < bytes.len() {
            let (word, len) = class(i);
            if !word {
                break;
            }
            i += len;
        }
        Some((start, &text[start..i]))
    })
}

/// How a token matched a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    Whole,
    /// A prefix of the token matched; the value is the matched length in bytes.
    Prefix(usize),
}

/// Whether `token` is `word`, or starts with it. `word` is lowercase when `insensitive`.
fn word_match(token: &str, word: &str, insensitive: bool) -> Option<Strength> {
    // Most tokens differ at the first byte: reject them before anything else.
    if let (Some(&t), Some(&w)) = (token.as_bytes().first(), word.as_bytes().first()) {
        if t < 0x80 && w < 0x80 && (if insensitive { t.to_ascii_lowercase() != w } else { t != w }) {
            return None;
        }
    }
    if !insensitive {
        return if token == word {
            Some(Strength::Whole)
        } else if token.starts_with(word) {
            Some(Strength::Prefix(word.len()))
        } else {
            None
        };
    }
    if token.is_ascii() && word.is_ascii() {
        if token.len() < word.len() || !token.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes()) {
            return None;
        }
        return Some(if token.len() == word.len() { Strength::Whole } else { Strength::Prefix(word.len()) });
    }
    let lower = token.to_lowercase();
    if lower == word {
        Some(Strength::Whole)
    } else if lower.starts_with(word) {
        // The prefix length in the original token: count the same number of chars.
        let chars = word.chars().count();
        let len = token.char_indices().nth(chars).map_or(token.len(), |(i, _)| i);
        Some(Strength::Prefix(len))
    } else {
        None
    }
}

/// Whether `query` has an upper-case letter that stands for itself. In a regex,
/// escapes (`\S`, `\W`, `\P{Lu}`) and group names are syntax, not letters, as
/// with ripgrep's smart case.
fn has_upper_literal(query: &str, regex: bool) -> bool {
    if !regex {
        return query.chars().any(char::is_uppercase);
    }
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

/// Parses a query. Words must all match; "quoted phrases" must appear as written.
pub fn parse(text: &str, case: CaseMode, regex: bool) -> Result<Query> {
    if text.len() > MAX_QUERY_BYTES {
        return Err(Error::Usage(format!(
            "the query is too long ({} bytes; the limit is {MAX_QUERY_BYTES})",
            text.len()
        )));
    }
    if text.trim().is_empty() {
        return Err(Error::Usage("the query is empty; give a word to search for".to_owned()));
    }
    let insensitive = match case {
        CaseMode::Smart => !has_upper_literal(text, regex),
        CaseMode::Insensitive => true,
        CaseMode::Sensitive => false,
    };
    if regex {
        let re = RegexBuilder::new(text)
            .case_insensitive(insensitive)
            .size_limit(REGEX_SIZE_LIMIT)
            .dfa_size_limit(REGEX_SIZE_LIMIT)
            .build()
            .map_err(|e| Error::Usage(format!("invalid regex: {}", sanitize::clean(&e.to_string()))))?;
        if re.is_match("") {
            return Err(Error::Usage("the regex matches the empty string; it would match everything".to_owned()));
        }
        return Ok(Query { matcher: Matcher::Regex(re), text: text.to_owned() });
    }
    let mut terms = Vec::new();
    for (i, part) in text.split('"').enumerate() {
        let phrase = i % 2 == 1;
        let fold = |w: &str| {
            if insensitive { w.to_lowercase() } else { w.to_owned() }
        };
        if phrase {
            let words: Vec<String> = tokens(part).map(|(_, w)| fold(w)).collect();
            if !words.is_empty() {
                terms.push(Term { words });
            }
        } else {
            for chunk in part.split_whitespace() {
                // A word like "open-source" is a phrase of its parts.
                let words: Vec<String> = tokens(chunk).map(|(_, w)| fold(w)).collect();
                if !words.is_empty() {
                    terms.push(Term { words });
                }
            }
        }
    }
    if terms.is_empty() {
        return Err(Error::Usage(format!(
            "the query {} has no letters or digits to search for (use --regex to match symbols)",
            sanitize::quote(text)
        )));
    }
    terms.dedup();
    if terms.len() > MAX_TERMS {
        return Err(Error::Usage(format!("the query has {} terms; the limit is {MAX_TERMS}", terms.len())));
    }
    Ok(Query { matcher: Matcher::Terms { terms, insensitive }, text: text.to_owned() })
}

impl Query {
    /// Byte spans of every match in `text`, in order, not overlapping.
    pub fn find(&self, text: &str) -> Vec<[usize; 2]> {
        let mut spans = Vec::new();
        self.each_match(text, &mut Vec::new(), |_, span, _| spans.push(span));
        spans.sort_unstable();
        spans.dedup_by(|b, a| b[0] < a[1]);
        spans
    }

    /// Calls `f(term index, span, weight)` for every match in `text`, and
    /// returns how many word tokens `text` has. `scratch` is reused between calls.
    fn each_match(
        &self,
        text: &str,
        scratch: &mut Vec<(usize, usize)>,
        mut f: impl FnMut(usize, [usize; 2], f64),
    ) -> usize {
        match &self.matcher {
            Matcher::Regex(re) => {
                for m in re.find_iter(text) {
                    if !m.is_empty() {
                        f(0, [m.start(), m.end()], 1.0);
                    }
                }
                tokens(text).count()
            }
            Matcher::Terms { terms, insensitive } if terms.iter().all(|t| t.words.len() == 1) => {
                // Single words only: match as the tokens stream by, no buffer.
                let mut count = 0;
                for (start, tok) in tokens(text) {
                    count += 1;
                    for (t, term) in terms.iter().enumerate() {
                        match word_match(tok, &term.words[0], *insensitive) {
                            Some(Strength::Whole) => f(t, [start, start + tok.len()], 1.0),
                            Some(Strength::Prefix(len)) => f(t, [start, start + len], PREFIX_WEIGHT),
                            None => {}
                        }
                    }
                }
                count
            }
            Matcher::Terms { terms, insensitive } => {
                scratch.clear();
                scratch.extend(tokens(text).map(|(start, tok)| (start, start + tok.len())));
                let toks = &scratch[..];
                for (t, term) in terms.iter().enumerate() {
                    let n = term.words.len();
                    if n == 0 || toks.len() < n {
                        continue;
                    }
                    for i in 0..=toks.len() - n {
                        let mut weight = 1.0;
                        let mut end = 0;
                        let all = term.words.iter().enumerate().all(|(k, w)| {
                            let (start, stop) = toks[i + k];
                            // Inside a phrase, every word but the last matches whole.
                            match word_match(&text[start..stop], w, *insensitive) {
                                Some(Strength::Whole) => {
                                    end = stop;
                                    true
                                }
                                Some(Strength::Prefix(len)) if k + 1 == n => {
                                    weight = PREFIX_WEIGHT;
                                    end = start + len;
                                    true
                                }
                                _ => false,
                            }
                        });
                        if all {
                            f(t, [toks[i].0, end], weight);
                        }
                    }
                }
                toks.len()
            }
        }
    }

    /// Whether the query's words are exactly the words of `title`.
    fn names(&self, title: &str) -> bool {
        let Matcher::Terms { terms, insensitive } = &self.matcher else { return false };
        let mut words = terms.iter().flat_map(|t| t.words.iter());
        let all = tokens(title).all(|(_, tok)| {
            words.next().is_some_and(|w| if *insensitive { tok.to_lowercase() == *w } else { tok == w })
        });
        all && words.next().is_none()
    }

    fn term_count(&self) -> usize {
        match &self.matcher {
            Matcher::Regex(_) => 1,
            Matcher::Terms { terms, .. } => terms.len(),
        }
    }
}

/// Per-item statistics gathered in the scan.
struct Candidate<'a> {
    item: &'a Item,
    /// Weighted term frequency, per term and field.
    tf: Vec<[f64; 4]>,
    /// Field lengths in tokens.
    len: [usize; 4],
}

/// What one pass over some items found: document frequencies, field lengths
/// and the items that match every term.
struct Scan<'a> {
    df: Vec<usize>,
    total_len: [usize; 4],
    candidates: Vec<Candidate<'a>>,
}

/// Corpora with more items than this are scanned on several threads.
const PARALLEL_FROM: usize = 2048;

fn scan<'a>(items: &[&'a Item], query: &Query) -> Scan<'a> {
    let terms = query.term_count();
    let mut out = Scan { df: vec![0; terms], total_len: [0; 4], candidates: Vec::new() };
    let mut scratch = Vec::new();
    for item in items {
        let mut tf = vec![[0.0f64; 4]; terms];
        let mut len = [0usize; 4];
        for (f, field) in FIELDS.iter().enumerate() {
            let text = field.text(item);
            len[f] = query.each_match(&text, &mut scratch, |t, _, w| tf[t][f] += w).max(1);
            out.total_len[f] += len[f];
        }
        let mut all = true;
        for (t, per_field) in tf.iter().enumerate() {
            if per_field.iter().any(|&x| x > 0.0) {
                out.df[t] += 1;
            } else {
                all = false;
            }
        }
        if all {
            out.candidates.push(Candidate { item, tf, len });
        }
    }
    out
}

/// Scans on every core when the corpus is large, and merges the parts.
fn scan_all<'a>(items: &[&'a Item], query: &Query) -> Scan<'a> {
    let parts = crate::parallel::map_chunks(items.to_vec(), PARALLEL_FROM, |chunk| scan(&chunk, query));
    let mut all = Scan { df: vec![0; query.term_count()], total_len: [0; 4], candidates: Vec::new() };
    for part in parts {
        for (a, b) in all.df.iter_mut().zip(part.df) {
            *a += b;
        }
        for (a, b) in all.total_len.iter_mut().zip(part.total_len) {
            *a += b;
        }
        all.candidates.extend(part.candidates);
    }
    all
}

/// Searches `items`, best hits first, at most `limit` of them. Snippets are
/// made only for the hits returned.
pub fn search<'a>(items: &[&'a Item], query: &Query, limit: Option<usize>) -> Vec<Hit<'a>> {
    let terms = query.term_count();
    let Scan { df, total_len, candidates } = scan_all(items, query);
    let n = items.len().max(1) as f64;
    let avg: Vec<f64> = total_len.iter().map(|&l| (l as f64 / n).max(1.0)).collect();
    let idf: Vec<f64> = df.iter().map(|&d| (1.0 + (n - d as f64 + 0.5) / (d as f64 + 0.5)).ln()).collect();
    let mut scored: Vec<(f64, Candidate<'a>)> = candidates
        .into_iter()
        .map(|c| {
            let score = (0..terms)
                .map(|t| {
                    let weighted: f64 =
                        (0..4).map(|f| FIELDS[f].boost() * c.tf[t][f] / (1.0 - B + B * c.len[f] as f64 / avg[f])).sum();
                    idf[t] * weighted * (K1 + 1.0) / (K1 + weighted)
                })
                .sum::<f64>();
            // A query that is the item's whole title names it: rank it first.
            let score = if query.names(&c.item.title) { score * TITLE_NAMED } else { score };
            ((score * 1000.0).round() / 1000.0, c)
        })
        .collect();
    scored.sort_by(|(a, x), (b, y)| {
        b.total_cmp(a).then_with(|| (x.item.kind, x.item.order).cmp(&(y.item.kind, y.item.order)))
    });
    scored.truncate(limit.unwrap_or(usize::MAX));
    scored
        .into_iter()
        .map(|(score, c)| {
            let snippets = FIELDS
                .iter()
                .enumerate()
                .filter(|(f, _)| (0..terms).any(|t| c.tf[t][*f] > 0.0))
                .filter_map(|(_, field)| snippet(query, *field, &field.text(c.item)))
                .collect();
            Hit { item: c.item, score, snippets }
        })
        .collect()
}

/// Searches, and when nothing matches and `fuzzy` is on, searches again with each
/// word replaced by the nearest word of the corpus (small edit distance).
pub fn search_forgiving<'a>(items: &[&'a Item], query: &Query, fuzzy: bool, limit: Option<usize>) -> Outcome<'a> {
    let hits = search(items, query, limit);
    if !hits.is_empty() || !fuzzy {
        return Outcome { hits, corrected: None };
    }
    let Matcher::Terms { terms, .. } = &query.matcher else {
        return Outcome { hits, corrected: None };
    };
    let vocabulary = vocabulary(items);
    let mut changed = false;
    let corrected: Vec<Term> = terms
        .iter()
        .map(|term| Term {
            words: term
                .words
                .iter()
                .map(|w| match nearest(w, &vocabulary) {
                    Some(near) if near != w.to_lowercase() => {
                        changed = true;
                        near
                    }
                    _ => w.clone(),
                })
                .collect(),
        })
        .collect();
    if !changed {
        return Outcome { hits, corrected: None };
    }
    let text = corrected
        .iter()
        .map(|t| if t.words.len() > 1 { format!("\"{}\"", t.words.join(" ")) } else { t.words.join(" ") })
        .collect::<Vec<_>>()
        .join(" ");
    let retry = Query { matcher: Matcher::Terms { terms: corrected, insensitive: true }, text: text.clone() };
    let hits = search(items, &retry, limit);
    let corrected = (!hits.is_empty()).then_some(text);
    Outcome { hits, corrected }
}

/// Every lowercase word of the items, with how many times it occurs.
fn vocabulary(items: &[&Item]) -> HashMap<String, usize> {
    let mut words: HashMap<String, usize> = HashMap::new();
    for item in items {
        for field in FIELDS {
            for (_, tok) in tokens(&field.text(item)) {
                *words.entry(tok.to_lowercase()).or_default() += 1;
            }
        }
    }
    words
}

/// The corpus word nearest to `word`: the smallest edit distance (at most 1 for
/// words up to 5 letters, 2 beyond), then the most frequent. Short words and
/// words that already occur are left alone.
fn nearest(word: &str, vocabulary: &HashMap<String, usize>) -> Option<String> {
    let lower = word.to_lowercase();
    let chars = lower.chars().count();
    if chars < 4 || vocabulary.contains_key(&lower) {
        return None;
    }
    let max = if chars <= 5 { 1 } else { 2 };
    vocabulary
        .iter()
        .filter(|(v, _)| v.len().abs_diff(lower.len()) <= max)
        .map(|(v, count)| (strsim::damerau_levenshtein(&lower, v), *count, v))
        .filter(|(d, ..)| *d <= max)
        .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)))
        .map(|(.., v)| v.clone())
}

/// Strips Markdown block markers and emphasis from one line of a body.
fn plain_line(line: &str) -> String {
    let mut s = line.trim();
    s = s.trim_start_matches('#').trim_start();
    s = s.trim_start_matches('>').trim_start();
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = s.strip_prefix(marker) {
            s = rest;
        }
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && s[digits..].starts_with(". ") {
        s = &s[digits + 2..];
    }
    s.replace("**", "").replace("__", "").replace('`', "")
}

/// The snippet of `text` (a field) around its first match: the first line
/// that matches once made plain, else the whole field on one line (for matches
/// on Markdown syntax or across lines). None only if nothing matches at all.
fn snippet(query: &Query, field: Field, text: &str) -> Option<Snippet> {
    let plain = text
        .lines()
        .map(|l| if field == Field::Body { plain_line(l) } else { l.to_owned() })
        .map(|l| sanitize::clean_line(&l).into_owned())
        .map(|l| {
            let spans = query.find(&l);
            (l, spans)
        })
        .find(|(_, spans)| !spans.is_empty());
    let (line, spans) = if let Some(found) = plain {
        found
    } else {
        let flat = sanitize::clean_line(text).into_owned();
        let spans = query.find(&flat);
        if spans.is_empty() {
            return None;
        }
        (flat, spans)
    };
    let (text, from, to, shift) = window(&line, spans[0]);
    // The spans found in the whole line, kept where they fall in the window and
    // moved by the window's offset: exact, whatever the query's anchors.
    let matches = spans
        .iter()
        .filter(|[s, e]| *s < to && *e > from)
        .map(|[s, e]| [(*s).max(from) - from + shift, (*e).min(to) - from + shift])
        .filter(|[s, e]| s < e)
        .collect();
    Some(Snippet { field, text, matches })
}

/// Cuts `line` to about [`SNIPPET_WIDTH`] columns around `span`, at word
/// boundaries. Returns the text, the byte range `[from, to)` of `line` it
/// shows, and where that range starts in the text (after a leading '…').
fn window(line: &str, span: [usize; 2]) -> (String, usize, usize, usize) {
    let (mut start, mut end) = (0, line.len());
    if line.width() > SNIPPET_WIDTH {
        // Walk back from the match by up to SNIPPET_LEAD columns, then to a space.
        start = span[0];
        let mut cols = 0;
        for (i, c) in line[..span[0]].char_indices().rev() {
            cols += c.width().unwrap_or(0);
            if cols > SNIPPET_LEAD {
                break;
            }
            start = i;
        }
        if start > 0 {
            if let Some(space) = line[start..span[0]].find(' ') {
                start += space + 1;
            }
        }
        end = start;
        let mut cols = 0;
        for (i, c) in line[start..].char_indices() {
            cols += c.width().unwrap_or(0);
            if cols > SNIPPET_WIDTH && start + i >= span[1] {
                break;
            }
            end = start + i + c.len_utf8();
        }
        if end < line.len() {
            if let Some(space) = line[span[1].min(end)..end].rfind(' ') {
                end = span[1].min(end) + space;
            }
        }
    }
    // Trim spaces at the cut, keeping the offsets exact.
    let shown = &line[start..end];
    let from = start + (shown.len() - shown.trim_start().len());
    let to = end - (shown.len() - shown.trim_end().len());
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    let shift = out.len();
    out.push_str(&line[from..to.max(from)]);
    if to < line.len() {
        out.push('…');
    }
    (out, from, to.max(from), shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_alphanumeric_runs_with_offsets() {
        let t: Vec<_> = tokens("P2P, e-prescriptions; 漢字 ok").collect();
        assert_eq!(t, [(0, "P2P"), (5, "e"), (7, "prescriptions"), (22, "漢字"), (29, "ok")]);
    }

    #[test]
    fn smart_case() {
        let q = parse("duckdb", CaseMode::Smart, false).expect("query");
        assert_eq!(q.find("DuckDB and duckdb"), [[0, 6], [11, 17]]);
        let q = parse("DuckDB", CaseMode::Smart, false).expect("query");
        assert_eq!(q.find("DuckDB and duckdb"), [[0, 6]]);
        let q = parse("DuckDB", CaseMode::Insensitive, false).expect("query");
        assert_eq!(q.find("duckdb"), [[0, 6]]);
    }

    #[test]
    fn smart_case_ignores_regex_syntax() {
        assert!(!has_upper_literal(r"duckdb\S*\W\B\D\P{Lu}\p{Greek}", true));
        assert!(!has_upper_literal(r"(?P<Name>x)(?<Other>y)", true));
        assert!(has_upper_literal(r"Duck\w+", true));
        assert!(has_upper_literal("DuckDB", false));
        let q = parse(r"duckdb\S*", CaseMode::Smart, true).expect("query");
        assert_eq!(q.find("DuckDB"), [[0, 6]]);
    }

    #[test]
    fn prefixes_and_phrases() {
        let q = parse("kube", CaseMode::Smart, false).expect("query");
        assert_eq!(q.find("on Kubernetes"), [[3, 7]]);
        let q = parse("\"open source\"", CaseMode::Smart, false).expect("query");
        assert_eq!(q.find("open, source; source open"), [[0, 12]]);
        let q = parse("open-source", CaseMode::Smart, false).expect("query");
        assert_eq!(q.find("an open-source tool"), [[3, 14]]);
    }

    #[test]
    fn rejects_bad_queries() {
        for (q, regex) in [("", false), ("   ", false), ("!!!", false), ("(", true), ("a*", true)] {
            assert!(matches!(parse(q, CaseMode::Smart, regex), Err(Error::Usage(_))), "{q:?}");
        }
        let huge = "a ".repeat(MAX_QUERY_BYTES);
        assert!(parse(&huge, CaseMode::Smart, false).is_err());
        let big_regex = "\\w{1000}\\w{1000}\\w{1000}";
        assert!(parse(big_regex, CaseMode::Smart, true).is_err());
    }

    #[test]
    fn windows_cut_at_word_boundaries_and_keep_the_match() {
        let line = format!("{} needle {}", "word ".repeat(40), "tail ".repeat(40));
        let at = line.find("needle").expect("needle");
        let (w, ..) = window(&line, [at, at + 6]);
        assert!(w.starts_with('…') && w.ends_with('…'), "{w}");
        assert!(w.contains("needle"));
        assert!(w.width() <= SNIPPET_WIDTH + 2, "{}", w.width());
        assert!(!w.contains("wor…") && !w.starts_with("…ord"), "{w}");
    }

    #[test]
    fn the_parallel_scan_equals_the_sequential_one() {
        let items = crate::synth::items(PARALLEL_FROM + 7, 11);
        let refs: Vec<&Item> = items.iter().collect();
        for q in ["latency", "\"cloud costs\""] {
            let query = parse(q, CaseMode::Smart, false).expect("query");
            let (one, all) = (scan(&refs, &query), scan_all(&refs, &query));
            assert_eq!((&one.df, one.total_len), (&all.df, all.total_len), "{q}");
            let slugs = |s: &Scan<'_>| s.candidates.iter().map(|c| c.item.slug.clone()).collect::<Vec<_>>();
            assert_eq!(slugs(&one), slugs(&all), "{q}");
        }
    }

    #[test]
    fn plain_lines_drop_markdown() {
        assert_eq!(plain_line("## The Ask"), "The Ask");
        assert_eq!(plain_line("- **Cloud spend:** ~$220k/month"), "Cloud spend: ~$220k/month");
        assert_eq!(plain_line("1. **Measuring first** - x"), "Measuring first - x");
    }
}
