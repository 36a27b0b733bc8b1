//! The résumé as Markdown to paste into a document: one `#` title, `##`
//! sections and lists, every project and result, no HTML. Links only for the
//! contact details, when the content states them.

use std::fmt::Write as _;

use super::{contacts, meta};
use crate::query::resume::{Body, Entry, Fit, Resume};
use crate::sanitize::clean_line;

/// The heading of a tailored résumé's last section.
pub const FIT_HEADING: &str = "Coverage of the job description";

/// Renders the résumé as Markdown to paste into a document.
pub fn render(resume: &Resume<'_>) -> String {
    let profile = resume.profile;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape_markdown(&profile.name));
    let _ = writeln!(out, "{} · {}\n", escape_markdown(&profile.headline), escape_markdown(&profile.handle));
    let contacts: Vec<String> = contacts(profile)
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            // Only the first starts the line: markers such as `+` need no escape after it.
            let text = if i == 0 { escape_markdown(&c.text) } else { escape_inline(&c.text) };
            match c.link {
                Some(link) => format!("[{text}](<{}>)", link_target(&link)),
                None => text,
            }
        })
        .collect();
    if !contacts.is_empty() {
        let _ = writeln!(out, "{}\n", contacts.join(" · "));
    }
    let _ = writeln!(out, "{}", escape_markdown(&profile.summary));
    for section in &resume.sections {
        let _ = write!(out, "\n## {}\n\n", section.title);
        match &section.body {
            Body::Results(results) => {
                for result in results {
                    let _ = writeln!(out, "- {}", escape_markdown(&result.line()));
                    matched(&mut out, &result.matched);
                }
            }
            Body::Projects { entries, with_domain } => {
                for entry in entries {
                    project(&mut out, entry, *with_domain);
                }
            }
            Body::Skills(groups) => {
                for group in groups {
                    let list: Vec<String> = group.skills.iter().map(|s| escape_markdown(&s.name)).collect();
                    let _ = writeln!(out, "- **{}:** {}", group.label, list.join(", "));
                }
            }
            Body::Writing(posts) => {
                for post in posts {
                    let _ = writeln!(out, "- **{}**: {}", escape_markdown(&post.title), escape_markdown(&post.summary));
                }
            }
        }
    }
    if let Some(fit) = &resume.fit {
        fit_section(&mut out, fit);
    }
    out
}

/// A project: title, subtitle and meta, its summary, its achievements, and
/// what it matched.
fn project(out: &mut String, entry: &Entry<'_>, with_domain: bool) {
    let item = entry.item;
    let mut head = format!("**{}**", escape_markdown(&item.title));
    if let Some(sub) = &item.subtitle {
        let _ = write!(head, ", {}", escape_markdown(sub));
    }
    let meta = meta(item, with_domain);
    if !meta.is_empty() {
        let _ = write!(head, " ({})", escape_markdown(&meta.join(", ")));
    }
    let _ = writeln!(out, "- {head}: {}", escape_markdown(&item.summary));
    for highlight in &item.highlights {
        let _ = writeln!(out, "  - {}", escape_markdown(highlight));
    }
    matched(out, &entry.matched);
}

/// `matched: a, b` as a nested item, when there is something.
fn matched(out: &mut String, matched: &[String]) {
    if !matched.is_empty() {
        let list: Vec<String> = matched.iter().map(|m| escape_markdown(m)).collect();
        let _ = writeln!(out, "  - matched: {}", list.join(", "));
    }
}

/// The coverage of the job description: what the portfolio claims, what it
/// only mentions, and what it lacks; a paragraph each.
fn fit_section(out: &mut String, fit: &Fit) {
    let _ = write!(out, "\n## {FIT_HEADING}\n\n");
    let lines: Vec<String> =
        fit.lines().into_iter().map(|(label, text)| escape_markdown(&format!("{label}: {text}"))).collect();
    let _ = writeln!(out, "{}", lines.join("\n\n"));
}

