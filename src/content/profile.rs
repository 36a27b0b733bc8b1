//! Parsing `profile.toml`: the person, with unknown fields as warnings, as in
//! item files, and the contact details checked where they are written (an
//! e-mail that is not an address, a URL that is not http(s), a country that
//! is not an ISO code: each an error at its `path:line:column`).

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::model::Profile;
use super::parse::{key_in_table, key_position, toml_problem};
use super::problem::{Problem, Severity, position};

/// The fields of `profile.toml`.
const PROFILE_FIELDS: &[&str] = &[
    "name",
    "handle",
    "headline",
    "summary",
    "short",
    "highlights",
    "skills",
    "email",
    "url",
    "phone",
    "location",
    "profiles",
];
/// The fields of its `[skills]` table.
const SKILL_FIELDS: &[&str] = &["languages", "data", "infrastructure", "observability"];
/// The fields of its `[location]` table.
const LOCATION_FIELDS: &[&str] = &["city", "region", "country_code"];
/// The fields of each `[[profiles]]` table.
const LINK_FIELDS: &[&str] = &["network", "username", "url"];

/// Removes the keys of `table` not in `known`, with a warning for each,
/// at its line: in the file, or (`nth`) in that `[[profiles]]` table.
fn drop_unknown(
    table: &mut toml::Table,
    known: &[&str],
    (section, nth): (&str, Option<usize>),
    path: &str,
    text: &str,
) -> Vec<Problem> {
    let unknown: Vec<String> = table.keys().filter(|k| !known.contains(&k.as_str())).cloned().collect();
    unknown
        .into_iter()
        .map(|key| {
            table.remove(&key);
            let at = match nth {
                Some(n) => key_in_table(text, 0, text, ("profiles", n), &key),
                None => key_position(text, 0, text, &key),
            };
            Problem::warning(path, at, format!("unknown field `{section}{key}` is ignored"))
        })
        .collect()
}

/// The problem of a profile with nothing in it (or blanks only), at `path`.
pub fn empty_profile(path: &str) -> Problem {
    Problem::error(path, (1, 1), "empty file")
        .with_hint("the profile is TOML: name, handle, headline and summary, each `key = \"text\"`")
}

/// The fields a profile must have.
const REQUIRED: [&str; 4] = ["name", "handle", "headline", "summary"];

