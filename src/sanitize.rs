//! Keeps content from taking over the terminal: whole escape sequences (CSI,
//! OSC, DCS… stripped by anstream's parser, so nothing like `[2J` or `]52;`
//! is left behind), control characters, carriage returns that would rewrite a
//! line, bidirectional controls and invisible characters are removed from
//! everything printed as text. The ranges follow fd's `sanitize`.

use std::borrow::Cow;

/// Whether `c` must never reach a terminal from content: C0/C1 controls (tab,
/// newline and carriage return are handled apart), DEL, bidirectional
/// embeddings, overrides, isolates and marks, and characters that print
/// nothing and can hide or disguise text.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        || matches!(c,
            '\u{00AD}' // soft hyphen
            | '\u{061C}' // Arabic letter mark
            | '\u{180E}' // Mongolian vowel separator
            | '\u{200B}' // zero-width space
            | '\u{200E}' | '\u{200F}' // LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{206F}' // bidi isolates, deprecated format characters
            | '\u{FEFF}' // zero-width no-break space
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
            | '\u{E0000}'..='\u{E007F}' // tag characters
        )
}

/// Whether the eight bytes of `w` need no cleaning: all ASCII, none DEL,
/// none below 0x20 but those in `keep` (newlines, tabs: a body's chunks of
/// eight bytes hold one every line, and were looked at byte by byte). Each
/// test is exact, byte by byte: once no byte has its top bit set, adding 1
/// or 0x60 carries into no other byte, and the zero-byte test after XOR (on
/// the low seven bits, then the top one) borrows across none. The kept
/// bytes are looked for only in the few words with a byte below 0x20.
fn clean8(w: u64, keep: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // A byte beyond ASCII, or DEL (0x7f + 1 has the top bit).
    if (w | w.wrapping_add(ONES)) & HIGH != 0 {
        return false;
    }
    let below = !(w + ONES * 0x60) & HIGH;
    if below == 0 {
        return true;
    }
    // The top bit of each byte that is zero.
    let zero = |x: u64| !(((x & LOW) + LOW) | x | LOW);
    below & !keep.iter().fold(0, |m, &k| m | zero(w ^ (ONES * u64::from(k)))) == 0
}

/// Whether the bytes of `block` are printable ASCII or newlines, the bytes
/// of most texts: a quick test before [`clean8`]'s, which every text
/// searched is checked with. Written with no branch a byte, so that the
/// compiler tests many bytes an instruction (callgrind, the first command
/// over 10,000 files: the check cost 41.1 M instructions with `clean8`
/// alone, 33.4 M with its arithmetic on four words at once, 17.1 M so).
// `|` and `&`, not `||` and `&&`: a branch a byte is what stops the compiler.
#[allow(clippy::needless_bitwise_bool)]
fn plain_block(block: &[u8; BLOCK]) -> bool {
    !block.iter().fold(false, |bad, &b| bad | ((b < 0x20) & (b != b'\n')) | (b >= 0x7f))
}

/// How many bytes [`plain_block`] tests at once.
const BLOCK: usize = 64;

/// Whether `s` needs no cleaning at all (the common case, checked cheaply:
/// text without control bytes but those in `keep`, nor unsafe characters).
/// Printable ASCII and newlines, most of any text, are passed 64 bytes at
/// a time when newlines are kept ([`plain_block`]), else eight at a time
/// ([`clean8`]); the eight bytes after any other are looked at one by one.
fn already_clean(s: &str, keep: &[u8]) -> bool {
    already_clean_of(s, keep, is_unsafe)
}

/// [`already_clean`], `unsafe_char` saying which characters beyond ASCII
/// are not (for a search, the [`JOINERS`] too: one pass for both).
fn already_clean_of(s: &str, keep: &[u8], unsafe_char: fn(char) -> bool) -> bool {
    let bytes = s.as_bytes();
    let newlines = keep.contains(&b'\n');
    let mut i = 0;
    while i < bytes.len() {
        if newlines && bytes.get(i..i + BLOCK).and_then(|b| b.try_into().ok()).is_some_and(plain_block) {
            i += BLOCK;
            continue;
        }
        let word = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()).map(u64::from_le_bytes);
        if word.is_some_and(|w| clean8(w, keep)) {
            i += 8;
            continue;
        }
        let end = (i + 8).min(bytes.len());
        while let Some(&b) = bytes.get(i).filter(|_| i < end) {
            if b < 0x80 {
                if (b < 0x20 && !keep.contains(&b)) || b == 0x7f {
                    return false;
                }
                i += 1;
            } else {
                // `i` moves by whole characters (eight ASCII bytes are
                // eight), so it is always at a boundary.
                let Some(c) = s[i..].chars().next() else { return true };
                if unsafe_char(c) {
                    return false;
                }
                i += c.len_utf8();
            }
        }
    }
    true
}

