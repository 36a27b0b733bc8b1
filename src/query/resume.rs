//! The résumé as a question asked of the content: which sections it has, in
//! which order, and what each holds. Defined once here; every format walks
//! [`Resume::sections`].
//!
//! The headings say what the portfolio says: a project with a period that
//! goes on is the current role (only Blitz has a period); projects the text
//! calls open source are "Open source"; other libraries and tools are
//! "Libraries and tools"; everything else is "Projects". Each key result
//! names its project. Tailored to a job ([`Tailoring`]), entries come by
//! relevance (read in all their text) and carry what they matched: what they
//! claim (their tags and domain), never a word only their text mentions.

use std::borrow::Cow;

use crate::content::{Corpus, Item, Kind, Profile, domain, period_is_ongoing};
use crate::query::search::{may_have_term, term, tokens, words_around};
use crate::query::tailor::Tailoring;

/// The domain of libraries and developer tools: set apart from the projects.
pub const TOOLING_DOMAIN: &str = domain::DEVELOPER_TOOLS;

/// The tag of projects the text calls open source.
pub const OPEN_SOURCE_TAG: &str = "open-source";

/// A key result and the project it belongs to.
#[derive(Debug, Clone)]
pub struct KeyResult<'a> {
    /// The result, as the profile states it.
    pub text: &'a str,
    /// The project it is about (see [`attribute`]).
    pub project: Option<&'a Item>,
    /// Tailored: the job's terms it names.
    pub matched: Vec<String>,
}

impl KeyResult<'_> {
    /// Whether the result only repeats its project's summary (then a view
    /// that shows the summary need not show it).
    pub fn repeats_its_project(&self) -> bool {
        self.project.is_some_and(|p| repeats(self.text, &p.summary))
    }

    /// The result naming its project: "… at Blitz", unless the text already names it.
    pub fn line(&self) -> Cow<'_, str> {
        match self.project {
            Some(p) if !names(self.text, &p.title) => {
                let text = self.text.trim_end();
                match text.strip_suffix('.') {
                    Some(stem) => Cow::Owned(format!("{stem} at {}.", p.title)),
                    None => Cow::Owned(format!("{text} at {}", p.title)),
                }
            }
            _ => Cow::Borrowed(self.text),
        }
    }
}

/// A project in a section.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// The project.
    pub item: &'a Item,
    /// Tailored: how relevant it is to the job (0 when it matches nothing).
    pub score: f64,
    /// Tailored: the job's terms it claims (its tags and domain name them),
    /// in the job's order.
    pub matched: Vec<String>,
    /// Tailored: the job's terms only its text names (title, summary,
    /// achievements, body), in the job's order: mentions, not claims.
    pub mentioned: Vec<String>,
}

/// A skill, and whether the job names it.
#[derive(Debug, Clone)]
pub struct Skill<'a> {
    /// The skill as people write it.
    pub name: Cow<'a, str>,
    /// Tailored: whether the job names it.
    pub matched: bool,
}

/// A group of skills with its heading.
#[derive(Debug, Clone)]
pub struct SkillGroup<'a> {
    /// The group's name.
    pub label: &'static str,
    /// Its skills.
    pub skills: Vec<Skill<'a>>,
}

/// What a section holds.
#[derive(Debug, Clone)]
pub enum Body<'a> {
    /// Key results, as the profile states them, each with its project.
    Results(Vec<KeyResult<'a>>),
    /// Projects in the site's order (tailored: by relevance); `with_domain`
    /// unless they all share one domain.
    Projects {
        /// The projects.
        entries: Vec<Entry<'a>>,
        /// Whether each entry names its domain.
        with_domain: bool,
    },
    /// Skill groups.
    Skills(Vec<SkillGroup<'a>>),
    /// Blog posts in the site's order.
    Writing(Vec<&'a Item>),
}

/// One section of the résumé.
#[derive(Debug, Clone)]
pub struct Section<'a> {
    /// A stable identifier (HTML ids, the text view's limits).
    pub id: &'static str,
    /// The heading.
    pub title: &'static str,
    /// What it holds; never empty.
    pub body: Body<'a>,
}

/// How a job description is covered, for a tailored résumé.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fit {
    /// The description's significant terms the portfolio claims (an item's
    /// tag or domain, or the profile, names it), in its order.
    pub found: Vec<String>,
    /// Those only the text of items names: mentions, not claims.
    pub mentioned: Vec<String>,
    /// Those nothing in the portfolio names.
    pub missing: Vec<String>,
    /// The description's file as the user gave it (`-`: standard input, or
    /// a pipe, which cannot be read again), for the commands a view names;
    /// `None` when not known.
    pub file: Option<String>,
}

