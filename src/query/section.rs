//! The sections of a Markdown body: its headings, where each one's section
//! starts and ends, the heading path at any place (`What Was Actually Broken ›
//! Monitoring Was Noisy and Expensive`), and the section a person names.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::search::{CaseMode, Query, parse, parse_unsieved};

/// What separates the headings of a path.
pub const PATH_SEPARATOR: &str = " › ";

/// One heading of a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 for `#`, 2 for `##`…
    pub level: u8,
    /// The heading's text, without Markdown.
    pub title: String,
    /// Where the heading starts in the body (bytes).
    pub start: usize,
    /// Where its section ends: the next heading of the same or a higher level,
    /// or the end of the body.
    pub end: usize,
}

/// The headings of `body`, in order.
pub fn outline(body: &str) -> Vec<Heading> {
    let mut headings = plain_headings(body).unwrap_or_else(|| parsed_headings(body));
    // Each section ends where the next heading of its level or above starts.
    for i in 0..headings.len() {
        let level = headings[i].level;
        if let Some(next) = headings[i + 1..].iter().find(|h| h.level <= level) {
            headings[i].end = next.start;
        }
    }
    headings
}

/// The headings of `body` as pulldown-cmark reads them (their sections end at the body's end).
fn parsed_headings(body: &str) -> Vec<Heading> {
    let mut headings: Vec<Heading> = Vec::new();
    let mut open: Option<(u8, usize, String)> = None;
    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => open = Some((level_number(level), range.start, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, title)) = &mut open {
                    title.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, start, title)) = open.take() {
                    headings.push(Heading { level, title: title.trim().to_owned(), start, end: body.len() });
                }
            }
            _ => {}
        }
    }
    headings
}

/// The headings of `body` read line by line, without a Markdown parser,
/// when no line leaves room for doubt; `None` otherwise (then the parser
/// reads it). A heading is a line of one to six `#` and a space (or
/// nothing) at its very start, with plain text after it: no markup, no
/// closing `#`. Doubt is a line that a parser could read as something that
/// makes or hides a heading: a `#` after white space or inside a quote or a
/// list item, a setext underline (only `=`, `-` and spaces), a fence, HTML,
/// a tab, a vertical tab, a form feed or a carriage return. Most bodies have
/// none, and this reads them in a fraction of the parser's instructions
/// (`search duckdb`'s two outlines of the case study: 0.35 M parsed, 0.09 M
/// read line by line), and `search`'s snippets and `show --section` read
/// the outline of every body they show.
fn plain_headings(body: &str) -> Option<Vec<Heading>> {
    // White space a parser reads as a space or a line's end.
    let bytes = body.as_bytes();
    if memchr::memchr3(b'\r', b'\t', 0x0b, bytes).is_some() || memchr::memchr(0x0c, bytes).is_some() {
        return None;
    }
    let mut headings = Vec::new();
    let mut start = 0;
    for line in crate::lines::inclusive(body) {
        let at = start;
        start += line.len();
        let text = line.strip_suffix('\n').unwrap_or(line);
        let mut rest = text.trim_start_matches(' ');
        // Quote and list markers: what follows them is inside a container.
        let mut nested = rest.len() < text.len();
        loop {
            // A setext underline, at the top or inside a container.
            if !rest.is_empty() && rest.bytes().all(|b| matches!(b, b'=' | b'-' | b' ')) {
                return None;
            }
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let marker = ["> ", ">", "- ", "* ", "+ "].iter().find_map(|m| rest.strip_prefix(m)).or_else(|| {
                (digits > 0).then(|| rest[digits..].strip_prefix(". ").or(rest[digits..].strip_prefix(") ")))?
            });
            match marker {
                Some(inner) => {
                    rest = inner.trim_start_matches(' ');
                    nested = true;
                }
                None => break,
            }
        }
        if rest.starts_with(['<', '`', '~']) {
            return None;
        }
        if !rest.starts_with('#') {
            continue;
        }
        if nested {
            return None;
        }
        let hashes = rest.bytes().take_while(|&b| b == b'#').count();
        let after = &rest[hashes..];
        if hashes > 6 || !(after.is_empty() || after.starts_with(' ')) {
            // `#tag`, `#######`: a paragraph's text.
            continue;
        }
        // Trimmed as the parser's title is (any white space).
        let title = after.trim();
        if title.ends_with('#') || title.contains(['\\', '`', '*', '_', '[', ']', '<', '>', '&']) {
            return None;
        }
        // `hashes` is at most 6 here.
        let level = u8::try_from(hashes).unwrap_or(6);
        headings.push(Heading { level, title: title.to_owned(), start: at, end: body.len() });
    }
    Some(headings)
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The headings that contain byte `at`, outermost first; empty before the first heading.
pub fn path_at(headings: &[Heading], at: usize) -> Vec<&Heading> {
    headings.iter().filter(|h| h.start <= at && at < h.end).collect()
}

/// The heading path at byte `at`, joined by [`PATH_SEPARATOR`]; None before the first heading.
pub fn path_text(headings: &[Heading], at: usize) -> Option<String> {
    let path = path_at(headings, at);
    (!path.is_empty()).then(|| path.iter().map(|h| h.title.as_str()).collect::<Vec<_>>().join(PATH_SEPARATOR))
}

/// The heading that `wanted` names best: every word of `wanted` must be a word
/// of the heading (as search matches words: any case, stemmed, `word*`
/// prefixes); the fewest extra words win, then the outermost, then the first.
/// `Err` says what to offer when none matches.
pub fn find<'a>(headings: &'a [Heading], wanted: &str) -> Result<&'a Heading, Near> {
    let query = parse(wanted, CaseMode::Insensitive, false).ok();
    let best = query.and_then(|q| {
        headings
            .iter()
            .filter(|h| q.covers(&h.title))
            .min_by_key(|h| (super::search::tokens(&h.title).count(), h.level, h.start))
    });
    best.ok_or_else(|| closest(headings, wanted))
}

