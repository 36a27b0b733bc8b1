//! The dictionary: every word form written in the items, as written, with
//! where it occurs (document, field, word position), sorted by the form's
//! fold (then the form) so that every form whose fold starts with a prefix is
//! one run of it.
//!
//! A form's occurrences are encoded document by document: the document (as
//! the difference from the previous one), a byte with a bit per field that
//! has the form, then for each such field the number of positions and the
//! positions (each as the difference from the previous one).

use std::collections::HashMap;

use super::codec::{Dec, Enc};
use crate::query::search::{Occurrence, fold};

/// Where one form occurs, being built: each document once, with its fields' positions encoded.
#[derive(Debug, Default)]
pub(super) struct Form {
    /// How many documents it has, and its first and last (both 0 while it
    /// has none). Not a vector of the documents with where each one's bytes
    /// end: at 100,000 documents that took 168 MB for 11 M pairs, more than
    /// the bytes themselves, and the first command's page faults with it.
    count: u32,
    first: u32,
    last: u32,
    /// Each document's bytes as a list holds them: its difference from the
    /// document before (from 0 for the first), then its fields. While the
    /// documents come in order, a form's bytes are its list but for the
    /// count, and the lists of parts built apart are joined, not re-encoded.
    data: Vec<u8>,
    /// Whether a document came after one with a higher number (documents
    /// renumbered: [`Dict::renumbered`]); its differences then only say
    /// which document comes next (they wrap around), not in what order.
    unordered: bool,
}

impl Form {
    fn push(&mut self, doc: u32, bytes: &[u8]) {
        self.push_with(doc, |e| e.0.extend_from_slice(bytes));
    }

    /// Adds document `doc`, its bytes written by `write` straight after the others'.
    fn push_with(&mut self, doc: u32, write: impl FnOnce(&mut Enc)) {
        let last = self.last();
        self.unordered |= last.is_some_and(|last| doc <= last);
        let mut e = Enc(std::mem::take(&mut self.data));
        e.u64(u64::from(doc.wrapping_sub(last.unwrap_or(0))));
        write(&mut e);
        self.data = e.0;
        if self.count == 0 {
            self.first = doc;
        }
        self.last = doc;
        self.count = self.count.saturating_add(1);
    }

    /// Whether it has no document.
    fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Its first document.
    fn first(&self) -> Option<u32> {
        (self.count > 0).then_some(self.first)
    }

    /// Its last document.
    fn last(&self) -> Option<u32> {
        (self.count > 0).then_some(self.last)
    }

    /// Each document with its fields' bytes, read back from its bytes (the
    /// differences added up as they were taken, wrapping around).
    fn each(&self) -> impl Iterator<Item = (u32, &[u8])> {
        let mut d = Dec::new(&self.data);
        let mut doc = 0u32;
        (0..self.count).map_while(move |_| {
            doc = doc.wrapping_add(d.u32()?);
            let start = d.position();
            read_fields(&mut d, |_, _| {})?;
            Some((doc, self.data.get(start..d.position())?))
        })
    }
}

/// How many bytes the number at the start of `bytes` takes (a last byte
/// below 0x80, as [`Enc::u64`] writes it).
fn varint_len(bytes: &[u8]) -> usize {
    bytes.iter().position(|b| b & 0x80 == 0).map_or(bytes.len(), |at| at + 1)
}

/// Word forms and where they occur, being built.
#[derive(Debug, Default)]
pub(super) struct Postings {
    /// The number of each form of up to 8 bytes, by its bytes as a number
    /// (most words are that short, and a number hashes and compares in a
    /// few instructions: a string took a ninth of an index's build).
    short: HashMap<u64, u32, foldhash::fast::FixedState>,
    /// The number of each longer form (the words are the user's own files:
    /// a fast, fixed hash, not one made to resist crafted keys).
    long: HashMap<String, u32, foldhash::fast::FixedState>,
    /// The forms by number, with where they occur.
    forms: Vec<(String, Form)>,
    /// Reused by [`add_document`]: the forms of the document at hand, and
    /// each form's (field, position) pairs.
    touched: Vec<usize>,
    scratch: Vec<Vec<(u8, u32)>>,
}