impl Fit {
    /// The coverage as the lines a view ends with, each a label and its
    /// text: "Found in the portfolio" (the terms claimed), "Mentioned only"
    /// (when some term is only in the text of items), "Not in the
    /// portfolio". They speak only of the terms recognized: a
    /// description's other words (`Tokio`, a company) were not looked for,
    /// so no line says it names nothing or all is found.
    pub fn lines(&self) -> Vec<(&'static str, String)> {
        let mut lines = vec![(FOUND, self.found_text())];
        if !self.mentioned.is_empty() {
            lines.push((MENTIONED, format!("{} {MENTIONED_ONLY}", self.mentioned.join(", "))));
        }
        lines.push((MISSING, self.missing_text()));
        lines
    }

    /// What follows "Found in the portfolio:".
    fn found_text(&self) -> String {
        match (self.found.is_empty(), self.mentioned.is_empty() && self.missing.is_empty()) {
            (true, true) => "nothing to look for: no technology or field of work recognized".to_owned(),
            (true, false) => "none of the technologies and fields recognized".to_owned(),
            (false, _) => self.found.join(", "),
        }
    }

    /// What follows "Not in the portfolio:".
    fn missing_text(&self) -> String {
        if !self.missing.is_empty() {
            return self.missing.join(", ");
        }
        let every = "nothing: every technology and field recognized is";
        match (self.found.is_empty(), self.mentioned.is_empty()) {
            (true, true) => "nothing".to_owned(),
            (false, true) => format!("{every} found"),
            (true, false) => format!("{every} mentioned"),
            (false, false) => format!("{every} found or mentioned"),
        }
    }
}

/// The label of the terms the portfolio claims.
pub const FOUND: &str = "Found in the portfolio";

/// The label of the terms only the text of items names.
pub const MENTIONED: &str = "Mentioned only";

/// What the "Mentioned only" terms are, after them: named in some text, but
/// listed by no tag, domain or profile. Said without denying them: a text
/// may name what someone else chose or what was removed (Blitz's Rust), or
/// work no tag lists (the CDN migration Blitz's case study tells of).
const MENTIONED_ONLY: &str = "(in the text, not listed as used)";

/// The label of the terms nothing in the portfolio names.
pub const MISSING: &str = "Not in the portfolio";

/// The résumé: the person, then its sections in order.
#[derive(Debug, Clone)]
pub struct Resume<'a> {
    /// The person.
    pub profile: &'a Profile,
    /// Key results, current role, open source, projects, libraries and
    /// tools, skills, writing: the ones that have something in them.
    pub sections: Vec<Section<'a>>,
    /// Tailored: how the job description is covered.
    pub fit: Option<Fit>,
}

