//! Parsing `profile.toml`: the person, with unknown fields as warnings, as in
//! item files.

use super::model::Profile;
use super::parse::{key_position, toml_problem};
use super::problem::{Problem, Severity};

/// The fields of `profile.toml`.
const PROFILE_FIELDS: &[&str] = &["name", "handle", "headline", "summary", "short", "highlights", "skills"];
/// The fields of its `[skills]` table.
const SKILL_FIELDS: &[&str] = &["languages", "data", "infrastructure", "observability"];

/// Removes the keys of `table` not in `known`, with a warning for each.
fn drop_unknown(table: &mut toml::Table, known: &[&str], section: &str, path: &str, text: &str) -> Vec<Problem> {
    let unknown: Vec<String> = table.keys().filter(|k| !known.contains(&k.as_str())).cloned().collect();
    unknown
        .into_iter()
        .map(|key| {
            table.remove(&key);
            let at = key_position(text, 0, text, &key);
            Problem::warning(path, at, format!("unknown field `{section}{key}` is ignored"))
        })
        .collect()
}

/// Parses `profile.toml`: the profile (if usable) and every problem.
pub fn parse_profile(path: &str, text: &str) -> (Option<Profile>, Vec<Problem>) {
    let invalid =
        |e: &toml::de::Error| toml_problem(path, text, 0, e).renamed("invalid front matter", "invalid profile");
    let mut table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => return (None, vec![invalid(&e)]),
    };
    let mut problems = drop_unknown(&mut table, PROFILE_FIELDS, "", path, text);
    if let Some(toml::Value::Table(skills)) = table.get_mut("skills") {
        problems.extend(drop_unknown(skills, SKILL_FIELDS, "skills.", path, text));
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
    let usable = problems.iter().all(|p| p.severity == Severity::Warning);
    (usable.then_some(profile), problems)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn a_profile_with_only_warnings_is_used() {
        let (profile, problems) =
            parse_profile("p.toml", "name = \"A\"\nhandle = \"a\"\nheadline = \"h\"\nsummary = \"s\"\nx = 1\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(profile.map(|p| p.name), Some("A".to_owned()));
    }

    #[test]
    fn bad_toml_is_an_invalid_profile() {
        let (profile, problems) = parse_profile("p.toml", "name = \n");
        assert!(profile.is_none());
        assert!(problems[0].message.starts_with("invalid profile"), "{:?}", problems[0]);
    }
}
