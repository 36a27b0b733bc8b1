//! Keeps content from taking over the terminal: control characters, escape
//! sequences, bidirectional overrides and zero-width characters are removed
//! from everything printed as text.

use std::borrow::Cow;

/// Whether `c` must never reach a terminal from content: C0/C1 controls (tab and
/// newline excepted), DEL, bidirectional embeddings, overrides and isolates, and
/// zero-width characters that can hide text.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c,
            '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{061C}' // Arabic letter mark
            | '\u{FEFF}' // zero-width no-break space
        )
}

/// Removes unsafe characters; tabs become spaces. Newlines are kept.
pub fn clean(s: &str) -> Cow<'_, str> {
    // Fast path: ASCII text needs a byte scan only (hot in search snippets).
    let ascii_clean = s.is_ascii() && !s.bytes().any(|b| (b < 0x20 && b != b'\n') || b == 0x7f);
    if ascii_clean || !s.chars().any(|c| is_unsafe(c) || c == '\t') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|&c| !is_unsafe(c)).map(|c| if c == '\t' { ' ' } else { c }).collect())
}

/// Removes unsafe characters but keeps tabs and carriage returns: for source
/// text (`show --format markdown`), which is then byte for byte the source
/// whenever the source holds no control character.
pub fn clean_source(s: &str) -> Cow<'_, str> {
    let unsafe_here = |c: char| is_unsafe(c) && c != '\r';
    if !s.chars().any(unsafe_here) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|&c| !unsafe_here(c)).collect())
}

/// Like [`clean`], and also folds newlines into spaces, for one-line cells.
pub fn clean_line(s: &str) -> Cow<'_, str> {
    let cleaned = clean(s);
    if cleaned.contains(['\n', '\r']) {
        Cow::Owned(cleaned.replace("\r\n", " ").replace(['\n', '\r'], " "))
    } else {
        cleaned
    }
}

/// How many characters of user input a message quotes.
const QUOTE_CHARS: usize = 60;

/// User input or content quoted in a message: one clean line, in double
/// quotes, cut to [`QUOTE_CHARS`] characters with '…'.
pub fn quote(s: &str) -> String {
    let line = clean_line(s);
    let mut chars = line.chars();
    let shown: String = chars.by_ref().take(QUOTE_CHARS).collect();
    let more = if chars.next().is_some() { "…" } else { "" };
    format!("\"{shown}{more}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escapes_bidi_and_zero_width() {
        assert_eq!(clean("a\u{1b}[2Jb"), "a[2Jb");
        assert_eq!(clean("x\u{1b}]0;title\u{7}y"), "x]0;titley");
        assert_eq!(clean("ab\u{202E}cd\u{200B}e\u{9b}f"), "abcdef");
        assert_eq!(clean("tab\there\nline"), "tab here\nline");
        assert!(matches!(clean("plain é 漢字"), Cow::Borrowed(_)));
        assert_eq!(clean_line("a\r\nb\nc"), "a b c");
        assert_eq!(quote("say \"hi\"\u{1b}[2J"), "\"say \"hi\"[2J\"");
        assert_eq!(quote(&"x".repeat(100)), format!("\"{}…\"", "x".repeat(QUOTE_CHARS)));
        assert_eq!(clean_source("code:\tx\r\n\u{1b}[31mred"), "code:\tx\r\n[31mred");
        assert!(matches!(clean_source("# Title\n\n\tcode\r\n"), Cow::Borrowed(_)));
    }
}
