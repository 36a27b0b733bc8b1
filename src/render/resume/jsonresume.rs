//! The résumé as a JSON Resume document (<https://jsonresume.org/schema>): serde
//! types that follow the standard, so that the output cannot take a shape it lacks.
//!
//! Only what the portfolio states is filled in: contact details only where the
//! profile gives them, no position or date beyond the periods the content
//! gives. Absent fields are left out, never written as `null` or empty
//! strings ([`Text`] cannot be empty, [`Date`] holds only the standard's
//! dates), except `basics.location` and `basics.profiles`, always present
//! (empty when nothing is stated) because common themes need them.

use serde::Serialize;

use super::first_sentence;
use crate::content::{Item, labels, period_ends};
use crate::error::Result;
use crate::query::resume::{Body, Entry, KeyResult, Resume, repeats};
use crate::render::json;

/// A JSON Resume document: the standard's top-level fields that the portfolio can fill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Who the résumé is about.
    pub basics: Basics,
    /// Jobs: projects with a period.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub work: Vec<Work>,
    /// Every other project (tailored: most relevant first).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<Project>,
    /// Awards the projects state.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Award>,
    /// The blog posts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub publications: Vec<Publication>,
    /// Skills by group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<Skill>,
    /// Tailored: how the job description is covered (the standard's `meta`
    /// takes any tooling data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
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
    /// E-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Text>,
    /// Phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Text>,
    /// Personal site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
    /// A short biography.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    /// Where the person is; always present, empty when the content states nothing.
    pub location: Location,
    /// Profiles on other sites; always present, empty when the content states none.
    pub profiles: Vec<SocialProfile>,
}

/// The standard's `basics.location`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// City.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<Text>,
    /// Region, state or province.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<Text>,
    /// ISO 3166-1 alpha-2 code (checked by `dryga check`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country_code: Option<Text>,
}

/// One entry of the standard's `basics.profiles`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SocialProfile {
    /// The site (always present: themes read it).
    pub network: String,
    /// The user name there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<Text>,
    /// The profile's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Text>,
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
    /// Accomplishments: its key results, then its concrete achievements,
    /// none repeating the summary.
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
    /// Technologies and topics: the project's tags as people write them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<Text>,
    /// When the project started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// When it ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
}

/// One entry of the standard's `awards`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Award {
    /// What was won or granted.
    pub title: Text,
    /// When, only where the text states it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who gave it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub awarder: Option<Text>,
    /// For which project.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
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

/// The standard's `meta`, for a tailored résumé.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Meta {
    /// How the job description is covered.
    pub tailoring: TailoringMeta,
}

/// How the job description is covered: the terms found (claimed), only
/// mentioned and not found, and what each project matched, in the order of
/// `projects`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TailoringMeta {
    /// The description's significant terms the portfolio claims: a
    /// project's or post's tag or domain, or the profile, names them.
    pub found: Vec<String>,
    /// Those only the text of projects and posts names: mentions, not claims.
    pub mentioned_only: Vec<String>,
    /// Those nothing in the portfolio names.
    pub not_found: Vec<String>,
    /// Each project that matched a term, in its tags, domain or text, with
    /// its relevance and the terms it claims and only mentions.
    pub projects: Vec<Matched>,
}

/// A project's match with the job description.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Matched {
    /// The project's name, as in `projects` (or `work`).
    pub name: String,
    /// Its relevance (BM25F over all its text, as `dryga search` scores).
    pub score: f64,
    /// The job's terms it claims (its tags and domain name them).
    pub terms: Vec<String>,
    /// The job's terms only its text names.
    pub mentioned_only: Vec<String>,
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
    /// as the standard's pattern allows): the check `dryga check` makes.
    pub fn parse(text: &str) -> Option<Self> {
        crate::content::parse::is_partial_date(text).then(|| Date(text.to_owned()))
    }

    /// A date from a period's end as the portfolio writes it: "Feb 2025" or "2025".
    pub fn from_words(text: &str) -> Option<Self> {
        crate::content::date_of_words(text).map(Date)
    }

    /// The start and end of a period such as "Feb 2025 – Present": an end that is
    /// not a date (the work goes on) is `None`; a single date ("2017") is both.
    /// A period that does not read as dates (`dryga check` warns) has neither:
    /// half of one ("2019 – TBD") would read as work that goes on.
    pub fn from_period(period: &str) -> (Option<Self>, Option<Self>) {
        if !crate::content::period_reads_as_dates(period) {
            return (None, None);
        }
        let (start, end) = period_ends(period);
        let start = Date::from_words(start);
        let end = match end {
            Some(end) => Date::from_words(end),
            None => start.clone(),
        };
        (start, end)
    }

    /// The date as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn texts<S: AsRef<str>>(list: &[S]) -> Vec<Text> {
    list.iter().filter_map(|s| Text::new(s.as_ref())).collect()
}