/// The other headings that `wanted` names as [`find`] does, besides
/// `chosen` and the sections it is in or holds (`slow` names "Frontend Was
/// Slow" and "`DataBricks` Serving was Slow and Expensive"): each of them,
/// in order, for a user who meant another.
pub fn also<'a>(headings: &'a [Heading], wanted: &str, chosen: &Heading) -> Vec<&'a Heading> {
    let Ok(query) = parse(wanted, CaseMode::Insensitive, false) else { return Vec::new() };
    let nested =
        |h: &Heading| h.start <= chosen.start && chosen.end <= h.end || chosen.start <= h.start && h.end <= chosen.end;
    headings.iter().filter(|h| !nested(h) && query.covers(&h.title)).collect()
}

/// The fewest first words of `heading`'s title that name it alone (no other
/// heading has them all): what to type after `show SLUG --section`
/// (`DataBricks` for "`DataBricks` Serving was Slow and Expensive"). The whole
/// title when no shorter one does and [`find`] takes it for this heading;
/// `None` when no words name it (a second "Results": its title names the first).
pub fn short_name(headings: &[Heading], heading: &Heading) -> Option<String> {
    let words: Vec<(usize, &str)> = super::search::tokens(&heading.title).collect();
    // The first `n` words, a space between those apart in the title, none
    // between those written together (`数据库`: three words, one name).
    let first = |n: usize| {
        let mut name = String::new();
        for (k, &(at, word)) in words[..n].iter().enumerate() {
            if k > 0 && words[k - 1].0 + words[k - 1].1.len() != at {
                name.push(' ');
            }
            name.push_str(word);
        }
        name
    };
    // A name of more words, or longer, than a query takes is none.
    let parses = |name: &String| name.len() <= super::search::MAX_QUERY_BYTES;
    let most = words.len().min(super::search::MAX_TERMS + 1);
    (1..most).map(first).take_while(parses).find(|name| names_alone(headings, heading, name)).or_else(|| {
        find(headings, &heading.title).is_ok_and(|found| found.start == heading.start).then(|| heading.title.clone())
    })
}

