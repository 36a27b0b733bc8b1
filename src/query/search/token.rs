//! Words of a text, and the form they are matched in.
//!
//! A word is a run of letters and digits, with the symbols that make a word:
//! `c++`, `c#` and `f#` (a `+` or `#` right after a letter), `.net` (a dot
//! before a word), `node.js` and `ipsp.com` (a dot between letters or digits),
//! `europe's` (an apostrophe between letters), and the marks on its letters
//! (`e\u{301}cole`, "école" decomposed; a virama). Everything else separates words:
//! `open-source` is two words, `24/7` is two.
//!
//! Chinese and Japanese, written without spaces, split as Unicode's word
//! boundaries split them: an ideograph or a hiragana is a word alone, a
//! run of katakana one word.
//!
//! A word is matched in its *term* form: lowercase, a Latin letter without
//! its accent (`résumé` is "resume"), and, when it is made of
//! letters only, reduced to its English stem by the Snowball algorithm
//! (`rust-stemmers`, the stemmer tantivy uses), so that `logs` and `logging`
//! are both `log`. Words with digits or symbols (`p2p`, `c++`, `node.js`)
//! match only themselves.

use std::borrow::Cow;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// The character at byte `i` of `text` (which must be a boundary) and its length.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    text[i..].chars().next().map(|c| (c, c.len_utf8()))
}

/// Whether `c` is a mark that a word carries on its letters: one that
/// extends the grapheme before it by Unicode's rules (a combining accent,
/// as in `e\u{301}cole`, "école" decomposed; a Devanagari virama, as in
/// "हिन्दी"; a Thai tone mark) and is no letter or digit itself. It
/// continues a word, never starts one; without it, the word split at the
/// mark (`cole` found "e\u{301}cole", `हिन` found "हिन्दी", and a match on
/// `cafe` in "cafe\u{301}" left its accent out of the highlight).
fn is_mark(c: char) -> bool {
    use unicode_segmentation::UnicodeSegmentation;
    match c {
        // The combining diacritical marks, the most common, at once.
        '\u{300}'..='\u{36F}' => true,
        // Below them, and the general punctuation (dashes, quote marks,
        // spaces), there is none: the characters most texts have between
        // words are not asked about.
        '\0'..='\u{2FF}' | '\u{2000}'..='\u{206F}' => false,
        _ => {
            let mut buf = [b'a'; 5];
            let n = c.encode_utf8(&mut buf[1..]).len();
            // `buf[..=n]` is "a" and `c`: UTF-8 that `from_utf8` accepts.
            std::str::from_utf8(&buf[..=n]).is_ok_and(|s| s.graphemes(true).nth(1).is_none())
        }
    }
}

/// Whether the character at byte `i` is a letter.
fn letter_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(|(c, _)| c.is_alphabetic())
}

/// Whether the character at byte `i` is a letter or digit of a script
/// with spaces between words: what a dot, an apostrophe, `+` or `#` may
/// join a word to (`node.js`, `it's`, `c++`); a Chinese character is a
/// word of its own, so `Quokkadb.数据` is "Quokkadb" and `C++开发` "C++".
fn spaced_word_at(text: &str, i: usize) -> bool {
    match char_at(text, i) {
        Some((c, _)) if c.is_ascii() => c.is_ascii_alphanumeric(),
        Some((c, _)) => c.is_alphanumeric() && unspaced(c) == Unspaced::No,
        None => false,
    }
}

/// A byte that is an ASCII letter or digit.
const ALNUM: u8 = 1;
/// A byte that is an ASCII letter.
const ALPHA: u8 = 2;
/// A byte that may join or start a word, or begins a character beyond
/// ASCII: `.`, `'` and every byte from 0x80. Every other byte without
/// [`ALNUM`] separates words, whatever surrounds it.
const SPECIAL: u8 = 4;

/// The class of each byte, so that the loops over a text look each byte up
/// once instead of testing ranges.
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        // `b` is below 256: the cast keeps every bit.
        #[allow(clippy::cast_possible_truncation)]
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphabetic() {
            ALNUM | ALPHA
        } else if byte.is_ascii_digit() {
            ALNUM
        } else if byte == b'.' || byte == b'\'' || byte >= 0x80 {
            SPECIAL
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The class of `b` in [`CLASS`].
#[inline]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// Where the word that starts at or after byte `i` begins: at a letter or
/// digit, or at a dot that starts `.net` (a dot after a non-word, before one).
#[inline]
fn next_start(text: &str, mut i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        match class(b) {
            0 => {
                // A run of separators (spaces, punctuation), byte by byte.
                i += bytes[i..].iter().position(|&b| class(b) != 0).unwrap_or(bytes.len() - i);
            }
            c if c & ALNUM != 0 => return Some(i),
            _ if b == b'.' => {
                if spaced_word_at(text, i + 1) && !text[..i].ends_with(|p: char| p.is_alphanumeric() || p == '.') {
                    return Some(i);
                }
                i += 1;
            }
            _ if b < 0x80 => i += 1,
            _ => {
                let (c, len) = char_at(text, i)?;
                if c.is_alphanumeric() {
                    return Some(i);
                }
                i += len;
            }
        }
    }
    None
}

/// How a script that is written without spaces between words splits into
/// words: a Chinese character (and a Japanese kanji) or a hiragana is a
/// word of its own, a run of katakana is one word, as Unicode's word
/// boundaries (UAX #29) split them and search engines index them (a query
/// of several, `数据库`, then finds them in a row; as one word with the
/// rest of its sentence, it was found nowhere). Every other letter is
/// [`Unspaced::No`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unspaced {
    /// A letter or digit of a script with spaces between words.
    No,
    /// A Han ideograph or a hiragana: a word alone.
    Alone,
    /// A katakana: a word with the katakana next to it.
    Katakana,
}

/// How the character `c` (a letter or digit) splits into words.
fn unspaced(c: char) -> Unspaced {
    match c {
        '\u{3040}'..='\u{309F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3FFFF}' => Unspaced::Alone,
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => Unspaced::Katakana,
        _ => Unspaced::No,
    }
}

/// Where the word starting at `start` ends.
#[inline]
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let first = start + usize::from(bytes[start] == b'.');
    let mut i = first;
    let mut last_letter = false;
    // The script of the word so far, when it is one without spaces.
    let mut script = Unspaced::No;
    while let Some(&b) = bytes.get(i) {
        let kind = class(b);
        // A run of ASCII letters and digits, most of any word, byte by byte.
        if kind & ALNUM != 0 {
            if script != Unspaced::No {
                break;
            }
            i += bytes[i..].iter().position(|&b| class(b) & ALNUM == 0).unwrap_or(bytes.len() - i);
            last_letter = class(bytes[i - 1]) & ALPHA != 0;
            continue;
        }
        if kind == 0 {
            break; // a separator, or `+` and `#` (looked at below)
        }
        let (c, len) = if b < 0x80 { (char::from(b), 1) } else { char_at(text, i).unwrap_or(('\0', 1)) };
        // `’` is asked about first: Unicode's tables answer slowly for it.
        if c != '’' && c.is_alphanumeric() {
            let here = if b < 0x80 { Unspaced::No } else { unspaced(c) };
            // A letter of another script, or an ideograph after anything, starts a word.
            if i > first && (here != script || here == Unspaced::Alone) {
                break;
            }
            script = here;
            last_letter = c.is_alphabetic();
        } else if is_mark(c) {
            // A mark on the letter or digit before: part of its word.
        } else if script != Unspaced::No
            || !((c == '.' && spaced_word_at(text, i + 1))
                || (matches!(c, '\'' | '’')
                    && last_letter
                    && letter_at(text, i + len)
                    && spaced_word_at(text, i + len)))
        {
            // A dot or an apostrophe joins no words of a script without spaces.
            break;
        }
        i += len;
    }
    // `c++`, `c#`, `f#`: symbols right after a letter ([`kept_symbols`]).
    if last_letter {
        i += kept_symbols(text, first, i);
    }
    i
}

/// How many of the `+` and `#` at byte `i` of `text`, right after the
/// letter that ends the word from `start`, are part of that word: all of
/// them when no word follows (`c++`, `c#`, `f#`); before a number, `++`
/// (`C++17`, `g++12`) or the `#` of a one-letter word (`C#10`, `F#6`): the
/// language and its version, not "C" and "17". None before a letter
/// (`a+b`), nor otherwise before a number (`N+1`, `PR#42`, `a+++1`).
fn kept_symbols(text: &str, start: usize, i: usize) -> usize {
    let bytes = text.as_bytes();
    let symbols = bytes.get(i..).unwrap_or_default().iter().take_while(|b| matches!(b, b'+' | b'#')).count();
    let after = i + symbols;
    if symbols == 0 {
        return 0;
    }
    if !spaced_word_at(text, after) {
        return symbols;
    }
    let version = bytes.get(after).is_some_and(u8::is_ascii_digit)
        && match &bytes[i..after] {
            b"++" => true,
            b"#" => i - start == 1,
            _ => false,
        };
    if version { symbols } else { 0 }
}