/// A word of up to 8 bytes as a number, its bytes in order then zeros: one
/// number a word, as no word holds a zero byte (it separates words; a
/// dictionary read back with such a form is refused: [`Dict::renumbered`]).
fn short_key(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    let len = bytes.len();
    // Read as whole numbers, not copied byte by byte (a call to `memcpy` for
    // each of two million words): from 4 bytes on, the first four and the
    // last four, which overlap where they share bytes; below, the first,
    // middle and last byte, which are all of them.
    let key = match len {
        0 => 0,
        1..=3 => {
            let at = |i: usize| u64::from(bytes[i]) << (8 * i);
            at(0) | at(len / 2) | at(len - 1)
        }
        4..=8 => {
            let four = |from: usize| bytes.get(from..from + 4).and_then(|b| b.try_into().ok()).map(u32::from_le_bytes);
            let (first, last) = (four(0)?, four(len - 4)?);
            u64::from(first) | u64::from(last) << (8 * (len - 4))
        }
        _ => return None,
    };
    Some(key)
}

impl Postings {
    /// The number of `word`, given one when new. A short form seen before
    /// is looked up here, where the call is made (most words: two million
    /// calls for 10,000 files, whose saving and restoring of registers alone
    /// was 32 M instructions); anything else by [`Postings::new_id`].
    #[inline]
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = short_key(word).and_then(|key| self.short.get(&key)) {
            return id;
        }
        self.new_id(word)
    }

    /// [`Postings::id`] for a long form, or a form not seen before.
    #[inline(never)]
    fn new_id(&mut self, word: &str) -> u32 {
        let next = u32::try_from(self.forms.len()).unwrap_or(u32::MAX);
        let id = match short_key(word) {
            Some(key) => *self.short.entry(key).or_insert(next),
            None => match self.long.get(word) {
                Some(&id) => id,
                None => *self.long.entry(word.to_owned()).or_insert(next),
            },
        };
        if id == next {
            self.forms.push((word.to_owned(), Form::default()));
        }
        id
    }

    /// The number of `word`, if it has one.
    fn find(&self, word: &str) -> Option<u32> {
        match short_key(word) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(word).copied(),
        }
    }

    fn form(&mut self, word: &str) -> &mut Form {
        let id = self.id(word) as usize;
        &mut self.forms[id].1
    }
}

/// Adds document `doc`, given as its fields' words in order, to `postings`;
/// returns how many words each field has.
pub(super) fn add_document<'w>(
    postings: &mut Postings,
    doc: u32,
    fields: [impl Iterator<Item = &'w str>; 4],
) -> [u32; 4] {
    // Each form's (field, position) pairs, in order, in a list kept by form
    // number and reused from document to document.
    let mut touched = std::mem::take(&mut postings.touched);
    let mut at = std::mem::take(&mut postings.scratch);
    let mut counts = [0u32; 4];
    for ((f, words), count) in (0u8..).zip(fields).zip(&mut counts) {
        for word in words {
            let id = postings.id(word) as usize;
            if at.len() <= id {
                at.resize_with(id + 1, Vec::new);
            }
            if at[id].is_empty() {
                touched.push(id);
            }
            at[id].push((f, *count));
            *count = count.saturating_add(1);
        }
    }
    for &id in &touched {
        let group = &at[id];
        // Written straight into the form's bytes: no copy of them per document.
        postings.forms[id].1.push_with(doc, |bytes| {
            let mask = group.iter().fold(0u8, |m, &(f, _)| m | 1 << f);
            bytes.u8(mask);
            for field in group.chunk_by(|a, b| a.0 == b.0) {
                bytes.usize(field.len());
                let mut previous = 0;
                for &(_, p) in field {
                    bytes.u64(u64::from(p - previous));
                    previous = p;
                }
            }
        });
    }
    for &id in &touched {
        at[id].clear();
    }
    touched.clear();
    postings.touched = touched;
    postings.scratch = at;
    counts
}

