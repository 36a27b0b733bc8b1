//! The front matter most files have, read without a TOML parser: a line a
//! field, each a known key with a one-line value that TOML reads one way
//! only. Anything else (a comment, an escape, a table, a key not known, a
//! value of another type, a line that goes on) is left to the `toml` crate,
//! which reads every file this reads to the same fields (see the tests).
//! It took 15,600 instructions a file for six lines of front matter: a
//! tenth of the first command over a folder of 10,000 files.

use super::FrontMatter;

/// The fields of `fm` (the text between the `+++` lines), when every line
/// is blank or `key = value` of the subset this reads; `None` otherwise.
pub(super) fn front_matter(fm: &str) -> Option<FrontMatter> {
    let mut front = FrontMatter::default();
    let mut seen = 0u16;
    for line in crate::lines::inclusive(fm) {
        let line = trim(line.strip_suffix('\n').unwrap_or(line));
        if line.is_empty() {
            continue;
        }
        let (key, value) = line.split_once('=')?;
        let (key, value) = (trim(key), trim(value));
        let (bit, field) = field(key)?;
        // A key given twice is an error: TOML says which.
        if seen & bit != 0 {
            return None;
        }
        seen |= bit;
        match field {
            Field::Text(slot) => *slot(&mut front) = Some(string(value)?.to_owned()),
            Field::List(slot) => slot(&mut front, list(value)?),
            Field::Featured => front.featured = Some(boolean(value)?),
            Field::Order => front.order = Some(number(value)?),
        }
    }
    Some(front)
}

/// A field this reads, and where its value goes.
enum Field {
    Text(fn(&mut FrontMatter) -> &mut Option<String>),
    List(fn(&mut FrontMatter, Vec<String>)),
    Featured,
    Order,
}

/// The field named `key` and a bit of its own; `None` for a key this does
/// not read (unknown, `awards`, quoted or dotted).
fn field(key: &str) -> Option<(u16, Field)> {
    Some(match key {
        "title" => (1, Field::Text(|f| &mut f.title)),
        "subtitle" => (1 << 1, Field::Text(|f| &mut f.subtitle)),
        "summary" => (1 << 2, Field::Text(|f| &mut f.summary)),
        "domain" => (1 << 3, Field::Text(|f| &mut f.domain)),
        "period" => (1 << 4, Field::Text(|f| &mut f.period)),
        "tags" => (1 << 5, Field::List(|f, v| f.tags = v)),
        "highlights" => (1 << 6, Field::List(|f, v| f.highlights = Some(v))),
        "featured" => (1 << 7, Field::Featured),
        "order" => (1 << 8, Field::Order),
        _ => return None,
    })
}

/// `s` without the spaces and tabs around it (TOML's white space), found
/// byte by byte (`trim_matches` decodes each character first).
fn trim(s: &str) -> &str {
    let blank = |b: u8| b == b' ' || b == b'\t';
    let start = s.bytes().position(|b| !blank(b)).unwrap_or(s.len());
    let end = s.bytes().rposition(|b| !blank(b)).map_or(start, |at| at + 1);
    // Both ends are next to an ASCII byte (or the text's ends): character boundaries.
    s.get(start..end).unwrap_or_default()
}

/// The text of a basic string that is the whole of `value`: no escape, no
/// control character but the tab (TOML refuses them bare), no quote inside.
fn string(value: &str) -> Option<&str> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    // Every byte looked at, with no early exit: the compiler checks many at
    // once (a byte at a time, the strings of 10,000 files took 30 M
    // instructions, a fifth of their parsing).
    let refused = |b: u8| b == b'"' || b == b'\\' || (b < 0x20 && b != b'\t') || b == 0x7f;
    (!inner.bytes().fold(false, |any, b| any | refused(b))).then_some(inner)
}

/// The strings of an array of basic strings on one line (a comma after
/// the last one allowed, as TOML allows it).
fn list(value: &str) -> Option<Vec<String>> {
    let mut rest = trim(value.strip_prefix('[')?.strip_suffix(']')?);
    let mut out = Vec::new();
    while !rest.is_empty() {
        // The string ends at its closing quote: no quote is inside one read here.
        let close = rest.get(1..)?.find('"')? + 1;
        out.push(string(&rest[..=close])?.to_owned());
        rest = trim(&rest[close + 1..]);
        match rest.strip_prefix(',') {
            Some(after) => rest = trim(after),
            None if rest.is_empty() => {}
            None => return None,
        }
    }
    Some(out)
}

