//! The content model: items (projects and posts), the profile, and the corpus.

use serde::{Deserialize, Serialize};

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A project from the portfolio.
    Project,
    /// A blog post.
    Post,
}

impl Kind {
    /// The lowercase name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Project => "project",
            Kind::Post => "post",
        }
    }

    /// The folder of `content/` holding items of this kind.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Project => "projects",
            Kind::Post => "posts",
        }
    }
}

/// One project or post, with its front matter and Markdown body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Unique kebab-case identifier, taken from the file name.
    pub slug: String,
    /// Project or post.
    pub kind: Kind,
    /// Title, without the subtitle.
    pub title: String,
    /// The part of the site's "Name - Subtitle" after the dash.
    pub subtitle: Option<String>,
    /// The one-line description.
    pub summary: String,
    /// The domain slug (projects only).
    pub domain: Option<String>,
    /// Lowercase kebab-case tags.
    pub tags: Vec<String>,
    /// When the work happened, only where the portfolio states it.
    pub period: Option<String>,
    /// Whether the site features this item.
    pub featured: bool,
    /// Concrete achievements, one sentence each, that the body states
    /// (projects only; most have none).
    pub highlights: Vec<String>,
    /// Awards the text states for this project (projects only).
    pub awards: Vec<Award>,
    /// Position in the site's order, within its kind.
    pub order: u32,
    /// The Markdown body, byte for byte as in the source file.
    pub body: String,
    /// Where the item came from, for messages (e.g. `content/projects/blitz.md`).
    pub path: String,
}

impl Item {
    /// Whether the item carries `tag` (tags are stored lowercase).
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t.eq_ignore_ascii_case(tag))
    }

    /// The title followed by the subtitle, as the site shows it.
    pub fn full_title(&self) -> String {
        full_title(&self.title, self.subtitle.as_deref())
    }
}

/// A title followed by its subtitle, as the site shows them.
pub fn full_title(title: &str, subtitle: Option<&str>) -> String {
    match subtitle {
        Some(sub) => format!("{title} - {sub}"),
        None => title.to_owned(),
    }
}

/// The two ends of a period as written: "Feb 2025 – Present" gives
/// `("Feb 2025", Some("Present"))`. The ends are split at an en or em dash,
/// at a spaced hyphen ("2015 - 2017", as the site writes "Feb 2025 - Present")
/// or at a hyphen between two years ("2019-2021"); a period without one is a
/// single date ("2017") and has no end; a dash or hyphen with nothing
/// after it ("2024 –", "2024 -") is an end left empty: the period goes on.
pub fn period_ends(period: &str) -> (&str, Option<&str>) {
    let period = period.trim();
    let years = |a: &str, b: &str| [a, b].iter().all(|y| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit()));
    let split = period
        .split_once(['–', '—'])
        .or_else(|| period.split_once(" - "))
        .or_else(|| period.split_once('-').filter(|(a, b)| years(a, b)))
        // An open end after a hyphen, as after a dash ("2024 -", "2024 –").
        .or_else(|| period.strip_suffix('-').map(|start| (start, "")));
    match split {
        Some((start, end)) => (start.trim(), Some(end.trim())),
        None => (period, None),
    }
}

/// A date of a period as the portfolio writes it ("Feb 2025", "2025"), as
/// the standard writes it (`2025-02`, `2025`); `None` when it is not one.
pub fn date_of_words(text: &str) -> Option<String> {
    let mut words = text.split_whitespace();
    let (first, second) = (words.next()?, words.next());
    if words.next().is_some() {
        return None;
    }
    let date = match second {
        None => first.to_owned(),
        // A year of four digits: `Mar 2019-05` is no date.
        Some(year) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
            let month = MONTHS.iter().position(|m| first.len() >= 3 && m.starts_with(&first.to_lowercase()))?;
            format!("{year}-{:02}", month + 1)
        }
        Some(_) => return None,
    };
    super::parse::is_partial_date(&date).then_some(date)
}

/// Whether `period` reads as dates: a start date, and an end date not
/// before it or an end that says it goes on ("Present"), or a single date.
pub fn period_reads_as_dates(period: &str) -> bool {
    let (start, end) = period_ends(period);
    date_of_words(start).is_some()
        && end.is_none_or(|end| date_of_words(end).is_some() || period_is_ongoing(period))
        && !period_ends_before_it_starts(period)
}

/// Whether `period` is two dates, the second before the first ("Sep 2018 –
/// Feb 2016"; a year alone runs through the year: "2018 – Mar 2018" is not).
pub fn period_ends_before_it_starts(period: &str) -> bool {
    let (start, end) = period_ends(period);
    // (year, month, day) of a date the standard's way ("2018", "2018-09",
    // "2018-09-15"), what it leaves out being `least` (a start's) or `most` (an end's).
    let key = |date: &str, (month, day): (u32, u32)| {
        let mut parts = date.split('-').map(str::parse::<u32>);
        let year = parts.next()?.ok()?;
        let month = parts.next().map_or(Some(month), Result::ok)?;
        let day = parts.next().map_or(Some(day), Result::ok)?;
        Some((year, month, day))
    };
    let start = date_of_words(start).and_then(|d| key(&d, (1, 1)));
    let end = end.and_then(date_of_words).and_then(|d| key(&d, (12, 31)));
    matches!((start, end), (Some(start), Some(end)) if end < start)
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

/// Whether a period goes on: its end is "Present" (or "now", or left empty
/// after the dash). A single date ("2017") is over.
pub fn period_is_ongoing(period: &str) -> bool {
    period_ends(period).1.is_some_and(|end| {
        let end = end.to_lowercase();
        end.is_empty() || end == "present" || end == "now"
    })
}

/// An award, as the text states it (JSON Resume's `awards`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Award {
    /// What was won or granted, e.g. "Won Spawnfest 2017".
    pub title: String,
    /// Who gave it, where the text names it.
    #[serde(default)]
    pub awarder: Option<String>,
    /// When, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, only where the text states it.
    #[serde(default)]
    pub date: Option<String>,
}