/// Whether `text` names `title` as a whole word.
pub fn names(text: &str, title: &str) -> bool {
    !title.is_empty()
        && text.match_indices(title).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + title.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// The figures of a text: words with a digit (`~$220k/month` gives `220k`, `91`).
fn figures(text: &str) -> Vec<&str> {
    tokens(text).map(|(_, w)| w).filter(|w| w.bytes().any(|b| b.is_ascii_digit())).collect()
}

/// Whether `result` repeats `text`: three in four of its words are there
/// (after stemming; counting the words of four letters or more, and every
/// figure).
pub fn repeats(result: &str, text: &str) -> bool {
    let counted = |w: &&str| w.chars().count() > 3 || w.bytes().any(|b| b.is_ascii_digit());
    let ours: Vec<Cow<'_, str>> = tokens(result).map(|(_, w)| w).filter(counted).map(term).collect();
    if ours.is_empty() {
        return false;
    }
    // Their words are stemmed only when they may have one of our terms.
    let theirs: Vec<&str> = tokens(text).map(|(_, w)| w).collect();
    let shared = ours.iter().filter(|o| theirs.iter().any(|w| may_have_term(w, o) && term(w) == **o)).count();
    shared * 4 >= ours.len() * 3
}

/// The project a key result is about: the one it names; else the one project
/// whose text (summary, highlights, body) holds every figure it gives, when
/// the sentences that hold them repeat it (most of its words: a figure alone is
/// no proof, "Mentored 5 engineers" is not about Blitz for its "at least 5
/// months"); else none.
pub fn attribute<'a>(result: &str, projects: &[&'a Item]) -> Option<&'a Item> {
    if let Some(named) = projects.iter().find(|p| names(result, &p.title)) {
        return Some(named);
    }
    let ours = figures(result);
    if ours.is_empty() {
        return None;
    }
    let texts = |p: &'a Item| {
        std::iter::once(p.summary.as_str()).chain(p.highlights.iter().map(String::as_str)).chain([p.body.as_str()])
    };
    let holds = |p: &&&'a Item| ours.iter().all(|f| texts(p).any(|t| has_word(t, f)));
    let says = |p: &'a Item| {
        let mut around: Vec<&str> =
            texts(p).flat_map(|t| ours.iter().flat_map(move |f| sentences_with_word(t, f))).collect();
        around.dedup();
        repeats(result, &around.join("\n"))
    };
    let mut holding = projects.iter().filter(holds);
    match (holding.next(), holding.next()) {
        (Some(one), None) if says(one) => Some(one),
        _ => None,
    }
}

/// Whether `word` is a word of `text`, found by substring search and checked
/// among the words around each place it is found: no text is split into words
/// but the runs that hold it.
fn has_word(text: &str, word: &str) -> bool {
    places_of_word(text, word).next().is_some()
}

/// Where `word` is a word of `text` (see [`has_word`]), by byte offset.
/// Found with `memmem` (the standard library's two-way search took a third
/// of `resume`'s instructions, a case study's every byte for each figure).
fn places_of_word<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes())
        .filter(move |&at| words_around(text, [at, at + word.len()]).any(|(_, w)| w == word))
}

/// The sentences of `text` that hold `word` as a word (see [`has_word`]):
/// each from the line's start or the previous `. ` to its own end. (Whole
/// lines were a case study's paragraphs, each word stemmed to be compared:
/// a third of `resume`'s instructions.)
fn sentences_with_word<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = &'t str> {
    let bytes = text.as_bytes();
    let ends = |b: &[u8], i: usize| b[i] == b'\n' || (b[i] == b'.' && b.get(i + 1).is_none_or(u8::is_ascii_whitespace));
    places_of_word(text, word).map(move |at| {
        let start = (0..at).rev().find(|&i| ends(bytes, i)).map_or(0, |i| i + 1);
        let end = (at + word.len()..bytes.len()).find(|&i| ends(bytes, i)).map_or(text.len(), |i| i + 1);
        &text[start..end]
    })
}

impl<'a> Resume<'a> {
    /// Picks the sections from the corpus, in the site's order, or tailored to a job.
    pub fn new(corpus: &'a Corpus, tailoring: Option<&Tailoring<'_>>) -> Self {
        let profile = &corpus.profile;
        let projects: Vec<&Item> = corpus.of_kind(Kind::Project).collect();
        let entry = |item: &'a Item| match tailoring {
            Some(t) => {
                let fit = t.item(item);
                Entry { item, score: fit.score, matched: t.shown(&fit.claimed), mentioned: t.shown(&fit.mentioned) }
            }
            None => Entry { item, score: 0.0, matched: Vec::new(), mentioned: Vec::new() },
        };
        let mut parts: [Vec<Entry<'a>>; 5] = Default::default();
        for &item in &projects {
            let part = match &item.period {
                Some(p) if period_is_ongoing(p) => 0,
                Some(_) => 1,
                None if item.has_tag(OPEN_SOURCE_TAG) => 2,
                None if item.domain.as_deref() == Some(TOOLING_DOMAIN) => 4,
                None => 3,
            };
            parts[part].push(entry(item));
        }
        let [current, past, open, other, tools] = parts;
        let mut posts: Vec<&Item> = corpus.of_kind(Kind::Post).collect();
        if let Some(t) = tailoring {
            // The posts that tell most of the job first; those alike in the site's order.
            posts.sort_by(|a, b| t.item(b).score.total_cmp(&t.item(a).score));
        }
        let results = key_results(profile, &projects, tailoring);
        let sections = [
            ("key-results", "Key results", Body::Results(results)),
            ("current-role", "Current role", projects_body(current, tailoring)),
            ("experience", "Experience", projects_body(past, tailoring)),
            ("open-source", "Open source", projects_body(open, tailoring)),
            ("projects", "Projects", projects_body(other, tailoring)),
            ("libraries", "Libraries and tools", projects_body(tools, tailoring)),
            ("skills", "Skills", Body::Skills(skills(corpus, tailoring))),
            ("writing", "Writing", Body::Writing(posts)),
        ];
        let sections = sections
            .into_iter()
            .filter(|(_, _, body)| !body.is_empty())
            .map(|(id, title, body)| Section { id, title, body })
            .collect();
        let fit = tailoring.map(|t| Fit {
            found: t.found(),
            mentioned: t.mentioned(),
            missing: t.missing(),
            file: t.file.clone(),
        });
        Resume { profile, sections, fit }
    }

