//! Parsing one content file: TOML front matter between `+++` lines, then Markdown.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::domain;
use super::model::{Award, Item, Kind, period_ends_before_it_starts, period_reads_as_dates};
use super::problem::{Problem, Severity, position};

// Named by path: build.rs includes this file by path too, and reads it as a `mod.rs`.
#[path = "parse/plain.rs"]
mod plain;

/// The fence that opens and closes front matter (Zola's convention).
const FENCE: &str = "+++";

/// Front matter as written; which fields are required depends on the kind.
#[derive(Debug, Default, PartialEq, Deserialize)]
struct FrontMatter {
    title: Option<String>,
    subtitle: Option<String>,
    summary: Option<String>,
    domain: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    period: Option<String>,
    featured: Option<bool>,
    order: Option<u32>,
    highlights: Option<Vec<String>>,
    awards: Option<Vec<Award>>,
    #[serde(flatten)]
    unknown: BTreeMap<String, toml::Value>,
}

/// Whether `s` is lowercase kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_kebab_case(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// A tag or domain as a person may type it, as its slug would be: in
/// lowercase, its runs of spaces and underscores hyphens (`Developer
/// tools`, "developer-tools"; `open source`, "open-source").
pub fn typed_slug(typed: &str) -> String {
    let mut slug = String::with_capacity(typed.len());
    for word in typed.trim().split(|c: char| c.is_whitespace() || c == '_').filter(|w| !w.is_empty()) {
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_lowercase());
    }
    slug
}

/// Whether `s` is a date as JSON Resume writes one: `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD` (years 1000 to 2999, months 01 to 12, and a day that month
/// has: no `2025-02-29`, no `2025-04-31`).
pub fn is_partial_date(s: &str) -> bool {
    date_fault(s).is_none()
}

/// Why `s` is not a date as [`is_partial_date`] takes one: not written
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a day its month does not have
/// ([`DateFault::NoSuchDay`], with how many it has). `None` when it is one.
pub fn date_fault(s: &str) -> Option<DateFault> {
    let two = |p: &str, max: u8| {
        let digits = p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
        p.parse::<u8>().ok().filter(|n| digits && (1..=max).contains(n))
    };
    let mut parts = s.split('-');
    let year = parts.next().unwrap_or("");
    let digits =
        year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) && matches!(year.as_bytes()[0], b'1' | b'2');
    let Some(year) = year.parse::<u32>().ok().filter(|_| digits) else { return Some(DateFault::Form) };
    // No month, or no day: a year, or a month (`?`: no fault).
    let month = parts.next()?;
    let Some(month) = two(month, 12) else { return Some(DateFault::Form) };
    let day = parts.next()?;
    let (Some(day), None) = (two(day, 31), parts.next()) else { return Some(DateFault::Form) };
    let days = days_in_month(year, month);
    (day > days).then_some(DateFault::NoSuchDay(days))
}

/// What is wrong with a date ([`date_fault`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFault {
    /// Not written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Form,
    /// A day past the end of its month, which has this many.
    NoSuchDay(u8),
}

/// The days of `month` (1 to 12) in `year`, by the Gregorian calendar.
fn days_in_month(year: u32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Splits a file into (front matter, byte offset of the front matter, body).
fn split_front_matter<'a>(path: &str, text: &'a str) -> Result<(&'a str, usize, &'a str), Problem> {
    let text_start = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
    let rest = &text[text_start..];
    let first = crate::lines::inclusive(rest).next().unwrap_or("");
    if first.trim_end() != FENCE {
        return Err(Problem::error(path, (1, 1), "missing front matter")
            .with_hint(format!("the file must start with a `{FENCE}` line, then TOML, then `{FENCE}`")));
    }
    let fm_start = text_start + first.len();
    let mut offset = fm_start;
    for line in crate::lines::inclusive(&text[fm_start..]) {
        if line.trim_end() == FENCE {
            let body = text[offset + line.len()..].strip_prefix('\n').unwrap_or(&text[offset + line.len()..]);
            let body = body.strip_prefix("\r\n").unwrap_or(body);
            return Ok((&text[fm_start..offset], fm_start, body));
        }
        offset += line.len();
    }
    Err(Problem::error(path, (1, 1), "front matter never closes")
        .with_hint(format!("add a `{FENCE}` line after the TOML")))
}

