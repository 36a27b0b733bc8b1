//! The résumé as a question asked of the content: which sections it has, in
//! which order, and what each holds. Defined once here; every format walks
//! [`Resume::sections`].

use crate::content::{Corpus, Item, Kind, Profile, domain};

/// The domain whose projects are open source and tooling work rather than experience.
pub const TOOLING_DOMAIN: &str = domain::DEVELOPER_TOOLS;

/// What a section holds.
#[derive(Debug, Clone)]
pub enum Body<'a> {
    /// Key results, as the profile states them.
    Results(&'a [String]),
    /// Projects in the site's order; `with_domain` when their domains differ
    /// (a section of one domain says it in its title).
    Projects {
        /// The projects.
        items: Vec<&'a Item>,
        /// Whether each entry names its domain.
        with_domain: bool,
    },
    /// Skill groups with their display names.
    Skills(Vec<(&'static str, &'a [String])>),
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

/// The résumé: the person, then its sections in order.
#[derive(Debug, Clone)]
pub struct Resume<'a> {
    /// The person.
    pub profile: &'a Profile,
    /// Key results, experience, open source, skills, writing: the ones that
    /// have something in them.
    pub sections: Vec<Section<'a>>,
}

impl<'a> Resume<'a> {
    /// Picks the sections from the corpus: projects outside developer tools are
    /// the experience, those in it open source and tooling work.
    pub fn new(corpus: &'a Corpus) -> Self {
        let profile = &corpus.profile;
        let (tools, experience): (Vec<&Item>, Vec<&Item>) =
            corpus.of_kind(Kind::Project).partition(|i| i.domain.as_deref() == Some(TOOLING_DOMAIN));
        let skills = &profile.skills;
        let skills: Vec<(&'static str, &[String])> = [
            ("Programming languages", skills.languages.as_slice()),
            ("Data", skills.data.as_slice()),
            ("Infrastructure", skills.infrastructure.as_slice()),
            ("Observability", skills.observability.as_slice()),
        ]
        .into_iter()
        .filter(|(_, list)| !list.is_empty())
        .collect();
        let writing: Vec<&Item> = corpus.of_kind(Kind::Post).collect();
        let sections = [
            Section { id: "key-results", title: "Key results", body: Body::Results(&profile.highlights) },
            Section {
                id: "experience",
                title: "Experience",
                body: Body::Projects { items: experience, with_domain: true },
            },
            Section {
                id: "open-source",
                title: "Open source and developer tools",
                body: Body::Projects { items: tools, with_domain: false },
            },
            Section { id: "skills", title: "Skills", body: Body::Skills(skills) },
            Section { id: "writing", title: "Writing", body: Body::Writing(writing) },
        ];
        Resume { profile, sections: sections.into_iter().filter(|s| !s.body.is_empty()).collect() }
    }

    /// Every project, section by section.
    pub fn projects(&self) -> impl Iterator<Item = &'a Item> + '_ {
        self.sections
            .iter()
            .flat_map(|s| match &s.body {
                Body::Projects { items, .. } => items.as_slice(),
                _ => &[],
            })
            .copied()
    }
}

impl Body<'_> {
    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        match self {
            Body::Results(list) => list.is_empty(),
            Body::Projects { items, .. } | Body::Writing(items) => items.is_empty(),
            Body::Skills(groups) => groups.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_follow_the_site_and_hold_every_project_once() {
        let c = crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        let r = Resume::new(&c);
        let ids: Vec<&str> = r.sections.iter().map(|s| s.id).collect();
        assert_eq!(ids, ["key-results", "experience", "open-source", "skills", "writing"]);
        let projects: Vec<&str> = r.projects().map(|i| i.slug.as_str()).collect();
        assert_eq!(projects.len(), c.of_kind(Kind::Project).count());
        assert_eq!(projects.first(), Some(&"blitz"));
        let Body::Projects { items, .. } = &r.sections[2].body else { panic!("projects") };
        assert!(items.iter().all(|i| i.domain.as_deref() == Some(TOOLING_DOMAIN)));
        assert!(items.windows(2).all(|w| w[0].order < w[1].order));
    }

    #[test]
    fn empty_sections_are_left_out() {
        let corpus = Corpus::default();
        assert!(Resume::new(&corpus).sections.is_empty());
    }
}