    /// Every project, section by section.
    pub fn projects(&self) -> impl Iterator<Item = &Entry<'a>> + '_ {
        self.sections.iter().flat_map(|s| match &s.body {
            Body::Projects { entries, .. } => entries.as_slice(),
            _ => &[],
        })
    }

    /// The key results, each with its project.
    pub fn key_results(&self) -> &[KeyResult<'a>] {
        self.sections
            .iter()
            .find_map(|s| match &s.body {
                Body::Results(results) => Some(results.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    /// Whether the résumé is tailored to a job.
    pub fn tailored(&self) -> bool {
        self.fit.is_some()
    }
}

/// Key results with their projects; tailored, those naming more of the job's
/// terms first (ties in the profile's order).
fn key_results<'a>(profile: &'a Profile, projects: &[&'a Item], t: Option<&Tailoring<'_>>) -> Vec<KeyResult<'a>> {
    let mut results: Vec<KeyResult<'a>> = profile
        .highlights
        .iter()
        .map(|text| {
            let matched = t.map(|t| t.shown(&t.terms_in(text))).unwrap_or_default();
            KeyResult { text, project: attribute(text, projects), matched }
        })
        .collect();
    results.sort_by_key(|r| std::cmp::Reverse(r.matched.len()));
    results
}

/// A section of projects; tailored, the most relevant first (ties in the site's order).
fn projects_body<'a>(mut entries: Vec<Entry<'a>>, tailoring: Option<&Tailoring<'_>>) -> Body<'a> {
    if tailoring.is_some() {
        entries.sort_by(|a, b| b.score.total_cmp(&a.score));
    }
    let first = entries.first().and_then(|e| e.item.domain.as_deref());
    let with_domain = entries.len() == 1 || entries.iter().any(|e| e.item.domain.as_deref() != first);
    Body::Projects { entries, with_domain }
}

/// The profile's skill groups; tailored, the skills the job names first in
/// each group, and the groups with more of them first.
///
/// Only the profile's own groups are skills: a project's tags are what
/// that project used (its entry's claims, JSON Resume's `keywords`), not a
/// list of his skills; neither names what Blitz's story tells of only as
/// migrated away from (Mimir, `CircleCI`, Cloud Run, `DataBricks`) or as
/// being tried (Spark).
fn skills<'a>(corpus: &'a Corpus, t: Option<&Tailoring<'_>>) -> Vec<SkillGroup<'a>> {
    let s = &corpus.profile.skills;
    let profile_groups = [
        ("Programming languages", &s.languages),
        ("Data", &s.data),
        ("Infrastructure", &s.infrastructure),
        ("Observability", &s.observability),
    ];
    let named = |name: &str| t.is_some_and(|t| !t.terms_in(name).is_empty());
    let mut groups: Vec<SkillGroup<'a>> = profile_groups
        .into_iter()
        .map(|(label, list)| (label, list.iter().map(|x| Cow::Borrowed(x.as_str())).collect::<Vec<_>>()))
        .filter(|(_, list)| !list.is_empty())
        .map(|(label, list)| {
            let mut skills: Vec<Skill<'a>> =
                list.into_iter().map(|name| Skill { matched: named(&name), name }).collect();
            skills.sort_by_key(|s| !s.matched);
            SkillGroup { label, skills }
        })
        .collect();
    groups.sort_by_key(|g| std::cmp::Reverse(g.skills.iter().filter(|s| s.matched).count()));
    groups
}

impl Body<'_> {
    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        match self {
            Body::Results(list) => list.is_empty(),
            Body::Projects { entries, .. } => entries.is_empty(),
            Body::Writing(items) => items.is_empty(),
            Body::Skills(groups) => groups.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tailor::Job;

    fn corpus() -> Corpus {
        crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads")
    }

    fn slugs<'a>(r: &'a Resume<'_>, id: &str) -> Vec<&'a str> {
        let section = r.sections.iter().find(|s| s.id == id).expect("section");
        let Body::Projects { entries, .. } = &section.body else { panic!("projects") };
        entries.iter().map(|e| e.item.slug.as_str()).collect()
    }

    #[test]
    fn headings_say_what_the_portfolio_says() {
        let c = corpus();
        let r = Resume::new(&c, None);
        let ids: Vec<&str> = r.sections.iter().map(|s| s.id).collect();
        assert_eq!(ids, ["key-results", "current-role", "open-source", "projects", "libraries", "skills", "writing"]);
        assert_eq!(slugs(&r, "current-role"), ["blitz"]);
        assert_eq!(slugs(&r, "open-source"), ["firezone", "ehealth", "gandalf"]);
        let libraries = slugs(&r, "libraries");
        assert_eq!(libraries.len(), 8);
        assert!(!libraries.contains(&"gandalf") && libraries.contains(&"sage") && libraries.contains(&"man"));
        let projects = slugs(&r, "projects");
        assert_eq!(projects.first(), Some(&"hammer-corp"));
        assert!(projects.contains(&"l15") && projects.contains(&"trubrain") && projects.contains(&"happy-customer"));
        assert_eq!(r.projects().count(), c.of_kind(Kind::Project).count());
        assert!(!r.tailored());
    }

    #[test]
    fn only_a_period_that_goes_on_is_the_current_role() {
        let mut c = corpus();
        let periods =
            [("sage", "2015 - 2017"), ("confex", "2019-2021"), ("man", "2017"), ("l15", "Feb 2016 - Present")];
        for (slug, period) in periods {
            let item = c.items.iter_mut().find(|i| i.slug == slug).expect("a bundled project");
            item.period = Some(period.to_owned());
        }
        let r = Resume::new(&c, None);
        assert_eq!(slugs(&r, "current-role"), ["blitz", "l15"]);
        assert_eq!(slugs(&r, "experience"), ["sage", "confex", "man"]);
    }

    #[test]
    fn every_key_result_names_its_project() {
        let c = corpus();
        let r = Resume::new(&c, None);
        let owners: Vec<&str> = r.key_results().iter().map(|k| k.project.map_or("", |p| p.slug.as_str())).collect();
        assert_eq!(owners, ["blitz", "blitz", "blitz", "blitz", "blitz", "blitz", "blitz", "blitz", "ehealth"]);
        for result in r.key_results() {
            let title = &result.project.expect("a project").title;
            assert!(names(&result.line(), title), "{}", result.line());
        }
        assert_eq!(r.key_results()[3].line(), "P99 latency for data requests dropped to <100ms at Blitz");
        // A text that names its project is left as it is.
        assert!(!r.key_results()[0].line().contains("at Blitz at Blitz"));
    }

    #[test]
    fn a_result_repeats_a_summary_by_its_figures_or_most_of_its_words() {
        let summary = "Owned ~20 backends serving ~25k RPS with peaks to 120k for a 7-figure DAU product.";
        assert!(repeats("~25k RPS with peaks to 120k for a 7-figure DAU product", summary));
        assert!(!repeats("Monitoring savings: $50k/year", summary));
        let other = "Co-designed and built the national platform behind reimbursements, EMR and more.";
        assert!(repeats("Built the national platform behind reimbursements and EMR", other));
        assert!(!repeats("Removed a barely used Riak cluster", summary));
        // A small figure the summary also has is not a repeat.
        assert!(!repeats("Tuned every PostgreSQL instance: load down by 20% right away", "Owned ~20 backends."));
    }

    #[test]
    fn a_figure_is_found_as_a_whole_word() {
        assert!(has_word("saves ~$220k/month", "220k"));
        assert!(has_word("a 7-figure DAU", "7"));
        assert!(has_word("first\u{a0}91 then", "91"));
        assert!(!has_word("version 1.5", "5"));
        assert!(!has_word("version 1.5", "1"));
        assert!(!has_word("2120k", "120k"));
        assert!(!has_word("120ks", "120k"));
        assert!(has_word("2120k and 120k", "120k"));
    }

    #[test]
    fn attribution_needs_a_name_or_figures_held_by_one_project() {
        let c = corpus();
        let projects: Vec<&Item> = c.of_kind(Kind::Project).collect();
        let owner = |text: &str| attribute(text, &projects).map(|p| p.slug.as_str());
        assert_eq!(owner("Monitoring savings: $50k/year"), Some("blitz"));
        assert_eq!(owner("Shipped Sage"), Some("sage"));
        assert_eq!(owner("Made things better"), None);
        assert_eq!(owner("Grew revenue by 12345%"), None);
        // A figure one project happens to hold ("at least 5 months", "77 Elixir umbrella apps")
        // does not make a result of the profile that project's.
        assert_eq!(owner("Mentored 5 engineers"), None);
        assert_eq!(owner("Hired a team of 77"), None);
        // The profile's own results are still each found by what their project says.
        assert_eq!(owner("Error rate dropped from six-figure Sentry events to ~42 events per day"), Some("blitz"));
        assert_eq!(owner("GitHub Actions migration: $24k/year saved"), Some("blitz"));
    }

    #[test]
    fn skills_are_the_profile_groups_never_what_items_merely_mention() {
        let c = corpus();
        let r = Resume::new(&c, None);
        let Some(Body::Skills(groups)) = r.sections.iter().find(|s| s.id == "skills").map(|s| &s.body) else {
            panic!("skills")
        };
        let labels: Vec<&str> = groups.iter().map(|g| g.label).collect();
        assert_eq!(labels, ["Programming languages", "Data", "Infrastructure", "Observability"]);
        let all: Vec<&str> = groups.iter().flat_map(|g| g.skills.iter().map(|s| s.name.as_ref())).collect();
        assert!(all.contains(&"Elixir") && all.contains(&"VictoriaMetrics"), "{all:?}");
        // Blitz's story names what it migrated away from and what it is
        // only trying: neither its tags nor the skills claim them.
        let blitz = c.items.iter().find(|i| i.slug == "blitz").expect("blitz");
        for mentioned in ["mimir", "circleci", "cloud-run", "spark", "databricks"] {
            let label = crate::content::labels::label(mentioned);
            assert!(blitz.body.contains(label.as_ref()), "{label} is not in Blitz's story");
            assert!(!blitz.tags.iter().any(|t| t == mentioned), "{mentioned} is a Blitz tag");
            assert!(!all.iter().any(|s| s.eq_ignore_ascii_case(&label)), "{label} claimed as a skill");
        }
    }

    #[test]
    fn tailored_entries_come_by_relevance_and_blitz_stays_the_current_role() {
        let c = corpus();
        let job = Job::read("Payments and lending on Android; P2P transfers; Terraform a plus", &c).expect("words");
        let t = Tailoring::new(&c, job);
        let r = Resume::new(&c, Some(&t));
        assert_eq!(slugs(&r, "current-role"), ["blitz"]);
        let projects = slugs(&r, "projects");
        assert!(["mobile-cashier", "mbill", "ecommpay"].contains(&projects[0]), "{projects:?}");
        let first = r.projects().find(|e| e.item.slug == projects[0]).expect("entry");
        assert!(first.matched.contains(&"Android".to_owned()) || first.matched.contains(&"payments".to_owned()));
        assert!(r.projects().filter(|e| e.item.slug == "l15").all(|e| e.matched.is_empty() && e.score == 0.0));
        let fit = r.fit.as_ref().expect("fit");
        assert!(fit.found.contains(&"Terraform".to_owned()) && fit.missing.is_empty(), "{fit:?}");
    }

    #[test]
    fn an_entry_matches_only_what_it_claims() {
        let c = corpus();
        let job =
            Job::read("Senior Rust engineer. Rust, Tokio, Kubernetes, CircleCI, Spark, Sentry, React, PostgreSQL.", &c)
                .expect("words");
        let t = Tailoring::new(&c, job);
        let r = Resume::new(&c, Some(&t));
        let blitz = r.projects().find(|e| e.item.slug == "blitz").expect("blitz");
        assert_eq!(blitz.matched, ["Kubernetes", "Sentry", "PostgreSQL"]);
        assert_eq!(blitz.mentioned, ["Rust", "CircleCI", "Spark", "React"]);
        let fit = r.fit.as_ref().expect("fit");
        assert_eq!(fit.found, ["Kubernetes", "Sentry", "PostgreSQL"]);
        assert_eq!(fit.mentioned, ["Rust", "CircleCI", "Spark", "React"]);
        // For each job of the test data, every term an entry lists is one of
        // its tags (by label) or its domain, and each is found.
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        for name in ["job-backend.txt", "job-elixir-payments.txt", "job-short.txt", "job-sre.txt"] {
            let text = std::fs::read_to_string(data.join(name)).expect("a job description");
            let t = Tailoring::new(&c, Job::read(&text, &c).expect("words"));
            let r = Resume::new(&c, Some(&t));
            let fit = r.fit.as_ref().expect("fit");
            for entry in r.projects() {
                let item = entry.item;
                let labels: Vec<String> =
                    item.tags.iter().map(|tag| crate::content::labels::label(tag).into()).collect();
                let mut claims = t.shown(&t.terms_in(&labels.join("; ")));
                claims.extend(item.domain.as_deref().map(|d| domain::label(d).to_owned()));
                for term in &entry.matched {
                    let claimed = claims.iter().any(|c| c.eq_ignore_ascii_case(term));
                    assert!(claimed, "{name}: {} matched {term}, not a claim: {claims:?}", item.slug);
                    assert!(fit.found.contains(term), "{name}: {term} matched but not found");
                }
                assert!(entry.mentioned.iter().all(|m| !entry.matched.contains(m)), "{name}: {}", item.slug);
            }
        }
    }

    /// A coverage of these terms, found, only mentioned and missing.
    fn fit(found: &[&str], mentioned: &[&str], missing: &[&str]) -> Fit {
        let owned = |terms: &[&str]| terms.iter().map(|s| (*s).to_owned()).collect();
        Fit { found: owned(found), mentioned: owned(mentioned), missing: owned(missing), file: None }
    }

    /// The coverage's lines as a view shows them: `label: text`.
    fn lines(fit: &Fit) -> Vec<String> {
        fit.lines().into_iter().map(|(l, t)| format!("{l}: {t}")).collect()
    }

    #[test]
    fn the_coverage_claims_only_what_was_recognized() {
        // Words not recognized (Tokio, Axum) were not looked for: no sentence says "every one" or "names no".
        assert_eq!(
            lines(&fit(&["Elixir", "Rust"], &[], &[])),
            [
                "Found in the portfolio: Elixir, Rust",
                "Not in the portfolio: nothing: every technology and field recognized is found"
            ]
        );
        assert_eq!(
            lines(&fit(&[], &[], &["COBOL"])),
            ["Found in the portfolio: none of the technologies and fields recognized", "Not in the portfolio: COBOL"]
        );
        assert_eq!(
            lines(&fit(&[], &[], &[])),
            [
                "Found in the portfolio: nothing to look for: no technology or field of work recognized",
                "Not in the portfolio: nothing"
            ]
        );
    }

    #[test]
    fn the_coverage_tells_a_mention_from_a_claim() {
        assert_eq!(
            lines(&fit(&["Kubernetes", "PostgreSQL"], &["Rust", "React"], &[])),
            [
                "Found in the portfolio: Kubernetes, PostgreSQL",
                "Mentioned only: Rust, React (in the text, not listed as used)",
                "Not in the portfolio: nothing: every technology and field recognized is found or mentioned",
            ]
        );
        assert_eq!(
            lines(&fit(&[], &["Rust"], &["Tokio"])),
            [
                "Found in the portfolio: none of the technologies and fields recognized",
                "Mentioned only: Rust (in the text, not listed as used)",
                "Not in the portfolio: Tokio",
            ]
        );
        assert_eq!(
            lines(&fit(&[], &["Rust"], &[])),
            [
                "Found in the portfolio: none of the technologies and fields recognized",
                "Mentioned only: Rust (in the text, not listed as used)",
                "Not in the portfolio: nothing: every technology and field recognized is mentioned",
            ]
        );
    }

    #[test]
    fn empty_sections_are_left_out() {
        let corpus = Corpus::default();
        assert!(Resume::new(&corpus, None).sections.is_empty());
    }
}