/// `s` without escape sequences and unsafe characters; `\r\n` becomes `\n`,
/// and a carriage return left alone (which would send the cursor back over the
/// line) becomes a space unless `keep_cr`.
fn strip(s: &str, keep_cr: bool) -> String {
    let stripped = anstream::adapter::strip_str(s).to_string();
    let mut out = String::with_capacity(stripped.len());
    let mut chars = stripped.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if keep_cr => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push(' '),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Removes escape sequences and unsafe characters; tabs become spaces.
/// Newlines are kept.
pub fn clean(s: &str) -> Cow<'_, str> {
    if already_clean(s, b"\n") {
        return Cow::Borrowed(s);
    }
    Cow::Owned(strip(s, false).replace('\t', " "))
}

/// Removes escape sequences and unsafe characters but keeps tabs and carriage
/// returns: for source text (`show --format markdown`), which is then byte for
/// byte the source whenever the source holds no control character.
pub fn clean_source(s: &str) -> Cow<'_, str> {
    if already_clean(s, b"\n\t\r") {
        return Cow::Borrowed(s);
    }
    Cow::Owned(strip(s, true))
}

/// The zero-width non-joiner and joiner: shown (they shape Persian and
/// Indic words, and join emoji: 👩‍💻), but no part of a word a search reads.
const JOINERS: [char; 2] = ['\u{200C}', '\u{200D}'];

/// `s` without the zero-width joiner and non-joiner: a line of a snippet
/// is shown as a search reads it, so that its matches are where its words
/// are (`می‌خواهم` matched, but its snippet had no match).
pub fn without_joiners(s: &str) -> Cow<'_, str> {
    // By their first byte, with memchr: `contains` of a list of
    // characters decodes each one (a common word's snippets: 14% more
    // instructions for a search of 1,000 files).
    let bytes = s.as_bytes();
    let joined = memchr::memchr_iter(0xE2, bytes)
        .any(|i| bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x8C | 0x8D)));
    if joined { Cow::Owned(s.replace(JOINERS, "")) } else { Cow::Borrowed(s) }
}

/// `s` without the characters that print nothing within a word (a soft
/// hyphen, zero-width spaces and joiners, direction marks, tag
/// characters): a query as typed or pasted,
/// read as the text it looks for is (`kuber\u{AD}netes` is "kubernetes").
/// Its control characters and escape sequences are kept, to be shown
/// escaped: they are no word's.
pub fn without_invisible(s: &str) -> Cow<'_, str> {
    // What a text searched is read without ([`clean_searched`]), but the
    // control characters: the same test, one list.
    let invisible = |c: char| !c.is_control() && (is_unsafe(c) || JOINERS.contains(&c));
    if s.chars().any(invisible) { Cow::Owned(s.chars().filter(|&c| !invisible(c)).collect()) } else { Cow::Borrowed(s) }
}

/// [`clean_source`], and without the zero-width joiner and non-joiner: the text as a search
/// reads its words (`می‌خواهم` is the word `میخواهم` typed without its
/// non-joiner, as it was before they were shown).
pub fn clean_searched(s: &str) -> Cow<'_, str> {
    // Asked in the same pass as the rest (every text searched is: a
    // folder's 15 MB on its first command); ASCII, most of it, at speed.
    if already_clean_of(s, b"\n\t\r", |c| is_unsafe(c) || JOINERS.contains(&c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(strip(s, true).replace(JOINERS, ""))
}

/// Markdown `text` with its character references as the characters a
/// Markdown renderer shows for them (`&amp;` as "&", `caf&eacute;` as
/// "café", `&#64;` as "@", `&nbsp;` as a no-break space); anything else
/// as written: a reference no renderer knows (`&nosuch;`), one in code (a
/// `code span`, a code block), in raw HTML, or escaped (`\&amp;`), which
/// a renderer prints as written. Borrowed when there is none. What it
/// shows is still to be cleaned: `&#x1b;` is an escape.
pub fn shown_references(text: &str) -> Cow<'_, str> {
    let places = shown_reference_places(text);
    shown_references_at(text, 0, &places)
}

/// Markdown `text` with each HTML comment (`<!-- … -->`, in an HTML block
/// or inline, where a renderer reads one: not in code) as spaces, its line
/// breaks kept: what `show` never prints is no part of what a search reads
/// or shows (a draft's `<!-- do not publish -->` was found, and shown in a
/// snippet). Byte for byte in place: every other part of the text stays
/// where it was. Borrowed when there is no `<!--` in it; only then is the
/// text parsed (most have none: a parse of every file made a scan 2.7
/// times as long, see [`shown_reference_places`]). What a regex reads.
pub fn without_comments(text: &str) -> Cow<'_, str> {
    blanked(text, false)
}