/// How many words an ASCII text has, as [`tokens`] splits it, without
/// splitting it: a letter or digit starts a word unless it follows one, or
/// follows a dot that follows one (`x.y`, `1.5`), or is a letter after an
/// apostrophe after a letter (`it's`). Eight bytes are classified at once,
/// with bit arithmetic on a `u64` (no branch depends on the text): each
/// class is a mask with the top bit of each byte in it set.
pub(super) fn count_ascii(bytes: &[u8]) -> usize {
    // The classes of the bytes before: the last word's, shifted in.
    let (mut alnum0, mut alpha0, mut dot0, mut apos0) = (0u64, 0u64, 0u64, 0u64);
    let mut count = 0;
    let mut chunks = bytes.chunks_exact(8);
    let mut step = |word: [u8; 8]| {
        let w = u64::from_le_bytes(word);
        let (alnum, alpha, dot, apos) = classes(w);
        // The same class one and two bytes before each byte.
        let one = |m: u64, m0: u64| (m << 8) | (m0 >> 56);
        let two = |m: u64, m0: u64| (m << 16) | (m0 >> 48);
        let continues = one(alnum, alnum0)
            | (one(dot, dot0) & two(alnum, alnum0))
            | (one(apos, apos0) & two(alpha, alpha0) & alpha);
        count += (alnum & !continues).count_ones() as usize;
        (alnum0, alpha0, dot0, apos0) = (alnum, alpha, dot, apos);
    };
    for chunk in chunks.by_ref() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        step(word);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Zero bytes after the text separate, as its end does.
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        step(word);
    }
    count
}

/// The letters and digits, the letters, the dots and the apostrophes of
/// the eight bytes of `w`, each a mask of the top bits of its bytes.
fn classes(w: u64) -> (u64, u64, u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOP: u64 = 0x8080_8080_8080_8080;
    // Bytes from 0x80 are in no class; the others' low seven bits are
    // compared, where adding up to 0x80 carries into no other byte.
    let ascii = !w & TOP;
    let low = w & !TOP;
    let within = |lo: u8, hi: u8| {
        let at_least = low + ONES * u64::from(0x80 - lo);
        let above = low + ONES * u64::from(0x7f - hi);
        at_least & !above & TOP
    };
    let alpha = (within(b'A', b'Z') | within(b'a', b'z')) & ascii;
    let alnum = alpha | (within(b'0', b'9') & ascii);
    (alnum, alpha, within(b'.', b'.') & ascii, within(b'\'', b'\'') & ascii)
}

/// Whether every word of `text` is made of ASCII bytes: each character
/// beyond ASCII in it separates words (a dash, a quote mark, a no-break
/// space), none is a letter, a digit, the apostrophe `’` or a combining mark. Such a text splits
/// into the same words, and [`count_ascii`] counts them, as if those
/// characters were spaces: what holds for ASCII texts holds for it. ASCII is
/// skipped eight bytes at a time; only the characters beyond it are decoded.
pub(super) fn words_are_ascii(text: &str) -> bool {
    next_unusual(text, 0).is_none()
}

/// Where the next character from byte `i` on that is beyond ASCII and a
/// letter, a digit, `’` or a combining mark is (see [`words_are_ascii`]).
fn next_unusual(text: &str, mut i: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    loop {
        while let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            if u64::from_le_bytes(word) & HIGH != 0 {
                break;
            }
            i += 8;
        }
        i += bytes.get(i..)?.iter().position(|&b| b >= 0x80)?;
        let (c, len) = char_at(text, i)?;
        if c == '’' || c.is_alphanumeric() || is_mark(c) {
            return Some(i);
        }
        i += len;
    }
}

/// The runs of non-space text that hold a character [`words_are_ascii`]
/// looks for, in order, as `[start, end]`: outside them, the words of
/// `text` are ASCII.
pub(super) fn unusual_runs(text: &str) -> Vec<[usize; 2]> {
    let mut runs = Vec::new();
    let mut at = 0;
    while let Some(i) = next_unusual(text, at) {
        let run = [run_start(text, i), run_end(text, i)];
        runs.push(run);
        at = run[1];
    }
    runs
}

/// How many words `text` has, as [`tokens`] splits it, given its
/// [`unusual_runs`]: those are split, the rest counted with [`count_ascii`].
/// (Words never span white space: a text's count is the sum of its runs'.)
pub(super) fn count_words(text: &str, unusual: &[[usize; 2]]) -> usize {
    let ascii = count_ascii(text.as_bytes());
    unusual.iter().fold(ascii, |n, &[from, to]| {
        let run = &text[from..to];
        n + tokens(run).count() - count_ascii(run.as_bytes())
    })
}

/// Splits text into words, with the byte offset of each.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    Tokens { text, i: 0 }
}

/// The words of a text from byte `i` on ([`tokens`]). A type of its own,
/// not a closure, so that its step can be inlined where the words are
/// taken: an index takes two million for 10,000 files.
struct Tokens<'t> {
    text: &'t str,
    i: usize,
}

impl<'t> Iterator for Tokens<'t> {
    type Item = (usize, &'t str);

    // Always: with `inline` alone the compiler kept it a call, whose saving
    // and restoring of registers took 35 M instructions of the first
    // command over 10,000 files; inlined, it took 1,250.6 → 1,195.3 M
    // (callgrind).
    #[allow(clippy::inline_always)]
    #[inline(always)]
    fn next(&mut self) -> Option<(usize, &'t str)> {
        let [start, end] = next_token(self.text, &mut self.i)?;
        Some((start, &self.text[start..end]))
    }
}

/// The next word of `text` from byte `*i` on, as `[start, end]`, with `*i`
/// moved past it: [`tokens`] a word at a time, for a text read up to a
/// word only.
pub(super) fn next_word(text: &str, i: &mut usize) -> Option<[usize; 2]> {
    next_token(text, i)
}

/// The next word of `text` from byte `*i` on, as `[start, end]`, with `*i`
/// moved past it.
#[inline]
fn next_token(text: &str, i: &mut usize) -> Option<[usize; 2]> {
    let bytes = text.as_bytes();
    // Most words are ASCII letters and digits between ASCII separators:
    // those are split here, in one pass over their bytes. The rest (from a
    // dot, an apostrophe, a byte beyond ASCII, or a word with `+`, `#` or
    // one of those after it) go by `next_start` and `word_end`, from where
    // this pass stopped: a separator's end or a word's start.
    while let Some(&b) = bytes.get(*i) {
        let kind = class(b);
        if kind == 0 {
            *i += 1;
            continue;
        }
        if kind & ALNUM == 0 {
            break;
        }
        let start = *i;
        let end = alnum_end(bytes, start + 1);
        if bytes.get(end).is_some_and(|&b| class(b) != 0 || b == b'+' || b == b'#') {
            break;
        }
        *i = end;
        return Some([start, end]);
    }
    unusual_token(text, i)
}

/// [`next_token`] from byte `*i`, where its pass over ASCII letters and
/// digits stopped: out of the line, so that the pass is small enough to be
/// inlined.
#[inline(never)]
fn unusual_token(text: &str, i: &mut usize) -> Option<[usize; 2]> {
    let start = next_start(text, *i)?;
    *i = word_end(text, start);
    Some([start, *i])
}

/// Where the run of ASCII letters and digits from byte `i` of `bytes` ends:
/// eight bytes at a time (with [`classes`]) while eight are left, then byte
/// by byte.
#[inline]
fn alnum_end(bytes: &[u8], mut i: usize) -> usize {
    const TOP: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let (alnum, ..) = classes(u64::from_le_bytes(word));
        let other = !alnum & TOP;
        if other != 0 {
            // The first byte that is not one (little-endian: the lowest).
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|&b| class(b) & ALNUM != 0) {
        i += 1;
    }
    i
}

/// The words of the runs of non-space text that hold `text[span]`, with their
/// offsets in `text`. Words never span white space, so a run has the same
/// words alone as in the whole text: this finds the words at a place without
/// splitting the rest.
pub fn words_around(text: &str, [start, end]: [usize; 2]) -> impl Iterator<Item = (usize, &str)> {
    let from = run_start(text, start);
    let to = run_end(text, end);
    tokens(&text[from..to]).map(move |(at, word)| (from + at, word))
}

/// Where the run of non-space text that holds byte `at` of `text` starts (at
/// `at` itself after a space): the words of `text[run_start(text, at)..]` are
/// the words of `text` from there.
pub(super) fn run_start(text: &str, at: usize) -> usize {
    text[..at].rfind(char::is_whitespace).map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8))
}

/// Where the run of non-space text that holds byte `at` of `text` ends (at
/// the white space after it, or the text's end).
pub(super) fn run_end(text: &str, at: usize) -> usize {
    text[at..].find(char::is_whitespace).map_or(text.len(), |i| at + i)
}

/// The English Snowball stemmer, made once.
fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// Whether a lowercase word is stemmed: letters (and apostrophes) only.
fn stemmable(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic() || c == '\'')
}