/// Parses `profile.toml`: the profile (if usable) and every problem.
pub fn parse_profile(path: &str, text: &str) -> (Option<Profile>, Vec<Problem>) {
    if text.trim().is_empty() {
        return (None, vec![empty_profile(path)]);
    }
    let invalid =
        |e: &toml::de::Error| toml_problem(path, text, 0, e).renamed("invalid front matter", "invalid profile");
    let mut table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        // Written as an item's front matter, between `+++` lines (or YAML's `---`).
        Err(e) if text.lines().any(|line| matches!(line.trim(), "+++" | "---")) => {
            let hint = "profile.toml is plain TOML: take out its `+++` (or `---`) lines";
            return (None, vec![invalid(&e).with_hint(hint)]);
        }
        Err(e) => return (None, vec![invalid(&e)]),
    };
    // Every field it must have and has not, beside a field's error below.
    let missing: Vec<&str> = REQUIRED.iter().copied().filter(|key| !table.contains_key(*key)).collect();
    let mut problems = drop_unknown(&mut table, PROFILE_FIELDS, ("", None), path, text);
    if let Some(toml::Value::Table(skills)) = table.get_mut("skills") {
        problems.extend(drop_unknown(skills, SKILL_FIELDS, ("skills.", None), path, text));
    }
    if let Some(toml::Value::Table(location)) = table.get_mut("location") {
        problems.extend(drop_unknown(location, LOCATION_FIELDS, ("location.", None), path, text));
    }
    if let Some(toml::Value::Array(links)) = table.get_mut("profiles") {
        for (n, link) in links.iter_mut().enumerate() {
            if let toml::Value::Table(link) = link {
                problems.extend(drop_unknown(link, LINK_FIELDS, ("profiles.", Some(n)), path, text));
            }
        }
    }
    let fields = table.clone();
    let profile: Profile = match toml::Value::Table(table).try_into() {
        Ok(p) => p,
        Err(e) => {
            let mistyped = mistyped(&fields);
            if mistyped.is_empty() {
                // The table kept no places: the text read again says where, when
                // it fails the same way (its unknown fields, dropped above, fail
                // first when they come first: then the file's start stands).
                let placed = toml::from_str::<Profile>(text).err().filter(|again| again.message() == e.message());
                problems.push(invalid(placed.as_ref().unwrap_or(&e)));
            } else {
                // Each field of the wrong type (`check` lists every problem;
                // it listed the first), named, at its value.
                let values: BTreeMap<String, Spanned<toml::Value>> = toml::from_str(text).unwrap_or_default();
                problems.extend(mistyped.into_iter().map(|m| m.problem(path, text, &fields, &values)));
                // What it lacks, beside (a field of the wrong type is there).
                for key in &missing {
                    problems.push(Problem::error(path, (1, 1), format!("invalid profile: missing field `{key}`")));
                }
                return (None, problems);
            }
            for key in missing.iter().filter(|key| !e.message().contains(&format!("`{key}`"))) {
                problems.push(Problem::error(path, (1, 1), format!("invalid profile: missing field `{key}`")));
            }
            return (None, problems);
        }
    };
    for (key, value) in [("name", &profile.name), ("headline", &profile.headline), ("summary", &profile.summary)] {
        if value.trim().is_empty() {
            problems.push(Problem::error(path, key_position(text, 0, text, key), format!("`{key}` is empty")));
        }
    }
    problems.extend(check_contact(path, text));
    let usable = problems.iter().all(|p| p.severity == Severity::Warning);
    (usable.then_some(profile), problems)
}

/// The contact fields with where each value is written, to locate problems.
#[derive(Debug, Default, Deserialize)]
struct Contact {
    email: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    phone: Option<Spanned<String>>,
    location: Option<Spanned<ContactLocation>>,
    #[serde(default)]
    profiles: Vec<Spanned<ContactLink>>,
}

