//! The résumé as one self-contained HTML page: semantic markup, inline CSS, no
//! scripts and nothing to load, with a print stylesheet for at most two A4 pages.
//! Links only for the contact details, when the content states them.
//!
//! Tailored to a job, the page on screen holds everything, and print keeps
//! to two pages by leaving out what matters least to the job, saying so
//! where it does: past the most relevant few of a section ([`in_print`]),
//! and those that match nothing, projects are named in one line after the
//! section's list ("Less relevant to this job, named only: …"); an entry's
//! `matched:` list stops at [`MATCHED_SHOWN`] terms, "and N more" (the
//! coverage, last, lists every term). The roles stay in full, as do the key
//! results and the skills.

use std::fmt::Write as _;

use super::text::MATCHED_SHOWN;
use super::{contacts, meta};
use crate::content::Item;
use crate::query::resume::{Body, Entry, Fit, Resume, Section};
use crate::render::resume::markdown::FIT_HEADING;
use crate::sanitize::clean_line;

/// The page's stylesheet: a quiet one-column layout on screen, A4 in print.
const CSS: &str = r#"
:root { --ink: #1f2328; --muted: #57606a; --accent: #0b5d7a; --rule: #d0d7de; }
* { box-sizing: border-box; }
html { background: #f6f8fa; }
body { margin: 2rem auto; max-width: 52rem; padding: 2.5rem 3rem; background: #fff; color: var(--ink);
  font: 10.5pt/1.45 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  box-shadow: 0 1px 3px rgba(31, 35, 40, .12); }
header { border-bottom: 2px solid var(--accent); padding-bottom: .6rem; margin-bottom: .9rem; }
h1 { margin: 0; font-size: 22pt; line-height: 1.15; letter-spacing: -.01em; }
.headline { margin: .2rem 0 0; font-size: 11.5pt; color: var(--accent); }
.name { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; }
.handle { margin: 0; color: var(--muted); font-size: 9.5pt; }
.contact { margin: .25rem 0 0; font-size: 9.5pt; color: var(--muted); }
.contact a { color: var(--accent); text-decoration: none; }
h2 { margin: 1rem 0 .4rem; padding-bottom: .15rem; border-bottom: 1px solid var(--rule); color: var(--accent);
  font-size: 10.5pt; text-transform: uppercase; letter-spacing: .08em; }
p { margin: 0 0 .35rem; }
ul { margin: 0; padding-left: 1.1rem; }
li { margin: 0 0 .2rem; }
ul.entries { list-style: none; padding: 0; }
ul.entries li { margin-bottom: .4rem; break-inside: avoid; }
.entry { margin: 0; }
.entry .meta { float: right; margin-left: 1rem; color: var(--muted); font-size: 9pt; white-space: nowrap; }
.subtitle { color: var(--muted); }
ul.highlights { margin: .1rem 0 0; padding-left: 1.1rem; }
ul.highlights li { margin: 0; }
.matched { color: var(--accent); font-size: 9pt; }
dl.skills { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.skills dt { font-weight: 600; }
dl.skills dd { margin: 0; }
.posts .summary { color: var(--muted); }
.named-only, .matched .more { display: none; }
@page { size: A4; margin: 11mm 14mm; }
@media print {
  html { background: none; }
  body { margin: 0; max-width: none; padding: 0; box-shadow: none; font-size: 8.6pt; line-height: 1.28; }
  header { padding-bottom: .4rem; margin-bottom: .5rem; }
  h1 { font-size: 19pt; }
  .headline { font-size: 10.5pt; }
  h2 { margin: .45rem 0 .25rem; font-size: 9.5pt; break-after: avoid; }
  li { margin-bottom: .1rem; }
  ul.entries li { margin-bottom: .1rem; }
  .entry .meta { font-size: 8pt; }
  ul.highlights { font-size: 8.4pt; }
  dl.skills { gap: .05rem .8rem; }
  /* Short lists and the tools take two columns; the posts, their titles. */
  #key-results ul, #libraries ul, #writing ul { columns: 2; column-gap: 2rem; }
  #key-results li, #writing li { break-inside: avoid; }
  .posts .summary { display: none; }
  /* Tailored: the less relevant projects are named in one line; matched lists stop short, saying how many more. */
  ul.entries li.named, .matched .rest { display: none; }
  p.named-only { display: block; margin: .1rem 0 0; color: var(--muted); }
  p.named-only strong, p.named-only .title { color: var(--ink); }
  .matched .more { display: inline; }
  /* The coverage, last, prints on one page with its heading. */
  #fit { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Escapes text for HTML: `&`, `<`, `>`, `"` and `'`. Control characters are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean_line(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders the résumé as a complete HTML page: the short summary, then every
/// result, project and post.
pub fn render(resume: &Resume<'_>) -> String {
    let profile = resume.profile;
    let mut out = String::new();
    let name = escape(&profile.name);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{name} — Résumé</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
    );
    let _ = write!(
        out,
        "<header>\n<div class=\"name\"><h1>{name}</h1> <p class=\"handle\">{}</p></div>\n<p class=\"headline\">{}</p>\n",
        escape(&profile.handle),
        escape(&profile.headline)
    );
    let contacts: Vec<String> = contacts(profile)
        .into_iter()
        .map(|c| match c.link {
            Some(link) => format!("<a href=\"{}\">{}</a>", escape(&link), escape(&c.text)),
            None => escape(&c.text),
        })
        .collect();
    if !contacts.is_empty() {
        let _ = writeln!(out, "<p class=\"contact\">{}</p>", contacts.join(" · "));
    }
    out.push_str("</header>\n<main>\n");
    let _ = write!(
        out,
        "<section id=\"summary\">\n<h2>Summary</h2>\n<p>{}</p>\n</section>\n",
        escape(profile.short_summary())
    );
    // A job that matched nothing leaves the résumé as it is, with its coverage.
    let tailored = resume.fit.as_ref().is_some_and(|f| !f.found.is_empty());
    for section in &resume.sections {
        html_section(&mut out, section, tailored);
    }
    if let Some(fit) = &resume.fit {
        fit_section(&mut out, fit);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// One section: its heading, then its list; `tailored`, print leaves out the
/// projects past [`in_print`] and those that match nothing, and names them.
fn html_section(out: &mut String, section: &Section<'_>, tailored: bool) {
    let class = if matches!(section.body, Body::Writing(_)) { " class=\"posts\"" } else { "" };
    let _ = write!(out, "<section id=\"{}\"{class}>\n<h2>{}</h2>\n", section.id, escape(section.title));
    match &section.body {
        Body::Results(results) => {
            out.push_str("<ul>\n");
            for result in results {
                let _ = writeln!(out, "<li>{}{}</li>", escape(&result.line()), matched(&result.matched));
            }
            out.push_str("</ul>\n");
        }
        Body::Projects { entries: list, with_domain } => {
            let in_full = if tailored { in_print(section.id) } else { None };
            entries(out, list, *with_domain, in_full);
        }
        Body::Skills(groups) => {
            out.push_str("<dl class=\"skills\">\n");
            for group in groups {
                let list: Vec<String> = group
                    .skills
                    .iter()
                    .map(|s| if s.matched { format!("<strong>{}</strong>", escape(&s.name)) } else { escape(&s.name) })
                    .collect();
                let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(group.label), list.join(", "));
            }
            out.push_str("</dl>\n");
        }
        Body::Writing(posts) => {
            out.push_str("<ul>\n");
            for post in posts {
                let _ = writeln!(
                    out,
                    "<li><strong>{}</strong> <span class=\"summary\">— {}</span></li>",
                    escape(&post.title),
                    escape(&post.summary)
                );
            }
            out.push_str("</ul>\n");
        }
    }
    out.push_str("</section>\n");
}

/// `matched: a, b` at the end of an entry's text, when it matched something.
/// Print shows the first [`MATCHED_SHOWN`] (the terms the job names most),
/// then how many more; the page on screen shows them all.
fn matched(matched: &[String]) -> String {
    if matched.is_empty() {
        return String::new();
    }
    let shown = MATCHED_SHOWN.min(matched.len());
    let mut out = format!(" <span class=\"matched\">matched: {}", escape(&matched[..shown].join(", ")));
    if matched.len() > shown {
        let _ = write!(
            out,
            "<span class=\"rest\">, {}</span><span class=\"more\"> and {} more</span>",
            escape(&matched[shown..].join(", ")),
            matched.len() - shown
        );
    }
    out.push_str("</span>");
    out
}

/// The coverage of the job description, last.
fn fit_section(out: &mut String, fit: &Fit) {
    let _ = writeln!(out, "<section id=\"fit\">\n<h2>{}</h2>", escape(FIT_HEADING));
    for (label, text) in fit.lines() {
        let _ = writeln!(out, "<p><strong>{}:</strong> {}</p>", escape(label), escape(&text));
    }
    out.push_str("</section>\n");
}

/// Tailored, how many projects of a section print in full: the most
/// relevant, of those that match something. `None`: every one (the roles).
pub fn in_print(id: &str) -> Option<usize> {
    match id {
        "current-role" | "experience" => None,
        "projects" => Some(6),
        "libraries" => Some(4),
        _ => Some(3),
    }
}

/// A list of projects: domain and period (to the right), title and
/// subtitle, then the summary in the same paragraph; the achievements, and
/// what each matched. With `in_full`, print shows only the first so many
/// entries that matched something, and a paragraph that only print shows
/// names the others.
fn entries(out: &mut String, list: &[Entry<'_>], with_domain: bool, in_full: Option<usize>) {
    out.push_str("<ul class=\"entries\">\n");
    let mut named_only = Vec::new();
    for (i, entry) in list.iter().enumerate() {
        let item = entry.item;
        let meta = meta(item, with_domain);
        if in_full.is_some_and(|n| i >= n || entry.matched.is_empty()) {
            out.push_str("<li class=\"named\">\n<p class=\"entry\">");
            named_only.push(named(item, &meta));
        } else {
            out.push_str("<li>\n<p class=\"entry\">");
        }
        if !meta.is_empty() {
            let _ = write!(out, "<span class=\"meta\">{}</span>", escape(&meta.join(" · ")));
        }
        let _ = write!(out, "<strong>{}</strong>", escape(&item.title));
        if let Some(sub) = &item.subtitle {
            let _ = write!(out, " <span class=\"subtitle\">· {}</span>", escape(sub));
        }
        let _ = writeln!(out, " — {}{}</p>", escape(&item.summary), matched(&entry.matched));
        if !item.highlights.is_empty() {
            out.push_str("<ul class=\"highlights\">\n");
            for highlight in &item.highlights {
                let _ = writeln!(out, "<li>{}</li>", escape(highlight));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
    if !named_only.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"named-only\"><strong>Less relevant to this job, named only:</strong> {}.</p>",
            named_only.join("; ")
        );
    }
}

/// A project named in one line: title, subtitle, then domain and period in
/// parentheses (escaped).
fn named(item: &Item, meta: &[String]) -> String {
    let mut name = format!("<span class=\"title\">{}</span>", escape(&item.title));
    if let Some(sub) = &item.subtitle {
        let _ = write!(name, " · {}", escape(sub));
    }
    if !meta.is_empty() {
        let _ = write!(name, " ({})", escape(&meta.join(" · ")));
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;
    use crate::query::tailor::{Job, Tailoring};

    fn page() -> String {
        let c = content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        render(&Resume::new(&c, None))
    }

    /// The text between `start` and the next `end` after each place `start` is.
    fn between<'a>(text: &'a str, start: &str, end: &str) -> Vec<&'a str> {
        text.split(start).skip(1).map(|rest| rest.split(end).next().unwrap_or(rest)).collect()
    }

    #[test]
    fn tailored_print_names_the_less_relevant_projects_and_cuts_matched_lists_saying_so() {
        let c = content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        let description = "Elixir, PostgreSQL, Redis, Kafka, Terraform, GCP, Kubernetes, Grafana, Sentry, Rust, \
                           CI/CD, migrations, Oban, DuckDB, Parquet, HAProxy, Airflow, billing, payments, lending, \
                           Android, API, REST, open source";
        let job = Job::read(description, &c).expect("words");
        let t = Tailoring::new(&c, job);
        let resume = Resume::new(&c, Some(&t));
        let html = render(&resume);
        // On screen, every project is there in full, once.
        for entry in resume.projects() {
            let title = format!("<strong>{}</strong>", escape(&entry.item.title));
            assert_eq!(html.matches(&title).count(), 1, "{title}");
        }
        for section in html.split("<section id=\"").skip(1) {
            let id = section.split('"').next().unwrap_or_default();
            let hidden = between(section, "<li class=\"named\">\n<p class=\"entry\">", "</p>");
            let shown = between(section, "<li>\n<p class=\"entry\">", "</p>");
            let Some(limit) = in_print(id) else {
                assert!(hidden.is_empty(), "{id}: a role is left out of print");
                continue;
            };
            // Print: the most relevant few that matched something, in full; the others named.
            assert!(shown.len() <= limit, "{id}: {} in full", shown.len());
            assert!(shown.iter().all(|s| s.contains("matched: ")), "{id}: {shown:?}");
            let named = between(section, "<p class=\"named-only\">", "</p>");
            assert_eq!(named.len(), usize::from(!hidden.is_empty()), "{id}");
            for entry in &hidden {
                let title = between(entry, "<strong>", "</strong>")[0];
                assert!(named[0].contains(&format!("<span class=\"title\">{title}</span>")), "{id}: {title}");
            }
        }
        assert!(html.contains("Less relevant to this job, named only:</strong> "), "{html}");
        // Blitz matches more terms than print lists: it says how many more.
        let blitz = resume.projects().find(|e| e.item.slug == "blitz").expect("Blitz");
        assert!(blitz.matched.len() > MATCHED_SHOWN, "{:?}", blitz.matched);
        let more = format!("<span class=\"more\"> and {} more</span>", blitz.matched.len() - MATCHED_SHOWN);
        assert!(html.contains(&more), "{more}");
        assert!(CSS.contains("#fit { break-inside: avoid; }"));
        // Untailored, nothing is left out of print.
        let plain = page();
        assert!(!plain.contains("class=\"named") && !plain.contains("class=\"more"));
    }

    #[test]
    fn escapes_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
        assert_eq!(escape("a\u{1b}[2Jb"), "ab");
    }

    #[test]
    fn the_page_is_self_contained_and_semantic() {
        let html = page();
        let lower = html.to_lowercase();
        for banned in ["<script", "http://", "https://", "@import", "url(", "<link", "<img", "<iframe", "src="] {
            assert!(!lower.contains(banned), "{banned} in the page");
        }
        for tag in ["<header>", "<main>", "<section", "<h1>", "<h2>", "<ul", "@media print", "@page"] {
            assert!(html.contains(tag), "{tag} missing");
        }
        assert_eq!(html.matches("<h1>").count(), 1);
        assert!(html.contains("~$220k/month") && html.contains("&lt;100ms"));
    }
}