/// Forms of a verb that no ending makes (`built`, `led`, `wrote`), sorted,
/// each with its verb and the verb's [`term`]: what a résumé says most
/// ("Built…", "Led…") and the endings cannot undo. Only verbs whose form
/// means the verb: not `found` (also "to found"), `left`, `saw`, `lay`,
/// `felt`; and each form starts with its verb's first letter (what
/// [`may_have_term`] rejects first).
const IRREGULAR: [(&str, &str, &str); 37] = [
    ("began", "begin", "begin"),
    ("begun", "begin", "begin"),
    ("bought", "buy", "buy"),
    ("brought", "bring", "bring"),
    ("built", "build", "build"),
    ("chose", "choose", "choos"),
    ("chosen", "choose", "choos"),
    ("dealt", "deal", "deal"),
    ("driven", "drive", "drive"),
    ("drove", "drive", "drive"),
    ("gave", "give", "give"),
    ("given", "give", "give"),
    ("grew", "grow", "grow"),
    ("grown", "grow", "grow"),
    ("held", "hold", "hold"),
    ("kept", "keep", "keep"),
    ("knew", "know", "know"),
    ("known", "know", "know"),
    ("led", "lead", "lead"),
    ("made", "make", "make"),
    ("meant", "mean", "mean"),
    ("paid", "pay", "pay"),
    ("ran", "run", "run"),
    ("rebuilt", "rebuild", "rebuild"),
    ("rewritten", "rewrite", "rewrit"),
    ("rewrote", "rewrite", "rewrit"),
    ("sent", "send", "send"),
    ("sold", "sell", "sell"),
    ("spent", "spend", "spend"),
    ("taken", "take", "take"),
    ("taught", "teach", "teach"),
    ("thought", "think", "think"),
    ("took", "take", "take"),
    ("understood", "understand", "understand"),
    ("won", "win", "win"),
    ("written", "write", "write"),
    ("wrote", "write", "write"),
];

/// The verb and its term that `word` (in any ASCII case) is an irregular form of.
fn irregular(word: &str) -> Option<(&'static str, &'static str)> {
    if word.len() > 10 || !word.is_ascii() {
        return None;
    }
    let at =
        IRREGULAR.binary_search_by(|(form, ..)| form.bytes().cmp(word.bytes().map(|b| b.to_ascii_lowercase()))).ok()?;
    Some((IRREGULAR[at].1, IRREGULAR[at].2))
}

/// Whether `word` (in any ASCII case) is an irregular form of a verb (`led`, `built`).
pub(super) fn is_irregular(word: &str) -> bool {
    irregular(word).is_some()
}

/// Whether `word` is written as an acronym: two letters or more, every one
/// an ASCII capital (`LED`, `RAN`; not `Led`).
pub(super) fn acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `name` is an acronym that ends in an `S` of its own: two
/// characters or more, ASCII capitals and digits (`ETS`, `AWS`, `ECS`,
/// `S3S`), which no word short of its last letter names (`et` is no ETS).
pub(crate) fn acronym_ending_in_s(name: &str) -> bool {
    name.len() > 1 && name.ends_with('S') && name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// The irregular forms of the verb whose term is `term` (`lead` → "led").
pub(super) fn irregular_forms(term: &str) -> impl Iterator<Item = &'static str> + '_ {
    IRREGULAR.iter().filter(move |(.., t)| *t == term).map(|(form, ..)| *form)
}

/// British spellings that differ from the American beyond `-ise` and
/// `-yse` (see [`american`]), sorted, each with the American one: each pair shares
/// its letters up to where the American's term ends but for its last (what
/// an index looks a word up by: not `centre`, "center").
const BRITISH: &[(&str, &str)] = &[
    ("analogue", "analog"),
    ("cancelled", "canceled"),
    ("cancelling", "canceling"),
    ("catalogue", "catalog"),
    ("defence", "defense"),
    ("dialogue", "dialog"),
    ("labelled", "labeled"),
    ("labelling", "labeling"),
    ("learnt", "learned"),
    ("licence", "license"),
    ("modelled", "modeled"),
    ("modelling", "modeling"),
    ("offence", "offense"),
    ("programme", "program"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
];

/// A lowercase word in American spelling, that both spellings have one
/// term: `-ise`, `-ised`, `-ising`, `-isation` and `-iser` (with four
/// letters or more before them: not `rise`, `wise`, `noise`) as `-ize…`,
/// `-yse…` as `-yze…` (`optimise`, "optimize"; `analysing`, "analyzing"),
/// where the American verb is a word of English (not `precise`, whose
/// `precisely` keeps its `s`), and the words of [`BRITISH`], alone or with
/// an `s` (`licences`); a possessive kept (`behaviour's`).
fn american(word: &str) -> Cow<'_, str> {
    if let Some(owner) = word.strip_suffix("'s").or_else(|| word.strip_suffix('\'')) {
        return match american_whole(owner) {
            Cow::Owned(us) => Cow::Owned(format!("{us}{}", &word[owner.len()..])),
            Cow::Borrowed(_) => Cow::Borrowed(word),
        };
    }
    american_whole(word)
}

/// [`american`] of a word without a possessive.
fn american_whole(word: &str) -> Cow<'_, str> {
    if let Some(us) = american_our(word) {
        return Cow::Owned(us);
    }
    let bytes = word.as_bytes();
    // Most words end otherwise: `s`, `e`, `d`, `g`, `n`, `r` and `t` end every form here.
    if bytes.len() < 5 || !matches!(bytes[bytes.len() - 1], b's' | b'e' | b'd' | b'g' | b'n' | b'r' | b't') {
        return Cow::Borrowed(word);
    }
    let singular = word.strip_suffix('s').unwrap_or(word);
    let british = |w: &str| BRITISH.binary_search_by(|(uk, _)| (*uk).cmp(w)).ok();
    // Every word of BRITISH ends so (`-ed`, `-ing` after `ll`, `-nt`): most words are not looked up.
    let listed = matches!(
        singular.as_bytes(),
        [.., b'u' | b'c' | b'm', b'e']
            | [.., b'l', b'l', b'e', b'd']
            | [.., b'l', b'l', b'i', b'n', b'g']
            | [.., b'n', b't']
    );
    if let Some(at) = listed.then(|| british(word).or_else(|| british(singular))).flatten() {
        return Cow::Owned(format!("{}{}", BRITISH[at].1, &word[singular.len()..]));
    }
    // No ending below ends in `t`.
    if bytes[bytes.len() - 1] == b't' {
        return Cow::Borrowed(word);
    }
    // Every ending has an `s` after an `i` or a `y` in its last eight letters.
    let tail = &bytes[bytes.len().saturating_sub(8)..];
    if !tail.windows(2).any(|pair| matches!(pair, [b'i' | b'y', b's'])) {
        return Cow::Borrowed(word);
    }
    for &(uk, us, least) in ENDINGS {
        if let Some(stem) = word.strip_suffix(uk) {
            if stem.len() >= least && stem.bytes().all(|b| b.is_ascii_lowercase()) {
                // The verb spelt the American way is a word of English (`optimize`, not `precize`).
                let verb = format!("{stem}{}", if us.starts_with('i') { "ize" } else { "yze" });
                return if super::typo::english(&verb) {
                    Cow::Owned(format!("{stem}{us}"))
                } else {
                    Cow::Borrowed(word)
                };
            }
        }
    }
    Cow::Borrowed(word)
}

/// A word of [`OUR`] (`colour`), or one of its forms that keeps the `u`
/// ([`OUR_ENDINGS`] after it, [`OUR_PREFIXES`] before it: `colourful`,
/// `behavioural`, `favourite`, `unfavourable`, `watercolour`), spelt the
/// American way (`color`, `colorful`, `behavioral`, `favorite`,
/// `unfavorable`, `watercolor`); `-ise` as `-ize` (`colourise`, "colorize").
fn american_our(word: &str) -> Option<String> {
    // The shortest is `odour`. Byte by byte: `str::find` sets up a
    // searcher, each word (a tenth of `term`'s instructions).
    if word.len() < 5 {
        return None;
    }
    let at = word.as_bytes().windows(3).position(|w| w == b"our")?;
    let (before, ending) = word.split_at(at + 3);
    let prefix =
        OUR_PREFIXES.iter().find(|p| before.strip_prefix(**p).is_some_and(|uk| OUR.binary_search(&uk).is_ok()))?;
    OUR_ENDINGS.binary_search(&ending).ok()?;
    let ending = ending.strip_prefix("is").map_or(Cow::Borrowed(ending), |rest| Cow::Owned(format!("iz{rest}")));
    Some(format!("{prefix}{}r{ending}", &before[prefix.len()..before.len() - 2]))
}

/// The British words in `-our` that American English spells `-or`, sorted.
/// Not those whose `-our` is English everywhere (`hour`, `four`, `pour`,
/// `tour`, `glamour`, `contour`), nor their forms that drop the `u` in
/// British English too (`humorous`, `vigorous`, `laborious`). An index
/// looks their forms up by the British word as well (`favourite` is not
/// under "favori", the American's term less its last letter).
const OUR: &[&str] = &[
    "arbour",
    "ardour",
    "armour",
    "behaviour",
    "candour",
    "clamour",
    "colour",
    "demeanour",
    "enamour",
    "endeavour",
    "favour",
    "fervour",
    "flavour",
    "harbour",
    "honour",
    "humour",
    "labour",
    "neighbour",
    "odour",
    "parlour",
    "rancour",
    "rigour",
    "rumour",
    "saviour",
    "savour",
    "splendour",
    "succour",
    "tumour",
    "valour",
    "vapour",
    "vigour",
];

/// The words of [`OUR`] whose forms may have the term `key`, each after
/// the prefix `key` has ([`OUR_PREFIXES`]): those whose American spelling
/// `key` starts with (`favorit`: "favour"; `unfavor`: "unfavour"). Every
/// form of such a word that keeps its `u` starts with it, where the term's
/// own letters (less its last, what an index and a sieve look for) may not
/// be there (`favourite`).
pub(super) fn british_our(key: &str) -> impl Iterator<Item = String> + '_ {
    OUR_PREFIXES.iter().filter_map(|p| key.strip_prefix(p).map(|rest| (*p, rest))).flat_map(|(p, rest)| {
        OUR.iter()
            .filter(move |uk| {
                let us = &uk.as_bytes()[..uk.len() - 2];
                rest.as_bytes().starts_with(us) && rest.as_bytes().get(us.len()) == Some(&b'r')
            })
            .map(move |uk| format!("{p}{uk}"))
    })
}

