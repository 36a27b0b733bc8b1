//! Parsing one content file: TOML front matter between `+++` lines, then Markdown.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::domain;
use super::model::{Item, Kind, Profile};
use super::problem::{Problem, position};

/// The fence that opens and closes front matter (Zola's convention).
const FENCE: &str = "+++";

/// Front matter as written; which fields are required depends on the kind.
#[derive(Debug, Default, PartialEq, Deserialize)]
pub struct FrontMatter {
    title: Option<String>,
    subtitle: Option<String>,
    summary: Option<String>,
    domain: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    period: Option<String>,
    featured: Option<bool>,
    order: Option<u32>,
    #[serde(flatten)]
    unknown: BTreeMap<String, toml::Value>,
}

impl FrontMatter {
    /// Builds front matter from the fast path's values, or `None` when a known
    /// field has a value of the wrong type (then `toml` words the error).
    fn from_fast(map: BTreeMap<String, super::fast::Value>) -> Option<Self> {
        use super::fast::Value;
        let mut fm = FrontMatter::default();
        for (key, value) in map {
            let text = |v: Value| if let Value::Str(s) = v { Some(s) } else { None };
            match key.as_str() {
                "title" => fm.title = Some(text(value)?),
                "subtitle" => fm.subtitle = Some(text(value)?),
                "summary" => fm.summary = Some(text(value)?),
                "domain" => fm.domain = Some(text(value)?),
                "period" => fm.period = Some(text(value)?),
                "tags" => fm.tags = if let Value::List(l) = value { l } else { return None },
                "featured" => fm.featured = Some(if let Value::Bool(b) = value { b } else { return None }),
                "order" => fm.order = Some(if let Value::Int(n) = value { n } else { return None }),
                _ => {
                    fm.unknown.insert(key, value.into());
                }
            }
        }
        Some(fm)
    }
}

/// Parses front matter: the fast path for the common subset, else `toml`.
pub fn front_matter(fm: &str) -> Result<FrontMatter, toml::de::Error> {
    match super::fast::parse(fm).and_then(FrontMatter::from_fast) {
        Some(front) => Ok(front),
        None => toml::from_str(fm),
    }
}

/// Whether `s` is lowercase kebab-case: `[a-z0-9]+(-[a-z0-9]+)*`.
pub fn is_kebab_case(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Splits a file into (front matter, byte offset of the front matter, body).
fn split_front_matter<'a>(path: &str, text: &'a str) -> Result<(&'a str, usize, &'a str), Problem> {
    let text_start = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
    let rest = &text[text_start..];
    let first = rest.split_inclusive('\n').next().unwrap_or("");
    if first.trim_end() != FENCE {
        return Err(Problem::error(path, (1, 1), "missing front matter")
            .with_hint(format!("the file must start with a `{FENCE}` line, then TOML, then `{FENCE}`")));
    }
    let fm_start = text_start + first.len();
    let mut offset = fm_start;
    for line in text[fm_start..].split_inclusive('\n') {
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

/// The position of `key = …` in the front matter, for messages about that field.
fn key_position(text: &str, fm_offset: usize, fm: &str, key: &str) -> (usize, usize) {
    let mut offset = fm_offset;
    for line in fm.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                return position(text, offset + (line.len() - trimmed.len()));
            }
        }
        offset += line.len();
    }
    position(text, fm_offset.saturating_sub(1))
}

/// Turns a TOML error into a problem located in the whole file.
fn toml_problem(path: &str, text: &str, fm_offset: usize, err: &toml::de::Error) -> Problem {
    let at = err.span().map_or(fm_offset, |s| fm_offset + s.start);
    let message = err.message().trim().replace('\n', " ");
    Problem::error(path, position(text, at), format!("invalid front matter: {message}"))
}

/// Parses one item file. `slug` comes from the file name. Returns the item (if it
/// is usable) and every problem found, warnings included.
pub fn parse_item(path: &str, slug: &str, kind: Kind, text: &str) -> (Option<Item>, Vec<Problem>) {
    parse_item_owned(path, slug, kind, text.to_owned())
}

