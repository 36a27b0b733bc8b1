//! A parsed query: words and "phrases" (all must match), or a regex, with the
//! case rule; and where it matches in a text.

use regex::{Regex, RegexBuilder};

use super::token::{Strength, tokens, word_match};
use crate::error::{Error, Result};
use crate::sanitize;

/// The longest query accepted, in bytes.
pub const MAX_QUERY_BYTES: usize = 1024;
/// The most words and phrases in one query.
pub const MAX_TERMS: usize = 32;
/// The compiled size limit of a `--regex`, in bytes.
pub const REGEX_SIZE_LIMIT: usize = 1 << 20;
/// Weight of a hit on a word prefix, relative to a whole-word hit.
const PREFIX_WEIGHT: f64 = 0.4;

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
pub(super) struct Term {
    pub(super) words: Vec<String>,
}

/// A parsed query.
#[derive(Debug, Clone)]
pub struct Query {
    pub(super) matcher: Matcher,
    /// The query as the user typed it (for messages).
    pub text: String,
}

#[derive(Debug, Clone)]
pub(super) enum Matcher {
    Terms { terms: Vec<Term>, insensitive: bool },
    Regex(Regex),
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

/// Compiles a `--regex` query, with the size limits that keep it cheap.
fn regex(text: &str, insensitive: bool) -> Result<Regex> {
    let re = RegexBuilder::new(text)
        .case_insensitive(insensitive)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|e| Error::InvalidRegex { message: sanitize::clean(&e.to_string()).into_owned() })?;
    if re.is_match("") {
        return Err(Error::RegexMatchesEmpty);
    }
    Ok(re)
}

/// The terms of a word query: each "quoted phrase", and each other word (a
/// word like "open-source" is a phrase of its parts).
fn terms(text: &str, insensitive: bool) -> Vec<Term> {
    let fold = |w: &str| if insensitive { w.to_lowercase() } else { w.to_owned() };
    let mut terms = Vec::new();
    for (i, part) in text.split('"').enumerate() {
        let chunks: Vec<&str> = if i % 2 == 1 { vec![part] } else { part.split_whitespace().collect() };
        for chunk in chunks {
            let words: Vec<String> = tokens(chunk).map(|(_, w)| fold(w)).collect();
            if !words.is_empty() {
                terms.push(Term { words });
            }
        }
    }
    terms.dedup();
    terms
}

/// Parses a query. Words must all match; "quoted phrases" must appear as written.
pub fn parse(text: &str, case: CaseMode, regex_syntax: bool) -> Result<Query> {
    if text.len() > MAX_QUERY_BYTES {
        return Err(Error::QueryTooLong { bytes: text.len(), limit: MAX_QUERY_BYTES });
    }
    if text.trim().is_empty() {
        return Err(Error::EmptyQuery);
    }
    let insensitive = match case {
        CaseMode::Smart => !has_upper_literal(text, regex_syntax),
        CaseMode::Insensitive => true,
        CaseMode::Sensitive => false,
    };
    if regex_syntax {
        return Ok(Query { matcher: Matcher::Regex(regex(text, insensitive)?), text: text.to_owned() });
    }
    let terms = terms(text, insensitive);
    if terms.is_empty() {
        return Err(Error::NothingToSearch { query: text.to_owned() });
    }
    if terms.len() > MAX_TERMS {
        return Err(Error::TooManyTerms { count: terms.len(), limit: MAX_TERMS });
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
    pub(super) fn each_match(
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
                for (t, term) in terms.iter().enumerate() {
                    phrase_matches(text, scratch, &term.words, *insensitive, |span, w| f(t, span, w));
                }
                scratch.len()
            }
        }
    }

    /// Whether the query's words are exactly the words of `title`.
    pub(super) fn names(&self, title: &str) -> bool {
        let Matcher::Terms { terms, insensitive } = &self.matcher else { return false };
        let mut words = terms.iter().flat_map(|t| t.words.iter());
        let all = tokens(title).all(|(_, tok)| {
            words.next().is_some_and(|w| if *insensitive { tok.to_lowercase() == *w } else { tok == w })
        });
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

/// Calls `f(span, weight)` for every place where `words` appear in a row among
/// the tokens `toks` (byte ranges into `text`). Every word but the last
/// matches whole; the last may match a prefix.
fn phrase_matches(
    text: &str,
    toks: &[(usize, usize)],
    words: &[String],
    insensitive: bool,
    mut f: impl FnMut([usize; 2], f64),
) {
    let n = words.len();
    if n == 0 || toks.len() < n {
        return;
    }
    for i in 0..=toks.len() - n {
        let mut weight = 1.0;
        let mut end = 0;
        let all = words.iter().enumerate().all(|(k, w)| {
            let (start, stop) = toks[i + k];
            match word_match(&text[start..stop], w, insensitive) {
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
            f([toks[i].0, end], weight);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn rejects_bad_queries_with_the_reason() {
        assert!(matches!(parse("", CaseMode::Smart, false), Err(Error::EmptyQuery)));
        assert!(matches!(parse("   ", CaseMode::Smart, false), Err(Error::EmptyQuery)));
        assert!(matches!(parse("!!!", CaseMode::Smart, false), Err(Error::NothingToSearch { .. })));
        assert!(matches!(parse("(", CaseMode::Smart, true), Err(Error::InvalidRegex { .. })));
        assert!(matches!(parse("a*", CaseMode::Smart, true), Err(Error::RegexMatchesEmpty)));
        let huge = "a ".repeat(MAX_QUERY_BYTES);
        assert!(matches!(parse(&huge, CaseMode::Smart, false), Err(Error::QueryTooLong { .. })));
        let many: String = (0..=MAX_TERMS).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ");
        assert!(matches!(parse(&many, CaseMode::Smart, false), Err(Error::TooManyTerms { .. })));
        let big_regex = "\\w{1000}\\w{1000}\\w{1000}";
        assert!(matches!(parse(big_regex, CaseMode::Smart, true), Err(Error::InvalidRegex { .. })));
    }
}