fn boolean(value: &str) -> Option<bool> {
    match value {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// A decimal integer as TOML writes one (no sign, no `_`, no leading zero) that fits a `u32`.
fn number(value: &str) -> Option<u32> {
    let digits = value.bytes().all(|b| b.is_ascii_digit()) && !value.is_empty();
    (digits && (value == "0" || !value.starts_with('0'))).then(|| value.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn toml(fm: &str) -> Option<FrontMatter> {
        toml::from_str(fm).ok()
    }

    #[test]
    fn the_usual_front_matter_is_read_here_as_toml_reads_it() {
        let fm = "title = \"Fast source config\"\nsummary = \"Config — shell, «source»\ttab.\"\n\
                  domain = \"healthtech\"\ntags = [\"gcp\", \"mobile\",\"rust\" , ]\norder = 1\n\n\
                  \tfeatured = true\nhighlights = []\nperiod = \"2019–2021\"\nsubtitle = \"\"\n";
        let plain = front_matter(fm).expect("read here");
        assert_eq!(Some(&plain), toml(fm).as_ref());
        assert_eq!(plain.tags, ["gcp", "mobile", "rust"]);
        assert_eq!((plain.order, plain.featured, plain.highlights.as_deref()), (Some(1), Some(true), Some(&[][..])));
    }

    /// Every line this cannot be sure of goes to the `toml` crate, whether
    /// TOML reads it or refuses it.
    #[test]
    fn what_is_not_plain_is_left_to_toml() {
        for fm in [
            "title = \"a\\\"b\"",           // an escape
            "title = 'literal'",            // a literal string
            "title = \"a\" # a comment",    // a comment
            "# a comment",                  // a comment line
            "title = \"\"\"x\"\"\"",        // a multi-line string
            "title = \"a\"\ntitle = \"b\"", // a key twice
            "order = 007",                  // a leading zero
            "order = 1_000",                // an underscore
            "order = 4294967296",           // too large for the field
            "order = -1",
            "order = \"1\"",          // a string for a number
            "title = 1",              // a number for a string
            "tags = [\"a\",\n\"b\"]", // an array over lines
            "tags = [\"a\" \"b\"]",   // no comma
            "tags = [,]",
            "tags = [\"a\", 1]",
            "tags = \"a\"",
            "featured = True",
            "awards = []",        // a key read by the crate only
            "colour = \"red\"",   // an unknown key, a warning
            "\"title\" = \"a\"",  // a quoted key
            "site.title = \"a\"", // a dotted key
            "title = \"a\"\r\n",  // a carriage return
            "[table]",
            "title = \"a\" = \"b\"",
            "title = \"a\u{1}\"", // a control character
            "title = \"a\u{7f}\"",
            "title =",
            "title",
        ] {
            assert_eq!(front_matter(fm), None, "{fm:?}");
        }
    }

    /// A line of front matter: mostly what this reads, sometimes what it
    /// does not. A key is given a value of its own type more often than not,
    /// so that many whole front matters are read here.
    fn line() -> impl Strategy<Value = String> {
        let text = "[ -~\t\u{e9}\u{2014}\u{1}\u{7f}]{0,6}";
        let string = prop_oneof![
            6 => text.prop_map(|s| format!("\"{s}\"")),
            1 => text.prop_map(|s| format!("'{s}'")),
            1 => text.prop_map(|s| format!("\"{s}\\n\"")),
        ];
        let list =
            prop::collection::vec((string.clone(), "[ \t]{0,2}", prop::bool::weighted(0.2)), 0..4).prop_map(|items| {
                let last = items.len().saturating_sub(1);
                let body: Vec<String> = items
                    .iter()
                    .enumerate()
                    .map(|(i, (s, ws, comma))| format!("{s}{ws}{}", if *comma || i < last { "," } else { "" }))
                    .collect();
                format!("[{}]", body.join(" "))
            });
        let number =
            prop::sample::select(vec!["0", "00", "01", "7", "42", "4294967295", "4294967296", "-3", "+1", "1_0"])
                .prop_map(str::to_owned);
        let boolean = prop::sample::select(vec!["true", "false", "True", "1"]).prop_map(str::to_owned);
        let any = prop_oneof![string.clone(), list.clone(), number.clone(), boolean.clone(), "[ -~]{0,8}"];
        let typed = |keys: Vec<&'static str>, value: BoxedStrategy<String>| {
            (prop::sample::select(keys), prop_oneof![4 => value, 1 => any.clone()])
        };
        let pair = prop_oneof![
            typed(vec!["title", "subtitle", "summary", "domain", "period"], string.boxed()),
            typed(vec!["tags", "highlights"], list.boxed()),
            typed(vec!["order"], number.boxed()),
            typed(vec!["featured"], boolean.boxed()),
            typed(vec!["awards", "other", "title.x"], any.clone().boxed()),
        ];
        let tail = prop_oneof![4 => "[ \t]{0,2}", 1 => "[ \t]#[ -~]{0,4}"];
        (pair, "[ \t]{0,2}", tail).prop_map(|((k, v), ws, tail)| format!("{ws}{k}{ws}={ws}{v}{tail}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Whatever this reads, the `toml` crate reads to the same fields.
        #[test]
        fn what_is_read_here_toml_reads_the_same(lines in prop::collection::vec(line(), 0..4), blank in 0usize..4) {
            let mut lines = lines;
            lines.insert(blank.min(lines.len()), String::new());
            let fm = lines.join("\n");
            if let Some(plain) = front_matter(&fm) {
                prop_assert_eq!(Some(plain), toml(&fm), "{:?}", fm);
            }
        }
    }
}