/// The position of `key = …` in the front matter, for messages about that
/// field: also where TOML writes it otherwise, as a table (`[key]`,
/// `[[key]]`, `[key.sub]`), a dotted key (`key.sub = …`) or a quoted one
/// (`"key" = …`).
pub(super) fn key_position(text: &str, fm_offset: usize, fm: &str, key: &str) -> (usize, usize) {
    let mut offset = fm_offset;
    for line in fm.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if names_key(trimmed, key) {
            return position(text, offset + (line.len() - trimmed.len()));
        }
        offset += line.len();
    }
    position(text, fm_offset.saturating_sub(1))
}

/// Where `key = …` is within the `nth` table of the array `array`
/// (`[[awards]]`, counted from 0; or the table `[array]` itself, the 0th)
/// of TOML `fm` (at byte `fm_offset` of the file `text`): its lines up to
/// the next table's header; the header's own
/// place when that table has no such line, [`key_position`] of the whole
/// when it has no such table (an inline one).
pub(super) fn key_in_table(
    text: &str,
    fm_offset: usize,
    fm: &str,
    (array, nth): (&str, usize),
    key: &str,
) -> (usize, usize) {
    let mut offset = fm_offset;
    let mut seen = 0;
    let mut lines = fm.split_inclusive('\n');
    while let Some(line) = lines.next() {
        let at = offset;
        offset += line.len();
        let header: String = line.split('#').next().unwrap_or("").chars().filter(|c| !c.is_whitespace()).collect();
        if header != format!("[[{array}]]") && header != format!("[{array}]") {
            continue;
        }
        if seen < nth {
            seen += 1;
            continue;
        }
        let start = offset;
        let rest: usize = lines.take_while(|l| !l.trim_start().starts_with('[')).map(str::len).sum();
        let table = &fm[start - fm_offset..start - fm_offset + rest];
        return if table.lines().any(|l| names_key(l.trim_start(), key)) {
            key_position(text, start, table, key)
        } else {
            position(text, at + (line.len() - line.trim_start().len()))
        };
    }
    key_position(text, fm_offset, fm, array)
}

/// Where `key = …` is in the front matter of the file `text`, as the
/// problems of a file being parsed are placed: for a message about a file
/// already parsed; the file's start when it has no front matter.
pub fn key_in_file(text: &str, key: &str) -> (usize, usize) {
    match split_front_matter("", text) {
        Ok((fm, fm_offset, _)) => key_position(text, fm_offset, fm, key),
        Err(_) => (1, 1),
    }
}

/// Whether the TOML line `line` (without its indent) sets `key` or opens a
/// table under it.
fn names_key(line: &str, key: &str) -> bool {
    let header = line.strip_prefix("[[").or_else(|| line.strip_prefix('['));
    let rest = header.unwrap_or(line).trim_start();
    let after = ['"', '\''].iter().find_map(|q| rest.strip_prefix(*q)?.strip_prefix(key)?.strip_prefix(*q));
    let Some(after) = after.or_else(|| rest.strip_prefix(key)).map(str::trim_start) else { return false };
    after.starts_with('.') || if header.is_some() { after.starts_with(']') } else { after.starts_with('=') }
}

/// A field of the wrong type: its key, why, and where in the front matter
/// the parser said so, when it did ([`read_front`]).
type Mistyped = (String, String, Option<usize>);

/// Reads front matter: most of it without the TOML parser; the rest, and
/// every error, by it. TOML that parses, with fields of the wrong type:
/// those fields apart (each is said, and the rest checked, as every other
/// problem is, not one run a field: [`fields_apart`]). Each comes with why,
/// and where the parser of the whole said so, when it said so of that
/// field (within an `[[awards]]` table: that award's line, not the key's).
fn read_front(fm: &str) -> Result<(FrontMatter, Vec<Mistyped>), toml::de::Error> {
    match plain::front_matter(fm).map_or_else(|| toml::from_str(fm), Ok) {
        Ok(front) => Ok((front, Vec::new())),
        Err(e) => {
            let (front, mistyped) = fields_apart(fm).ok_or_else(|| e.clone())?;
            let said = clean_message(&e);
            // The field it said it of: the one field with that message (two alike could be either).
            let alike = mistyped.iter().filter(|(_, message)| *message == said).count();
            let at = e.span().map(|span| span.start).filter(|_| alike == 1);
            let mistyped = mistyped
                .into_iter()
                .map(|(key, message)| {
                    let here = at.filter(|_| message == said);
                    (key, message, here)
                })
                .collect();
            Ok((front, mistyped))
        }
    }
}

/// A TOML error's message on one line.
fn clean_message(e: &toml::de::Error) -> String {
    e.message().trim().replace('\n', " ")
}

