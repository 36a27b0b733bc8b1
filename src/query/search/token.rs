//! Words of a text: runs of letters and digits with their byte offsets, and how
//! a text word matches a query word.

/// Splits text into word tokens: runs of letters and digits, with byte offsets.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    // Whether the character at byte `i` is a letter or digit, and its length.
    // ASCII, most of any text, is decided from the byte alone.
    let class = move |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (b.is_ascii_alphanumeric(), 1)
        } else {
            text[i..].chars().next().map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            if i >= bytes.len() {
                return None;
            }
            let (word, len) = class(i);
            if word {
                break;
            }
            i += len;
        }
        let start = i;
        while i < bytes.len() {
            let (word, len) = class(i);
            if !word {
                break;
            }
            i += len;
        }
        Some((start, &text[start..i]))
    })
}

/// How a token matched a query word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Strength {
    /// The whole token.
    Whole,
    /// A prefix of the token matched; the value is the matched length in bytes.
    Prefix(usize),
}

/// Whether `token` is `word`, or starts with it. `word` is lowercase when `insensitive`.
pub(super) fn word_match(token: &str, word: &str, insensitive: bool) -> Option<Strength> {
    // Most tokens differ at the first byte: reject them before anything else.
    if let (Some(&t), Some(&w)) = (token.as_bytes().first(), word.as_bytes().first()) {
        if t < 0x80 && w < 0x80 && (if insensitive { t.to_ascii_lowercase() != w } else { t != w }) {
            return None;
        }
    }
    if !insensitive {
        return if token == word {
            Some(Strength::Whole)
        } else if token.starts_with(word) {
            Some(Strength::Prefix(word.len()))
        } else {
            None
        };
    }
    if token.is_ascii() && word.is_ascii() {
        if token.len() < word.len() || !token.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes()) {
            return None;
        }
        return Some(if token.len() == word.len() { Strength::Whole } else { Strength::Prefix(word.len()) });
    }
    let lower = token.to_lowercase();
    if lower == word {
        Some(Strength::Whole)
    } else if lower.starts_with(word) {
        // The prefix length in the original token: count the same number of chars.
        let chars = word.chars().count();
        let len = token.char_indices().nth(chars).map_or(token.len(), |(i, _)| i);
        Some(Strength::Prefix(len))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_alphanumeric_runs_with_offsets() {
        let t: Vec<_> = tokens("P2P, e-prescriptions; 漢字 ok").collect();
        assert_eq!(t, [(0, "P2P"), (5, "e"), (7, "prescriptions"), (22, "漢字"), (29, "ok")]);
    }

    #[test]
    fn words_match_whole_or_as_a_prefix() {
        assert_eq!(word_match("Kubernetes", "kube", true), Some(Strength::Prefix(4)));
        assert_eq!(word_match("Kubernetes", "kube", false), None);
        assert_eq!(word_match("DuckDB", "duckdb", true), Some(Strength::Whole));
        assert_eq!(word_match("Élan", "él", true), Some(Strength::Prefix(3)));
        assert_eq!(word_match("x", "xy", true), None);
    }
}
