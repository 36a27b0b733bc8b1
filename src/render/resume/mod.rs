//! The résumé in each format. The sections come from [`crate::query::resume`];
//! each format walks them in order: [`text`] (one screen to skim),
//! [`markdown`], [`html`] (a page that prints on two A4 pages) and
//! [`jsonresume`] (the JSON Resume standard). What they share is here: the
//! meta line of a project, its first sentence, and the contact details.

pub mod html;
pub mod jsonresume;
pub mod markdown;
pub mod text;

use super::{Look, ResumeFormat};
use crate::content::{Item, Profile, domain};
use crate::error::Result;
use crate::query::resume::Resume;
use crate::sanitize::clean_line;

/// Renders the résumé in `format`; `full` shows everything in the text view
/// (the other formats always do), whose commands begin with `dryga`
/// ([`text::render`]).
pub fn render(resume: &Resume<'_>, format: ResumeFormat, full: bool, look: Look, dryga: &str) -> Result<String> {
    Ok(match format {
        ResumeFormat::Text => text::render(resume, full, look, dryga),
        ResumeFormat::Markdown => markdown::render(resume),
        ResumeFormat::JsonResume => jsonresume::render(resume)?,
        ResumeFormat::Html => html::render(resume),
    })
}

/// What a project line says after its title: the domain (when `with_domain`)
/// and the period, where known.
pub fn meta(item: &Item, with_domain: bool) -> Vec<String> {
    let mut meta = Vec::new();
    if let Some(d) = item.domain.as_deref().filter(|_| with_domain) {
        meta.push(domain::label(d).to_owned());
    }
    if let Some(p) = &item.period {
        meta.push(clean_line(p).into_owned());
    }
    meta
}

/// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &["e.g", "i.e", "etc", "ex", "vs", "approx", "incl"];

/// The first sentence of `text`, whole: up to the first `.`, `!` or `?` that
/// is followed by a space and a capital, digit or quote, outside parentheses
/// and not after an abbreviation. The whole text when it is one sentence.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '.' | '!' | '?' if depth == 0 => {
                let rest = &text[i + 1..];
                let mut after = rest.chars();
                let spaced = after.next().is_some_and(char::is_whitespace);
                let next = after.find(|c| !c.is_whitespace());
                let starts = next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || "\"'‘“(".contains(n));
                let word = text[..i].rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
                let abbreviation = ABBREVIATIONS.iter().any(|a| word.eq_ignore_ascii_case(a));
                if spaced && starts && !abbreviation {
                    return &text[..=i];
                }
            }
            _ => {}
        }
    }
    text
}

/// One way to reach the person: what to show, and where it links (e-mail
/// as `mailto:`, web addresses as themselves).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// What a reader sees.
    pub text: String,
    /// Where it links, for formats with links.
    pub link: Option<String>,
}

/// The profile's contact details in order: e-mail, site, phone, location,
/// then each profile ("GitHub: name", linking to its address). Empty when
/// the content states none.
pub fn contacts(profile: &Profile) -> Vec<Contact> {
    let clean = |s: &str| clean_line(s.trim()).into_owned();
    let mut out = Vec::new();
    if let Some(email) = &profile.email {
        out.push(Contact { text: clean(email), link: Some(format!("mailto:{}", clean(email))) });
    }
    if let Some(url) = &profile.url {
        out.push(Contact { text: clean(url), link: Some(clean(url)) });
    }
    if let Some(phone) = &profile.phone {
        out.push(Contact { text: clean(phone), link: None });
    }
    if let Some(line) = profile.location.as_ref().map(crate::content::Location::line).filter(|l| !l.is_empty()) {
        out.push(Contact { text: clean(&line), link: None });
    }
    for p in &profile.profiles {
        let who = p.username.as_deref().or(p.url.as_deref()).unwrap_or_default();
        out.push(Contact { text: clean(&format!("{}: {who}", p.network)), link: p.url.as_deref().map(clean) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences_are_whole() {
        assert_eq!(
            first_sentence("WireGuard-based replacement for legacy VPNs. Re-architected it."),
            "WireGuard-based replacement for legacy VPNs."
        );
        assert_eq!(
            first_sentence("Pays bills (e.g., mobile top-up) or on a period. Done."),
            "Pays bills (e.g., mobile top-up) or on a period."
        );
        assert_eq!(first_sentence("Uses e.g. Foo and Bar. Then more."), "Uses e.g. Foo and Bar.");
        assert_eq!(
            first_sentence("Runs on IPSP.com pages (v1. Old) daily."),
            "Runs on IPSP.com pages (v1. Old) daily."
        );
        assert_eq!(first_sentence("One sentence without a stop"), "One sentence without a stop");
        assert_eq!(first_sentence("Sold 2,700+ services. 91% less."), "Sold 2,700+ services.");
    }

    #[test]
    fn contacts_in_order_with_links() {
        let profile = Profile {
            email: Some("a@example.org".into()),
            url: Some("https://example.org".into()),
            phone: Some("+1 555 0100".into()),
            location: Some(crate::content::Location {
                city: Some("Kyiv".into()),
                region: None,
                country_code: Some("UA".into()),
            }),
            profiles: vec![crate::content::ProfileLink {
                network: "GitHub".into(),
                username: Some("a".into()),
                url: Some("https://github.com/a".into()),
            }],
            ..Profile::default()
        };
        let shown: Vec<(String, Option<String>)> = contacts(&profile).into_iter().map(|c| (c.text, c.link)).collect();
        assert_eq!(
            shown,
            [
                ("a@example.org".to_owned(), Some("mailto:a@example.org".to_owned())),
                ("https://example.org".to_owned(), Some("https://example.org".to_owned())),
                ("+1 555 0100".to_owned(), None),
                ("Kyiv, UA".to_owned(), None),
                ("GitHub: a".to_owned(), Some("https://github.com/a".to_owned())),
            ]
        );
        assert!(contacts(&Profile::default()).is_empty());
    }
}