/// Front matter that is TOML but did not read as [`FrontMatter`], read
/// field by field: the fields that do, and each field that does not, with
/// why (`featured = "yes"`: a string, not a boolean). `None` when it is not
/// TOML, or every field reads alone (the error is then the whole's).
fn fields_apart(fm: &str) -> Option<(FrontMatter, Vec<(String, String)>)> {
    let mut table: toml::Table = toml::from_str(fm).ok()?;
    let mut mistyped = Vec::new();
    let keys: Vec<String> = table.keys().cloned().collect();
    for key in keys {
        let Some(value) = table.get(&key) else { continue };
        let alone = toml::Table::from_iter([(key.clone(), value.clone())]);
        if let Err(e) = toml::Value::Table(alone).try_into::<FrontMatter>() {
            mistyped.push((key.clone(), clean_message(&e)));
            table.remove(&key);
        }
    }
    if mistyped.is_empty() {
        return None;
    }
    let front = toml::Value::Table(table).try_into::<FrontMatter>().ok()?;
    Some((front, mistyped))
}

/// Turns a TOML error into a problem located in the whole file.
pub(super) fn toml_problem(path: &str, text: &str, fm_offset: usize, err: &toml::de::Error) -> Problem {
    let at = err.span().map_or(fm_offset, |s| fm_offset + s.start);
    let message = err.message().trim().replace('\n', " ");
    Problem::error(path, position(text, at), format!("invalid front matter: {message}"))
}