/// Like [`parse_item`], taking the file's text by value: the item's body reuses
/// its allocation, so a loaded corpus holds each file's text about once.
pub fn parse_item_owned(path: &str, slug: &str, kind: Kind, text: String) -> (Option<Item>, Vec<Problem>) {
    let (item, problems, body_start) = parse_fields(path, slug, kind, &text);
    let item = item.map(|mut item| {
        let mut body = text;
        body.drain(..body_start);
        item.body = body;
        item
    });
    (item, problems)
}

/// Parses everything but the body; returns the item (body empty), the problems
/// and the byte offset where the body starts.
fn parse_fields(path: &str, slug: &str, kind: Kind, text: &str) -> (Option<Item>, Vec<Problem>, usize) {
    let mut problems = Vec::new();
    let (fm, fm_offset, body) = match split_front_matter(path, text) {
        Ok(parts) => parts,
        Err(p) => return (None, vec![p], 0),
    };
    let body_start = text.len() - body.len();
    let front: FrontMatter = match front_matter(fm) {
        Ok(f) => f,
        Err(e) => return (None, vec![toml_problem(path, text, fm_offset, &e)], 0),
    };
    let at = |key: &str| key_position(text, fm_offset, fm, key);

    if !is_kebab_case(slug) {
        problems.push(
            Problem::error(path, (1, 1), format!("file name {slug:?} is not a kebab-case slug"))
                .with_hint("rename the file to lowercase words joined by '-', e.g. my-project.md"),
        );
    }
    for key in front.unknown.keys() {
        problems.push(Problem::warning(path, at(key), format!("unknown field `{key}` is ignored")));
    }
    let mut required = |key: &str, value: Option<String>| match value {
        Some(v) if !v.trim().is_empty() => Some(v),
        Some(_) => {
            problems.push(Problem::error(path, at(key), format!("`{key}` is empty")));
            None
        }
        None => {
            problems.push(Problem::error(path, position(text, fm_offset), format!("missing required field `{key}`")));
            None
        }
    };
    let title = required("title", front.title);
    let summary = required("summary", front.summary);
    let order = front.order;
    if order.is_none() {
        problems.push(Problem::error(path, position(text, fm_offset), "missing required field `order`"));
    }

    let domain = match (kind, front.domain) {
        (Kind::Project, None) => {
            problems.push(
                Problem::error(path, position(text, fm_offset), "missing required field `domain`")
                    .with_hint(format!("one of: {}", known_domains())),
            );
            None
        }
        (Kind::Project, Some(d)) => match domain::find(&d) {
            Some(known) if known.slug == d => Some(d),
            _ => {
                problems.push(
                    Problem::error(path, at("domain"), format!("unknown domain {d:?}"))
                        .with_hint(format!("one of: {}", known_domains())),
                );
                None
            }
        },
        (Kind::Post, Some(_)) => {
            problems.push(Problem::warning(path, at("domain"), "posts have no domain; `domain` is ignored"));
            None
        }
        (Kind::Post, None) => None,
    };
    if kind == Kind::Post {
        for (key, set) in [
            ("subtitle", front.subtitle.is_some()),
            ("period", front.period.is_some()),
            ("featured", front.featured.is_some()),
        ] {
            if set {
                problems.push(Problem::warning(path, at(key), format!("posts have no `{key}`; it is ignored")));
            }
        }
    }

    let mut tags: Vec<String> = Vec::with_capacity(front.tags.len());
    for tag in front.tags {
        if !is_kebab_case(&tag) {
            problems.push(
                Problem::error(path, at("tags"), format!("tag {tag:?} is not kebab-case"))
                    .with_hint("use lowercase letters, digits and '-', e.g. open-source"),
            );
        } else if tags.contains(&tag) {
            problems.push(Problem::warning(path, at("tags"), format!("tag {tag:?} is listed twice")));
        } else {
            tags.push(tag);
        }
    }

    let non_empty = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
    let item = match (title, summary, order) {
        (Some(title), Some(summary), Some(order))
            if (kind == Kind::Post || domain.is_some())
                && problems.iter().all(|p| p.severity == super::problem::Severity::Warning) =>
        {
            Some(Item {
                slug: slug.to_owned(),
                kind,
                title,
                subtitle: if kind == Kind::Project { non_empty(front.subtitle) } else { None },
                summary,
                domain,
                tags,
                period: if kind == Kind::Project { non_empty(front.period) } else { None },
                featured: kind == Kind::Project && front.featured.unwrap_or(false),
                order,
                body: String::new(),
                path: path.to_owned(),
            })
        }
        _ => None,
    };
    (item, problems, body_start)
}