/// Encodes the dictionary of the documents in `parts` (built apart, on
/// threads, each its own documents): the terms (DICT: each form with where
/// its list is and the list's CRC-32) and the lists (POSTINGS), each form's
/// documents in order. The parts are not merged first: a form's documents
/// are gathered from every part as its list is written, so each part's
/// bytes are copied once, into the lists.
pub(super) fn encode(parts: &[Postings]) -> (Vec<u8>, Vec<u8>) {
    // The part with the most forms is the one the others' forms are looked
    // up in (its own maps: no second map of most of the words); the order
    // of the parts does not matter, a form's documents are sorted.
    let Some(most) = (0..parts.len()).max_by_key(|&p| parts[p].forms.len()) else {
        return encode_entries(Vec::new(), 0);
    };
    let base = &parts[most];
    // The forms of the other parts, by the number of the same form in the
    // base part, else in order of the part they are first in.
    let mut also: Vec<Vec<&Form>> = Vec::new();
    also.resize_with(base.forms.len(), Vec::new);
    let mut new_ids: HashMap<&str, usize, foldhash::fast::FixedState> = HashMap::default();
    let mut new_forms: Vec<(&str, Vec<&Form>)> = Vec::new();
    for part in parts.iter().enumerate().filter(|&(p, _)| p != most).map(|(_, part)| part) {
        for (word, form) in &part.forms {
            if let Some(id) = base.find(word) {
                also[id as usize].push(form);
            } else {
                let at = *new_ids.entry(word.as_str()).or_insert_with(|| {
                    new_forms.push((word.as_str(), Vec::new()));
                    new_forms.len() - 1
                });
                new_forms[at].1.push(form);
            }
        }
    }
    let entries = base
        .forms
        .iter()
        .zip(also)
        .map(|((word, form), more)| (word.as_str(), Some(form), more))
        .chain(new_forms.into_iter().map(|(word, more)| (word, None, more)))
        .filter(|(_, form, more)| form.iter().chain(more.iter()).any(|f| !f.is_empty()))
        .map(|(word, form, more)| Gathered { fold: fold(word), word, form, more })
        .collect();
    // About the lists' bytes: each document's, with its number (rarely over two bytes).
    let bytes = parts.iter().flat_map(|p| &p.forms).map(|(_, f)| f.data.len() + 2 * f.count as usize + 2).sum();
    encode_entries(entries, bytes)
}

/// A form gathered from the parts, to encode: its fold, itself, and where
/// it occurs (in the base part, and in the others).
struct Gathered<'a> {
    fold: std::borrow::Cow<'a, str>,
    word: &'a str,
    form: Option<&'a Form>,
    more: Vec<&'a Form>,
}

/// Encodes each form (its fold, itself, where it occurs: the documents of
/// its parts), sorted by fold, then form; the lists take about `bytes`.
fn encode_entries(mut entries: Vec<Gathered<'_>>, bytes: usize) -> (Vec<u8>, Vec<u8>) {
    entries.sort_unstable_by(|a, b| (&a.fold, a.word).cmp(&(&b.fold, b.word)));
    let mut e = Enc::default();
    e.usize(entries.len());
    let mut lists = Enc(Vec::with_capacity(bytes));
    let mut docs: Vec<(u32, &[u8])> = Vec::new();
    let mut parts: Vec<&Form> = Vec::new();
    for Gathered { fold: folded, word, form, more } in &entries {
        e.str(folded);
        if folded == word {
            e.u8(0);
        } else {
            e.u8(1);
            e.str(word);
        }
        let at = lists.0.len();
        parts.clear();
        parts.extend(form.iter().copied().chain(more.iter().copied()).filter(|f| !f.is_empty()));
        parts.sort_unstable_by_key(|f| f.first());
        if apart(&parts) {
            // Each part's bytes as they are, its first document's difference
            // taken again from the part before's last.
            lists.usize(parts.iter().map(|f| f.count as usize).sum());
            let mut previous = 0;
            for f in &parts {
                let (first, last) = (f.first().unwrap_or(0), f.last().unwrap_or(0));
                lists.u64(u64::from(first - previous));
                lists.0.extend_from_slice(f.data.get(varint_len(&f.data)..).unwrap_or_default());
                previous = last;
            }
        } else {
            docs.clear();
            docs.extend(parts.iter().flat_map(|form| form.each()));
            docs.sort_unstable_by_key(|(doc, _)| *doc);
            lists.usize(docs.len());
            let mut previous = 0;
            for &(doc, bytes) in &docs {
                lists.u64(u64::from(doc - previous));
                lists.0.extend_from_slice(bytes);
                previous = doc;
            }
        }
        e.usize(at);
        e.usize(lists.0.len() - at);
        e.u32_fixed(crc32fast::hash(&lists.0[at..]));
    }
    (e.0, lists.0)
}