/// What may come before a word of [`OUR`] in one of its forms
/// (`unfavourable`, `discoloured`, `misbehaviour`, `watercolour`), sorted by
/// length then letters; the word alone has the empty one.
const OUR_PREFIXES: &[&str] = &["", "re", "un", "dis", "mis", "water"];

/// The endings after a word of [`OUR`] that keep its `u` in British
/// English (`coloured`, `colourful`, `behavioural`, `favourite`,
/// `neighbourhood`, `savoury`), sorted; the word alone is the empty one.
const OUR_ENDINGS: &[&str] = &[
    "", "able", "ably", "al", "ally", "ant", "ants", "ation", "ed", "er", "ers", "ful", "fully", "hood", "hoods",
    "ies", "ing", "ings", "isation", "ise", "ised", "ises", "ising", "ism", "ist", "ists", "ite", "ites", "itism",
    "ization", "ize", "ized", "izes", "izing", "less", "ly", "s", "ware", "y",
];

/// The British endings [`american`] spells the American way, each with the
/// fewest letters before it: four before `-ise` (`optim`), three before
/// `-yse` (`anal`, whose `y` makes four).
const ENDINGS: &[(&str, &str, usize)] = &[
    ("isations", "izations", 4),
    ("isation", "ization", 4),
    ("isers", "izers", 4),
    ("iser", "izer", 4),
    ("ises", "izes", 4),
    ("ised", "ized", 4),
    ("ising", "izing", 4),
    ("ise", "ize", 4),
    ("ysers", "yzers", 3),
    ("yser", "yzer", 3),
    ("yses", "yzes", 3),
    ("ysed", "yzed", 3),
    ("ysing", "yzing", 3),
    ("yse", "yze", 3),
];

/// The form `word` is matched in: lowercase, with `’` as `'`, in American
/// spelling (`american`: `optimise` is "optimize") and stemmed when it is
/// made of letters only; an irregular form of a verb has the verb's
/// (`built` is matched as "build"), but in capitals (`LED`, an acronym).
pub fn term(word: &str) -> Cow<'_, str> {
    let lower: Cow<'_, str> = if word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        Cow::Owned(lowercase(word).replace('’', "'"))
    } else {
        Cow::Borrowed(word)
    };
    let lower = match without_accents(&lower) {
        Cow::Owned(plain) => Cow::Owned(plain),
        Cow::Borrowed(_) => lower,
    };
    let lower = match american(&lower) {
        Cow::Owned(us) => Cow::Owned(us),
        Cow::Borrowed(_) => lower,
    };
    if let Some((_, verb_term)) = irregular(&lower) {
        // In capitals, an acronym (LED lights, a RAN): not the verb.
        if !acronym(word) {
            return Cow::Borrowed(verb_term);
        }
    }
    if !stemmable(&lower) {
        return lower;
    }
    match stemmer().stem(&lower) {
        Cow::Borrowed(s) if s.len() == lower.len() => lower,
        stem => Cow::Owned(stem.into_owned()),
    }
}

/// Whether two words with one [`term`] are forms of one word: the same
/// word but for an inflection (`logs`, `logging`: "log"; `caches`,
/// `cache`; `companies`, `company`) or one of the endings that keep a
/// word's meaning (`deployment`, `deploy`; `optimization`, `optimize`;
/// `automation`, `automate`; `observability`, `observable`). Snowball's stems join more than that, and
/// some joined are other words: `engineer` and `engine`, `added` and
/// `ads`, `production` and `product`, `integrity` and `integration`,
/// `customer` and `custom`, `responsive` and `response` are not one word.
/// Words beyond ASCII letters are left to their terms.
pub fn one_word(a: &str, b: &str) -> bool {
    let spelt = |w: &str| {
        let lower = lowercase(w).replace('’', "'");
        match american(&lower) {
            Cow::Owned(us) => us,
            Cow::Borrowed(_) => lower,
        }
    };
    let (a, b) = (spelt(a), spelt(b));
    if a == b || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_lowercase() || c == b'\'') {
        return true;
    }
    let (x, y) = (bases(&a), bases(&b));
    x.iter().any(|base| y.contains(base))
}

/// The words `word` (lowercase ASCII) may be a form of: itself, less an
/// inflection (`s`, `es`, `ies` for `y`, `ed`, `ied`, `ing`, `ings`, a
/// possessive, with a doubled last consonant undone and an `e` put back),
/// then less an ending that keeps the meaning (`ment`, for nothing or `e`; `ation` for `ate`,
/// `e` or nothing, as `automation`, `configuration`, `implementation` have
/// it; `ization` for `ize`, `isation` for `ise`, `ability` for `able`,
/// `ibility` for `ible`, `ly`, `ful`, `fully`). `dying` is a form of `die`
/// (Snowball's own exception).
fn bases(word: &str) -> Vec<String> {
    let mut out = bases_by_rule(word);
    let w = without_possessive(word);
    out.retain(|base| !NOT_A_BASE.contains(&(w, base.as_str())));
    out
}

/// Words the rules of [`bases`] undo into another word: `united` is
/// "unite"'s, not "unit"'s; `evening` is no form of "even", nor `ceiling`
/// of "ceil" (Snowball stems each pair alike, and `unit` found "United
/// Kingdom"); an adjective of `-ful` or `-ly` that means another thing
/// than its noun (`restful` found "the rest of the team", `stateful`
/// "production state", `timely` "time", `useful` "used", `careful` care
/// as in health care). Each word, and the base that is not its.
const NOT_A_BASE: &[(&str, &str)] = &[
    ("careful", "care"),
    ("carefully", "care"),
    ("ceiling", "ceil"),
    ("ceilings", "ceil"),
    ("during", "dur"),
    ("evening", "even"),
    ("evenings", "even"),
    ("powerful", "power"),
    ("powerfully", "power"),
    ("restful", "rest"),
    ("stateful", "state"),
    ("timely", "time"),
    ("united", "unit"),
    ("unites", "unit"),
    ("uniting", "unit"),
    ("useful", "use"),
    ("usefully", "use"),
];

/// [`bases`] as its rules make them.
fn bases_by_rule(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    if let Some((verb, _)) = irregular(word) {
        out.push(verb.to_owned());
    }
    let w = without_possessive(word);
    add_base(&mut out, w.to_owned(), 2);
    // Each ending, what takes its place, and the fewest letters left: a
    // plural's base may have two (`ads`, "ad"), a verb's three (`added`
    // is not "ad").
    for (ending, instead, least) in [
        ("ies", "y", 2),
        ("es", "", 2),
        ("s", "", 2),
        ("ied", "y", 3),
        ("ed", "", 3),
        ("ed", "e", 3),
        ("ing", "", 3),
        ("ing", "e", 3),
        // A gerund's plural: `savings` is "save", `settings` "set".
        ("ings", "", 3),
        ("ings", "e", 3),
        ("ying", "ie", 3),
    ] {
        // `process` is no plural, `processes` is (its base ends in `ss`).
        if ending == "s" && w.ends_with("ss") {
            continue;
        }
        if let Some(stem) = w.strip_suffix(ending) {
            add_base(&mut out, format!("{stem}{instead}"), least);
            if let Some(single) = undoubled(stem).filter(|_| instead.is_empty()) {
                add_base(&mut out, single.to_owned(), 3);
            }
        }
    }
    for base in out.clone() {
        for (ending, instead) in [
            ("ment", ""),
            // `management` is "manage"'s, as is `managment`, the spelling
            // typed most often without its `e` (and `developement`, with
            // one more): the words Snowball stems alike, one word.
            ("ment", "e"),
            ("ization", "ize"),
            ("isation", "ise"),
            ("ation", "ate"),
            ("ation", "e"),
            ("ation", ""),
            ("ability", "able"),
            ("ibility", "ible"),
            ("ly", ""),
            ("fully", ""),
            ("ful", ""),
        ] {
            if let Some(stem) = base.strip_suffix(ending) {
                add_base(&mut out, format!("{stem}{instead}"), 3);
            }
        }
    }
    out
}

/// Adds `base` to `out` once, if it has `least` letters or more.
fn add_base(out: &mut Vec<String>, base: String, least: usize) {
    if base.len() >= least && !out.contains(&base) {
        out.push(base);
    }
}

/// `stem` with its doubled last consonant once (`logg` → "log", `stopp`
/// → "stop", `controll` → "control"); the stem itself is a base too
/// (`call`, `pass`).
fn undoubled(stem: &str) -> Option<&str> {
    let b = stem.as_bytes();
    let n = b.len();
    (n >= 2 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'a' | b'e' | b'i' | b'o' | b'u')).then(|| &stem[..n - 1])
}

/// `text` in lowercase as words are matched: a Turkish capital `İ` as
/// "i", not as Unicode lowercases it, "i̇" (an `i` with a combining dot,
/// which no one types): `istanbul` finds "İstanbul".
pub(super) fn lowercase(text: &str) -> String {
    let lower = text.to_lowercase();
    if text.contains('İ') { lower.replace("i\u{307}", "i") } else { lower }
}