/// Escapes text that does not start a line (see [`escape_markdown`]).
fn escape_inline(text: &str) -> String {
    let escaped = escape_markdown(&format!("x{text}"));
    escaped[1..].to_owned()
}

/// A link target for `<…>`: the characters that would end it are percent-encoded.
fn link_target(url: &str) -> String {
    clean_line(url).replace('<', "%3C").replace('>', "%3E").replace(' ', "%20")
}

/// Escapes text for Markdown, so that it reads as written once rendered (by
/// a `CommonMark` reader or GitHub) and stays clean to read as source: a character is
/// escaped only where it could start or end markup. The text becomes one line.
pub fn escape_markdown(text: &str) -> String {
    let text = clean_line(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    // Whether a `~` or `$` that could open strikethrough or math came before.
    let (mut tilde_open, mut dollar_open) = (false, false);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '|' => true,
            // Inside a word, as in a handle, `_` is not emphasis.
            '_' => !(word(prev) && word(next)),
            // GitHub's strikethrough and math: escape a `~` or `$` that could
            // close one (after a non-space) when one could have opened before.
            '~' | '$' => {
                let open = if c == '~' { &mut tilde_open } else { &mut dollar_open };
                let closes = *open && prev.is_some_and(|p| !p.is_whitespace());
                *open |= !closes && next.is_some_and(|n| !n.is_whitespace());
                closes
            }
            // HTML tags, autolinks and entities need a letter (or `/`, `!`, `?`, `#`) next.
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
            '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
            // Headings, quotes and list markers only count at the start of a line.
            '#' | '>' | '-' | '+' | '=' => i == 0,
            '.' | ')' => chars[..i].iter().all(char::is_ascii_digit) && i > 0,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

    #[test]
    fn markdown_has_one_title_sections_lists_and_no_html() {
        let c = crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        let md = render(&Resume::new(&c, None));
        let mut h1 = 0;
        let mut h2 = Vec::new();
        let mut in_h2 = false;
        let mut text = String::new();
        for event in Parser::new_ext(&md, Options::all().difference(Options::ENABLE_SMART_PUNCTUATION)) {
            match event {
                Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) => h1 += 1,
                Event::Start(Tag::Heading { level: HeadingLevel::H2, .. }) => in_h2 = true,
                Event::Start(Tag::Heading { .. }) => panic!("only # and ## headings"),
                Event::Text(t) if in_h2 => {
                    h2.push(t.to_string());
                    in_h2 = false;
                }
                Event::Text(t) => text.push_str(&t),
                Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML: {h}"),
                Event::InlineMath(m) | Event::DisplayMath(m) => panic!("math: {m}"),
                Event::Start(Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. }) => panic!("stray markup"),
                _ => {}
            }
        }
        assert_eq!(h1, 1);
        assert_eq!(
            h2,
            ["Key results", "Current role", "Open source", "Projects", "Libraries and tools", "Skills", "Writing"]
        );
        // Escapes leave the figures intact once rendered.
        assert!(text.contains("~$220k/month to ~$20k/month"), "{text}");
        assert!(text.contains("<100ms"));
    }

    #[test]
    fn escapes_markdown_syntax() {
        assert_eq!(escape_markdown("~$2M <b> a_b _x_ *x* [l](u) <100ms"), r"~$2M \<b> a_b \_x\_ \*x\* \[l\](u) <100ms");
        assert_eq!(escape_markdown("~a~ &amp; & 1 < 2"), r"~a\~ \&amp; & 1 < 2");
        assert_eq!(escape_markdown("~$1 to ~$2, $3"), r"~$1 to ~\$2, $3");
        assert_eq!(escape_markdown("# - 1. x"), r"\# - 1. x");
        assert_eq!(escape_markdown("- x"), r"\- x");
        assert_eq!(escape_markdown("12. x"), r"12\. x");
        assert_eq!(escape_markdown("a\\b `c`"), r"a\\b \`c\`");
    }
}
