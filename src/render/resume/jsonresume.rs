//! The résumé as a JSON Resume document (<https://jsonresume.org/schema>): serde
//! types that follow the standard, so that the output cannot take a shape it lacks.
//!
//! Only what the portfolio states is filled in: no e-mail, URL, location,
//! position or date beyond the periods the content gives. Absent fields are
//! left out, never written as empty strings: [`Text`] cannot be empty and
//! [`Date`] can only hold a date in the standard's format.

use serde::Serialize;

use crate::content::Item;
use crate::error::Result;
use crate::query::resume::{Body, Resume};
use crate::render::json;

/// A JSON Resume document: the standard's top-level fields that the portfolio can fill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    /// Who the résumé is about.
    pub basics: Basics,
    /// Jobs: projects with a period.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub work: Vec<Work>,
    /// Every other project.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<Project>,
    /// The blog posts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<Publication>,
    /// Skills by group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
}

/// The standard's `basics`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Basics {
    /// Full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// One line saying what the person does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// A short biography.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
}

/// One entry of the standard's `work`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Work {
    /// The company or product.
    pub name: Text,
    /// What it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// When the work started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// When it ended; absent while it goes on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    /// An overview of the work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    /// Accomplishments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<Text>,
}

/// One entry of the standard's `projects`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Project {
    /// The project's name.
    pub name: Text,
    /// A short summary of the project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Accomplishments.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub highlights: Vec<Text>,
    /// Technologies and topics: the project's tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<Text>,
    /// When the project started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// When it ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
}

/// One entry of the standard's `publications`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Publication {
    /// The title.
    pub name: Text,
    /// A short summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
}

/// One entry of the standard's `skills`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skill {
    /// The group's name.
    pub name: Text,
    /// The skills in the group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<Text>,
}

/// A string with something in it: the standard's fields hold values, never "".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text(String);