#[derive(Debug, Default, Deserialize)]
struct ContactLocation {
    city: Option<Spanned<String>>,
    region: Option<Spanned<String>>,
    country_code: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
struct ContactLink {
    network: Option<Spanned<String>>,
    username: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
}

/// A field of the profile of the wrong type.
struct Mistyped {
    /// Its key.
    key: String,
    /// The field within it, when it is a table's (`[skills]`'s
    /// `languages`: 0) or an array of tables' (`[[profiles]]`: which one).
    within: Option<(usize, String)>,
    /// Why.
    why: String,
}

impl Mistyped {
    /// The problem of the field, named (`profiles[0].url`), at its value in
    /// `text` (the profile `fields` were read from; `values` the top-level
    /// ones with their places).
    fn problem(
        self,
        path: &str,
        text: &str,
        fields: &toml::Table,
        values: &BTreeMap<String, Spanned<toml::Value>>,
    ) -> Problem {
        let Mistyped { key, within, why } = self;
        let (at, name) = if let Some((n, sub)) = within {
            let at = value_after(text, key_in_table(text, 0, text, (&key, n), &sub));
            let nth =
                if matches!(fields.get(&key), Some(toml::Value::Array(_))) { format!("[{n}]") } else { String::new() };
            (at, format!("{key}{nth}.{sub}"))
        } else {
            let at = values
                .get(&key)
                .map_or_else(|| key_position(text, 0, text, &key), |value| position(text, value.span().start));
            (at, key)
        };
        Problem::error(path, at, format!("invalid profile: `{name}`: {why}"))
    }
}

/// Each field of the profile `table` whose value is of the wrong type: each
/// read alone, beside the fields a profile must have as text (without
/// them, no field reads); a table's, each of its own fields so, and each
/// of an array's tables.
fn mistyped(table: &toml::Table) -> Vec<Mistyped> {
    let required: toml::Table =
        REQUIRED.iter().map(|key| ((*key).to_owned(), toml::Value::String("text".to_owned()))).collect();
    let why = |key: &str, value: toml::Value| {
        let mut alone = required.clone();
        alone.insert(key.to_owned(), value);
        let e = toml::Value::Table(alone).try_into::<Profile>().err()?;
        Some(e.message().trim().replace('\n', " "))
    };
    let mut found = Vec::new();
    for (key, value) in table {
        let Some(said) = why(key, value.clone()) else { continue };
        // Its tables: itself, or an array's (`[[profiles]]`).
        let tables: Vec<(usize, &toml::Table)> = match value {
            toml::Value::Table(fields) => vec![(0, fields)],
            toml::Value::Array(items) => {
                items.iter().enumerate().filter_map(|(n, v)| Some((n, v.as_table()?))).collect()
            }
            _ => Vec::new(),
        };
        let array = matches!(value, toml::Value::Array(_));
        let inner: Vec<Mistyped> = tables
            .into_iter()
            .flat_map(|(n, fields)| fields.iter().map(move |(sub, v)| (n, sub, v)))
            .filter_map(|(n, sub, v)| {
                let one = toml::Value::Table(toml::Table::from_iter([(sub.clone(), v.clone())]));
                let why = why(key, if array { toml::Value::Array(vec![one]) } else { one })?;
                Some(Mistyped { key: key.clone(), within: Some((n, sub.clone())), why })
            })
            .collect();
        if inner.is_empty() {
            found.push(Mistyped { key: key.clone(), within: None, why: said });
        } else {
            found.extend(inner);
        }
    }
    found
}

/// Where the value is of the `key = value` line that starts at `at` (a
/// line and column of `text`); `at` itself when the line has no `=`.
fn value_after(text: &str, at: (usize, usize)) -> (usize, usize) {
    let start: usize = text.split_inclusive('\n').take(at.0.saturating_sub(1)).map(str::len).sum();
    let line = text[start..].split('\n').next().unwrap_or("");
    let Some(eq) = line.find('=') else { return at };
    let value = eq + 1 + (line[eq + 1..].len() - line[eq + 1..].trim_start().len());
    position(text, start + value)
}

/// Checks the contact details of a profile that parsed: each problem is an
/// error at the value it is about.
fn check_contact(path: &str, text: &str) -> Vec<Problem> {
    let Ok(contact) = toml::from_str::<Contact>(text) else { return Vec::new() };
    let mut problems = Vec::new();
    let mut error = |span: std::ops::Range<usize>, message: String, hint: &str| {
        problems.push(Problem::error(path, position(text, span.start), message).with_hint(hint));
    };
    let mut texts: Vec<(String, &Spanned<String>)> = Vec::new();
    if let Some(email) = &contact.email {
        if !is_email(email.get_ref()) {
            error(
                email.span(),
                format!("`email` is not an e-mail address: {:?}", email.get_ref()),
                "write it as name@example.com",
            );
        }
    }
    let mut urls: Vec<(String, &Spanned<String>)> = contact.url.iter().map(|u| ("url".to_owned(), u)).collect();
    texts.extend(contact.phone.iter().map(|p| ("phone".to_owned(), p)));
    if let Some(location) = &contact.location {
        let l = location.get_ref();
        for (key, value) in [("city", &l.city), ("region", &l.region), ("country_code", &l.country_code)] {
            texts.extend(value.iter().map(|v| (format!("location.{key}"), v)));
        }
        if let Some(code) = l.country_code.as_ref().filter(|c| !c.get_ref().trim().is_empty()) {
            if !is_country_code(code.get_ref()) {
                let message =
                    format!("`location.country_code` is not an ISO 3166-1 alpha-2 code: {:?}", code.get_ref());
                error(code.span(), message, "two capital letters, such as UA, DE or US");
            }
        }
    }
    for (n, link) in contact.profiles.iter().enumerate() {
        let at = format!("profiles[{}]", n + 1);
        let l = link.get_ref();
        match &l.network {
            Some(network) => texts.push((format!("{at}.network"), network)),
            None => error(link.span(), format!("`{at}` has no `network`"), NAME_THE_SITE),
        }
        texts.extend(l.username.iter().map(|u| (format!("{at}.username"), u)));
        urls.extend(l.url.iter().map(|u| (format!("{at}.url"), u)));
        if l.username.is_none() && l.url.is_none() {
            error(
                link.span(),
                format!("`{at}` has neither `username` nor `url`"),
                "give the profile's url, its username, or both",
            );
        }
    }
    for (key, url) in urls {
        if let Some(fix) = url_fault(url.get_ref()) {
            error(url.span(), format!("`{key}` is not an http(s) URL: {:?}", url.get_ref()), fix);
        }
    }
    for (key, value) in texts.into_iter().filter(|(_, v)| v.get_ref().trim().is_empty()) {
        // A profile link's network cannot be left out: it names the site.
        let hint = if key.ends_with(".network") { NAME_THE_SITE } else { "leave it out instead" };
        error(value.span(), format!("`{key}` is empty"), hint);
    }
    if let Some(phone) = contact.phone.as_ref().filter(|p| !p.get_ref().trim().is_empty()) {
        if !phone.get_ref().bytes().any(|b| b.is_ascii_digit()) {
            error(
                phone.span(),
                format!("`phone` has no digits: {:?}", phone.get_ref()),
                "any format, e.g. +380 44 123 4567",
            );
        }
    }
    problems
}

/// What a profile link without its `network`, or with an empty one, is told.
const NAME_THE_SITE: &str = "name the site, e.g. network = \"GitHub\"";

/// Whether `s` reads as an e-mail address: one `@` between a local part and
/// a domain of dotted labels (letters, digits, `-`), nothing blank.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    let labels: Vec<&str> = domain.split('.').collect();
    !local.is_empty()
        && !local.contains(|c: char| c.is_whitespace() || c.is_control() || matches!(c, '@' | '<' | '>' | ',' | ';'))
        && labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && labels.iter().all(|l| l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// Whether `s` is an `http://` or `https://` URL with a host and no spaces.
pub fn is_http_url(s: &str) -> bool {
    url_fault(s).is_none()
}

/// What to do about `s` when it is not an http(s) URL ([`is_http_url`]):
/// the hint of the problem that says so. `None` when it is one.
fn url_fault(s: &str) -> Option<&'static str> {
    let lower = s.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) else {
        return Some("start it with https://");
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || host.starts_with(['.', ':', '@']) {
        return Some("name a host after https:// (https://example.com/…)");
    }
    if host.contains(|c: char| c.is_whitespace() || c.is_control()) {
        return Some("a host holds no space: remove it");
    }
    if s.contains(|c: char| c.is_whitespace() || c.is_control()) {
        return Some("a URL holds no space or control character: write a space as %20");
    }
    None
}

/// Whether `s` is shaped as an ISO 3166-1 alpha-2 code: two capital letters.
pub fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each way a URL goes wrong has its own hint: "start it with https://"
    /// for `https://` itself (no host) was a hint to do what was done.
    #[test]
    fn a_url_s_hint_says_what_is_wrong() {
        assert_eq!(url_fault("github.com/a"), Some("start it with https://"));
        assert_eq!(url_fault("ftp://example.org"), Some("start it with https://"));
        for no_host in ["https://", "http:///path", "https://.example.com", "https://@x"] {
            assert!(url_fault(no_host).is_some_and(|h| h.starts_with("name a host")), "{no_host}");
        }
        assert!(url_fault("https://example.com/a b").is_some_and(|h| h.contains("%20")));
        assert_eq!(url_fault("https://example.com/\"><img src=x>"), url_fault("https://example.com/a b"));
        assert_eq!(url_fault("https://exa mple.com"), Some("a host holds no space: remove it"));
        assert_eq!(url_fault("HTTPS://Example.com/a?b#c"), None);
    }