/// The letter each Latin letter from U+00E0 to U+024F is without its
/// accent (its first letter decomposed, where the rest are combining
/// accents), by its place from U+00E0; and a letter with a stroke as the
/// letter struck (`ø` "o", `ǿ` "o", `ł` "l", `đ` "d", `ħ` "h", `ŧ` "t",
/// `ƀ`, `ƶ`, `ǥ`, `ȼ`, `ɇ`, `ɉ`, `ɍ`, `ɏ`: as search engines fold them,
/// `lodz` finds "Łódź"; but `Ⱥ`, `Ⱦ` and `Ɨ`, whose small letters are out
/// of the table, keep theirs); `-` where there is none (`æ`,
/// `ð`, `þ`, `ı`, `œ`, `ŋ`, `ſ`: letters of their own, or of two; `÷`).
/// Below U+00E0 are capitals, lowercased first, and ASCII. Made from
/// Unicode's decompositions, as [`UNACCENTED_MORE`] is.
const UNACCENTED: &[u8; 368] =
    b"aaaaaa-ceeeeiiii-nooooo-ouuuuy-yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiii---jjkk-llllll-\
-llnnnnnn---oooooo--rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz-b-------------------------------\
oo-------------uu----zz----------------------aaiioouuuuuuuuuu-aaaa--ggggkkoooo--j---gg--nnaa--oo\
aaaaeeeeiiiioooorrrruuuusstt--hh------aaeeooooooooyy-------cc------b--eejj--rryy";

/// [`UNACCENTED`] for the Latin letters from U+1E00 to U+1EFF (Latin
/// Extended Additional: Vietnamese `ệ`, `ở`; `ẁ`, `ḿ`).
const UNACCENTED_MORE: &[u8; 256] =
    b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrr\
ssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy------aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee\
eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy------";

/// `c` (lowercase) without its accent: `é` is "e", `ș` "s", `ệ` "e";
/// every other character as it is.
#[inline]
fn unaccented(c: char) -> char {
    let code = c as usize;
    let letter = match code {
        0xE0..=0x24F => UNACCENTED[code - 0xE0],
        0x1E00..=0x1EFF => UNACCENTED_MORE[code - 0x1E00],
        _ => b'-',
    };
    if letter == b'-' { c } else { char::from(letter) }
}

/// Whether `c` is a Latin letter: what a combining accent is taken off
/// (a Cyrillic `и` keeps its breve: `и\u{306}` is "й", another letter).
fn latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic())
}

/// Whether `c` is one of the accents that combine with the letter before
/// (U+0300 to U+036F: `e\u{301}` is "é" decomposed), which a word is
/// matched without.
#[inline]
fn combining_accent(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// `lower` (lowercase) without the accents of its Latin letters, composed
/// or combining: `résumé` is matched as "resume", `naïve` as "naive",
/// `Zürich` as "zurich", as search engines fold them (a query is often
/// typed without them). Borrowed when there is none.
fn without_accents(lower: &str) -> Cow<'_, str> {
    let accented = |c: char| combining_accent(c) || unaccented(c) != c;
    if lower.is_ascii() || !lower.chars().any(accented) {
        return Cow::Borrowed(lower);
    }
    let mut out = String::with_capacity(lower.len());
    let mut after_latin = false;
    for c in lower.chars() {
        if !(after_latin && combining_accent(c)) {
            after_latin = latin(c);
            out.push(unaccented(c));
        }
    }
    Cow::Owned(out)
}

/// The form an index sorts words by: each character lowercase on its own,
/// `’` as `'`, `ς` as `σ` and `İ` as `i` (as `lowercase` has it), a Latin
/// letter without its accent (as [`term`] has it). Character by character, so that a word that
/// starts with another folds to a fold that starts with the other's; and
/// every word that [`term`] or a case-insensitive prefix matches folds to a
/// fold that starts with the fold of what it matched (see `indexed`).
pub fn fold(word: &str) -> Cow<'_, str> {
    if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    let mut after_latin = false;
    for c in word.chars() {
        match c {
            '’' => out.push('\''),
            'ς' => out.push('σ'),
            'İ' => out.push('i'),
            // An accent on a Latin letter is folded away, as `term` has it.
            c if after_latin && combining_accent(c) => continue,
            c => out.extend(c.to_lowercase().map(unaccented)),
        }
        after_latin = latin(c);
    }
    Cow::Owned(out)
}

/// `word` without its possessive (`'s`, `’s`, or an apostrophe alone, as
/// of a plural: `ops'`), if any: the one rule for names, forms and words.
pub(super) fn without_possessive(word: &str) -> &str {
    ["'s", "’s", "'", "’"].iter().find_map(|p| word.strip_suffix(p)).unwrap_or(word)
}

/// The name `word` is, without its possessive, when it ends in a capital
/// after a small letter as written (`iOS`, `macOS`, `PostgreSQL`) or as the
/// tag it is, in any case (`ios`, `IOS`: a tag people write "iOS"). Such a
/// name is matched only as written, or as its possessive: its last capital
/// is not a plural's `s` nor any other inflection (`io` is not iOS, `saa`
/// not `SaaS`). `GitHub`, `APIs` and `DevOps` end in a small letter: they are
/// matched as other words are.
pub(crate) fn name_ending_in_capital(word: &str) -> Option<&str> {
    let name = without_possessive(word);
    let capital_last = |word: &str| {
        let bytes = word.as_bytes();
        bytes.last().is_some_and(u8::is_ascii_uppercase)
            && bytes.windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
    };
    let tagged = || {
        let lower: Cow<'_, str> =
            if name.bytes().any(|b| b.is_ascii_uppercase()) { name.to_ascii_lowercase().into() } else { name.into() };
        crate::content::labels::known_label(&lower).is_some_and(|l| l.eq_ignore_ascii_case(name) && capital_last(l))
    };
    (capital_last(name) || tagged()).then_some(name)
}

/// Whether `word` (as written) is the name `name` (lowercase): the same
/// letters in any case, or its plural (`APIs` is API, `SLO` is SLOs), never
/// a word that only shares its stem (`fast` is not Fastly); a name that ends
/// in a capital has no plural (`name_ending_in_capital`: `io` is not iOS).
pub fn same_name(word: &str, name: &str) -> bool {
    // A possessive is the name: OTP's is OTP.
    let word = without_possessive(word);
    let (w, n) = (word.as_bytes(), name.as_bytes());
    // Most words differ in length or first letter: reject them without allocating.
    if w.is_empty() || n.is_empty() || w.len() + 1 < n.len() || w.len() > n.len() + 2 {
        return false;
    }
    if w[0] < 0x80 && n[0] < 0x80 && !w[0].eq_ignore_ascii_case(&n[0]) {
        return false;
    }
    let lower: Cow<'_, str> = if word.is_ascii() { Cow::Borrowed(word) } else { Cow::Owned(lowercase(word)) };
    let eq = |a: &str, b: &str| a.len() == b.len() && a.eq_ignore_ascii_case(b);
    let plural = |long: &str, short: &str, suffix: &str| {
        long.len() == short.len() + suffix.len()
            && long.is_char_boundary(short.len())
            && eq(&long[..short.len()], short)
            && eq(&long[short.len()..], suffix)
    };
    if eq(&lower, name) {
        return true;
    }
    let pluralized = plural(&lower, name, "s") || plural(&lower, name, "es") || plural(name, &lower, "s");
    pluralized && name_ending_in_capital(word).is_none() && name_ending_in_capital(name).is_none()
}