#[cfg(test)]
thread_local! {
    /// How many item files this thread has parsed: tests use it to show what
    /// parses and what does not.
    pub static PARSED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Parses one item file. `slug` comes from the file name. Returns the item (if it
/// is usable) and every problem found, warnings included.
pub fn parse_item(path: &str, slug: &str, kind: Kind, text: &str) -> (Option<Item>, Vec<Problem>) {
    parse_item_owned(path, slug, kind, text.to_owned())
}

/// Like [`parse_item`], taking the file's text by value: the item's body reuses
/// its allocation, so a loaded corpus holds each file's text about once.
pub fn parse_item_owned(path: &str, slug: &str, kind: Kind, text: String) -> (Option<Item>, Vec<Problem>) {
    #[cfg(test)]
    PARSED.with(|n| n.set(n.get() + 1));
    let (item, problems, body_start) = parse_fields(path, slug, kind, &text);
    let item = item.map(|mut item| {
        let mut body = text;
        body.drain(..body_start);
        item.body = body;
        item
    });
    (item, problems)
}

/// Checks the fields of one file's front matter, collecting every problem
/// with its position in the file.
struct Checker<'a> {
    path: &'a str,
    /// The whole file.
    text: &'a str,
    /// The front matter, and where it starts in `text`.
    fm: &'a str,
    fm_offset: usize,
    problems: Vec<Problem>,
    /// The keys whose values are of the wrong type (said so once, with
    /// why): there, so never also missing.
    mistyped: Vec<String>,
}

impl Checker<'_> {
    /// Says that the required field `key` is missing, unless it is there
    /// with a value of the wrong type (said so already).
    fn missing(&mut self, key: &str, hint: Option<String>) {
        if !self.mistyped.iter().any(|k| k == key) {
            self.error(self.start(), format!("missing required field `{key}`"), hint);
        }
    }

    /// Where `key = …` is, for messages about that field.
    fn at(&self, key: &str) -> (usize, usize) {
        key_position(self.text, self.fm_offset, self.fm, key)
    }

    /// Where the front matter starts, for messages about missing fields.
    fn start(&self) -> (usize, usize) {
        position(self.text, self.fm_offset)
    }

    fn error(&mut self, at: (usize, usize), message: impl Into<String>, hint: Option<String>) {
        let problem = Problem::error(self.path, at, message);
        self.problems.push(match hint {
            Some(hint) => problem.with_hint(hint),
            None => problem,
        });
    }

    fn warning(&mut self, at: (usize, usize), message: impl Into<String>) {
        self.problems.push(Problem::warning(self.path, at, message));
    }

    /// A required text field: present and not blank.
    fn required(&mut self, key: &str, value: Option<String>) -> Option<String> {
        match value {
            Some(v) if !v.trim().is_empty() => Some(v),
            Some(_) => {
                self.error(self.at(key), format!("`{key}` is empty"), None);
                None
            }
            None => {
                self.missing(key, None);
                None
            }
        }
    }

    /// The domain: required for projects and from the vocabulary; ignored (with
    /// a warning) on posts.
    fn domain(&mut self, kind: Kind, value: Option<String>) -> Option<String> {
        match (kind, value) {
            (Kind::Project, None) => {
                let hint = format!("one of: {}", known_domains());
                self.missing("domain", Some(hint));
                None
            }
            (Kind::Project, Some(d)) => match domain::find(&d) {
                Some(known) if known.slug == d => Some(d),
                _ => {
                    let hint = format!("one of: {}", known_domains());
                    self.error(self.at("domain"), format!("unknown domain {d:?}"), Some(hint));
                    None
                }
            },
            (Kind::Post, Some(_)) => {
                self.warning(self.at("domain"), "posts have no domain; `domain` is ignored");
                None
            }
            (Kind::Post, None) => None,
        }
    }

    /// The tags: kebab-case, each once.
    fn tags(&mut self, tags: Vec<String>) -> Vec<String> {
        let mut kept: Vec<String> = Vec::with_capacity(tags.len());
        for tag in tags {
            if !is_kebab_case(&tag) {
                let hint = "use lowercase letters, digits and '-', e.g. open-source".to_owned();
                self.error(self.at("tags"), format!("tag {tag:?} is not kebab-case"), Some(hint));
            } else if kept.contains(&tag) {
                self.warning(self.at("tags"), format!("tag {tag:?} is listed twice"));
            } else {
                kept.push(tag);
            }
        }
        kept
    }

    /// The highlights: each a non-empty sentence, each once.
    fn highlights(&mut self, highlights: Vec<String>) -> Vec<String> {
        let mut kept: Vec<String> = Vec::with_capacity(highlights.len());
        for h in highlights {
            if h.trim().is_empty() {
                self.error(self.at("highlights"), "`highlights` has an empty entry", None);
            } else if kept.contains(&h) {
                self.warning(self.at("highlights"), format!("highlight {h:?} is listed twice"));
            } else {
                kept.push(h);
            }
        }
        kept
    }

    /// Where `key` of award number `n` (from 0) is: its line in that
    /// `[[awards]]` table ([`key_in_table`]).
    fn at_award(&self, n: usize, key: &str) -> (usize, usize) {
        key_in_table(self.text, self.fm_offset, self.fm, ("awards", n), key)
    }

    /// The awards: a title each, a date only as JSON Resume writes one.
    fn awards(&mut self, awards: Vec<Award>) -> Vec<Award> {
        for (n, award) in awards.iter().enumerate() {
            if award.title.trim().is_empty() {
                self.error(self.at_award(n, "title"), "an award's `title` is empty", None);
            }
            for (key, value) in [("awarder", &award.awarder), ("date", &award.date)] {
                if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                    let message = format!("an award's `{key}` is empty (leave it out instead)");
                    self.error(self.at_award(n, key), message, None);
                }
            }
            let date = award.date.as_deref().filter(|d| !d.trim().is_empty());
            if let Some((date, fault)) = date.and_then(|d| Some((d, date_fault(d)?))) {
                let hint = "only what the text states: 2017, 2017-06 or 2017-06-30".to_owned();
                let message = match fault {
                    DateFault::Form => format!("award date {date:?} is not YYYY, YYYY-MM or YYYY-MM-DD"),
                    DateFault::NoSuchDay(days) => {
                        format!("award date {date:?} is no day of the calendar (that month has {days} days)")
                    }
                };
                self.error(self.at_award(n, "date"), message, Some(hint));
            }
        }
        awards
    }

    fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// Parses everything but the body; returns the item (body empty), the problems
