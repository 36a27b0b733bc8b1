//! The résumé: its sections picked from the corpus, rendered as one screen of
//! text or as Markdown to paste into a document.

use std::fmt::Write as _;

use anstyle::Style;

use super::Look;
use super::style;
use super::wrap::{Piece, painted, wrap};
use crate::content::{Corpus, Item, Kind, Profile, domain};
use crate::sanitize::clean_line;

/// The domain whose projects are open source and tooling work rather than experience.
pub const OPEN_SOURCE_DOMAIN: &str = "developer-tools";

/// Key results the text view shows without `--full`: the profile lists the
/// Blitz figures (cost, savings, errors, latency, traffic) first.
pub const KEY_RESULTS: usize = 5;

/// Experience items the text view shows without `--full`, to fit about 60 lines at 100 columns.
pub const EXPERIENCE_SHOWN: usize = 6;

/// The widest the text view gets: longer lines are hard to skim.
pub const MAX_WIDTH: usize = 100;

/// The résumé's content: the profile, then projects split into experience and
/// open source, then the posts, each in the site's order (most recent first).
#[derive(Debug, Clone)]
pub struct Resume<'a> {
    /// The person.
    pub profile: &'a Profile,
    /// Projects outside developer tools: the work, in site order.
    pub experience: Vec<&'a Item>,
    /// Projects in developer tools: open source and tooling work.
    pub open_source: Vec<&'a Item>,
    /// The blog posts.
    pub writing: Vec<&'a Item>,
}

impl<'a> Resume<'a> {
    /// Picks the sections from the corpus.
    pub fn new(corpus: &'a Corpus) -> Self {
        let (open_source, experience) =
            corpus.of_kind(Kind::Project).partition(|i: &&Item| i.domain.as_deref() == Some(OPEN_SOURCE_DOMAIN));
        Resume { profile: &corpus.profile, experience, open_source, writing: corpus.of_kind(Kind::Post).collect() }
    }