impl Text {
    /// The trimmed text, or `None` when there is none.
    pub fn new(text: &str) -> Option<Self> {
        let text = text.trim();
        (!text.is_empty()).then(|| Text(text.to_owned()))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A date as the standard writes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Date(String);

impl Date {
    /// Checks a date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1000 to 2999,
    /// as the standard's pattern allows).
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('-');
        let year = parts.next()?;
        let ok = year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && matches!(year.as_bytes()[0], b'1' | b'2')
            && parts.next().is_none_or(|m| in_range(m, 12) && parts.next().is_none_or(|d| in_range(d, 31)))
            && parts.next().is_none();
        ok.then(|| Date(text.to_owned()))
    }

    /// A date from a period's end as the portfolio writes it: "Feb 2025" or "2025".
    pub fn from_words(text: &str) -> Option<Self> {
        let mut words = text.split_whitespace();
        let (first, second) = (words.next()?, words.next());
        if words.next().is_some() {
            return None;
        }
        match second {
            None => Date::parse(first),
            Some(year) => {
                let month = MONTHS.iter().position(|m| first.len() >= 3 && m.starts_with(&first.to_lowercase()))?;
                Date::parse(&format!("{year}-{:02}", month + 1))
            }
        }
    }

    /// The start and end of a period such as "Feb 2025 – Present": an end that is
    /// not a date (the work goes on) is `None`.
    pub fn from_period(period: &str) -> (Option<Self>, Option<Self>) {
        let mut ends = period.splitn(2, ['–', '—']).map(str::trim);
        let start = ends.next().and_then(Date::from_words);
        let end = ends.next().and_then(Date::from_words);
        (start, end)
    }

    /// The date as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// English month names, for periods.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether `s` is a two-digit number from 1 to `max`.
fn in_range(s: &str, max: u8) -> bool {
    s.len() == 2 && s.parse::<u8>().is_ok_and(|n| (1..=max).contains(&n))
}

/// Whether `text` names `title` as a whole word.
fn names(text: &str, title: &str) -> bool {
    text.match_indices(title).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + title.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn texts<S: AsRef<str>>(list: &[S]) -> Vec<Text> {
    list.iter().filter_map(|s| Text::new(s.as_ref())).collect()
}

impl Document {
    /// Builds the document. Projects with a period are `work`, the others
    /// `projects`. Each key result goes to the project it names; the ones that
    /// name none go to the work entry, when there is exactly one (at Blitz, the
    /// profile's figures are its own).
    pub fn new(resume: &Resume<'_>) -> Self {
        let profile = resume.profile;
        let projects: Vec<&Item> = resume.projects().collect();
        let (dated, undated): (Vec<&Item>, Vec<&Item>) = projects.iter().partition(|i| i.period.is_some());
        let highlights_of = |item: &Item| -> Vec<Text> {
            let owned = profile.highlights.iter().filter(|h| {
                let named: Vec<&&Item> = projects.iter().filter(|p| names(h, &p.title)).collect();
                if named.is_empty() {
                    dated.len() == 1 && dated[0].slug == item.slug
                } else {
                    named[0].slug == item.slug
                }
            });
            owned.filter_map(|h| Text::new(h)).collect()
        };
        let work = dated
            .iter()
            .filter_map(|item| {
                let (start_date, end_date) = item.period.as_deref().map(Date::from_period).unwrap_or_default();
                Some(Work {
                    name: Text::new(&item.title)?,
                    description: item.subtitle.as_deref().and_then(Text::new),
                    start_date,
                    end_date,
                    summary: Text::new(&item.summary),
                    highlights: highlights_of(item),
                })
            })
            .collect();
        let projects = undated
            .iter()
            .filter_map(|item| {
                Some(Project {
                    name: Text::new(&item.full_title())?,
                    description: Text::new(&item.summary),
                    highlights: highlights_of(item),
                    keywords: texts(&item.tags),
                    start_date: None,
                    end_date: None,
                })
            })
            .collect();
        let mut publications = Vec::new();
        let mut skills = Vec::new();
        for section in &resume.sections {
            match &section.body {
                Body::Writing(posts) => publications.extend(posts.iter().filter_map(|post| {
                    Some(Publication { name: Text::new(&post.title)?, summary: Text::new(&post.summary) })
                })),
                Body::Skills(groups) => skills.extend(
                    groups
                        .iter()
                        .filter_map(|(label, list)| Some(Skill { name: Text::new(label)?, keywords: texts(list) })),
                ),
                Body::Results(_) | Body::Projects { .. } => {}
            }
        }
        Document {
            basics: Basics {
                name: Text::new(&profile.name),
                label: Text::new(&profile.headline),
                summary: Text::new(&profile.summary),
            },
            work,
            projects,
            publications,
            skills,
        }
    }
}

/// Renders the résumé as a pretty-printed JSON Resume document.
pub fn render(resume: &Resume<'_>) -> Result<String> {
    json::document(&Document::new(resume))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use serde_json::Value;

    /// The standard's top-level fields (schema.json, `properties`).
    const STANDARD_FIELDS: [&str; 14] = [
        "$schema",
        "basics",
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
        "meta",
    ];

    /// The fields the standard types as dates.
    const DATE_FIELDS: [&str; 4] = ["startDate", "endDate", "releaseDate", "date"];

    fn document() -> Value {
        let c = content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        serde_json::from_str(&render(&Resume::new(&c)).expect("serialises")).expect("valid JSON")
    }

    fn walk(value: &Value, key: &str, check: &mut impl FnMut(&str, &Value)) {
        check(key, value);
        match value {
            Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, k, check)),
            Value::Array(list) => list.iter().for_each(|v| walk(v, key, check)),
            _ => {}
        }
    }

    #[test]
    fn dates_follow_the_standard() {
        for good in ["2025", "2025-02", "2025-02-28", "1999-12-01"] {
            assert_eq!(Date::parse(good).as_ref().map(Date::as_str), Some(good));
        }
        for bad in ["", "25", "3025", "2025-2", "2025-13", "2025-00", "2025-02-32", "2025-02-01-01", "Feb 2025"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::from_words("Feb 2025"), Date::parse("2025-02"));
        assert_eq!(Date::from_words("september 2019"), Date::parse("2019-09"));
        assert_eq!(Date::from_words("Present"), None);
        assert_eq!(Date::from_words("Fe 2025"), None);
        assert_eq!(Date::from_period("Feb 2025 – Present"), (Date::parse("2025-02"), None));
        assert_eq!(Date::from_period("2017 – 2019"), (Date::parse("2017"), Date::parse("2019")));
    }

    #[test]
    fn text_is_never_empty() {
        assert_eq!(Text::new(""), None);
        assert_eq!(Text::new(" \n "), None);
        assert_eq!(Text::new(" a ").as_ref().map(Text::as_str), Some("a"));
    }

    #[test]
    fn the_document_keeps_to_the_standard() {
        let doc = document();
        let top = doc.as_object().expect("an object");
        for key in top.keys() {
            assert!(STANDARD_FIELDS.contains(&key.as_str()), "{key} is not a JSON Resume field");
        }
        let pattern = regex::Regex::new(r"^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$").expect("regex");
        walk(&doc, "", &mut |key, value| match value {
            Value::String(s) => {
                assert!(!s.trim().is_empty(), "empty {key}");
                if DATE_FIELDS.contains(&key) {
                    assert!(pattern.is_match(s), "{key}: {s}");
                }
            }
            Value::Null => panic!("{key} is null: absent fields are left out"),
            Value::Array(a) => assert!(!a.is_empty(), "empty {key}"),
            _ => {}
        });
    }

    #[test]
    fn blitz_is_the_work_with_its_start_and_figures() {
        let doc = document();
        let work = doc["work"].as_array().expect("work");
        assert_eq!(work.len(), 1);
        assert_eq!(work[0]["name"], "Blitz");
        assert_eq!(work[0]["startDate"], "2025-02");
        assert!(work[0].get("endDate").is_none());
        let highlights = work[0]["highlights"].as_array().expect("highlights");
        assert!(highlights.iter().any(|h| h.as_str().is_some_and(|h| h.contains("91%"))));
        assert!(highlights.iter().all(|h| h.as_str().is_some_and(|h| !h.contains("eHealth"))));
        let projects = doc["projects"].as_array().expect("projects");
        assert_eq!(projects.len(), 29);
        let ehealth = projects.iter().find(|p| p["name"].as_str().is_some_and(|n| n.starts_with("eHealth")));
        assert!(ehealth.is_some_and(|p| p["highlights"].as_array().is_some_and(|h| h.len() == 1)));
        assert!(projects.iter().all(|p| p["keywords"].as_array().is_some_and(|k| !k.is_empty())));
        assert_eq!(doc["publications"].as_array().map(Vec::len), Some(8));
        for absent in ["email", "url", "phone", "location", "profiles", "image"] {
            assert!(doc["basics"].get(absent).is_none(), "{absent} is not in the portfolio");
        }
    }

    #[test]
    fn names_matches_whole_words() {
        assert!(names("at Blitz", "Blitz"));
        assert!(names("Blitz: ok", "Blitz"));
        assert!(!names("management", "Man"));
        assert!(!names("Sagas", "Sage"));
    }
}