/// and the byte offset where the body starts.
fn parse_fields(path: &str, slug: &str, kind: Kind, text: &str) -> (Option<Item>, Vec<Problem>, usize) {
    let (fm, fm_offset, body) = match split_front_matter(path, text) {
        Ok(parts) => parts,
        Err(p) => return (None, vec![p], 0),
    };
    let body_start = text.len() - body.len();
    let (front, mistyped) = match read_front(fm) {
        Ok(read) => read,
        Err(e) => return (None, vec![toml_problem(path, text, fm_offset, &e)], 0),
    };
    let keys = mistyped.iter().map(|(key, ..)| key.clone()).collect();
    let mut check = Checker { path, text, fm, fm_offset, problems: Vec::new(), mistyped: keys };
    for (key, message, said_at) in &mistyped {
        let at = said_at.map_or_else(|| check.at(key), |at| position(text, fm_offset + at));
        check.error(at, format!("invalid front matter: `{key}`: {message}"), None);
    }
    if !is_kebab_case(slug) {
        let hint = "rename the file to lowercase words joined by '-', e.g. my-project.md".to_owned();
        check.error((1, 1), format!("file name {slug:?} is not a kebab-case slug"), Some(hint));
    }
    for key in front.unknown.keys() {
        check.warning(check.at(key), format!("unknown field `{key}` is ignored"));
    }
    let title = check.required("title", front.title);
    let summary = check.required("summary", front.summary);
    if front.order.is_none() {
        check.missing("order", None);
    }
    let domain = check.domain(kind, front.domain);
    if kind == Kind::Post {
        for (key, set) in [
            ("subtitle", front.subtitle.is_some()),
            ("period", front.period.is_some()),
            ("featured", front.featured.is_some()),
            ("highlights", front.highlights.is_some()),
            ("awards", front.awards.is_some()),
        ] {
            if set {
                check.warning(check.at(key), format!("posts have no `{key}`; it is ignored"));
            }
        }
    }
    let tags = check.tags(front.tags);
    let project = kind == Kind::Project;
    if let Some(period) = front.period.as_deref().filter(|p| project && !p.trim().is_empty()) {
        if period_ends_before_it_starts(period) {
            let message = format!(
                "`period` {period:?} ends before it starts: the résumé lists it as written, and JSON Resume gets no dates"
            );
            check.warning(check.at("period"), message);
        } else if !period_reads_as_dates(period) {
            let message = format!(
                "`period` {period:?} does not read as dates (as \"Feb 2025 – Present\", \"2015 - 2017\" or \"2019\"): \
                 the résumé lists it as written, and JSON Resume gets no dates"
            );
            check.warning(check.at("period"), message);
        }
    }
    let highlights = if project { check.highlights(front.highlights.unwrap_or_default()) } else { Vec::new() };
    let awards = if project { check.awards(front.awards.unwrap_or_default()) } else { Vec::new() };
    let non_empty = |v: Option<String>| v.filter(|s| project && !s.trim().is_empty());
    let item = match (title, summary, front.order) {
        (Some(title), Some(summary), Some(order)) if !check.has_errors() => Some(Item {
            slug: slug.to_owned(),
            kind,
            title,
            subtitle: non_empty(front.subtitle),
            summary,
            domain,
            tags,
            period: non_empty(front.period),
            featured: project && front.featured.unwrap_or(false),
            highlights,
            awards,
            order,
            body: String::new(),
            path: path.to_owned(),
        }),
        _ => None,
    };
    (item, check.problems, body_start)
}