    /// An unknown field of a `[[profiles]]` table is at its line there,
    /// not at the line of a field of the same name above (line 5's `email`).
    #[test]
    fn an_unknown_field_of_a_profile_link_is_at_its_line() {
        let text = format!(
            "{BASE}email = \"a@example.org\"\n[[profiles]]\nnetwork = \"GitHub\"\nusername = \"a\"\n\
             [[profiles]]\nnetwork = \"X\"\nemail = \"x@example.org\"\nusername = \"b\"\n"
        );
        let (_, problems) = parse_profile("p.toml", &text);
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["p.toml:11:1: warning: unknown field `profiles.email` is ignored"]);
    }

    #[test]
    fn unknown_fields_are_warnings_and_empty_ones_errors() {
        let text = "name = \"A\"\nhandle = \"a\"\nheadline = \"\"\nsummary = \"s\"\nemail2 = \"x\"\n[skills]\nlanguages = [\"Elixir\"]\ncooking = [\"x\"]\n";
        let (profile, problems) = parse_profile("p.toml", text);
        assert!(profile.is_none());
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(shown.contains(&"p.toml:5:1: warning: unknown field `email2` is ignored".to_owned()), "{shown:?}");
        assert!(
            shown.contains(&"p.toml:8:1: warning: unknown field `skills.cooking` is ignored".to_owned()),
            "{shown:?}"
        );
        assert!(shown.contains(&"p.toml:3:1: `headline` is empty".to_owned()), "{shown:?}");
    }

    const BASE: &str = "name = \"A\"\nhandle = \"a\"\nheadline = \"h\"\nsummary = \"s\"\n";

    #[test]
    fn contact_details_are_read_when_given() {
        let text = format!(
            "{BASE}email = \"a@example.org\"\nurl = \"https://example.org\"\nphone = \"+1 555 0100\"\n\
             [location]\ncity = \"Kyiv\"\ncountry_code = \"UA\"\n\
             [[profiles]]\nnetwork = \"GitHub\"\nusername = \"a\"\nurl = \"https://github.com/a\"\n"
        );
        let (profile, problems) = parse_profile("p.toml", &text);
        assert!(problems.is_empty(), "{problems:?}");
        let profile = profile.expect("profile");
        assert_eq!(profile.email.as_deref(), Some("a@example.org"));
        assert_eq!(profile.location.as_ref().map(super::super::model::Location::line).as_deref(), Some("Kyiv, UA"));
        assert_eq!(profile.profiles[0].network, "GitHub");
        assert!(profile.has_contact());
        let (bare, _) = parse_profile("p.toml", BASE);
        assert!(!bare.expect("profile").has_contact());
    }

    #[test]
    fn bad_contact_details_are_errors_at_their_value() {
        let text = format!(
            "{BASE}email = \"not an address\"\nurl = \"ftp://example.org\"\nphone = \"call me\"\n\
             [location]\ncity = \"\"\ncountry_code = \"Ukraine\"\n\
             [[profiles]]\nusername = \"a\"\nurl = \"github.com/a\"\n[[profiles]]\nnetwork = \"X\"\n"
        );
        let (profile, problems) = parse_profile("p.toml", &text);
        assert!(profile.is_none());
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for expected in [
            "p.toml:5:9: `email` is not an e-mail address: \"not an address\"",
            "p.toml:6:7: `url` is not an http(s) URL: \"ftp://example.org\"",
            "p.toml:7:9: `phone` has no digits",
            "p.toml:9:8: `location.city` is empty",
            "p.toml:10:16: `location.country_code` is not an ISO 3166-1 alpha-2 code",
            "`profiles[1]` has no `network`",
            "p.toml:13:7: `profiles[1].url` is not an http(s) URL",
            "`profiles[2]` has neither `username` nor `url`",
            "`location.city` is empty (hint: leave it out instead)",
        ] {
            assert!(
                shown.iter().any(|s| s.starts_with(expected) || s.contains(expected)),
                "{expected} not in {shown:#?}"
            );
        }
    }

    /// An empty network is told to name the site, as a missing one is: it
    /// cannot be left out (the hint said to, and leaving it out was then an
    /// error).
    #[test]
    fn an_empty_network_is_told_to_name_the_site() {
        let text = format!("{BASE}[[profiles]]\nnetwork = \"\"\nusername = \"a\"\n");
        let (_, problems) = parse_profile("p.toml", &text);
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 1, "{shown:?}");
        assert!(
            shown[0].ends_with("`profiles[1].network` is empty (hint: name the site, e.g. network = \"GitHub\")"),
            "{shown:?}"
        );
    }

    #[test]
    fn addresses_and_urls() {
        for good in ["a@b.co", "first.last+tag@mail.example.org", "andrii@xn--80a.ua"] {
            assert!(is_email(good), "{good}");
        }
        for bad in ["", "a", "a@b", "@b.co", "a@b.c", "a b@c.de", "a@b..co", "a@-b.co", "a@b.c0", "a@@b.co"] {
            assert!(!is_email(bad), "{bad}");
        }
        for good in ["https://example.org", "http://a.b/c?d#e", "HTTPS://EXAMPLE.ORG/"] {
            assert!(is_http_url(good), "{good}");
        }
        for bad in ["", "example.org", "ftp://a.b", "https://", "https:///x", "https://a b", "javascript:alert(1)"] {
            assert!(!is_http_url(bad), "{bad}");
        }
        assert!(is_country_code("UA") && !is_country_code("ua") && !is_country_code("UKR"));
    }

    #[test]
    fn a_profile_with_only_warnings_is_used() {
        let (profile, problems) =
            parse_profile("p.toml", "name = \"A\"\nhandle = \"a\"\nheadline = \"h\"\nsummary = \"s\"\nx = 1\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(profile.map(|p| p.name), Some("A".to_owned()));
    }

    /// A field of the wrong type is said where it is written (it was said
    /// at 1:1: the table it was read from kept no places).
    #[test]
    fn a_field_of_the_wrong_type_is_placed() {
        let text =
            "name = \"A\"\nhandle = \"a\"\nheadline = \"h\"\nsummary = \"s\"\n[skills]\nlanguages = \"Elixir\"\n";
        let (profile, problems) = parse_profile("p.toml", text);
        assert!(profile.is_none());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0]
                .to_string()
                .starts_with("p.toml:6:13: invalid profile: `skills.languages`: invalid type: string"),
            "{problems:?}"
        );
        let text = "name = \"A\"\nhandle = \"a\"\nheadline = \"h\"\nsummary = \"s\"\nlocation = \"Kyiv\"\n";
        let (_, problems) = parse_profile("p.toml", text);
        assert!(problems[0].to_string().starts_with("p.toml:5:12: invalid profile"), "{problems:?}");
    }

    #[test]
    fn bad_toml_is_an_invalid_profile() {
        let (profile, problems) = parse_profile("p.toml", "name = \n");
        assert!(profile.is_none());
        assert!(problems[0].message.starts_with("invalid profile"), "{:?}", problems[0]);
        assert!(problems[0].hint.is_none(), "{:?}", problems[0]);
        // Written as an item's front matter, or YAML's: said so.
        for text in ["+++\nname = \"A\"\n+++\n", "name = \"A\"\nhandle = \"a\"\n+++\n", "---\nname: A\n---\n"] {
            let (_, problems) = parse_profile("p.toml", text);
            assert!(problems[0].hint.as_deref().is_some_and(|h| h.contains("`+++` (or `---`) lines")), "{problems:?}");
        }
        // Blanks only: an empty file, not four missing fields.
        let (_, problems) = parse_profile("p.toml", " \n\t\n");
        assert_eq!(problems.iter().map(|p| p.message.as_str()).collect::<Vec<_>>(), ["empty file"]);
    }

    /// Every field of the wrong type is said, each at its value, with the
    /// fields missing (`check` said the first of them).
    #[test]
    fn every_field_of_the_wrong_type_is_said_at_its_value() {
        let text = "name = 5\nhandle = \"a\"\nheadline = [\"h\"]\nsummary = true\nemail = 7\n";
        let (profile, problems) = parse_profile("p.toml", text);
        assert!(profile.is_none());
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 4, "{said:?}");
        for (at, what) in [
            ("1:8", "`name`: invalid type: integer `5`"),
            ("3:12", "`headline`: invalid type: sequence"),
            ("4:11", "`summary`: invalid type: boolean `true`"),
            ("5:9", "`email`: invalid type: integer `7`"),
        ] {
            let line = format!("p.toml:{at}: invalid profile: {what}");
            assert!(said.iter().any(|s| s.starts_with(&line)), "{line} in {said:?}");
        }
        // A table's field, at its line.
        let text = "name = 5\nhandle = \"a\"\nheadline = \"h\"\nsummary = \"s\"\n[skills]\ndata = [\"x\"]\nlanguages = \"E\"\n";
        let said: Vec<String> = parse_profile("p.toml", text).1.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(
            said[1].starts_with("p.toml:7:13: invalid profile: `skills.languages`: invalid type: string \"E\""),
            "{said:?}"
        );
        // Each of an array's tables, each of its fields.
        let text = "name = \"A\"\nhandle = \"a\"\nheadline = \"h\"\nsummary = \"s\"\n\
            [[profiles]]\nnetwork = 1\nusername = 2\n[[profiles]]\nnetwork = \"GitHub\"\nusername = 4\n";
        let said: Vec<String> = parse_profile("p.toml", text).1.iter().map(ToString::to_string).collect();
        let at: Vec<&str> = said.iter().map(|s| s.split(": invalid type").next().unwrap_or("")).collect();
        assert_eq!(
            at,
            [
                "p.toml:6:11: invalid profile: `profiles[0].network`",
                "p.toml:7:12: invalid profile: `profiles[0].username`",
                "p.toml:10:12: invalid profile: `profiles[1].username`"
            ],
            "{said:?}"
        );
        let (_, problems) = parse_profile("p.toml", "name = 5\nheadline = 6\n");
        let said: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        assert_eq!(said.len(), 4, "two of the wrong type, two missing: {said:?}");
        assert!(said.contains(&"invalid profile: missing field `handle`".to_owned()), "{said:?}");
    }

    /// Every field the profile must have and has not is a problem, beside a
    /// field's own error (`check` lists every problem; it listed the first).
    #[test]
    fn every_missing_field_is_said() {
        let (_, problems) = parse_profile("p.toml", "name = \"A\"\nhandle = 5\nheadline = \"h\"\n");
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(said[0].starts_with("p.toml:2:10: invalid profile: `handle`: invalid type: integer `5`"), "{said:?}");
        assert_eq!(said[1], "p.toml:1:1: invalid profile: missing field `summary`");
        let (_, problems) = parse_profile("p.toml", "name = \"A\"\n");
        let said: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        let missing = ["handle", "headline", "summary"].map(|key| format!("invalid profile: missing field `{key}`"));
        assert_eq!(said, missing, "each once");
    }
}