/// Where the person is (`[location]` in `profile.toml`), as JSON Resume's `basics.location`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// City.
    #[serde(default)]
    pub city: Option<String>,
    /// Region, state or province.
    #[serde(default)]
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2 country code, e.g. `UA`.
    #[serde(default)]
    pub country_code: Option<String>,
}

impl Location {
    /// "City, Region, CC" from the parts given; empty when none is.
    pub fn line(&self) -> String {
        [&self.city, &self.region, &self.country_code]
            .into_iter()
            .filter_map(|p| p.as_deref().map(str::trim).filter(|p| !p.is_empty()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A profile on another site (`[[profiles]]` in `profile.toml`), as JSON Resume's `basics.profiles`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileLink {
    /// The site, e.g. `GitHub` (required: `dryga check` reports a profile without one).
    #[serde(default)]
    pub network: String,
    /// The user name there.
    #[serde(default)]
    pub username: Option<String>,
    /// The profile's address (http or https).
    #[serde(default)]
    pub url: Option<String>,
}

/// Skills grouped the way a résumé shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Skills {
    /// Programming languages.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Databases and data tooling.
    #[serde(default)]
    pub data: Vec<String>,
    /// Clouds, provisioning, delivery.
    #[serde(default)]
    pub infrastructure: Vec<String>,
    /// Metrics, logs, error tracking.
    #[serde(default)]
    pub observability: Vec<String>,
}

impl Skills {
    /// The groups in display order, with their names.
    pub fn groups(&self) -> [(&'static str, &[String]); 4] {
        [
            ("languages", &self.languages),
            ("data", &self.data),
            ("infrastructure", &self.infrastructure),
            ("observability", &self.observability),
        ]
    }
}

/// The person behind the portfolio (`content/profile.toml`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Full name.
    pub name: String,
    /// The site's handle.
    pub handle: String,
    /// One line saying what the person does.
    pub headline: String,
    /// A few sentences of summary.
    pub summary: String,
    /// Two or three sentences for one-screen views; empty means use `summary`.
    #[serde(default)]
    pub short: String,
    /// Key results, as the portfolio states them.
    #[serde(default)]
    pub highlights: Vec<String>,
    /// Skills by group.
    #[serde(default)]
    pub skills: Skills,
    /// E-mail address, only where the content states one.
    #[serde(default)]
    pub email: Option<String>,
    /// Personal site (http or https), only where the content states one.
    #[serde(default)]
    pub url: Option<String>,
    /// Phone number, in any format, only where the content states one.
    #[serde(default)]
    pub phone: Option<String>,
    /// Where the person is, only where the content states it.
    #[serde(default)]
    pub location: Option<Location>,
    /// Profiles on other sites.
    #[serde(default)]
    pub profiles: Vec<ProfileLink>,
}

impl Profile {
    /// Whether the profile states any way to reach the person.
    pub fn has_contact(&self) -> bool {
        self.email.is_some()
            || self.url.is_some()
            || self.phone.is_some()
            || self.location.as_ref().is_some_and(|l| !l.line().is_empty())
            || !self.profiles.is_empty()
    }

    /// The short summary, or the whole summary when there is no short one.
    pub fn short_summary(&self) -> &str {
        if self.short.trim().is_empty() { &self.summary } else { &self.short }
    }
}

/// Everything the portfolio holds: the profile, then projects and posts in site order.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The person.
    pub profile: Profile,
    /// Projects first, then posts, each in the site's order.
    pub items: Vec<Item>,
}

impl Corpus {
    /// Items of one kind, in site order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |i| i.kind == kind)
    }

    /// The item with this slug (case-insensitive).
    pub fn by_slug(&self, slug: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.slug.eq_ignore_ascii_case(slug))
    }

    /// Whether any item carries `tag` ([`Item::has_tag`]).
    pub fn has_tag(&self, tag: &str) -> bool {
        self.items.iter().any(|item| item.has_tag(tag))
    }

    /// Every tag with the number of items of each kind carrying it, sorted by name.
    pub fn tag_counts(&self) -> Vec<(String, usize, usize)> {
        let mut counts = std::collections::BTreeMap::<&str, (usize, usize)>::new();
        for item in &self.items {
            for tag in &item.tags {
                let entry = counts.entry(tag).or_default();
                match item.kind {
                    Kind::Project => entry.0 += 1,
                    Kind::Post => entry.1 += 1,
                }
            }
        }
        counts.into_iter().map(|(t, (p, q))| (t.to_owned(), p, q)).collect()
    }
}
