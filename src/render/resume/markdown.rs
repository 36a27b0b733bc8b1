//! The résumé as Markdown to paste into a document: one `#` title, `##`
//! sections and lists, every project and result, no HTML.

use std::fmt::Write as _;

use super::meta;
use crate::query::resume::{Body, Resume};
use crate::sanitize::clean_line;

/// Renders the résumé as Markdown to paste into a document.
pub fn render(resume: &Resume<'_>) -> String {
    let profile = resume.profile;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape_markdown(&profile.name));
    let _ = writeln!(out, "{} · {}\n", escape_markdown(&profile.headline), escape_markdown(&profile.handle));
    let _ = writeln!(out, "{}", escape_markdown(&profile.summary));
    for section in &resume.sections {
        let _ = write!(out, "\n## {}\n\n", section.title);
        match &section.body {
            Body::Results(results) => {
                for result in *results {
                    let _ = writeln!(out, "- {}", escape_markdown(result));
                }
            }
            Body::Projects { items, with_domain } => {
                for item in items {
                    let mut head = format!("**{}**", escape_markdown(&item.title));
                    if let Some(sub) = &item.subtitle {
                        let _ = write!(head, ", {}", escape_markdown(sub));
                    }
                    let meta = meta(item, *with_domain);
                    if !meta.is_empty() {
                        let _ = write!(head, " ({})", escape_markdown(&meta.join(", ")));
                    }
                    let _ = writeln!(out, "- {head}: {}", escape_markdown(&item.summary));
                }
            }
            Body::Skills(groups) => {
                for (label, list) in groups {
                    let list: Vec<String> = list.iter().map(|s| escape_markdown(s)).collect();
                    let _ = writeln!(out, "- **{label}:** {}", list.join(", "));
                }
            }
            Body::Writing(posts) => {
                for post in posts {
                    let _ = writeln!(out, "- **{}**: {}", escape_markdown(&post.title), escape_markdown(&post.summary));
                }
            }
        }
    }
    out
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
        let md = render(&Resume::new(&c));
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
        assert_eq!(h2, ["Key results", "Experience", "Open source and developer tools", "Skills", "Writing"]);
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
