//! A fast path for the front matter dryga writes: one `key = value` a line,
//! with basic strings free of escapes, small integers, booleans and one-line
//! arrays of strings. Anything else returns `None` and goes to the `toml` crate,
//! which stays the reference: a property test checks that both agree.
//!
//! Why: parsing front matter with `toml` was a third of the instructions of
//! every command on the bundled content, and most of the time of loading a
//! folder of 10,000 items (see bench/RESULTS.md).

use std::collections::BTreeMap;

/// A value of the subset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A basic string without escapes.
    Str(String),
    /// A non-negative integer that fits in a `u32`.
    Int(u32),
    /// `true` or `false`.
    Bool(bool),
    /// A one-line array of strings.
    List(Vec<String>),
}

impl From<Value> for toml::Value {
    fn from(v: Value) -> Self {
        match v {
            Value::Str(s) => toml::Value::String(s),
            Value::Int(n) => toml::Value::Integer(i64::from(n)),
            Value::Bool(b) => toml::Value::Boolean(b),
            Value::List(items) => toml::Value::Array(items.into_iter().map(toml::Value::String).collect()),
        }
    }
}

/// A basic string at the start of `s` (`"…"` with no escape or control
/// character): its content and the rest of `s` after the closing quote.
fn string(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_prefix('"')?;
    let end = body.find(['"', '\\'])?;
    let (content, rest) = body.split_at(end);
    if !rest.starts_with('"') || content.chars().any(char::is_control) {
        return None;
    }
    Some((content, &rest[1..]))
}

fn value(s: &str) -> Option<Value> {
    match s {
        "true" => return Some(Value::Bool(true)),
        "false" => return Some(Value::Bool(false)),
        _ => {}
    }
    if s.starts_with('"') {
        let (content, rest) = string(s)?;
        return rest.is_empty().then(|| Value::Str(content.to_owned()));
    }
    if let Some(inner) = s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        let mut items = Vec::new();
        let mut rest = inner.trim_start_matches([' ', '\t']);
        while !rest.is_empty() {
            let (content, after) = string(rest)?;
            items.push(content.to_owned());
            let after = after.trim_start_matches([' ', '\t']);
            rest = match after.strip_prefix(',') {
                Some(r) => r.trim_start_matches([' ', '\t']),
                None if after.is_empty() => after,
                None => return None,
            };
        }
        return Some(Value::List(items));
    }
    // TOML forbids leading zeros; keep to plain digits that fit.
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0')) {
        return s.parse().ok().map(Value::Int);
    }
    None
}

/// Parses front matter in the subset, or `None` to let `toml` decide.
pub fn parse(front_matter: &str) -> Option<BTreeMap<String, Value>> {
    let mut map = BTreeMap::new();
    for line in front_matter.lines() {
        // TOML's whitespace is space and tab only (not Unicode spaces); a lone
        // carriage return is an error for toml to report.
        if line.contains('\r') {
            return None;
        }
        let line = line.trim_matches([' ', '\t']);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, rest) = line.split_once('=')?;
        let key = key.trim_end_matches([' ', '\t']);
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
            return None;
        }
        let value = value(rest.trim_start_matches([' ', '\t']))?;
        if map.insert(key.to_owned(), value).is_some() {
            return None; // a duplicate key is an error: let toml word it
        }
    }
    Some(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_subset() {
        let fm =
            "title = \"Blitz – Ads\"\ntags = [\"a\", \"b-c\",]\nempty = []\norder = 12\nfeatured = false\n# note\n\n";
        let map = parse(fm).expect("in the subset");
        assert_eq!(map["title"], Value::Str("Blitz – Ads".to_owned()));
        assert_eq!(map["tags"], Value::List(vec!["a".to_owned(), "b-c".to_owned()]));
        assert_eq!(map["empty"], Value::List(vec![]));
        assert_eq!(map["order"], Value::Int(12));
        assert_eq!(map["featured"], Value::Bool(false));
    }

    #[test]
    fn leaves_everything_else_to_toml() {
        for fm in [
            "title = \"a \\\" b\"",
            "title = 'literal'",
            "title = \"\"\"multi\"\"\"",
            "order = 012",
            "order = -1",
            "order = 99999999999",
            "order = 1.5",
            "title = \"a\" # comment",
            "[table]",
            "a.b = 1",
            "\"quoted key\" = 1",
            "tags = [\n\"a\"]",
            "tags = [1, 2]",
            "title = \"x\"\ntitle = \"y\"",
            "date = 2025-02-01",
            "title = \"tab\there\"",
            "title\u{a0}= \"nbsp\"",
            "title = \"x\"\r",
        ] {
            assert_eq!(parse(fm), None, "{fm:?}");
        }
    }
}