/// One word that names `heading` alone among `headings`, for a completion
/// (where a name of several words would reach bash as words of its own):
/// its [`short_name`] when that is one word, else the first word of its
/// title that names it alone (`Ask` for "The Ask", where "The" names
/// others too), one of three letters or more first (`Learned` for "What I
/// Learned", not `I`); `None` when none does. A word a shell would read
/// otherwise (`Team's`, a quote in it) is not offered.
pub fn one_word_name(headings: &[Heading], heading: &Heading) -> Option<String> {
    let short = short_name(headings, heading)?;
    let plain = crate::render::shell_plain;
    if plain(&short) {
        return Some(short);
    }
    let words: Vec<&str> =
        super::search::tokens(&heading.title).map(|(_, word)| word).skip(1).filter(|w| plain(w)).collect();
    let (long, short): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| w.chars().count() >= 3);
    long.into_iter().chain(short).find(|word| names_alone(headings, heading, word)).map(str::to_owned)
}

/// Whether `name` covers `heading` and no other of `headings`.
fn names_alone(headings: &[Heading], heading: &Heading, name: &str) -> bool {
    parsed_name(name).is_some_and(|q| {
        let mut covered = headings.iter().filter(|h| q.covers(&h.title));
        covered.next().is_some_and(|h| h.start == heading.start) && covered.next().is_none()
    })
}

/// At most this many names parsed are kept by a thread ([`parsed_name`]).
const NAMES_KEPT: usize = 4096;

thread_local! {
    /// The names [`short_name`] tried, parsed, by text: the body snippets
    /// of a common word's 7,000 hits name sections whose first words come
    /// again and again, and parsing them each time was a tenth of its
    /// warm search (callgrind: 29.0 M of 278.1 M).
    static PARSED_NAMES: std::cell::RefCell<std::collections::HashMap<String, Option<std::rc::Rc<Query>>>> =
        std::cell::RefCell::default();
}

/// `name` parsed as a query, case-insensitive (`None` when it is none):
/// kept, while fewer than [`NAMES_KEPT`] are, for the next time it is asked.
fn parsed_name(name: &str) -> Option<std::rc::Rc<Query>> {
    PARSED_NAMES.with_borrow_mut(|kept| {
        if let Some(parsed) = kept.get(name) {
            return parsed.clone();
        }
        let parsed = parse_unsieved(name, CaseMode::Insensitive, false).ok().map(std::rc::Rc::new);
        if kept.len() < NAMES_KEPT && name.len() <= super::search::MAX_QUERY_BYTES {
            kept.insert(name.to_owned(), parsed.clone());
        }
        parsed
    })
}

/// What to offer when no heading matches: the close ones, or the sections there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Near {
    /// Up to three titles close to what was asked, the closest first.
    Close(Vec<String>),
    /// None is close: the sections words open ([`to_offer`]), in order
    /// (empty when the body has no headings).
    Sections(Vec<String>),
    /// None is close, and no heading has words to open it by (`# 🚀`).
    NoNames,
}

/// Up to three headings closest to `wanted`, by the similarity of the whole
/// title or of its closest word; the outermost sections when none is close.
fn closest(headings: &[Heading], wanted: &str) -> Near {
    let wanted = wanted.trim().to_lowercase();
    let similarity = |h: &Heading| {
        let title = h.title.to_lowercase();
        super::search::tokens(&title)
            .map(|(_, w)| strsim::jaro_winkler(&wanted, w))
            .fold(strsim::jaro_winkler(&wanted, &title), f64::max)
    };
    let mut scored: Vec<(f64, &Heading)> = headings.iter().map(|h| (similarity(h), h)).collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.start.cmp(&b.1.start)));
    let close: Vec<String> = scored.iter().filter(|(s, _)| *s >= 0.8).take(3).map(|(_, h)| h.title.clone()).collect();
    if !close.is_empty() {
        return Near::Close(close);
    }
    let offered = to_offer(headings);
    if offered.is_empty() && !headings.is_empty() { Near::NoNames } else { Near::Sections(offered) }
}

/// How many of the sections [`to_offer`] gives are checked to open by
/// their title: what an error message lists (it counts the rest).
pub const OFFERED_EXACTLY: usize = 8;