/// A cheap test that `word` (as written) may have `term` as its term, to
/// stem only the words that can: the Snowball English stem of a word is that
/// word's beginning, but for its last letter (`hoping` → "hope", `cry` →
/// "cri"), and never longer; its exceptions `dying`, `lying` and `tying`
/// ("die", "lie", "tie") turn `y` into `ie`, and an irregular form of a
/// verb has the verb's term (`led`, "lead"). A property test in this module
/// checks the rule over thousands of words.
#[inline]
pub fn may_have_term(word: &str, term: &str) -> bool {
    let (w, t) = (word.as_bytes(), term.as_bytes());
    // A term is never longer than its word but where lowercasing grows it:
    // three capitals take a byte more in lowercase (`İ` → `i̇`, `Ⱥ`, `Ⱦ`).
    let grows = || !word.is_ascii() && word.contains(['\u{130}', '\u{23a}', '\u{23e}']);
    if t.is_empty() {
        return false;
    }
    if w.len() < t.len() && !grows() {
        // `led` is a form of "lead".
        return irregular(word).is_some_and(|(_, verb_term)| verb_term == term);
    }
    // Most words differ at the first byte: reject them before anything else.
    if w[0] < 0x80 && t[0] < 0x80 && !w[0].eq_ignore_ascii_case(&t[0]) {
        return false;
    }
    let keep = t.len() - 1;
    // (A word shorter than that only where lowercasing grows it: below.)
    if w.get(..keep).is_some_and(|w| w.eq_ignore_ascii_case(&t[..keep])) {
        return true;
    }
    if !word.is_ascii() || !term.is_ascii() {
        return true; // other letters change their bytes with case: let the full comparison decide
    }
    // dying, lying, tying; an irregular form of a verb (`led`, `wrote`);
    // a British `-our` word's form, whose `u` the term has not (`favourite`: "favorit").
    (keep == 2 && t[1] == b'i' && w.len() == 5 && w[1].eq_ignore_ascii_case(&b'y'))
        || irregular(word).is_some_and(|(_, verb_term)| verb_term == term)
        || w.iter()
            .zip(t)
            .position(|(a, b)| !a.eq_ignore_ascii_case(b))
            .is_some_and(|at| at > 0 && w[at - 1].eq_ignore_ascii_case(&b'o') && w[at].eq_ignore_ascii_case(&b'u'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mark belongs to the word it follows (a decomposed `café` is one
    /// word, its accent in it; so is "हिन्दी", its virama in it), and starts
    /// none; the fast paths (`words_are_ascii`, the counts) agree.
    #[test]
    fn a_combining_mark_is_part_of_the_word_before_it() {
        let text = "cafe\u{301} e\u{301}cole \u{301}x हिन्दी";
        assert_eq!(
            tokens(text).collect::<Vec<_>>(),
            [(0, "cafe\u{301}"), (7, "e\u{301}cole"), (17, "x"), (19, "हिन्दी")]
        );
        assert!(!words_are_ascii(text));
        assert_eq!(count_words(text, &unusual_runs(text)), 4);
        // Dashes, quote marks and spaces beyond ASCII still separate words.
        assert_eq!(tokens("a—b “c” d\u{a0}e").map(|(_, w)| w).collect::<Vec<_>>(), ["a", "b", "c", "d", "e"]);
    }

    /// A script written without spaces splits as Unicode's word boundaries
    /// split it: a Chinese character or a hiragana is a word alone, a run
    /// of katakana one word; a dot or an apostrophe joins none of them, and
    /// a word of another script next to them is a word of its own.
    #[test]
    fn an_ideograph_is_a_word_alone_and_katakana_a_word_together() {
        assert_eq!(words("我们使用数据库"), ["我", "们", "使", "用", "数", "据", "库"]);
        assert_eq!(words("データベース管理です"), ["データベース", "管", "理", "で", "す"]);
        assert_eq!(words("用Elixir写的API服务"), ["用", "Elixir", "写", "的", "API", "服", "务"]);
        assert_eq!(words("数.据 か'な 2024年 .数据"), ["数", "据", "か", "な", "2024", "年", "数", "据"]);
        // A dot, an apostrophe, `+` or `#` joins no word to an ideograph.
        assert_eq!(
            words("用Quokkadb.数据 Foo'数 C++开发 F#写"),
            ["用", "Quokkadb", "数", "据", "Foo", "数", "C++", "开", "发", "F#", "写"]
        );
        assert_eq!(words("한국어 단어"), ["한국어", "단어"], "Korean has spaces between words");
        let text = "用Elixir写";
        assert_eq!(count_words(text, &unusual_runs(text)), 3);
    }

    /// The words around any place are the words of the whole text there.
    #[test]
    fn words_around_a_place_are_the_texts_words_there() {
        let texts = ["Use .NET, C++ and node.js; it's 1.5x\u{a0}faster — Europe’s best", "  a  b\tc\n", "x"];
        for text in texts {
            let all: Vec<(usize, &str)> = tokens(text).collect();
            for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for end in (start..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    let around: Vec<(usize, &str)> = words_around(text, [start, end]).collect();
                    let expected: Vec<(usize, &str)> = all
                        .iter()
                        .copied()
                        .filter(|(at, w)| {
                            around.first().is_some_and(|f| *at >= f.0)
                                && around.last().is_some_and(|l| at + w.len() <= l.0 + l.1.len())
                        })
                        .collect();
                    assert_eq!(around, expected, "{text:?} at {start}..{end}");
                    // And every word that overlaps the place is among them.
                    for (at, w) in &all {
                        if *at < end.max(start + 1) && start < at + w.len() {
                            assert!(around.contains(&(*at, *w)), "{w:?} at {at} in {text:?}, {start}..{end}");
                        }
                    }
                }
            }
        }
    }

    /// The tokenizer as it was before the byte-class table: each byte tested
    /// by ranges. The oracle for the table-driven one.
    mod oracle {
        use super::super::{Unspaced, char_at, is_mark, letter_at, spaced_word_at, unspaced};

        pub(super) fn next_start(text: &str, mut i: usize) -> Option<usize> {
            let bytes = text.as_bytes();
            while let Some(&b) = bytes.get(i) {
                if b < 0x80 {
                    // ASCII, most of any text, is decided from the byte alone.
                    if b.is_ascii_alphanumeric() {
                        return Some(i);
                    }
                    if b == b'.'
                        && spaced_word_at(text, i + 1)
                        && !text[..i].ends_with(|p: char| p.is_alphanumeric() || p == '.')
                    {
                        return Some(i);
                    }
                    i += 1;
                } else {
                    let (c, len) = char_at(text, i)?;
                    if c.is_alphanumeric() {
                        return Some(i);
                    }
                    i += len;
                }
            }
            None
        }
        pub(super) fn word_end(text: &str, start: usize) -> usize {
            let bytes = text.as_bytes();
            let first = start + usize::from(bytes[start] == b'.');
            let mut i = first;
            let mut last_letter = false;
            let mut script = Unspaced::No;
            while let Some(&b) = bytes.get(i) {
                // A run of ASCII letters and digits, most of any word, byte by byte.
                if b.is_ascii_alphanumeric() {
                    if script != Unspaced::No {
                        break;
                    }
                    let run = bytes[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                    i += run;
                    last_letter = bytes[i - 1].is_ascii_alphabetic();
                    continue;
                }
                let (c, len) = if b < 0x80 { (char::from(b), 1) } else { char_at(text, i).unwrap_or(('\0', 1)) };
                if c.is_alphanumeric() {
                    // An ideograph is a word alone; a run of one script, one word.
                    let here = unspaced(c);
                    if i > first && (here != script || here == Unspaced::Alone) {
                        break;
                    }
                    script = here;
                    last_letter = c.is_alphabetic();
                } else if is_mark(c) {
                    // A mark on the letter or digit before: part of its word.
                } else if script != Unspaced::No
                    || !((c == '.' && spaced_word_at(text, i + 1))
                        || (matches!(c, '\'' | '’')
                            && last_letter
                            && letter_at(text, i + len)
                            && spaced_word_at(text, i + len)))
                {
                    break;
                }
                i += len;
            }
            // `c++`, `c#`, `f#`: symbols right after a letter, not followed
            // by a word; before a number, `++`, or the `#` of one letter
            // (`C++17`, `C#10`; not `N+1`, `PR#42`).
            if last_letter {
                let symbols = bytes[i..].iter().take_while(|b| matches!(b, b'+' | b'#')).count();
                let run = &bytes[i..i + symbols];
                let digit = bytes.get(i + symbols).is_some_and(u8::is_ascii_digit);
                let version = digit && (run == b"++" || (run == b"#" && i - first == 1));
                if symbols > 0 && (!spaced_word_at(text, i + symbols) || version) {
                    i += symbols;
                }
            }
            i
        }
        pub(super) fn tokens(text: &str) -> Vec<(usize, &str)> {
            let mut i = 0;
            std::iter::from_fn(|| {
                let start = next_start(text, i)?;
                i = word_end(text, start);
                Some((start, &text[start..i]))
            })
            .collect()
        }
    }

    /// The byte-by-byte count that the eight-bytes-at-once one replaced: a
    /// letter or digit starts a word unless it continues one.
    fn count_bytewise(bytes: &[u8]) -> usize {
        let (mut count, mut before, mut last) = (0, 0u8, 0u8);
        for &b in bytes {
            let (c, l, p) = (class(b), class(last), class(before));
            let continues = l & ALNUM != 0
                || (last == b'.' && p & ALNUM != 0)
                || (last == b'\'' && p & ALPHA != 0 && c & ALPHA != 0);
            count += usize::from(c & ALNUM != 0 && !continues);
            (before, last) = (last, b);
        }
        count
    }

    proptest::proptest! {
        /// The cheap test never rejects a word of its own term, whatever its
        /// letters: capitals that grow or shrink in lowercase (`İ`, `Ⱥ`,
        /// `Ⱦ`, `ẞ`), Greek sigmas, accents, apostrophes, digits.
        #[test]
        fn the_cheap_test_holds_for_any_letters(text in "[a-zA-ZİıȺⱥȾⱦẞßΣσςÉé’'0-9]{1,12}") {
            for (_, word) in tokens(&text) {
                proptest::prop_assert!(may_have_term(word, &term(word)), "{} -> {}", word, term(word));
            }
        }

        /// Eight bytes at once count as byte by byte, any bytes, at any
        /// place of a word (the classes shifted in from the word before).
        #[test]
        fn counting_eight_bytes_at_once_counts_as_byte_by_byte(
            bytes in proptest::collection::vec(proptest::sample::select(b"aZz09.'+ \x80\xff@[`{/:".to_vec()), 0..70)
        ) {
            proptest::prop_assert_eq!(count_ascii(&bytes), count_bytewise(&bytes), "{:?}", bytes);
        }

        /// Counting the words of an ASCII text gives as many as splitting it.
        #[test]
        fn counting_ascii_words_finds_as_many_as_splitting(text in "[aZ09.'+#,; -]{0,60}") {
            proptest::prop_assert_eq!(count_ascii(text.as_bytes()), tokens(&text).count(), "{:?}", text);
        }

        /// A text whose characters beyond ASCII all separate words has only
        /// ASCII words, and counting them gives as many as splitting it; a
        /// letter, a digit, `’` or a combining mark beyond ASCII makes it
        /// another text.
        #[test]
        fn words_are_ascii_when_every_other_character_separates(text in "[aZ09.'+#,; \u{a0}—“”…é漢’٣\u{301}-]{0,60}") {
            let words: Vec<(usize, &str)> = tokens(&text).collect();
            let expected = !text.chars().any(|c| !c.is_ascii() && (c.is_alphanumeric() || c == '’' || is_mark(c)));
            proptest::prop_assert_eq!(words_are_ascii(&text), expected, "{:?}", text);
            if words_are_ascii(&text) {
                proptest::prop_assert!(words.iter().all(|(_, w)| w.is_ascii()), "{:?}", text);
                proptest::prop_assert_eq!(count_ascii(text.as_bytes()), words.len(), "{:?}", text);
            }
        }

        /// The table-driven tokenizer splits any text as the range tests did:
        /// letters, digits and every byte that joins or starts a word.
        #[test]
        fn the_byte_table_splits_as_the_range_tests_did(text in "[a-zA-Z0-9éÉ漢字かナー\u{a0}’'.+#,;/ _-]{0,80}") {
            let fast: Vec<(usize, &str)> = tokens(&text).collect();
            proptest::prop_assert_eq!(fast, oracle::tokens(&text));
        }

        /// Long words, and words with a dot, an apostrophe, `+` or `#`
        /// after them, end where the range tests end them.
        #[test]
        fn long_words_split_as_the_range_tests_did(text in "([a-zA-Z0-9]{1,20}[ .'+#é,’]{1,2}){0,8}[a-z0-9]{0,19}") {
            let fast: Vec<(usize, &str)> = tokens(&text).collect();
            proptest::prop_assert_eq!(fast, oracle::tokens(&text));
        }
    }

    #[test]
    fn the_byte_table_splits_the_bundled_content_as_the_range_tests_did() {
        let loaded = crate::content::load_bundled().expect("bundled content loads");
        for item in &loaded.corpus.items {
            for text in [&item.title, &item.summary, &item.body] {
                assert_eq!(tokens(text).collect::<Vec<_>>(), oracle::tokens(text), "{}", item.slug);
                if words_are_ascii(text) {
                    assert_eq!(count_ascii(text.as_bytes()), tokens(text).count(), "{}", item.slug);
                }
            }
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text).map(|(_, w)| w).collect()
    }

    #[test]
    fn forms_of_one_word_are_one_word_and_snowball_s_other_joins_are_not() {
        for (a, b) in [
            ("logs", "logging"),
            ("log", "logged"),
            ("cache", "caching"),
            ("caches", "cache"),
            ("company", "companies"),
            ("ad", "ads"),
            ("run", "running"),
            ("deploy", "deployment"),
            ("deployments", "deploying"),
            ("optimize", "optimization"),
            ("automate", "automation"),
            ("observability", "observable"),
            ("processes", "process"),
            ("businesses", "business"),
            ("classes", "class"),
            ("implementation", "implementing"),
            ("configure", "configuration"),
            ("dying", "die"),
            ("controlled", "control"),
            ("modelling", "model"),
            ("cancelled", "cancel"),
            ("quickly", "quick"),
            ("securely", "secure"),
            ("successfully", "success"),
            ("successful", "success"),
            ("helpful", "help"),
            ("lying", "lie"),
            ("savings", "save"),
            ("savings", "saved"),
            ("settings", "set"),
            ("engineer", "engineering"),
            // `-ment` typed without its `e`, or with one more.
            ("managment", "management"),
            ("managment", "managed"),
            ("developement", "development"),
            ("improvment", "improvement"),
            ("europe", "europe's"),
            ("Payments", "payment"),
        ] {
            assert_eq!(term(a), term(b), "{a} and {b} share a stem");
            assert!(one_word(a, b) && one_word(b, a), "{a} and {b}");
        }
        // Snowball's stems join these, and each pair is two words.
        for (a, b) in [
            ("engineer", "engine"),
            ("ads", "added"),
            ("integrity", "integration"),
            ("production", "product"),
            ("customer", "custom"),
            ("responsive", "response"),
            ("localization", "local"),
            ("mobility", "mobile"),
            ("business", "busy"),
            // A form the rules would undo into another word (`NOT_A_BASE`).
            ("united", "unit"),
            ("united", "units"),
            ("unites", "unit"),
            ("uniting", "units"),
            ("evening", "even"),
            ("evenings", "even"),
            ("evening's", "even"),
            ("ceiling", "ceil"),
            // An adjective that means another thing than its noun.
            ("restful", "rest"),
            ("stateful", "state"),
            ("timely", "time"),
            ("useful", "use"),
            ("useful", "used"),
            ("usefully", "using"),
            ("powerful", "powered"),
            ("careful", "care"),
        ] {
            assert_eq!(term(a), term(b), "{a} and {b} share a stem");
            assert!(!one_word(a, b) && !one_word(b, a), "{a} and {b}");
        }
        // Their own words they are still forms of.
        for (a, b) in [("united", "unite"), ("unites", "united"), ("evenings", "evening"), ("ceilings", "ceiling")] {
            assert!(one_word(a, b) && one_word(b, a), "{a} and {b}");
        }
    }

    #[test]
    fn an_irregular_form_of_a_verb_is_a_form_of_it() {
        assert!(IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0), "sorted, once each");
        for (form, verb, verb_term) in IRREGULAR {
            assert_eq!(term(verb), verb_term, "{verb}'s term");
            assert_eq!(form.as_bytes()[0], verb.as_bytes()[0], "{form} starts as {verb} does");
            for written in [form.to_owned(), format!("{}{}", &form[..1].to_uppercase(), &form[1..])] {
                assert_eq!(term(&written), verb_term, "{written}");
                assert!(may_have_term(&written, verb_term), "{written}");
                assert!(one_word(&written, verb) && one_word(verb, &written), "{written} and {verb}");
            }
            // In capitals, an acronym (LED, RAN): its own term, which it may have.
            let capitals = form.to_uppercase();
            assert_ne!(term(&capitals), verb_term, "{capitals}");
            assert!(may_have_term(&capitals, &term(&capitals)), "{capitals}");
            // And the verb's other forms.
            for other in [format!("{verb}s"), format!("{verb}ing")] {
                assert!(term(&other) != verb_term || one_word(form, &other), "{form} and {other}");
            }
        }
        assert_eq!(term("Built"), "build");
        assert!(one_word("led", "leading") && one_word("wrote", "writing"));
        // Not a verb's form: words that look like one stay as they are.
        for word in ["found", "left", "saw", "bent", "ledger", "madeup"] {
            assert_eq!(irregular(word), None, "{word}");
        }
        assert_eq!(irregular_forms("lead").collect::<Vec<_>>(), ["led"]);
        assert_eq!(irregular_forms("write").collect::<Vec<_>>(), ["written", "wrote"]);
    }

    /// The joins look past the dot at letters beyond ASCII too.
    #[test]
    fn dots_join_letters_beyond_ascii() {
        assert_eq!(words("v.é and .été, x. é"), ["v.é", "and", ".été", "x", "é"]);
    }

    #[test]
    fn words_are_letters_and_digits_with_their_symbols() {
        let t: Vec<_> = tokens("P2P, e-prescriptions; 漢字 ok").collect();
        assert_eq!(t, [(0, "P2P"), (5, "e"), (7, "prescriptions"), (22, "漢"), (25, "字"), (29, "ok")]);
        assert_eq!(
            words("C++, C# and F# on .NET or node.js (IPSP.com)."),
            ["C++", "C#", "and", "F#", "on", ".NET", "or", "node.js", "IPSP.com"]
        );
        assert_eq!(words("Europe's largest; don’t"), ["Europe's", "largest", "don’t"]);
        assert_eq!(
            words("70+ Redis/50+ a+b #elixir 24/7 e.g. end."),
            ["70", "Redis", "50", "a", "b", "elixir", "24", "7", "e.g", "end"]
        );
        assert_eq!(words("'quoted' ..net x.y."), ["quoted", "net", "x.y"]);
        // A language and its version; a single `+` before a number is a sum.
        assert_eq!(
            words("C++17, C++20 modules, C#10 and g++12; N+1 queries, a+1, C++x, PR#42, a+++1, C+#1, C++"),
            [
                "C++", "17", "C++", "20", "modules", "C#", "10", "and", "g++", "12", "N", "1", "queries", "a", "1",
                "C", "x", "PR", "42", "a", "1", "C", "1", "C++"
            ]
        );
    }

    /// A Latin letter's accent is folded away, composed or combining, in
    /// the term and in the fold an index sorts by; other letters stay.
    #[test]
    fn accents_are_folded_away() {
        for (word, expected) in [
            ("résumé", "resum"),
            ("Résumé", "resum"),
            ("re\u{301}sume\u{301}", "resum"),
            ("naïve", "naiv"),
            ("Zürich", "zurich"),
            ("Škoda", "skoda"),
            ("łódź", "lodz"),
            ("æther", "æther"),
        ] {
            assert_eq!(term(word), expected, "{word}");
        }
        assert_eq!(fold("Résumé"), "resume");
        assert_eq!(fold("e\u{301}cole"), "ecole");
        assert_eq!(fold("ΣΟΦΊΑ"), "σοφία", "Greek keeps its accents");
        // Composed or decomposed alike; beyond Latin-1 and Extended-A too;
        // a mark on a letter of another script stays.
        for (word, expected) in
            [("București", "bucuresti"), ("Bucures\u{326}ti", "bucuresti"), ("Việt", "viet"), ("mǎ", "ma")]
        {
            assert_eq!(fold(word), expected, "{word}");
            assert_eq!(term(word), expected, "{word}");
        }
        assert_eq!(fold("мои\u{306}"), "мои\u{306}");
        assert_eq!(term("мои\u{306}"), "мои\u{306}");
        assert_eq!(fold("ΣΟΦΙ\u{301}Α"), "σοφι\u{301}α");
        // Every letter the table folds is a letter with an accent on it.
        for (c, &b) in ('\u{E0}'..='\u{24F}').zip(UNACCENTED).chain(('\u{1E00}'..='\u{1EFF}').zip(UNACCENTED_MORE)) {
            if b != b'-' {
                assert!(c.is_alphabetic() && c.to_lowercase().next().is_some_and(|l| unaccented(l) == char::from(b)));
            }
        }
        assert_eq!(unaccented('÷'), '÷');
        assert_eq!(unaccented('ÿ'), 'y');
        // A stroke is folded as an accent is; a letter of two is left.
        for (word, expected) in [("Łódź", "lodz"), ("Ørsted", "orsted"), ("Đakovo", "dakovo"), ("Ħamrun", "hamrun")]
        {
            assert_eq!(fold(word), expected, "{word}");
            assert_eq!(term(word), term(expected), "{word}");
        }
        assert_eq!(fold("Ærø"), "æro");
        // Composed or decomposed alike: `ǿ` is `ø` and an acute.
        assert_eq!(fold("Ǿrsted"), fold("Ø\u{301}rsted"));
        assert_eq!(fold("Ǿrsted"), "orsted");
        assert_eq!(unaccented('\u{180}'), 'b', "ƀ, a b struck");
        assert_eq!(unaccented('\u{1C0}'), '\u{1C0}', "a click, no letter of ours");
    }

    #[test]
    fn terms_are_lowercase_english_stems() {
        for (a, b) in [("logs", "logging"), ("payment", "payments"), ("Transfer", "transfers"), ("Europe", "europe's")]
        {
            assert_eq!(term(a), term(b), "{a} {b}");
        }
        assert_ne!(term("sagas"), term("sage"));
        assert_eq!(term("DuckDB"), "duckdb");
        assert_eq!(term("C++"), "c++");
        assert_eq!(term("Node.js"), "node.js");
        assert_eq!(term("P2P"), "p2p");
    }

    #[test]
    fn names_match_themselves_and_their_plurals_only() {
        assert!(same_name("APIs", "api") && same_name("API", "api") && same_name("SLO", "slos"));
        assert!(same_name("OTP's", "otp") && same_name("Europe’s", "europe"));
        assert!(same_name("Terraform", "terraform") && same_name("CI", "ci") && same_name("ÉTS", "éts"));
        assert!(!same_name("fast", "fastly") && !same_name("Fastly", "fast") && !same_name("monitor", "monitoring"));
        // A name that ends in a capital has no plural: io is not iOS, nor saa SaaS, either way.
        assert!(
            !same_name("io", "ios") && !same_name("iOS", "io") && !same_name("IO", "ios") && !same_name("saa", "saas")
        );
        assert!(same_name("iOS", "ios") && same_name("IOS's", "ios") && same_name("SaaS", "saas"));
    }

    /// A British spelling has the American one's term, and is one word with
    /// it; a word that only ends alike is left alone.
    #[test]
    fn british_and_american_spellings_are_one_word() {
        for (uk, us) in [
            ("optimise", "optimize"),
            ("Optimised", "optimized"),
            ("optimising", "optimizing"),
            ("optimisation", "optimization"),
            ("analyse", "analyze"),
            ("analysing", "analyzing"),
            ("licence", "license"),
            ("licences", "licenses"),
            ("colour", "color"),
            ("colourful", "colorful"),
            ("Coloured", "colored"),
            ("behavioural", "behavioral"),
            ("favourite", "favorite"),
            ("favourites", "favorites"),
            ("neighbourhood", "neighborhood"),
            ("honourable", "honorable"),
            ("savoury", "savory"),
            ("savouries", "savories"),
            ("rumours", "rumors"),
            ("unfavourable", "unfavorable"),
            ("watercolours", "watercolors"),
            ("misbehaviour", "misbehavior"),
            ("colourise", "colorize"),
            ("vapourised", "vaporized"),
            ("ardour", "ardor"),
            ("optimiser", "optimizer"),
            ("analyser", "analyzer"),
            ("programme", "program"),
            ("travelling", "traveling"),
            ("modelled", "modeled"),
            ("learnt", "learned"),
        ] {
            assert_eq!(term(uk), term(us), "{uk} and {us}");
            assert!(one_word(uk, us) && one_word(us, uk), "{uk} and {us}");
            assert!(may_have_term(uk, &term(us)) && may_have_term(us, &term(uk)), "{uk} and {us}");
        }
        // Too short to be `-ise` for `-ize` (`prise` is not "prize"), or not the ending.
        for word in ["rise", "wise", "noise", "raise", "prise", "this", "analysis", "analyst"] {
            assert_eq!(american(word), word, "{word}");
        }
        // A word whose -ise is no verb's -ize is left alone, and keeps
        // its own forms (`precisely` has its `s`).
        for word in ["precise", "surprise", "concise", "advertise", "supervise", "enterprise", "exercise"] {
            assert_eq!(american(word), word, "{word}");
        }
        for (word, form) in [("precise", "precisely"), ("surprise", "surprisingly"), ("advertise", "advertisement")] {
            assert_eq!(term(word), term(form), "{word} and {form}");
        }
        // A possessive is kept, and its word spelt as the word alone is.
        assert_eq!(american("behaviour's"), "behavior's");
        assert_eq!(term("behaviour's"), term("behavior"));
        assert_eq!(term("licence's"), term("license"));
        assert_eq!(american("optimisers'"), "optimizers'");
        assert_eq!(american("optimises"), "optimizes");
        assert!(BRITISH.windows(2).all(|w| w[0].0 < w[1].0), "sorted, once each");
        assert!(OUR.windows(2).all(|w| w[0] < w[1]) && OUR_ENDINGS.windows(2).all(|w| w[0] < w[1]), "sorted");
        // An `-our` that is English everywhere, or a form that drops the `u` in British English too.
        for word in ["hour", "hours", "four", "tour", "glamour", "contour", "humorous", "ourselves", "colourx"] {
            assert_eq!(american(word), word, "{word}");
        }
    }

    #[test]
    fn the_cheap_test_never_rejects_a_word_of_that_term() {
        for word in [
            "dying",
            "Lying",
            "tying",
            "logging",
            "Happiness",
            "cry",
            "skies",
            "generously",
            "a",
            "Élan",
            "İstanbul",
            "İ",
            "optimise",
            "analysing",
            "licences",
            "colour",
            "Travelling",
            "programmes",
            "ȺND",
            "ȾȺȾ",
            "Ⱥpples",
        ] {
            assert!(may_have_term(word, &term(word)), "{word} -> {}", term(word));
        }
        assert!(!may_have_term("docker", &term("locked")));
        assert!(!may_have_term("go", &term("golang")));
        assert!(!may_have_term("latest", &term("latency")));
    }

    /// English words built from common stems and suffixes (the forms the
    /// Snowball rules rewrite), and every word of the bundled content.
    fn many_words() -> Vec<String> {
        let roots = [
            "connect", "relate", "hope", "run", "stop", "happy", "cry", "try", "die", "lie", "tie", "generous",
            "nation", "organ", "sensit", "argu", "agree", "feed", "proceed", "exceed", "sky", "ski", "news", "bias",
            "inning", "herring", "yell", "young", "use", "age", "possib", "respons", "electr", "histor", "log",
            "transfer", "pay", "deploy", "monitor", "engine", "scrap", "reimburs", "study", "apply", "fly", "marry",
        ];
        let suffixes = [
            "", "s", "es", "ed", "ing", "ly", "ingly", "edly", "ies", "ied", "ness", "ful", "fully", "ation",
            "ational", "tional", "ize", "izer", "ization", "ity", "ities", "able", "ably", "ous", "ously", "ive",
            "iveness", "ment", "er", "est", "ism", "ist", "al", "ally", "alism", "aliti", "ence", "ance", "ency",
            "ility", "ical", "icate", "iciti", "fulness", "less", "lessli", "ousness", "ator", "enci", "anci", "abli",
            "entli", "ousli", "biliti", "bli", "ogi", "fulli",
        ];
        let mut words: Vec<String> =
            roots.iter().flat_map(|r| suffixes.iter().map(move |s| format!("{r}{s}"))).collect();
        if let Ok(loaded) = crate::content::load_bundled() {
            for item in &loaded.corpus.items {
                words.extend(tokens(&item.body).map(|(_, w)| w.to_owned()));
            }
        }
        words
    }

    #[test]
    fn the_cheap_test_holds_for_thousands_of_words() {
        let words = many_words();
        assert!(words.len() > 5000, "{}", words.len());
        for word in words {
            assert!(may_have_term(&word, &term(&word)), "{word} -> {}", term(&word));
        }
    }
}