/// [`without_comments`], and without the inline tags `show` leaves out
/// for the text they mark, as spaces too: each of the [`MARKING_TAGS`] and
/// a line break (`<kbd>`, `</span>`, `<br>`; [`is_marking_tag`]). `kbd` and
/// `class` found `<kbd>Ctrl</kbd>` and `<span class="x">`, and the tag
/// between them parted the words `show` prints side by side (`"press
/// ctrl"`). Any other tag `show` prints as written, and is searched so
/// (`Option<String>`, `<img alt="diagram">`), as an HTML block is. A tag
/// within a word parts it: `H<sub>2</sub>O` is "H 2 O". What a search of
/// words reads.
pub fn without_hidden_html(text: &str) -> Cow<'_, str> {
    blanked(text, true)
}

/// [`without_comments`], with `tags` [`without_hidden_html`].
fn blanked(text: &str, tags: bool) -> Cow<'_, str> {
    use pulldown_cmark::{Event, Options, Parser};
    // A `<` first, with memchr: a searcher of the four bytes, made for each
    // text, cost a scan of 1,000 files 4% of its instructions.
    let bytes = text.as_bytes();
    let opens = |i: usize| bytes[i..].starts_with(b"<!--") || (tags && opens_marking_tag(&bytes[i..]));
    if !memchr::memchr_iter(b'<', bytes).any(opens) {
        return Cow::Borrowed(text);
    }
    // Where the parser reads raw HTML, each run of it (an HTML block's
    // lines, one after the other; an inline comment): a comment starts
    // there, and ends there at the latest, as the renderer reads it. And
    // each inline tag `show` leaves out, whole.
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut marking: Vec<std::ops::Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let block = matches!(event, Event::Html(_));
        if let Event::InlineHtml(html) = &event {
            let tag = html.trim();
            if tags && (is_marking_tag(tag) || is_break_tag(tag)) {
                marking.push(range.clone());
            }
        }
        if !block && !matches!(event, Event::InlineHtml(_)) {
            continue;
        }
        match runs.last_mut() {
            Some(last) if block && last.end == range.start => last.end = range.end,
            _ => runs.push(range),
        }
    }
    if runs.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = bytes.to_vec();
    for run in runs {
        let mut from = run.start;
        while let Some(at) = memchr::memmem::find(&bytes[from..run.end], b"<!--").map(|i| from + i) {
            let end = comment_end(&text[at..run.end]).map_or(run.end, |len| at + len);
            for b in &mut out[at..end] {
                if *b != b'\n' && *b != b'\r' {
                    *b = b' ';
                }
            }
            from = end;
        }
    }
    for tag in marking {
        for b in &mut out[tag] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Whole characters became spaces, ASCII: still UTF-8.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// The length of the HTML comment `html` starts with (`<!--`), as
/// the `CommonMark` spec reads one: `<!-->`, `<!--->`, or to the first `-->`; `None`
/// when it does not end in `html`.
pub fn comment_end(html: &str) -> Option<usize> {
    let rest = html.strip_prefix("<!--")?;
    if rest.starts_with('>') {
        return Some(5);
    }
    if rest.starts_with("->") {
        return Some(6);
    }
    rest.find("-->").map(|i| 4 + i + 3)
}

/// Whether `tag` is a line break tag: `<br>`, `<br/>`, `<br />`.
pub fn is_break_tag(tag: &str) -> bool {
    let inner = tag.strip_prefix('<').and_then(|t| t.strip_suffix('>')).map(|t| t.trim_end_matches('/').trim());
    inner.is_some_and(|t| t.eq_ignore_ascii_case("br"))
}

/// The HTML tags that only mark text (`<kbd>Ctrl</kbd>`): shown, they are
/// markup, and the text they mark is shown without them. Any other is shown
/// as written: `Vec<T>` and `Option<String>` in prose are read as tags by
/// Markdown, and a link's `<a href>` or an image's `<img alt>` says more
/// than the text around it.
pub const MARKING_TAGS: [&str; 20] = [
    "abbr", "b", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span",
    "strong", "sub", "sup", "u",
];

/// Whether `tag` is one of the [`MARKING_TAGS`], opening or closing
/// (`<kbd>`, `</kbd>`, `<span class="x">`).
pub fn is_marking_tag(tag: &str) -> bool {
    let Some(inner) = tag.strip_prefix('<').and_then(|t| t.strip_suffix('>')) else { return false };
    let name = inner.strip_prefix('/').unwrap_or(inner);
    let end = name.find(|c: char| !c.is_ascii_alphanumeric() && c != '-').unwrap_or(name.len());
    MARKING_TAGS.iter().any(|t| t.eq_ignore_ascii_case(&name[..end]))
        && !inner.contains(['<', '>'])
        && name[end..].chars().next().is_none_or(|c| c.is_whitespace() || c == '/')
}

/// Whether `bytes` (from a `<`) may open a tag [`without_hidden_html`]
/// blanks: `<` (or `</`), one of the [`MARKING_TAGS`] or `br`, then `>`,
/// `/` or a space. What the text is parsed for: `Vec<T>`, an autolink,
/// `a <b` alone are not.
fn opens_marking_tag(bytes: &[u8]) -> bool {
    let rest = bytes.get(1..).unwrap_or_default();
    let rest = rest.strip_prefix(b"/").unwrap_or(rest);
    let len = rest.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let (name, after) = rest.split_at(len);
    let named = |t: &str| t.as_bytes().eq_ignore_ascii_case(name);
    (MARKING_TAGS.iter().any(|t| named(t)) || named("br"))
        && after.first().is_some_and(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace())
}

/// A character reference of a text shown as its character: where it
/// starts, how long it is, and what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// Its first byte, in the whole text.
    pub at: usize,
    /// Its length in bytes.
    pub len: usize,
    /// The character (or characters) it shows.
    pub shown: String,
}