/// Whether `parts` (sorted by their first document) each hold documents in
/// order, all after the part before's: their lists join as they are.
fn apart(parts: &[&Form]) -> bool {
    parts.iter().all(|f| !f.unordered)
        && parts.windows(2).all(|w| match (w[0].last(), w[1].first()) {
            (Some(last), Some(first)) => last < first,
            _ => false,
        })
}

/// Where the lists of a dictionary are: in memory, or in its file (read
/// list by list, each checked against its CRC-32).
#[derive(Debug)]
pub(super) enum Lists {
    /// Every list, one after another.
    Memory(Vec<u8>),
    /// The index file, and where the lists start in it.
    File(std::fs::File, u64),
}

/// One form of a decoded dictionary: byte ranges into its terms, and where
/// its list is (offset, length, CRC-32).
#[derive(Debug, Clone, Copy)]
struct Entry {
    fold: (usize, usize),
    form: (usize, usize),
    list: (u64, u64, u32),
}

/// A dictionary read from its terms: forms found by binary search, their
/// lists read and decoded when asked for.
#[derive(Debug)]
pub(super) struct Dict {
    bytes: Vec<u8>,
    entries: Vec<Entry>,
    lists: Lists,
}

/// Reads one document's fields of a form: `(field, position)` for each occurrence.
fn read_fields(d: &mut Dec<'_>, mut each: impl FnMut(u8, u32)) -> Option<()> {
    let mask = d.u8()?;
    if mask == 0 || mask > 0b1111 {
        return None;
    }
    for field in 0..4u8 {
        if mask & (1 << field) == 0 {
            continue;
        }
        let n = d.count()?;
        let mut pos = 0u32;
        for _ in 0..n {
            pos = pos.checked_add(d.u32_inline()?)?;
            each(field, pos);
        }
    }
    Some(())
}

impl Dict {
    /// Its terms as encoded, and its lists when they are in memory: the
    /// bytes an index file holds of a dictionary just built.
    pub(super) fn encoded(&self) -> (&[u8], Option<&[u8]>) {
        match &self.lists {
            Lists::Memory(lists) => (&self.bytes, Some(lists)),
            Lists::File(..) => (&self.bytes, None),
        }
    }

    /// Reads the entries of an encoded dictionary's terms, with its lists
    /// where `lists` says; `None` when malformed.
    pub(super) fn parse(bytes: Vec<u8>, lists: Lists) -> Option<Dict> {
        let mut d = Dec::new(&bytes);
        let n = d.count()?;
        let mut entries = Vec::with_capacity(n);
        for _ in 0..n {
            let fold = d.str_span()?;
            let form = match d.u8()? {
                0 => fold,
                1 => d.str_span()?,
                _ => return None,
            };
            let list = (d.u64()?, d.u64()?, d.u32_fixed()?);
            entries.push(Entry { fold, form, list });
        }
        if !d.done() {
            return None;
        }
        Some(Dict { bytes, entries, lists })
    }