/// The known domains, for hints.
fn known_domains() -> String {
    domain::DOMAINS.iter().map(|d| d.slug).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\ntitle = \"Sage\"\nsummary = \"Sagas.\"\ndomain = \"developer-tools\"\ntags = [\"elixir\"]\norder = 3\n+++\n\nBody *here*.\n";

    #[test]
    fn parses_a_project() {
        let (item, problems) = parse_item("p/sage.md", "sage", Kind::Project, GOOD);
        assert!(problems.is_empty(), "{problems:?}");
        let item = item.expect("item");
        assert_eq!(item.title, "Sage");
        assert_eq!(item.domain.as_deref(), Some("developer-tools"));
        assert_eq!(item.body, "Body *here*.\n");
        assert_eq!(item.order, 3);
        assert!(!item.featured);
    }

    #[test]
    fn unknown_domain_is_located_with_a_hint() {
        let text = GOOD.replace("developer-tools", "dev");
        let (item, problems) = parse_item("p/sage.md", "sage", Kind::Project, &text);
        assert!(item.is_none());
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (4, 1));
        assert!(problems[0].message.contains("unknown domain \"dev\""));
        assert!(problems[0].hint.as_deref().is_some_and(|h| h.contains("fintech")));
    }

    #[test]
    fn reports_every_problem_not_only_the_first() {
        let text = "+++\ntitle = \"\"\ntags = [\"Bad Tag\"]\nextra = 1\n+++\n";
        let (item, problems) = parse_item("x.md", "Bad_Slug", Kind::Project, text);
        assert!(item.is_none());
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        for expected in [
            "not a kebab-case slug",
            "unknown field `extra`",
            "`title` is empty",
            "missing required field `summary`",
            "missing required field `order`",
            "missing required field `domain`",
            "tag \"Bad Tag\" is not kebab-case",
        ] {
            assert!(messages.iter().any(|m| m.contains(expected)), "{expected} not in {messages:?}");
        }
    }

    /// Fields of the wrong type are each said, where they are, with every
    /// other problem of the file: not one run a field.
    #[test]
    fn every_field_of_the_wrong_type_is_said_with_the_rest() {
        let text = "+++\ntitle = \"T\"\nsummary = \"S\"\norder = 5\ndomain = \"nope\"\ntags = [\"Bad Tag\"]\nfeatured = \"yes\"\nperiod = 2019\n+++\nBody.\n";
        let (item, problems) = parse_item("x.md", "Two_Bad", Kind::Project, text);
        assert!(item.is_none());
        let said: Vec<(usize, &str)> = problems.iter().map(|p| (p.line, p.message.as_str())).collect();
        for (line, expected) in [
            (1, "not a kebab-case slug"),
            (5, "unknown domain \"nope\""),
            (6, "tag \"Bad Tag\" is not kebab-case"),
            (7, "invalid front matter: `featured`: invalid type: string \"yes\", expected a boolean"),
            (8, "invalid front matter: `period`: invalid type: integer `2019`, expected a string"),
        ] {
            assert!(said.iter().any(|&(l, m)| l == line && m.contains(expected)), "{line}: {expected} not in {said:?}");
        }
        // Within an `[[awards]]` table, where the value is (the parser's place).
        let text = "+++\ntitle = \"T\"\nsummary = \"S\"\norder = 1\ndomain = \"web\"\nfeatured = \"yes\"\n\n[[awards]]\ntitle = \"A\"\n\n[[awards]]\ntitle = \"B\"\ndate = 2019\n+++\n";
        let (_, problems) = parse_item("x.md", "x", Kind::Project, text);
        let at: Vec<(usize, usize, &str)> = problems.iter().map(|p| (p.line, p.column, p.message.as_str())).collect();
        assert!(at.iter().any(|&(l, c, m)| (l, c) == (13, 8) && m.contains("`awards`")), "{at:?}");
        assert!(at.iter().any(|&(l, _, m)| l == 6 && m.contains("`featured`")), "{at:?}");
        // A required field of the wrong type is said so, not also missing.
        let text = "+++\ntitle = 5\nsummary = \"S\"\norder = \"5\"\ndomain = 7\n+++\n";
        let (_, problems) = parse_item("x.md", "x", Kind::Project, text);
        let said: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert!(said.iter().all(|m| m.starts_with("invalid front matter: `")), "{said:?}");
        // Not TOML: the parser's one error, as before.
        let (_, problems) = parse_item("x.md", "x", Kind::Project, "+++\ntitle = \"T\nfeatured = \"yes\"\n+++\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.starts_with("invalid front matter: "), "{problems:?}");
    }

    #[test]
    fn front_matter_must_open_and_close() {
        let (_, p) = parse_item("x.md", "x", Kind::Post, "title = 1\n");
        assert_eq!(p[0].message, "missing front matter");
        let (_, p) = parse_item("x.md", "x", Kind::Post, "+++\ntitle = \"a\"\n");
        assert_eq!(p[0].message, "front matter never closes");
        let (_, p) = parse_item("x.md", "x", Kind::Post, "");
        assert_eq!(p[0].message, "missing front matter");
    }

    #[test]
    fn bad_toml_is_located_in_the_file() {
        let (_, p) = parse_item("x.md", "x", Kind::Post, "+++\ntitle = \"a\"\norder = [\n+++\n");
        assert_eq!(p.len(), 1);
        assert!(p[0].message.starts_with("invalid front matter"), "{}", p[0].message);
        assert!(p[0].line >= 3, "{:?}", p[0]);
    }

    #[test]
    fn problems_point_at_the_line_and_column_they_are_about() {
        // A missing field: where the front matter starts, after the fence.
        let (_, p) = parse_item("x.md", "x", Kind::Post, "+++\ntitle = \"t\"\norder = 1\n+++\n");
        assert_eq!((p[0].message.as_str(), p[0].line, p[0].column), ("missing required field `summary`", 2, 1));
        // A field's problem: at its key, even indented and after a byte-order mark.
        let text = "\u{feff}+++\ntitle = \"t\"\nsummary = \"s\"\norder = 1\n  domain = \"nope\"\n+++\n";
        let (_, p) = parse_item("x.md", "x", Kind::Project, text);
        assert_eq!((p[0].line, p[0].column), (5, 3), "{p:?}");
        // A TOML error: at the bad value, not the start of the front matter.
        let (_, p) = parse_item("x.md", "x", Kind::Post, "+++\ntitle = \"t\"\nsummary = \"s\"\norder = x\n+++\n");
        assert_eq!((p[0].line, p[0].column), (4, 9), "{p:?}");
    }

    #[test]
    fn a_field_written_as_a_table_a_dotted_or_a_quoted_key_is_located_at_its_line() {
        let post = "+++\ntitle = \"P\"\nsummary = \"s\"\norder = 1\n\"colour\" = \"x\"\nmeta.author = \"me\"\n\
                    [extra]\nx = 1\n\n[[awards]]\ntitle = \"Won\"\n+++\n";
        let (_, problems) = parse_item("posts/p.md", "p", Kind::Post, post);
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "posts/p.md:5:1: warning: unknown field `colour` is ignored",
            "posts/p.md:6:1: warning: unknown field `meta` is ignored",
            "posts/p.md:7:1: warning: unknown field `extra` is ignored",
            "posts/p.md:10:1: warning: posts have no `awards`; it is ignored",
        ] {
            assert!(shown.contains(&expected.to_owned()), "{expected} not in {shown:?}");
        }
        // A longer key that starts with the one sought is another key.
        assert!(!names_key("tagsx = 1", "tags") && !names_key("[tagsx]", "tags") && !names_key("tags", "tags"));
    }

    #[test]
    fn the_body_starts_after_the_fence_with_or_without_a_blank_line() {
        let (item, _) =
            parse_item("p.md", "p", Kind::Post, "+++\ntitle = \"t\"\nsummary = \"s\"\norder = 1\n+++\nBody.\n");
        assert_eq!(item.map(|i| i.body), Some("Body.\n".to_owned()));
    }

    #[test]
    fn domains_are_written_as_in_the_vocabulary() {
        let (item, problems) =
            parse_item("p/sage.md", "sage", Kind::Project, &GOOD.replace("developer-tools", "Developer-Tools"));
        assert!(item.is_none());
        assert!(problems[0].message.contains("unknown domain \"Developer-Tools\""), "{problems:?}");
    }

    /// A period that does not read as dates is kept, with a warning: JSON
    /// Resume got no dates for it, silently (an audit found it).
    #[test]
    fn a_period_that_does_not_read_as_dates_is_warned_of() {
        let with = |period: &str| {
            let project = GOOD.replace("order = 3", &format!("order = 3\nperiod = {period:?}"));
            let (item, problems) = parse_item("p/sage.md", "sage", Kind::Project, &project);
            assert_eq!(item.and_then(|i| i.period).as_deref(), Some(period), "kept as written");
            problems
        };
        // A day its month does not have ("2025-02-29") is no date: a theme shows March.
        for period in [
            "Jan 2020 to Mar 2021",
            "since 2019",
            "Feb 2025 – soon",
            "20 Feb 2025",
            "2025-02-30 – 2025-04-30",
            "2025-02-29",
        ] {
            let problems = with(period);
            assert_eq!(problems.len(), 1, "{period}: {problems:?}");
            assert_eq!(problems[0].severity, Severity::Warning);
            assert!(problems[0].message.contains("does not read as dates"), "{problems:?}");
        }
        assert!(!period_reads_as_dates("Mar 2019-05"), "a year of four digits");
        for reversed in
            ["Sep 2018 – Feb 2016", "2021 – 2019", "Mar 2018 - Feb 2018", "2019 - Dec 2018", "2019-02-15 – 2018-03-01"]
        {
            assert!(period_ends_before_it_starts(reversed), "{reversed}");
            assert!(!period_reads_as_dates(reversed), "{reversed}");
        }
        for period in [
            "2018 – Mar 2018",
            "Mar 2018 – 2018",
            "2018",
            "Feb 2025 – Present",
            "2015 - 2017",
            "Feb 2016 – Feb 2016",
            "2018-03-01 – 2018-03-02",
            "2018-03-05 – 2018-03",
        ] {
            assert!(!period_ends_before_it_starts(period), "{period}");
            assert!(period_reads_as_dates(period), "{period}");
        }
        for period in
            ["Feb 2025 – Present", "2015 - 2017", "2019-2021", "2019", "March 2019 — June 2021", "2024 –", "2024 -"]
        {
            assert_eq!(with(period), [], "{period}");
        }
        assert!(crate::content::period_is_ongoing("2024 -"), "an open end after a hyphen goes on");
    }

    #[test]
    fn posts_keep_no_project_fields_and_projects_no_blank_ones() {
        let post = "+++\ntitle = \"t\"\nsummary = \"s\"\norder = 1\nsubtitle = \"sub\"\nperiod = \"2020\"\nfeatured = true\n+++\n";
        let (item, problems) = parse_item("x.md", "x", Kind::Post, post);
        let item = item.expect("a post with warnings");
        assert_eq!((item.subtitle, item.period, item.featured), (None, None, false));
        assert_eq!(problems.len(), 3, "{problems:?}");
        let project = GOOD.replace("order = 3", "order = 3\nsubtitle = \" \"\nperiod = \"\"");
        let (item, _) = parse_item("p/sage.md", "sage", Kind::Project, &project);
        let item = item.expect("a project");
        assert_eq!((item.subtitle, item.period), (None, None));
    }

    /// An award's problem is at its line in its `[[awards]]` table, not
    /// at the first table's header (all three were at line 8).
    #[test]
    fn an_awards_problem_is_at_its_line() {
        let text = "+++\ntitle = \"Aw\"\nsummary = \"S.\"\ndomain = \"web\"\ntags = [\"web\"]\norder = 2\n\n\
                    [[awards]]\ntitle = \"First\"\ndate = \"2017\"\n\n[[ awards ]] # the second\ntitle = \"\"\nawarder = \"X\"\n\n\
                    [[awards]]\ntitle = \"Third\"\nawarder = \"\"\ndate = \"2017-02-30\"\n+++\n\nBody.\n";
        let (_, problems) = parse_item("p/aw.md", "aw", Kind::Project, text);
        let at: Vec<(usize, &str)> = problems.iter().map(|p| (p.line, p.message.as_str())).collect();
        assert_eq!(
            at,
            [
                (13, "an award's `title` is empty"),
                (18, "an award's `awarder` is empty (leave it out instead)"),
                (19, "award date \"2017-02-30\" is no day of the calendar (that month has 28 days)"),
            ]
        );
    }

    #[test]
    fn highlights_and_awards_are_checked() {
        let text = GOOD.replace(
            "order = 3\n",
            "order = 3\nhighlights = [\"Did a thing.\", \" \"]\nawards = [{ title = \"Won\", date = \"2017-13\" }, { title = \"\" }]\n",
        );
        let (item, problems) = parse_item("p/sage.md", "sage", Kind::Project, &text);
        assert!(item.is_none());
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            messages.iter().any(|m| m.starts_with("p/sage.md:7:1: `highlights` has an empty entry")),
            "{messages:?}"
        );
        assert!(messages.iter().any(|m| m.contains("award date \"2017-13\" is not YYYY")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("an award's `title` is empty")), "{messages:?}");
        let good = GOOD.replace(
            "order = 3\n",
            "order = 3\nhighlights = [\"Did a thing.\"]\n[[awards]]\ntitle = \"Won X 2017\"\nawarder = \"X\"\ndate = \"2017\"\n",
        );
        let (item, problems) = parse_item("p/sage.md", "sage", Kind::Project, &good);
        assert!(problems.is_empty(), "{problems:?}");
        let item = item.expect("item");
        assert_eq!(item.highlights, ["Did a thing."]);
        assert_eq!(item.awards[0].date.as_deref(), Some("2017"));
        // Posts have neither: a warning, and nothing kept.
        let post = "+++\ntitle = \"P\"\nsummary = \"s\"\norder = 1\nhighlights = [\"x\"]\n+++\n";
        let (item, problems) = parse_item("posts/p.md", "p", Kind::Post, post);
        assert!(item.is_some_and(|i| i.highlights.is_empty()));
        assert!(problems[0].to_string().contains("posts have no `highlights`"), "{problems:?}");
    }

    #[test]
    fn partial_dates() {
        for good in ["2017", "2017-06", "2017-06-30", "1999-12", "2024-02-29", "2000-02-29", "2025-01-31"] {
            assert!(is_partial_date(good), "{good}");
        }
        for bad in
            ["", "17", "3017", "2017-6", "2017-13", "2017-00", "2017-01-32", "2017-01-01-01", "June 2017", "2017-"]
        {
            assert_eq!(date_fault(bad), Some(DateFault::Form), "{bad}");
        }
        // Written right, but no day of the calendar: themes would roll them into the next month.
        for (bad, days) in
            [("2025-02-29", 28), ("1900-02-29", 28), ("2025-02-30", 28), ("2025-04-31", 30), ("2024-02-30", 29)]
        {
            assert_eq!(date_fault(bad), Some(DateFault::NoSuchDay(days)), "{bad}");
            assert!(!is_partial_date(bad), "{bad}");
        }
    }

    #[test]
    fn kebab_case() {
        for ok in ["elixir", "open-source", "p2p", "a-1-b"] {
            assert!(is_kebab_case(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "Elixir", "a_b", "a b", "é"] {
            assert!(!is_kebab_case(bad), "{bad}");
        }
    }
}