/// Where in Markdown `text` the references [`shown_references`] shows as
/// characters are, in order: none when nothing in it looks like one.
/// Read line by line, as a renderer reads the blocks: not in a fenced code
/// block, nor an indented one (after a blank line), nor in a `code span`
/// or an HTML tag, nor escaped (`\&amp;`). By hand, not by the Markdown
/// parser: parsing every file of a folder with a reference in each made a
/// scan of it 2.7 times as long (1,000 files: 58.7 → 156.7 M instructions).
pub fn shown_reference_places(text: &str) -> Vec<Shown> {
    let bytes = text.as_bytes();
    // An `&` alone (`R&D`, `Q&A`) is common: most texts stop here.
    if !memchr::memchr_iter(b'&', bytes).any(|at| reference_len(&bytes[at..]).is_some()) {
        return Vec::new();
    }
    let mut places = Vec::new();
    // An open fence (its character and length), an indented code block.
    let (mut fence, mut indented, mut after_blank) = (None::<(u8, usize)>, false, true);
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let from = start;
        start += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let indent: usize =
            content.bytes().take_while(|b| matches!(b, b' ' | b'\t')).map(|b| if b == b'\t' { 4 } else { 1 }).sum();
        let rest = content.trim_start_matches([' ', '\t']);
        let blank = rest.is_empty();
        let run = |c: u8| rest.bytes().take_while(|&b| b == c).count();
        if let Some((c, n)) = fence {
            if indent < 4 && run(c) >= n && rest.trim_start_matches(char::from(c)).trim().is_empty() {
                fence = None;
            }
            after_blank = false;
            continue;
        }
        if indent < 4 && (run(b'`') >= 3 || run(b'~') >= 3) {
            let c = if rest.starts_with('`') { b'`' } else { b'~' };
            fence = Some((c, run(c)));
            after_blank = false;
            continue;
        }
        indented = !blank && indent >= 4 && (indented || after_blank);
        after_blank = blank || (indented && after_blank);
        if indented || memchr::memchr(b'&', content.as_bytes()).is_none() {
            continue;
        }
        places.extend(places_in_line(content).into_iter().map(|p| Shown { at: from + p.at, ..p }));
    }
    places
}