    /// The list of an entry, checked; `None` when it cannot be read or does not check out.
    fn list(&self, entry: &Entry) -> Option<std::borrow::Cow<'_, [u8]>> {
        let (at, len, crc) = entry.list;
        let bytes: std::borrow::Cow<'_, [u8]> = match &self.lists {
            Lists::Memory(all) => {
                let start = usize::try_from(at).ok()?;
                all.get(start..start.checked_add(usize::try_from(len).ok()?)?)?.into()
            }
            Lists::File(file, base) => super::store::read_at(file, base.checked_add(at)?, len)?.into(),
        };
        (crc32fast::hash(&bytes) == crc).then_some(bytes)
    }

    fn text(&self, (at, len): (usize, usize)) -> &str {
        std::str::from_utf8(self.bytes.get(at..at + len).unwrap_or_default()).unwrap_or_default()
    }

    /// Adds the occurrences of an entry to `out`, in document, field and
    /// position order, as form number `form`; `None` when malformed.
    fn occurrences(&self, entry: &Entry, form: u32, out: &mut Vec<Occurrence>) -> Option<()> {
        let list = self.list(entry)?;
        let mut d = Dec::new(&list);
        let n = d.count()?;
        let mut doc = 0u32;
        for _ in 0..n {
            doc = doc.checked_add(d.u32_inline()?)?;
            read_fields(&mut d, |field, pos| out.push(Occurrence { doc, pos, form, field }))?;
        }
        d.done().then_some(())
    }

    /// Asks `number` of every form whose fold starts with `prefix`, and adds
    /// to `out` the occurrences of each it numbers; `None` when the
    /// dictionary is malformed.
    pub(super) fn forms(
        &self,
        prefix: &str,
        number: &mut dyn FnMut(&str) -> Option<u32>,
        out: &mut Vec<Occurrence>,
    ) -> Option<()> {
        let start = self.entries.partition_point(|e| self.text(e.fold) < prefix);
        for entry in &self.entries[start..] {
            if !self.text(entry.fold).starts_with(prefix) {
                break;
            }
            if let Some(form) = number(self.text(entry.form)) {
                self.occurrences(entry, form, out)?;
            }
        }
        Some(())
    }

    /// Every form with its occurrences, renumbered by `renumber` (documents
    /// it maps to `None` are dropped): the start of an updated dictionary;
    /// `None` when malformed, or when a form holds a zero byte (no word does:
    /// it would be numbered as the same word without it).
    pub(super) fn renumbered(&self, renumber: &[Option<u32>]) -> Option<Postings> {
        let mut postings = Postings::default();
        for entry in &self.entries {
            if self.text(entry.form).contains('\0') {
                return None;
            }
            let list = self.list(entry)?;
            let mut d = Dec::new(&list);
            let n = d.count()?;
            let mut doc = 0u32;
            let mut form = Form::default();
            for _ in 0..n {
                doc = doc.checked_add(d.u32()?)?;
                let start = d.position();
                read_fields(&mut d, |_, _| {})?;
                let bytes = list.get(start..d.position())?;
                if let Some(new) = renumber.get(doc as usize).copied().flatten() {
                    form.push(new, bytes);
                }
            }
            if !form.is_empty() {
                *postings.form(self.text(entry.form)) = form;
            }
        }
        Some(postings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A word's key is its bytes in order, then zeros, as copied into
        /// eight bytes; a longer word has none.
        #[test]
        fn a_short_key_is_the_word_s_bytes_then_zeros(word in "[a-z0-9é漢+#.'’]{0,9}") {
            let bytes = word.as_bytes();
            let expected = (bytes.len() <= 8).then(|| {
                let mut key = [0u8; 8];
                key[..bytes.len()].copy_from_slice(bytes);
                u64::from_le_bytes(key)
            });
            proptest::prop_assert_eq!(short_key(&word), expected);
        }
    }

    fn dict(docs: &[&[&str]]) -> Dict {
        let mut p = Postings::default();
        for (doc, words) in docs.iter().enumerate() {
            let fields = [words.to_vec(), vec![], vec![], words.iter().rev().copied().collect()];
            add_document(&mut p, u32::try_from(doc).expect("small"), fields.each_ref().map(|f| f.iter().copied()));
        }
        let (terms, lists) = encode(&[p]);
        Dict::parse(terms, Lists::Memory(lists)).expect("parses")
    }

    /// A form and its occurrences as (document, field, position).
    type Found = (String, Vec<(u32, u8, u32)>);

    /// Every form found, each numbered in turn, with its occurrences.
    fn found(d: &Dict, prefix: &str) -> Vec<Found> {
        let mut named = Vec::new();
        let mut occurrences = Vec::new();
        let mut number = |form: &str| {
            named.push(form.to_owned());
            u32::try_from(named.len() - 1).ok()
        };
        d.forms(prefix, &mut number, &mut occurrences).expect("well formed");
        let mut out: Vec<Found> = named.into_iter().map(|form| (form, Vec::new())).collect();
        for (i, o) in occurrences.iter().enumerate() {
            // A form's occurrences come together, one form after another.
            assert!(occurrences[..i].iter().all(|p| p.form <= o.form), "forms interleaved");
            out[o.form as usize].1.push((o.doc, o.field, o.pos));
        }
        out
    }

    #[test]
    fn only_the_forms_numbered_are_added() {
        let d = dict(&[&["log", "logs"], &["logs", "lot"]]);
        let mut occurrences = Vec::new();
        let mut asked = Vec::new();
        let mut number = |form: &str| {
            asked.push(form.to_owned());
            (form == "logs").then_some(7)
        };
        d.forms("lo", &mut number, &mut occurrences).expect("well formed");
        assert_eq!(asked, ["log", "logs", "lot"]);
        let got: Vec<(u32, u8, u32, u32)> = occurrences.iter().map(|o| (o.doc, o.field, o.pos, o.form)).collect();
        assert_eq!(got, [(0, 0, 1, 7), (0, 3, 0, 7), (1, 0, 0, 7), (1, 3, 1, 7)]);
    }

    #[test]
    fn forms_are_found_by_the_prefix_of_their_fold_with_every_position() {
        let d = dict(&[&["Logging", "logs", "log"], &["log", "lot", "Élan", "log"]]);
        let forms: Vec<String> = found(&d, "log").into_iter().map(|(f, _)| f).collect();
        assert_eq!(forms, ["log", "Logging", "logs"]);
        assert_eq!(found(&d, "logg"), [("Logging".to_owned(), vec![(0, 0, 0), (0, 3, 2)])]);
        assert_eq!(found(&d, "log")[0].1, [(0, 0, 2), (0, 3, 0), (1, 0, 0), (1, 0, 3), (1, 3, 0), (1, 3, 3)]);
        // A fold is without accents: `Élan` is found by "el", as `él` folds.
        assert_eq!(found(&d, "el").len(), 1);
        assert_eq!(crate::query::search::fold("Él"), "el");
        assert_eq!(found(&d, "").len(), 5);
        assert!(found(&d, "z").is_empty());
    }

    /// Words of up to 8 bytes (none has a zero byte) each have a number of
    /// their own; longer ones have none.
    #[test]
    fn short_words_have_keys_of_their_own() {
        let words = ["a", "aa", "ab", "ba", "1234567", "12345678", "élan", "é", "e"];
        let keys: std::collections::HashSet<u64> = words.iter().filter_map(|w| short_key(w)).collect();
        assert_eq!(keys.len(), words.len());
        assert_eq!(short_key("123456789"), None);
        // No word holds a zero byte; a dictionary read back with a form that
        // does is not renumbered (the index is built again).
        // (Built here as a long word: a short one would be numbered as "a".)
        let with_zero = dict(&[&["a", "abcdefghi\0"]]);
        assert!(with_zero.renumbered(&[Some(0)]).is_none());
        assert!(dict(&[&["a", "b"]]).renumbered(&[Some(0)]).is_some());
    }

    /// Parts built apart (one a thread) encode as the same documents added
    /// to one: forms only in a later part, in several, or in none of the
    /// first, with an empty part among them.
    #[test]
    fn parts_encode_as_one() {
        // Forms of up to 8 bytes are numbered apart from longer ones.
        let docs: [&[&str]; 6] = [
            &["a", "b", "kubernetes"],
            &["b", "Élan", "12345678"],
            &["c", "a", "a", "123456789"],
            &["d", "kubernetes"],
            &["Élan", "e", "d", "123456789", "élancées"],
            &["b", "kubernetes", "12345678"],
        ];
        let fields =
            |words: &[&'static str]| [words.to_vec(), vec![], vec!["x"], words.iter().rev().copied().collect()];
        let mut one = Postings::default();
        for (doc, words) in (0u32..).zip(docs) {
            add_document(&mut one, doc, fields(words).each_ref().map(|f| f.iter().copied()));
        }
        let whole = encode(&[one]);
        for cuts in [[0, 0], [1, 3], [2, 2], [3, 6], [6, 6], [0, 6]] {
            let mut parts: Vec<Postings> = (0..3).map(|_| Postings::default()).collect();
            for (doc, words) in (0u32..).zip(docs) {
                let part = cuts.iter().filter(|&&cut| doc as usize >= cut).count();
                add_document(&mut parts[part], doc, fields(words).each_ref().map(|f| f.iter().copied()));
            }
            assert_eq!(encode(&parts), whole, "cut at {cuts:?}");
        }
        // Parts whose documents interleave, and documents added out of
        // order, are merged document by document, to the same bytes.
        let mut interleaved: Vec<Postings> = (0..2).map(|_| Postings::default()).collect();
        let mut backwards = Postings::default();
        for (doc, words) in (0u32..).zip(docs) {
            add_document(&mut interleaved[doc as usize % 2], doc, fields(words).each_ref().map(|f| f.iter().copied()));
        }
        for (doc, words) in (0u32..6).zip(docs).rev() {
            add_document(&mut backwards, doc, fields(words).each_ref().map(|f| f.iter().copied()));
        }
        assert_eq!(encode(&interleaved), whole, "interleaved");
        assert_eq!(encode(&[backwards]), whole, "backwards");
        let (terms, lists) = encode(&[]);
        let empty = Dict::parse(terms, Lists::Memory(lists)).expect("parses");
        assert!(found(&empty, "").is_empty());
    }

    #[test]
    fn renumbering_drops_and_moves_documents() {
        let d = dict(&[&["a", "b"], &["a"], &["a", "c"]]);
        let p = d.renumbered(&[Some(5), None, Some(0)]).expect("well formed");
        let (terms, lists) = encode(&[p]);
        let d = Dict::parse(terms, Lists::Memory(lists)).expect("parses");
        assert_eq!(found(&d, "a")[0].1, [(0, 0, 0), (0, 3, 1), (5, 0, 0), (5, 3, 1)]);
        assert_eq!(found(&d, "b")[0].1, [(5, 0, 1), (5, 3, 0)]);
        assert!(found(&d, "c").len() == 1);
    }

    #[test]
    fn malformed_bytes_are_refused() {
        assert!(Dict::parse(vec![1, 1, b'a', 9], Lists::Memory(Vec::new())).is_none());
        assert!(Dict::parse(vec![200], Lists::Memory(Vec::new())).is_none());
        // A form whose list does not check out, or is not there.
        let (terms, mut lists) = encode(&[{
            let mut p = Postings::default();
            add_document(&mut p, 0, [vec!["a"], vec![], vec![], vec![]].each_ref().map(|f| f.iter().copied()));
            p
        }]);
        lists[0] ^= 1;
        let d = Dict::parse(terms.clone(), Lists::Memory(lists)).expect("terms parse");
        assert!(d.forms("a", &mut |_| Some(0), &mut Vec::new()).is_none());
        let d = Dict::parse(terms, Lists::Memory(Vec::new())).expect("terms parse");
        assert!(d.forms("a", &mut |_| Some(0), &mut Vec::new()).is_none());
    }
}