/// The highlights of a project: its key results, then its achievements,
/// leaving out any that repeats its summary.
fn highlights(item: &Item, results: &[KeyResult<'_>]) -> Vec<Text> {
    // Under the project's own name, "… at Blitz" would say it twice: the
    // result as stated, its ending "at Blitz" (when it has one) dropped.
    let at = format!(" at {}", item.title);
    let own = results.iter().filter(|r| r.project.is_some_and(|p| p.slug == item.slug)).map(|r| {
        let text = r.text.trim_end();
        let (stem, stop) = text.strip_suffix('.').map_or((text, ""), |stem| (stem, "."));
        match stem.strip_suffix(&at).filter(|s| !s.trim().is_empty()) {
            Some(stem) => format!("{stem}{stop}"),
            None => text.to_owned(),
        }
    });
    own.chain(item.highlights.iter().cloned())
        .filter(|h| !repeats(h, &item.summary))
        .filter_map(|h| Text::new(&h))
        .collect()
}

impl Document {
    /// Builds the document. Projects with a period are `work`, the others
    /// `projects` (in the résumé's order, so tailored by relevance). Each key
    /// result goes to the project the résumé attributes it to.
    pub fn new(resume: &Resume<'_>) -> Self {
        let results = resume.key_results();
        let entries: Vec<&Entry<'_>> = resume.projects().collect();
        let (dated, mut undated): (Vec<&Entry<'_>>, Vec<&Entry<'_>>) =
            entries.iter().partition(|e| e.item.period.is_some());
        if resume.tailored() {
            undated.sort_by(|a, b| b.score.total_cmp(&a.score));
        }
        let work = dated.iter().filter_map(|e| work(e.item, results)).collect();
        let projects = undated
            .iter()
            .filter_map(|e| {
                let item = e.item;
                let keywords: Vec<String> = item.tags.iter().map(|t| labels::label(t).into_owned()).collect();
                Some(Project {
                    name: Text::new(&item.full_title())?,
                    description: Text::new(&item.summary),
                    highlights: highlights(item, results),
                    keywords: texts(&keywords),
                    start_date: None,
                    end_date: None,
                })
            })
            .collect();
        let awards = entries.iter().flat_map(|e| awards(e.item)).collect();
        let mut publications = Vec::new();
        let mut skills = Vec::new();
        for section in &resume.sections {
            match &section.body {
                Body::Writing(posts) => publications.extend(posts.iter().filter_map(|post| {
                    Some(Publication { name: Text::new(&post.title)?, summary: Text::new(&post.summary) })
                })),
                Body::Skills(groups) => skills.extend(groups.iter().filter_map(|g| {
                    let names: Vec<&str> = g.skills.iter().map(|s| s.name.as_ref()).collect();
                    Some(Skill { name: Text::new(g.label)?, keywords: texts(&names) })
                })),
                Body::Results(_) | Body::Projects { .. } => {}
            }
        }
        let meta = resume.fit.as_ref().map(|fit| {
            let matched = dated.iter().chain(&undated).filter(|e| !e.matched.is_empty() || !e.mentioned.is_empty());
            let projects = matched
                .map(|e| Matched {
                    name: if e.item.period.is_some() { e.item.title.clone() } else { e.item.full_title() },
                    score: e.score,
                    terms: e.matched.clone(),
                    mentioned_only: e.mentioned.clone(),
                })
                .collect();
            Meta {
                tailoring: TailoringMeta {
                    found: fit.found.clone(),
                    mentioned_only: fit.mentioned.clone(),
                    not_found: fit.missing.clone(),
                    projects,
                },
            }
        });
        Document { basics: basics(resume.profile), work, projects, awards, publications, skills, meta }
    }
}

/// The standard's `basics` from the profile: contact details only where stated.
fn basics(profile: &crate::content::Profile) -> Basics {
    let text = |s: &Option<String>| s.as_deref().and_then(Text::new);
    let location = profile.location.as_ref().map_or_else(Location::default, |l| Location {
        city: text(&l.city),
        region: text(&l.region),
        country_code: text(&l.country_code),
    });
    let profiles = profile
        .profiles
        .iter()
        .map(|p| SocialProfile { network: p.network.trim().to_owned(), username: text(&p.username), url: text(&p.url) })
        .collect();
    Basics {
        name: Text::new(&profile.name),
        label: Text::new(&profile.headline),
        email: text(&profile.email),
        phone: text(&profile.phone),
        url: text(&profile.url),
        summary: Text::new(&profile.summary),
        location,
        profiles,
    }
}

/// A project with a period as the standard's `work`: no `position`, since
/// the portfolio states none.
fn work(item: &Item, results: &[KeyResult<'_>]) -> Option<Work> {
    let (start_date, end_date) = item.period.as_deref().map(Date::from_period).unwrap_or_default();
    Some(Work {
        name: Text::new(&item.title)?,
        description: item.subtitle.as_deref().and_then(Text::new),
        start_date,
        end_date,
        summary: Text::new(&item.summary),
        highlights: highlights(item, results),
    })
}

/// A project's awards, each for that project. A date of a year alone is
/// left out where the title states that year ("Won Spawnfest 2017"):
/// common themes read `2017` as "Jan 01, 2017", a day the text never gives.
/// Where the title does not state it, the year is kept: nothing else says it.
fn awards(item: &Item) -> Vec<Award> {
    item.awards
        .iter()
        .filter_map(|a| {
            Some(Award {
                title: Text::new(&a.title)?,
                date: a.date.as_deref().filter(|d| d.contains('-') || !a.title.contains(d)).and_then(Date::parse),
                awarder: a.awarder.as_deref().and_then(Text::new),
                summary: Text::new(&format!("{} — {}", item.title, first_sentence(&item.summary))),
            })
        })
        .collect()
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
        serde_json::from_str(&render(&Resume::new(&c, None)).expect("serialises")).expect("valid JSON")
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
        // As the site writes Blitz's ("Feb 2025 - Present"), and as people write years.
        assert_eq!(Date::from_period("Feb 2025 - Present"), (Date::parse("2025-02"), None));
        assert_eq!(Date::from_period("2015 - 2017"), (Date::parse("2015"), Date::parse("2017")));
        assert_eq!(Date::from_period("2019-2021"), (Date::parse("2019"), Date::parse("2021")));
        assert_eq!(Date::from_period("2019-02"), (Date::parse("2019-02"), Date::parse("2019-02")));
        // A single date is over: no theme may print it as "2017 – Present".
        assert_eq!(Date::from_period("2017"), (Date::parse("2017"), Date::parse("2017")));
        // Half a period, or one that ends before it starts: no dates at all.
        for period in ["2019 – TBD", "circa 2015 - 2017", "Sep 2018 – Feb 2016"] {
            assert_eq!(Date::from_period(period), (None, None), "{period}");
        }
    }

    #[test]
    fn text_is_never_empty() {
        assert_eq!(Text::new(""), None);
        assert_eq!(Text::new(" \n "), None);
        assert_eq!(Text::new(" a ").as_ref().map(Text::as_str), Some("a"));
    }

    #[test]
    fn the_document_keeps_to_the_standard_and_never_writes_null() {
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
            // Only `profiles` is there even when empty: themes read it.
            Value::Array(a) => assert!(!a.is_empty() || key == "profiles", "empty {key}"),
            Value::Object(o) => assert!(!o.is_empty() || key == "location", "empty {key}"),
            _ => {}
        });
        // Themes need these two, even when the portfolio states nothing.
        assert_eq!(doc["basics"]["location"], serde_json::json!({}));
        assert_eq!(doc["basics"]["profiles"], serde_json::json!([]));
        for absent in ["email", "url", "phone", "image"] {
            assert!(doc["basics"].get(absent).is_none(), "{absent} is not in the portfolio");
        }
    }

    #[test]
    fn blitz_is_the_work_with_its_results_and_achievements_never_its_summary() {
        let doc = document();
        let work = doc["work"].as_array().expect("work");
        assert_eq!(work.len(), 1);
        assert_eq!(work[0]["name"], "Blitz");
        assert_eq!(work[0]["startDate"], "2025-02");
        assert!(work[0].get("endDate").is_none() && work[0].get("position").is_none());
        let summary = work[0]["summary"].as_str().expect("summary");
        let highlights: Vec<&str> =
            work[0]["highlights"].as_array().expect("highlights").iter().filter_map(Value::as_str).collect();
        // Under Blitz's own name, without "at Blitz" (a theme shows the name above them).
        assert!(highlights.contains(&"Cut cloud spend from ~$220k/month to ~$20k/month (91% reduction)"));
        assert!(highlights.contains(&"P99 latency for data requests dropped to <100ms"));
        assert!(highlights.iter().all(|h| !h.ends_with(" at Blitz")), "{highlights:?}");
        assert!(highlights.iter().any(|h| h.starts_with("Rebuilt the data caching layer with DuckDB")));
        assert!(
            highlights.iter().all(|h| !h.contains("eHealth") && !summary.contains(h.trim_end_matches(" at Blitz")))
        );
        assert!(highlights.len() >= 15, "{}", highlights.len());
    }

    #[test]
    fn projects_awards_and_keywords_as_people_write_them() {
        let doc = document();
        let projects = doc["projects"].as_array().expect("projects");
        assert_eq!(projects.len(), 29);
        let keywords = |name: &str| -> Vec<String> {
            let p = projects.iter().find(|p| p["name"].as_str().is_some_and(|n| n.starts_with(name))).expect(name);
            p["keywords"].as_array().expect("keywords").iter().filter_map(|k| k.as_str().map(str::to_owned)).collect()
        };
        assert!(keywords("Firezone").contains(&"GCP".to_owned()));
        assert!(keywords("ECommPay").contains(&"iOS".to_owned()));
        assert!(keywords("L15").contains(&"night club".to_owned()));
        let awards = doc["awards"].as_array().expect("awards");
        let titles: Vec<&str> = awards.iter().filter_map(|a| a["title"].as_str()).collect();
        assert_eq!(titles, ["Won Spawnfest 2017", "Accepted into Google Summer of Code"]);
        // The year is in the title; themes would print a bare year as January 1st.
        assert!(awards.iter().all(|a| a.get("date").is_none()));
        assert_eq!(awards[0]["awarder"], "Spawnfest");
        let skills = doc["skills"].as_array().expect("skills");
        let all: Vec<&str> = skills
            .iter()
            .flat_map(|s| s["keywords"].as_array().into_iter().flatten())
            .filter_map(Value::as_str)
            .collect();
        for technology in ["Elixir", "PostgreSQL", "Oban", "Ecto", "Terraform", "VictoriaMetrics"] {
            assert!(all.contains(&technology), "{technology} missing from skills");
        }
        // What a project mentions is its keyword (ECommPay's iOS, above), not
        // a skill claimed; nor what Blitz migrated away from.
        for mentioned in ["CircleCI", "Mimir", "Cloud Run", "Spark", "iOS"] {
            assert!(!all.contains(&mentioned), "{mentioned} claimed as a skill");
        }
        assert_eq!(doc["publications"].as_array().map(Vec::len), Some(8));
    }

    #[test]
    fn tailored_meta_tells_what_a_project_claims_from_what_its_text_mentions() {
        let c = content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        let tailored = |description: &str| -> Value {
            let job = crate::query::tailor::Job::read(description, &c).expect("words");
            let t = crate::query::tailor::Tailoring::new(&c, job);
            let json = render(&Resume::new(&c, Some(&t))).expect("serialises");
            serde_json::from_str::<Value>(&json).expect("valid JSON")["meta"]["tailoring"].clone()
        };
        let meta = tailored("Rust, Kubernetes, React and PostgreSQL");
        assert_eq!(meta["found"], serde_json::json!(["Kubernetes", "PostgreSQL"]));
        assert_eq!(meta["mentionedOnly"], serde_json::json!(["Rust", "React"]));
        assert_eq!(meta["notFound"], serde_json::json!([]));
        let blitz = &meta["projects"][0];
        assert_eq!(blitz["name"], "Blitz");
        assert_eq!(blitz["terms"], serde_json::json!(["Kubernetes", "PostgreSQL"]));
        assert_eq!(blitz["mentionedOnly"], serde_json::json!(["Rust", "React"]));
        // A project only its text ties to the job is listed, claiming nothing:
        // Blitz's summary names its backends, no tag of it does.
        let meta = tailored("A backend engineer");
        let blitz = &meta["projects"][0];
        assert_eq!((&blitz["name"], &blitz["terms"]), (&Value::from("Blitz"), &serde_json::json!([])));
        assert_eq!(blitz["mentionedOnly"], serde_json::json!(["backend"]));
    }
}