/// The references of one line of Markdown text (not code) shown as
/// characters (at bytes of the line): not in a `code span` nor an HTML
/// tag, nor escaped.
fn places_in_line(line: &str) -> Vec<Shown> {
    let bytes = line.as_bytes();
    let escaped = |i: usize| bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1;
    // The code spans: a run of backticks up to the next run of as many
    // (a run with none after it is no code span, only backticks).
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(found) = bytes.get(i..).and_then(|rest| memchr::memchr(b'`', rest)) {
        let at = i + found;
        let n = bytes[at..].iter().take_while(|&&b| b == b'`').count();
        if !escaped(at) {
            runs.push((at, n));
        }
        i = at + n;
    }
    let mut spans: Vec<[usize; 2]> = Vec::new();
    // Each length's runs in order, with how far the spans have passed them.
    let mut of_length: std::collections::HashMap<usize, (Vec<usize>, usize)> = std::collections::HashMap::new();
    for (k, &(_, n)) in runs.iter().enumerate() {
        of_length.entry(n).or_default().0.push(k);
    }
    let mut k = 0;
    while k < runs.len() {
        let (at, n) = runs[k];
        let later = of_length.get_mut(&n).and_then(|(ks, passed)| {
            while ks.get(*passed).is_some_and(|&j| j <= k) {
                *passed += 1;
            }
            ks.get(*passed).copied()
        });
        if let Some(j) = later {
            spans.push([at, runs[j].0 + n]);
            k = j + 1;
        } else {
            k += 1;
        }
    }
    let mut places = Vec::new();
    let (mut tag, mut span) = (false, 0);
    for (i, &b) in bytes.iter().enumerate() {
        // The spans are in order, apart: the first that ends past `i`.
        while spans.get(span).is_some_and(|s| s[1] <= i) {
            span += 1;
        }
        let in_code = spans.get(span).is_some_and(|s| s[0] <= i);
        match b {
            b'<' if !in_code && !escaped(i) => {
                tag = bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?'));
            }
            b'>' if tag => tag = false,
            b'&' if !tag && !in_code && !escaped(i) => {
                if let Some(len) = reference_len(&bytes[i..]) {
                    if let Some(shown) = shown_reference(&line[i..i + len]) {
                        places.push(Shown { at: i, len, shown });
                    }
                }
            }
            _ => {}
        }
    }
    places
}

/// `text` (the part of a Markdown text from byte `from` on) with the
/// references `places` of the whole text (see [`shown_reference_places`])
/// that fall in it as the characters they show.
pub fn shown_references_at<'t>(text: &'t str, from: usize, places: &[Shown]) -> Cow<'t, str> {
    let first = places.partition_point(|p| p.at < from);
    let mut out = String::new();
    let mut done = 0;
    for place in &places[first..] {
        let at = place.at - from;
        if at + place.len > text.len() {
            break;
        }
        out.push_str(&text[done..at]);
        out.push_str(&place.shown);
        done = at + place.len;
    }
    if done == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[done..]);
    Cow::Owned(out)
}

/// The length of the character reference `bytes` starts with (at its
/// `&`): `&name;`, `&#digits;` or `&#xhex;`, at most 32 characters between.
fn reference_len(bytes: &[u8]) -> Option<usize> {
    let rest = bytes.get(1..)?;
    let (skip, allowed): (usize, fn(&u8) -> bool) = match rest {
        [b'#', b'x' | b'X', ..] => (2, u8::is_ascii_hexdigit),
        [b'#', ..] => (1, u8::is_ascii_digit),
        _ => (0, u8::is_ascii_alphanumeric),
    };
    let n = rest.get(skip..)?.iter().take(32).take_while(|b| allowed(b)).count();
    (n > 0 && rest.get(skip + n) == Some(&b';')).then_some(1 + skip + n + 1)
}

/// What a Markdown renderer shows for the character reference `reference`
/// alone, when that is not the reference itself (one it does not know).
fn shown_reference(reference: &str) -> Option<String> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    // The commonest, without a parser made for each (a tenth of a scan of
    // a folder with one in every file).
    let common = match reference {
        "&amp;" => Some("&"),
        "&lt;" => Some("<"),
        "&gt;" => Some(">"),
        "&quot;" => Some("\""),
        "&apos;" => Some("'"),
        "&nbsp;" => Some("\u{a0}"),
        _ => None,
    };
    if let Some(shown) = common {
        return Some(shown.to_owned());
    }
    let mut shown = String::new();
    for event in Parser::new(reference) {
        match event {
            Event::Text(text) => shown.push_str(&text),
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            _ => return None,
        }
    }
    (shown != reference).then_some(shown)
}

/// Like [`clean`], and also folds line breaks into spaces, for one-line cells.
pub fn clean_line(s: &str) -> Cow<'_, str> {
    let cleaned = clean(s);
    // `memchr`: `contains('\n')` looked a word at a time, and a common
    // word's snippets ask it of every line they pass (3% of such a search).
    if memchr::memchr(b'\n', cleaned.as_bytes()).is_some() { Cow::Owned(cleaned.replace('\n', " ")) } else { cleaned }
}

/// How many characters of user input a message quotes.
const QUOTE_CHARS: usize = 60;

/// User input or content quoted in a message: one line, in double quotes
/// (in single quotes when it holds a double quote, as a phrase query does:
/// `'"open source"'`, as it was typed, not `""open source""`; a single
/// quote in it then shown as `\'`), cut to `QUOTE_CHARS` characters with
/// '…'. Control and unsafe characters are shown escaped (`\t`, `\n`, `\r`,
/// `\u{1b}`), never removed: a removed escape sequence would quote another,
/// real-looking text (`no matches for "elixir"` for a query of
/// `ESC[31melixir`).
pub fn quote(s: &str) -> String {
    let mark = if s.contains('"') { '\'' } else { '"' };
    let mut chars = s.chars();
    let mut shown = String::with_capacity(s.len().min(QUOTE_CHARS) + 2);
    shown.push(mark);
    for c in chars.by_ref().take(QUOTE_CHARS) {
        if c == '\'' && mark == '\'' {
            shown.push('\\');
        }
        escape_char(c, &mut shown);
    }
    if chars.next().is_some() {
        shown.push('…');
    }
    shown.push(mark);
    shown
}