/// The sections to offer one who named none, in order: each heading with
/// words that is in no such heading, so the outermost sections and those
/// under a heading with none (`## Results` under `# 🚀`); a title once.
/// The first [`OFFERED_EXACTLY`] are checked to open by their title (a
/// `Setup Results` before a `Results Setup` takes its name); the rest,
/// which a message only counts, are not: a body of thousands of headings
/// would check each against every other.
pub fn to_offer(headings: &[Heading]) -> Vec<String> {
    let mut outer: Vec<&Heading> = Vec::new();
    // Sections nest: a heading before the end of the last one taken is in it.
    let mut taken_to = 0;
    for heading in headings {
        if heading.start >= taken_to && has_words(&heading.title) {
            taken_to = heading.end;
            outer.push(heading);
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut checked = 0;
    let mut offered = Vec::new();
    for heading in outer {
        if !seen.insert(heading.title.to_lowercase()) {
            continue;
        }
        // A bounded number of checks, each a pass over the headings.
        if offered.len() < OFFERED_EXACTLY && checked < 4 * OFFERED_EXACTLY {
            checked += 1;
            if !find(headings, &heading.title).is_ok_and(|found| found.start == heading.start) {
                continue;
            }
        }
        offered.push(heading.title.clone());
    }
    offered
}

/// Whether `wanted` has words to match a heading with (`''` and `!!!` have none).
pub fn has_words(wanted: &str) -> bool {
    !matches!(
        parse_unsieved(wanted, CaseMode::Insensitive, false),
        Err(crate::error::Error::EmptyQuery | crate::error::Error::NothingToSearch { .. })
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reading headings line by line finds what the parser finds, whenever
    /// it reads a body at all: every bundled body, and bodies made of lines
    /// that make, hide or fake headings. It must read most bundled bodies
    /// (the case study included), or it saves nothing.
    #[test]
    fn headings_read_line_by_line_are_the_parsers() {
        let corpus = crate::content::load_bundled().map(|l| l.corpus).expect("bundled content loads");
        let mut read = 0;
        for item in &corpus.items {
            if let Some(plain) = plain_headings(&item.body) {
                assert_eq!(plain, parsed_headings(&item.body), "{}", item.slug);
                read += 1;
            }
        }
        assert!(read * 4 >= corpus.items.len() * 3, "read {read} of {}", corpus.items.len());
        let blitz = corpus.items.iter().find(|i| i.slug == "blitz").expect("the case study");
        assert!(plain_headings(&blitz.body).is_some_and(|h| h.len() > 10));
        // White space beyond ASCII is trimmed from a title as the parser's is.
        for body in ["# Foo\u{a0}\n", "# \u{3000}Wide\n", "## a\u{2003}\ntext\n"] {
            assert_eq!(plain_headings(body), Some(parsed_headings(body)), "{body:?}");
        }
        // What it must leave to the parser.
        for body in [
            "Title\n===\n",
            "para\n---\n",
            "```\n# not\n```\n",
            "- item\n  # inside\n",
            "> # quoted\n",
            "   # indented\n",
            "    # code\n",
            "<div>\n# x\n</div>\n",
            "# *emphasis*\n",
            "# closed #\n",
            "# a\r\n",
            "#\ttab\n",
            "1. # in a list\n",
            "#\x0cform feed\n",
            "#\x0bvertical tab\n",
            "Title\n===\x0c\n",
            "> Quoted\n> ===\n",
            "> > Quoted\n> > ---\n",
            "# closed #\u{a0}\n",
        ] {
            assert!(plain_headings(body).is_none(), "{body:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        /// Lines that leave no doubt mostly (a third of the bodies have
        /// none of the others: those the line-by-line reading reads).
        #[test]
        fn headings_read_line_by_line_are_the_parsers_in_made_bodies(
            lines in proptest::collection::vec(
                proptest::prop_oneof![6 => proptest::sample::select(&PLAIN[..]), 1 => proptest::sample::select(&DOUBT[..])],
                0..14,
            )
        ) {
            let body: String = lines.concat();
            if let Some(plain) = plain_headings(&body) {
                proptest::prop_assert_eq!(plain, parsed_headings(&body), "{:?}", body);
            }
        }
    }

    /// Lines for made bodies that the line-by-line reading reads: headings,
    /// lines that look like them, containers without one.
    const PLAIN: [&str; 21] = [
        "# One\n",
        "## Two words\n",
        "###### Six\n",
        "####### Seven\n",
        "#tag\n",
        "#\n",
        "# \n",
        "# Under’s\n",
        "text\n",
        "more text with # inside\n",
        "\n",
        "***\n",
        "- item\n",
        "> quote\n",
        "1. first\n",
        "2) second\n",
        "* star\n",
        "+ plus\n",
        "text `code`\n",
        "# Spaced\u{a0}\n",
        "## \u{3000}Wide\n",
    ];

    /// Lines that make, hide or fake a heading, which it leaves to the parser.
    const DOUBT: [&str; 16] = [
        "## Trailing ##\n",
        "> ===\n",
        "> - \n",
        "#\x0cfeed\n",
        "# *em* `code`\n",
        "## a &amp; b\n",
        "===\n",
        "---\n",
        "- - -\n",
        "  # under an item\n",
        "    # four spaces\n",
        "> # quoted\n",
        "```\n",
        "~~~\n",
        "<div>\n",
        "<!-- c\n",
    ];

    const BODY: &str = "Intro.\n\n## The Ask\n\nAsk.\n\n## What Was Broken\n\n### Errors\n\nMany.\n\n### Monitoring Was Noisy\n\nAlerts `x`.\n\n## The Numbers\n\n- one\n";

    #[test]
    fn headings_know_their_sections() {
        let h = outline(BODY);
        let titles: Vec<(&str, u8)> = h.iter().map(|h| (h.title.as_str(), h.level)).collect();
        assert_eq!(
            titles,
            [("The Ask", 2), ("What Was Broken", 2), ("Errors", 3), ("Monitoring Was Noisy", 3), ("The Numbers", 2)]
        );
        assert_eq!(
            &BODY[h[1].start..h[1].end],
            "## What Was Broken\n\n### Errors\n\nMany.\n\n### Monitoring Was Noisy\n\nAlerts `x`.\n\n"
        );
        assert_eq!(h[4].end, BODY.len());
    }

    #[test]
    fn a_place_has_its_heading_path() {
        let h = outline(BODY);
        assert_eq!(path_text(&h, 0), None);
        let at = BODY.find("Alerts").expect("in the body");
        assert_eq!(path_text(&h, at).as_deref(), Some("What Was Broken › Monitoring Was Noisy"));
        assert_eq!(path_text(&h, BODY.find("- one").expect("in the body")).as_deref(), Some("The Numbers"));
    }

    /// Other sections a name also names are offered, not those the one
    /// shown is in or holds.
    #[test]
    fn the_other_sections_a_name_names_are_known() {
        let body =
            "# Slow Things\n\n## Frontend Was Slow\n\nx\n\n## Serving was Slow and Expensive\n\ny\n\n## Fast\n\nz\n";
        let h = outline(body);
        let chosen = find(&h, "slow").expect("a section");
        assert_eq!(chosen.title, "Slow Things");
        assert!(also(&h, "slow", chosen).is_empty(), "all held by the one shown");
        let chosen = find(&h, "slow frontend").expect("a section");
        let titles = |hs: Vec<&Heading>| hs.iter().map(|h| h.title.clone()).collect::<Vec<_>>();
        assert!(titles(also(&h, "slow frontend", chosen)).is_empty());
        let chosen = find(&h, "was slow").expect("a section");
        assert_eq!(chosen.title, "Frontend Was Slow");
        assert_eq!(titles(also(&h, "was slow", chosen)), ["Serving was Slow and Expensive"]);
    }

    #[test]
    fn a_section_is_found_by_its_words() {
        let h = outline(BODY);
        assert_eq!(find(&h, "monitoring").map(|h| h.title.as_str()), Ok("Monitoring Was Noisy"));
        assert_eq!(find(&h, "NUMBERS").map(|h| h.title.as_str()), Ok("The Numbers"));
        assert_eq!(find(&h, "broke*").map(|h| h.title.as_str()), Ok("What Was Broken"));
        // Fewest extra words first: "the ask" over "the numbers" for `the`? Both have two words: the first wins.
        assert_eq!(find(&h, "the").map(|h| h.title.as_str()), Ok("The Ask"));
        assert_eq!(short_name(&h, &h[3]).as_deref(), Some("Monitoring"));
        assert_eq!(short_name(&h, &h[4]).as_deref(), Some("The Numbers"));
        assert_eq!(short_name(&h, &h[0]).as_deref(), Some("The Ask"));
        // A second heading of the same title has no name of its own: its title names the first.
        let twice = outline("## Results\n\nfirst\n\n## Other\n\n### Results\n\nsecond\n");
        assert_eq!(short_name(&twice, &twice[0]).as_deref(), Some("Results"));
        assert_eq!(short_name(&twice, &twice[2]), None);
        let near = find(&h, "numbrs").expect_err("no heading has that word");
        assert_eq!(near, Near::Close(vec!["The Numbers".to_owned()]));
        // Nothing close: the outermost sections, all of them, not three guesses.
        let sections = ["The Ask", "What Was Broken", "The Numbers"].map(str::to_owned).to_vec();
        assert_eq!(find(&h, "zzyzx").expect_err("no such section"), Near::Sections(sections));
        assert_eq!(find(&[], "usage").expect_err("no headings"), Near::Sections(Vec::new()));
        // Only what words open: those under a heading that none name, a
        // repeated title once (its second opens nothing of its own).
        let rocket = outline("# 🚀\n\n## Results\n\na\n\n### Inner\n\nb\n\n## Setup Steps\n\nc\n\n## Results\n\nd\n");
        assert_eq!(to_offer(&rocket), ["Results", "Setup Steps"]);
        assert_eq!(find(&rocket, "zzyzx").expect_err("no such section"), Near::Sections(to_offer(&rocket)));
        let mixed = outline("## Alpha\n\n### Beta\n\na\n\n## ✨\n\n### Gamma\n\nb\n");
        assert_eq!(to_offer(&mixed), ["Alpha", "Gamma"]);
        // Its words in another order open the first: not offered.
        let swapped = outline("## Setup Results\n\na\n\n## Results Setup\n\nb\n");
        assert_eq!(to_offer(&swapped), ["Setup Results"]);
        assert_eq!(find(&outline("# 🚀\n\n## ✨\n\nx\n"), "zzyzx").expect_err("none named"), Near::NoNames);
        // A heading's words are words, whatever a search engine would make
        // of them (a search refuses `NOT`, `OR` and `-word` as operators).
        let words = outline("## Why NOT Rust\n\na\n\n## Go OR Elixir\n\nb\n\n## Front -end\n\nc\n");
        for (wanted, title) in
            [("why not rust", "Why NOT Rust"), ("Go OR Elixir", "Go OR Elixir"), ("front -end", "Front -end")]
        {
            assert_eq!(find(&words, wanted).map(|h| h.title.as_str()), Ok(title), "{wanted}");
        }
        assert_eq!(short_name(&words, &words[2]).as_deref(), Some("Front"));
        // Words written together are named together: `数据`, not "数 据".
        let cjk = outline("## 数据库管理\n\na\n\n## 数字\n\nb\n\n## C++/Rust tips\n\nc\n\n## C++ notes\n\nd\n");
        assert_eq!(short_name(&cjk, &cjk[0]).as_deref(), Some("数据"));
        assert_eq!(find(&cjk, "数据").map(|h| h.title.as_str()), Ok("数据库管理"));
        assert_eq!(short_name(&cjk, &cjk[2]).as_deref(), Some("C++ Rust"));
    }

    #[test]
    fn a_completion_offers_one_plain_word_that_names_the_section() {
        let h = outline(
            "## The Ask\n\na\n\n## What I Learned\n\nb\n\n## What Broke\n\nb\n\n## The Team's Wins\n\nc\n\n## Alice's Notes\n\nd\n",
        );
        let names: Vec<_> = h.iter().map(|heading| one_word_name(&h, heading)).collect();
        // `Ask`, not "The"; `Learned`, not "I"; never a word with a quote,
        // which bash would read as the start of a string.
        assert_eq!(
            names,
            [Some("Ask"), Some("Learned"), Some("Broke"), Some("Wins"), Some("Notes")].map(|n| n.map(str::to_owned))
        );
        // Titles that only words past what a query takes tell apart have
        // no name: `--section` would refuse it.
        let words =
            (0..crate::query::search::MAX_TERMS + 8).map(|n| format!("w{n}")).collect::<Vec<_>>().join(" ") + " ";
        let h = outline(&format!("## {words}alpha\n\na\n\n## {words}beta\n\nb\n"));
        assert_eq!((short_name(&h, &h[0]), short_name(&h, &h[1])), (None, None));
    }
}