    /// The skill groups that have skills, with their display names.
    pub fn skills(&self) -> Vec<(&'static str, &'a [String])> {
        let skills = &self.profile.skills;
        [
            ("Programming languages", skills.languages.as_slice()),
            ("Data", skills.data.as_slice()),
            ("Infrastructure", skills.infrastructure.as_slice()),
            ("Observability", skills.observability.as_slice()),
        ]
        .into_iter()
        .filter(|(_, list)| !list.is_empty())
        .collect()
    }
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

/// Renders the résumé to skim on a terminal: one screen at 100 columns, or
/// every project and result in full with `full`.
pub fn text(resume: &Resume<'_>, full: bool, look: Look) -> String {
    let color = look.color;
    let width = look.width.min(MAX_WIDTH);
    let profile = resume.profile;
    let mut lines: Vec<String> = Vec::new();

    let name = [
        Piece::new(clean_line(&profile.name), style::TITLE),
        Piece::new(format!(" · {}", clean_line(&profile.handle)), style::DIM),
    ];
    lines.extend(wrap(&name, width, "", "", color));
    lines.extend(wrap(&[Piece::new(clean_line(&profile.headline), style::ITALIC)], width, "", "", color));
    lines.push(String::new());
    let summary = if full { profile.summary.as_str() } else { profile.short_summary() };
    lines.extend(wrap(&[Piece::new(clean_line(summary), Style::new())], width, "", "", color));

    let shown = if full { profile.highlights.len() } else { KEY_RESULTS };
    // A section with nothing in it (other content folders) gets no heading.
    if !profile.highlights.is_empty() {
        heading(&mut lines, "Key results", width, color);
    }
    for highlight in profile.highlights.iter().take(shown) {
        lines.extend(wrap(&[Piece::new(clean_line(highlight), Style::new())], width, &bullet(color), "  ", color));
    }

    if !resume.experience.is_empty() {
        heading(&mut lines, "Experience", width, color);
    }
    let shown = if full { resume.experience.len() } else { EXPERIENCE_SHOWN };
    for item in resume.experience.iter().take(shown) {
        lines.extend(entry(item, true, if full { usize::MAX } else { 2 }, width, color));
    }
    let hidden = resume.experience.len().saturating_sub(shown);
    if hidden > 0 {
        let note = format!("+ {hidden} more projects: dryga resume --full");
        lines.extend(wrap(&[Piece::new(note, style::DIM)], width, "  ", "  ", color));
    }

    if !resume.open_source.is_empty() {
        heading(&mut lines, "Open source and developer tools", width, color);
    }
    for item in &resume.open_source {
        // They share one domain: the heading says it.
        lines.extend(entry(item, false, if full { usize::MAX } else { 1 }, width, color));
    }

    let skills = resume.skills();
    if !skills.is_empty() {
        heading(&mut lines, "Skills", width, color);
    }
    let label_width = skills.iter().map(|(label, _)| label.len()).max().unwrap_or(0) + 2;
    // Labels in a column beside the skills, or above them when the screen is narrow.
    let column = width >= label_width + 30;
    for (label, list) in skills {
        let list: Vec<String> = list.iter().map(|s| clean_line(s).into_owned()).collect();
        let pieces = [Piece::new(list.join(", "), Style::new())];
        if column {
            let first = painted(style::BOLD, &format!("{label:<label_width$}"), color);
            lines.extend(wrap(&pieces, width, &first, &" ".repeat(label_width), color));
        } else {
            lines.extend(wrap(&[Piece::new(label, style::BOLD)], width, "", "", color));
            lines.extend(wrap(&pieces, width, "  ", "  ", color));
        }
    }

    if !resume.writing.is_empty() {
        heading(&mut lines, "Writing", width, color);
    }
    for post in &resume.writing {
        let mut pieces = vec![Piece::new(clean_line(&post.title), Style::new())];
        if full {
            pieces[0].style = style::BOLD;
            pieces.push(Piece::new(format!(" — {}", clean_line(&post.summary)), Style::new()));
        }
        lines.extend(clamp(&pieces, if full { usize::MAX } else { 1 }, width, &bullet(color), "  ", color));
    }

    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// A bullet, styled.
fn bullet(color: bool) -> String {
    painted(style::BULLET, "• ", color)
}

/// A blank line, then a section heading followed by a rule to the width.
/// On a narrow screen the title wraps and the rule may go.
fn heading(lines: &mut Vec<String>, title: &str, width: usize, color: bool) {
    lines.push(String::new());
    let title_lines = wrap(&[Piece::new(title, style::H2)], width, "", "", color);
    let last_width = title_lines.last().map_or(0, |l| super::markdown::console_width(l));
    lines.extend(title_lines);
    let rule = width.saturating_sub(last_width + 1);
    if rule >= 3 {
        if let Some(last) = lines.last_mut() {
            last.push(' ');
            last.push_str(&painted(style::DIM, &"─".repeat(rule), color));
        }
    }
}

/// A project on at most `max_lines` lines: title, domain (when `with_domain`)
/// and period, and its summary.
fn entry(item: &Item, with_domain: bool, max_lines: usize, width: usize, color: bool) -> Vec<String> {
    let mut pieces = vec![Piece::new(clean_line(&item.title), style::BOLD)];
    let meta = meta(item, with_domain);
    if !meta.is_empty() {
        pieces.push(Piece::new(format!(" · {}", meta.join(" · ")), style::DIM));
    }
    pieces.push(Piece::new(format!(" — {}", clean_line(&item.summary)), Style::new()));
    clamp(&pieces, max_lines, width, &bullet(color), "  ", color)
}

/// Wraps `pieces` like [`wrap`], but into at most `max_lines` lines: when the
/// text is longer, it is cut after the last word that fits and ends with "…".
fn clamp(pieces: &[Piece], max_lines: usize, width: usize, first: &str, rest: &str, color: bool) -> Vec<String> {
    let lines = wrap(pieces, width, first, rest, color);
    if lines.len() <= max_lines {
        return lines;
    }
    // Every word with its style, in order; then drop words from the end until
    // the rest and an ellipsis fit.
    let words: Vec<(Style, &str)> =
        pieces.iter().flat_map(|p| p.text.split(' ').filter(|w| !w.is_empty()).map(|w| (p.style, w))).collect();
    let cut = |keep: usize| {
        let pieces: Vec<Piece> = words[..keep]
            .iter()
            .enumerate()
            .map(|(i, (style, word))| {
                let word = if i + 1 == keep {
                    format!("{}…", word.trim_end_matches([',', ';', ':', '.', '—']))
                } else {
                    format!("{word} ")
                };
                Piece::new(word, *style)
            })
            .collect();
        wrap(&pieces, width, first, rest, color)
    };
    // Fewer words never take more lines: binary-search the most that fit,
    // then step back past a dangling dash or an opened parenthesis.
    let (mut lo, mut hi) = (1, words.len().saturating_sub(1));
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if cut(mid).len() <= max_lines { lo = mid } else { hi = mid - 1 }
    }
    for keep in (1..=lo).rev() {
        let last = words[keep - 1].1;
        if last == "—" || (last.contains('(') && !last.contains(')')) {
            continue;
        }
        let lines = cut(keep);
        if lines.len() <= max_lines {
            return lines;
        }
    }
    lines.into_iter().take(max_lines).collect()
}

/// Renders the résumé as Markdown to paste into a document: one `#` title,
/// `##` sections and lists, every project and result, no HTML.
pub fn markdown(resume: &Resume<'_>) -> String {
    let profile = resume.profile;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape_markdown(&profile.name));
    let _ = writeln!(out, "{} · {}\n", escape_markdown(&profile.headline), escape_markdown(&profile.handle));
    let _ = writeln!(out, "{}", escape_markdown(&profile.summary));
    if !profile.highlights.is_empty() {
        out.push_str("\n## Key results\n\n");
        for highlight in &profile.highlights {
            let _ = writeln!(out, "- {}", escape_markdown(highlight));
        }
    }
    // The tools share one domain: their heading says it.
    let sections =
        [("Experience", &resume.experience, true), ("Open source and developer tools", &resume.open_source, false)];
    for (title, items, with_domain) in sections {
        if items.is_empty() {
            continue;
        }
        let _ = write!(out, "\n## {title}\n\n");
        for item in items {
            let mut head = format!("**{}**", escape_markdown(&item.title));
            if let Some(sub) = &item.subtitle {
                let _ = write!(head, ", {}", escape_markdown(sub));
            }
            let meta = meta(item, with_domain);
            if !meta.is_empty() {
                let _ = write!(head, " ({})", escape_markdown(&meta.join(", ")));
            }
            let _ = writeln!(out, "- {head}: {}", escape_markdown(&item.summary));
        }
    }
    let skills = resume.skills();
    if !skills.is_empty() {
        out.push_str("\n## Skills\n\n");
        for (label, list) in skills {
            let list: Vec<String> = list.iter().map(|s| escape_markdown(s)).collect();
            let _ = writeln!(out, "- **{label}:** {}", list.join(", "));
        }
    }
    if !resume.writing.is_empty() {
        out.push_str("\n## Writing\n\n");
        for post in &resume.writing {
            let _ = writeln!(out, "- **{}**: {}", escape_markdown(&post.title), escape_markdown(&post.summary));
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
    use crate::content;
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

    fn corpus() -> Corpus {
        content::load_bundled().map(|l| l.corpus).expect("bundled content loads")
    }

    #[test]
    fn splits_projects_into_experience_and_open_source_in_site_order() {
        let c = corpus();
        let r = Resume::new(&c);
        assert_eq!(r.experience.len() + r.open_source.len(), c.of_kind(Kind::Project).count());
        assert_eq!(r.experience.first().map(|i| i.slug.as_str()), Some("blitz"));
        assert!(r.open_source.iter().all(|i| i.domain.as_deref() == Some(OPEN_SOURCE_DOMAIN)));
        assert!(r.experience.windows(2).all(|w| w[0].order < w[1].order));
        assert_eq!(r.writing.len(), c.of_kind(Kind::Post).count());
    }

    #[test]
    fn clamps_to_whole_words_and_an_ellipsis() {
        let pieces = [Piece::new("aaa bbb ccc ddd eee fff", Style::new())];
        assert_eq!(clamp(&pieces, 2, 8, "", "", false), ["aaa bbb", "ccc ddd…"]);
        assert_eq!(clamp(&pieces, 2, 7, "", "", false), ["aaa bbb", "ccc…"]);
        assert_eq!(clamp(&pieces, 9, 8, "", "", false), ["aaa bbb", "ccc ddd", "eee fff"]);
    }

    #[test]
    fn text_fits_the_width_and_the_full_view_shows_everything() {
        let c = corpus();
        let r = Resume::new(&c);
        for width in [20, 27, 40, 80, 100, 200] {
            let out = text(&r, false, Look { color: true, width });
            for line in out.lines() {
                assert!(super::super::markdown::console_width(line) <= width.min(MAX_WIDTH), "{width}: {line:?}");
            }
        }
        let full = text(&r, true, Look { color: false, width: 100 });
        for item in r.experience.iter().chain(&r.open_source) {
            assert!(full.contains(&item.title), "{} missing", item.slug);
        }
        assert!(!full.contains("--full"));
    }

    #[test]
    fn markdown_has_one_title_sections_lists_and_no_html() {
        let c = corpus();
        let md = markdown(&Resume::new(&c));
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
