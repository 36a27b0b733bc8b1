//! How many columns text takes on a terminal. `unicode-width` counts a
//! string as a whole (an emoji with a skin-tone modifier: 2 columns) and
//! most terminals draw it a character at a time (the same emoji: 3); what
//! dryga fits to a width is measured by the larger, so that no line is
//! wider than the width on either kind of terminal.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The columns `s` takes: one a byte when every byte is printable ASCII
/// (most text, measured without the width tables), else the larger of the
/// two counts.
pub fn of(s: &str) -> usize {
    if s.bytes().all(|b| matches!(b, b' '..=b'~')) { s.len() } else { s.width().max(per_char(s)) }
}

/// The columns `s` takes counted a character at a time, as most terminals
/// draw it.
pub fn per_char(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn text_takes_the_larger_of_the_two_counts() {
        assert_eq!(super::of("plain words, 100% ASCII ~!"), 26);
        assert_eq!(super::of(""), 0);
        // A letter with an accent is one column, a CJK character two, both
        // counts alike; a tab is one column as a whole, none a character
        // at a time: the larger is taken.
        for (s, whole, each, columns) in [("café", 4, 4, 4), ("日本語 text", 11, 11, 11), ("tab\there", 8, 7, 8)] {
            assert_eq!((s.width(), super::per_char(s)), (whole, each), "{s:?}");
            assert_eq!(super::of(s), columns, "{s:?}");
        }
        // A skin-tone modifier: 2 as a whole, 3 a character at a time.
        assert_eq!(super::of("🕴\u{1f3fb}"), 3);
        // A variation selector: 2 as a whole, 1 a character at a time.
        assert_eq!(super::of("\u{2601}\u{fe0f}"), 2);
    }
}