/// The known domains, for hints.
fn known_domains() -> String {
    domain::DOMAINS.iter().map(|d| d.slug).collect::<Vec<_>>().join(", ")
}

/// Parses `profile.toml`.
/// The fields of `profile.toml`, and of its `[skills]` table.
const PROFILE_FIELDS: &[&str] = &["name", "handle", "headline", "summary", "short", "highlights", "skills"];
const SKILL_FIELDS: &[&str] = &["languages", "data", "infrastructure", "observability"];

/// Parses `profile.toml`: the profile (if usable) and every problem, with
/// unknown fields as warnings, as in item files.
pub fn parse_profile(path: &str, text: &str) -> (Option<Profile>, Vec<Problem>) {
    let invalid =
        |e: &toml::de::Error| toml_problem(path, text, 0, e).renamed("invalid front matter", "invalid profile");
    let mut table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => return (None, vec![invalid(&e)]),
    };
    let mut problems = Vec::new();
    let mut drop_unknown = |table: &mut toml::Table, known: &[&str], section: &str| {
        let unknown: Vec<String> = table.keys().filter(|k| !known.contains(&k.as_str())).cloned().collect();
        for key in unknown {
            let at = key_position(text, 0, text, &key);
            problems.push(Problem::warning(path, at, format!("unknown field `{section}{key}` is ignored")));
            table.remove(&key);
        }
    };
    drop_unknown(&mut table, PROFILE_FIELDS, "");
    if let Some(toml::Value::Table(skills)) = table.get_mut("skills") {
        drop_unknown(skills, SKILL_FIELDS, "skills.");
    }
    let profile: Profile = match toml::Value::Table(table).try_into() {
        Ok(p) => p,
        Err(e) => {
            problems.push(invalid(&e));
            return (None, problems);
        }
    };
    for (key, value) in [("name", &profile.name), ("headline", &profile.headline), ("summary", &profile.summary)] {
        if value.trim().is_empty() {
            problems.push(Problem::error(path, key_position(text, 0, text, key), format!("`{key}` is empty")));
        }
    }
    let usable = problems.iter().all(|p| p.severity == super::problem::Severity::Warning);
    (usable.then_some(profile), problems)
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]

        /// Wherever the fast path answers, it answers as `toml` does.
        #[test]
        fn the_fast_path_agrees_with_toml(lines in proptest::collection::vec(line(), 0..8)) {
            let fm = lines.join("\n");
            if let Some(fast) = super::super::fast::parse(&fm).and_then(FrontMatter::from_fast) {
                let reference: Result<FrontMatter, _> = toml::from_str(&fm);
                proptest::prop_assert_eq!(Ok(fast), reference.map_err(|e| e.to_string()), "{:?}", fm);
            }
        }
    }

    fn line() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let key = prop_oneof![
            Just("title"),
            Just("summary"),
            Just("tags"),
            Just("order"),
            Just("featured"),
            Just("domain"),
            Just("extra"),
            Just("x-y_z"),
            Just("1a"),
            Just("a.b"),
            Just("\"q\""),
        ];
        let string = "[^\"\\\\]{0,8}|\\PC{0,8}".prop_map(|s| format!("\"{s}\""));
        let value = prop_oneof![
            string.clone(),
            "[0-9]{1,11}",
            Just("true".to_owned()),
            Just("false".to_owned()),
            proptest::collection::vec(string, 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            "\\PC{0,12}",
        ];
        let space = prop_oneof![Just(""), Just(" "), Just("\t"), Just("\u{a0}")];
        (key, space.clone(), value, space).prop_map(|(k, s1, v, s2)| format!("{k}{s1}={s2}{v}"))
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