/// `s` with its control and unsafe characters escaped as [`quote`] shows
/// them, for user input named in a message without quotes (a path).
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) || matches!(c, '\t' | '\n' | '\r')) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        escape_char(c, &mut out);
    }
    Cow::Owned(out)
}

/// Pushes `c` onto `out`, made visible when it is a control or unsafe
/// character: `\t`, `\n`, `\r`, else Rust's `\u{1b}` (as `dryga check` and
/// `{:?}` show them); anything else as it is (a backslash too, so that a
/// regex's `\d` reads as typed).
fn escape_char(c: char, out: &mut String) {
    use std::fmt::Write;
    match c {
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if is_unsafe(c) => {
            // Writing into a String cannot fail.
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_references_are_the_characters_they_show() {
        assert_eq!(shown_references("caf&eacute; &amp; R&amp;D&nbsp;x"), "café & R&D\u{a0}x");
        assert_eq!(shown_references("&#64; &#x41;&#X42; &#x1b;"), "@ AB \u{1b}");
        // Not references, or none a renderer knows: as written, borrowed.
        for text in ["a & b", "&nosuch;", "&amp", "&#;", "&#xzz;", "AT&T;", "no ampersand", "&&&"] {
            assert!(matches!(shown_references(text), Cow::Borrowed(t) if t == text), "{text}");
        }
        assert_eq!(shown_references("&&amp;&"), "&&&");
        // The commonest, read without the parser, as the parser reads them.
        for reference in ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;"] {
            let parsed: String = pulldown_cmark::Parser::new(reference)
                .filter_map(|e| if let pulldown_cmark::Event::Text(t) = e { Some(t.into_string()) } else { None })
                .collect();
            assert_eq!(shown_reference(reference), Some(parsed), "{reference}");
        }
        // In code, raw HTML or escaped, a reference is printed as written.
        for text in ["`&#107;8s`", "    &eacute;tude\n", "```\n&amp;\n```\n", "\\&eacute;clair", "<b title=\"&amp;\">"]
        {
            assert!(matches!(shown_references(text), Cow::Borrowed(t) if t == text), "{text}");
        }
        assert_eq!(shown_references("a `&amp;` and &amp; \\\\&amp;"), "a `&amp;` and & \\\\&");
        // Part of a text, from byte 4 on, with the places of the whole.
        let whole = "x &amp; `&amp;` y &eacute;";
        let places = shown_reference_places(whole);
        assert_eq!(places.iter().map(|p| p.at).collect::<Vec<_>>(), [2, 18]);
        assert_eq!(shown_references_at(&whole[4..], 4, &places), "mp; `&amp;` y é");
    }

    #[test]
    fn osc_0_and_2_set_no_window_title() {
        assert_eq!(clean("x\u{1b}]0;pwned\u{7}y"), "xy");
        assert_eq!(clean("x\u{1b}]2;pwned\u{1b}\\y"), "xy");
    }

    #[test]
    fn osc_8_leaves_no_hidden_link() {
        let link = "\u{1b}]8;;http://evil.example\u{1b}\\click\u{1b}]8;;\u{1b}\\";
        assert_eq!(clean(link), "click");
    }

    #[test]
    fn osc_52_cannot_reach_the_clipboard() {
        assert_eq!(clean("a\u{1b}]52;c;cm0gLXJmIH4=\u{7}b"), "ab");
        assert!(!clean("\u{1b}]52;c;x\u{7}").contains("52;"));
    }

    #[test]
    fn csi_clear_screen_and_cursor_moves_vanish_whole() {
        assert_eq!(clean("a\u{1b}[2Jb\u{1b}[5;5Hc\u{1b}[31mred\u{1b}[0m"), "abcred");
        // The C1 form of CSI (U+009B) goes too; what follows it is plain text.
        assert_eq!(clean("a\u{9b}2Jb"), "a2Jb");
    }

    #[test]
    fn a_carriage_return_never_rewrites_a_line() {
        assert_eq!(clean("Total: $0\rTotal: $1,000,000"), "Total: $0 Total: $1,000,000");
        assert_eq!(clean("line\r\nnext"), "line\nnext");
        assert_eq!(clean_line("a\r\nb\nc"), "a b c");
        // Source text keeps its line endings.
        assert_eq!(clean_source("code:\tx\r\n\u{1b}[31mred"), "code:\tx\r\nred");
    }

    #[test]
    fn bidi_controls_and_invisible_characters_are_removed() {
        assert_eq!(clean("ab\u{202E}cd\u{2066}e\u{2069}"), "abcde");
        for invisible in
            ['\u{00AD}', '\u{180E}', '\u{200B}', '\u{200E}', '\u{206A}', '\u{FFF9}', '\u{E0041}', '\u{FEFF}']
        {
            assert_eq!(clean(&format!("a{invisible}b")), "ab", "{invisible:?}");
        }
    }

    /// The joiners shape what is shown (an emoji of several, a Persian word
    /// with a non-joiner: they were taken out, and the emoji fell apart);
    /// a search reads the word without them.
    /// HTML comments are spaces, in place; a `<!--` in code is code.
    #[test]
    fn comments_are_blanked_in_place_but_not_in_code() {
        let text = "A <!-- hidden --> b.\n\n<!-- draft:\nnot yet -->\n\n`<!-- code -->` and\n\n    <!-- indented -->\n";
        let out = without_comments(text);
        assert_eq!(out.len(), text.len());
        let blank = |n: usize| " ".repeat(n);
        let expected = format!(
            "A {} b.\n\n{}\n{}\n\n`<!-- code -->` and\n\n    <!-- indented -->\n",
            blank(15),
            blank("<!-- draft:".len()),
            blank("not yet -->".len())
        );
        assert_eq!(out, expected);
        assert!(matches!(without_hidden_html("no comment here"), Cow::Borrowed(_)));
        // CommonMark's short comments end at once; a comment ends with its
        // HTML at the latest (its block, a quote's line), as shown.
        for (text, shown) in [
            ("Intro.\n\n<!-->\n\nVisible bravo.\n", "Visible bravo."),
            ("<!--->\n\nVisible delta.\n", "Visible delta."),
            ("<!-- a --> kilo <!-- b\n\nVisible lima.\n", "Visible lima."),
            ("> <!-- hidden hotel\n\nVisible india.\n\n-->\n", "Visible india."),
            ("<pre>\nprea <!-- preb\n</pre>\n\nprepara here.\n", "prepara here."),
        ] {
            let out = without_hidden_html(text);
            assert_eq!(out.len(), text.len());
            assert!(out.contains(shown), "{text:?}: {out:?}");
        }
        assert_eq!(comment_end("<!-->x"), Some(5));
        assert_eq!(comment_end("<!--->x"), Some(6));
        assert_eq!(comment_end("<!-- a -->x"), Some(10));
        assert_eq!(comment_end("<!-- open"), None);
        // Byte for byte: `é` is two spaces.
        assert_eq!(
            without_hidden_html("<!-- é never closed\nmore"),
            format!("{}\n    ", blank("<!-- é never closed".len()))
        );
    }

    /// An inline tag is spaces, in place, as `show` prints the text it
    /// marks; an HTML block's tags, an autolink, a tag in code and a `<`
    /// before a number are as written.
    #[test]
    fn inline_tags_are_blanked_in_place_but_not_in_blocks_code_or_links() {
        let blank = |s: &str| " ".repeat(s.len());
        let text = "Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, see <span\nclass=\"x\">docs</span>.";
        let expected = format!(
            "Press {}Ctrl{}+{}C{}, see {}\n{}docs{}.",
            blank("<kbd>"),
            blank("</kbd>"),
            blank("<kbd>"),
            blank("</kbd>"),
            blank("<span"),
            blank("class=\"x\">"),
            blank("</span>")
        );
        assert_eq!(without_hidden_html(text), expected);
        for kept in [
            "<div class=\"note\">\nA block.\n</div>\n",
            "See <https://example.com/a> and <me@example.com>.",
            "Code: `<kbd>x</kbd>` and\n\n    <kbd>indented</kbd>\n",
            "Latency <100ms, a < b > c.",
            // Shown as written by `show`: types in prose, a link's and an image's tags.
            "It returns Option<String> and Vec<u8>, see <a href=\"x\">docs</a> and <img alt=\"Quokka\">.",
        ] {
            assert_eq!(without_hidden_html(kept), kept, "{kept}");
        }
        // A regex reads the tags as written: the comments only are blanked.
        assert_eq!(without_comments(text), text);
        assert!(matches!(without_hidden_html("Latency <100ms."), Cow::Borrowed(_)));
    }

    #[test]
    fn joiners_are_shown_but_not_searched() {
        for text in ["👩\u{200D}💻", "می\u{200C}خواهم"] {
            assert_eq!(clean(text), text);
            assert_eq!(clean_line(text), text);
            assert!(matches!(clean_source(text), Cow::Borrowed(_)));
        }
        assert_eq!(clean_searched("می\u{200C}خواهم \u{1b}[1m"), "میخواهم ");
        assert!(matches!(clean_searched("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn plain_text_is_borrowed_and_tabs_become_spaces() {
        assert!(matches!(clean("plain é 漢字\nnext"), Cow::Borrowed(_)));
        assert!(matches!(clean_source("# Title\n\n\tcode\r\n"), Cow::Borrowed(_)));
        assert_eq!(clean("tab\there"), "tab here");
        assert_eq!(quote("say \"hi\"\u{1b}[2J"), "'say \"hi\"\\u{1b}[2J'");
        assert_eq!(quote(&"x".repeat(100)), format!("\"{}…\"", "x".repeat(QUOTE_CHARS)));
    }

    #[test]
    fn a_block_is_plain_exactly_when_each_byte_is_printable_or_a_newline() {
        let mut line = [b'x'; BLOCK];
        line[17] = b'\n';
        for b in 0..=255u8 {
            for at in [0, 5, 13, 22, 31, 40, BLOCK - 1] {
                let mut block = line;
                block[at] = b;
                let plain = (0x20..0x7f).contains(&b) || b == b'\n';
                assert_eq!(plain_block(&block), plain, "{b:#x} at {at}");
            }
        }
    }

    #[test]
    fn quoted_input_shows_its_control_characters_escaped_never_removed() {
        assert_eq!(quote("\u{1b}[31melixir"), r#""\u{1b}[31melixir""#);
        assert_eq!(quote("a\tb\nc\rd\u{7f}\u{9b}\u{202e}\u{200b}"), r#""a\tb\nc\rd\u{7f}\u{9b}\u{202e}\u{200b}""#);
        // Only the characters are escaped: text, backslashes and Unicode stay.
        assert_eq!(quote(r"P9\d é 漢"), r#""P9\d é 漢""#);
        // A phrase as it was typed, not in doubled quotes.
        assert_eq!(quote("\"open source\""), r#"'"open source"'"#);
        assert_eq!(quote("\"don't\" stop"), r#"'"don\'t" stop'"#);
        assert_eq!(quote("don't"), r#""don't""#);
        assert_eq!(escape("/tmp/\u{1b}[2Jx\ny"), r"/tmp/\u{1b}[2Jx\ny");
        assert!(matches!(escape("/tmp/é"), Cow::Borrowed("/tmp/é")));
        let long = format!("{}\u{1b}", "x".repeat(QUOTE_CHARS - 1));
        assert_eq!(quote(&long), format!("\"{}\\u{{1b}}\"", "x".repeat(QUOTE_CHARS - 1)));
    }

    /// The check before it skipped eight bytes at a time: the oracle.
    fn already_clean_by_char(s: &str, keep: &[u8]) -> bool {
        s.chars().all(|c| {
            if c.is_ascii() {
                let b = c as u8;
                !((b < 0x20 && !keep.contains(&b)) || b == 0x7f)
            } else {
                !is_unsafe(c)
            }
        })
    }

    #[test]
    fn eight_bytes_are_clean_exactly_when_each_is() {
        for keep in [&b"\n"[..], b"\n\t\r", b""] {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut word = *b"abcdefgh";
                    word[at] = b;
                    let clean = (0x20..0x7f).contains(&b) || keep.contains(&b);
                    assert_eq!(clean8(u64::from_le_bytes(word), keep), clean, "{b:#x} at {at}, keeping {keep:?}");
                    // Beside a newline (kept or not), whose test borrows.
                    word[(at + 1) % 8] = b'\n';
                    let beside = clean && keep.contains(&b'\n');
                    assert_eq!(clean8(u64::from_le_bytes(word), keep), beside, "{b:#x} at {at} before a newline");
                }
            }
        }
    }

    proptest::proptest! {
        /// Texts of printable ASCII with controls, DEL, newlines, tabs,
        /// characters beyond ASCII and unsafe ones anywhere: the same answer
        /// as looking at every character.
        #[test]
        fn already_clean_is_the_check_by_character(text in "([ -~]{0,20}|[\\x00-\\x1f\\x7f\\n\\t\\r]|é|漢|\\u{200B}|\\u{202E}|\\u{9b}|\\u{E0041}|\\u{FEFF}){0,12}") {
            for keep in [&b"\n"[..], b"\n\t\r", b""] {
                proptest::prop_assert_eq!(already_clean(&text, keep), already_clean_by_char(&text, keep), "{:?} {:?}", text, keep);
            }
        }
    }
}
