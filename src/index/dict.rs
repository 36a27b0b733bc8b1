//! The dictionary: every word form written in the items, as written, with
//! the documents that contain it, sorted by the form's fold (then the form)
//! so that every form whose fold starts with a prefix is one run of it.

use std::collections::HashMap;

use super::codec::{Dec, Enc};
use crate::query::search::fold;

/// Word forms and their documents, being built.
pub(super) type Postings = HashMap<String, Vec<u32>>;

/// Adds document `doc`'s words to `postings` (documents come in ascending order per call site).
pub(super) fn add_words<'w>(postings: &mut Postings, doc: u32, words: impl Iterator<Item = &'w str>) {
    for word in words {
        if let Some(docs) = postings.get_mut(word) {
            if docs.last() != Some(&doc) {
                docs.push(doc);
            }
        } else {
            postings.insert(word.to_owned(), vec![doc]);
        }
    }
}

/// Merges `more` into `into`.
pub(super) fn merge(into: &mut Postings, more: Postings) {
    for (form, docs) in more {
        into.entry(form).or_default().extend(docs);
    }
}

/// Encodes the dictionary (DICT); each list of documents is sorted first.
pub(super) fn encode(postings: Postings) -> Vec<u8> {
    let mut entries: Vec<(String, String, Vec<u32>)> = postings
        .into_iter()
        .filter(|(_, docs)| !docs.is_empty())
        .map(|(form, mut docs)| {
            docs.sort_unstable();
            docs.dedup();
            (fold(&form).into_owned(), form, docs)
        })
        .collect();
    entries.sort_unstable_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    let mut e = Enc::default();
    e.usize(entries.len());
    let mut list = Enc::default();
    for (folded, form, docs) in &entries {
        e.str(folded);
        if folded == form {
            e.u8(0);
        } else {
            e.u8(1);
            e.str(form);
        }
        list.0.clear();
        list.usize(docs.len());
        let mut previous = 0;
        for &doc in docs {
            list.u64(u64::from(doc - previous));
            previous = doc;
        }
        e.bytes(&list.0);
    }
    e.0
}

/// One form of a decoded dictionary: byte ranges into its buffer.
#[derive(Debug, Clone, Copy)]
struct Entry {
    fold: (usize, usize),
    form: (usize, usize),
    docs: (usize, usize),
}

/// A dictionary read from its bytes: forms found by binary search, their
/// documents decoded when asked for.
#[derive(Debug)]
pub(super) struct Dict {
    bytes: Vec<u8>,
    entries: Vec<Entry>,
}

impl Dict {
    /// Reads the entries of an encoded dictionary; `None` when malformed.
    pub(super) fn parse(bytes: Vec<u8>) -> Option<Dict> {
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
            let docs = d.span()?;
            entries.push(Entry { fold, form, docs });
        }
        if !d.done() {
            return None;
        }
        Some(Dict { bytes, entries })
    }

    fn text(&self, (at, len): (usize, usize)) -> &str {
        std::str::from_utf8(self.bytes.get(at..at + len).unwrap_or_default()).unwrap_or_default()
    }

    /// The documents of an entry; `None` when malformed.
    fn docs(&self, entry: &Entry, out: &mut Vec<u32>) -> Option<()> {
        out.clear();
        let mut d = Dec::new(self.bytes.get(entry.docs.0..entry.docs.0 + entry.docs.1)?);
        let n = d.count()?;
        let mut doc = 0u32;
        for _ in 0..n {
            doc = doc.checked_add(d.u32()?)?;
            out.push(doc);
        }
        d.done().then_some(())
    }

    /// Calls `f` with every form whose fold starts with `prefix` and its
    /// documents; `None` when the dictionary is malformed.
    pub(super) fn forms(&self, prefix: &str, f: &mut dyn FnMut(&str, &[u32])) -> Option<()> {
        let start = self.entries.partition_point(|e| self.text(e.fold) < prefix);
        let mut docs = Vec::new();
        for entry in &self.entries[start..] {
            if !self.text(entry.fold).starts_with(prefix) {
                break;
            }
            self.docs(entry, &mut docs)?;
            f(self.text(entry.form), &docs);
        }
        Some(())
    }

    /// Every form with its documents, renumbered by `renumber` (documents it
    /// maps to `None` are dropped): the start of an updated dictionary.
    pub(super) fn renumbered(&self, renumber: &[Option<u32>]) -> Option<Postings> {
        let mut postings = Postings::with_capacity(self.entries.len());
        let mut docs = Vec::new();
        for entry in &self.entries {
            self.docs(entry, &mut docs)?;
            let kept: Vec<u32> = docs.iter().filter_map(|&d| renumber.get(d as usize).copied().flatten()).collect();
            if !kept.is_empty() {
                postings.insert(self.text(entry.form).to_owned(), kept);
            }
        }
        Some(postings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict(words: &[(&str, &[u32])]) -> Dict {
        let mut p = Postings::new();
        for (w, docs) in words {
            p.insert((*w).to_owned(), docs.to_vec());
        }
        Dict::parse(encode(p)).expect("parses")
    }

    fn found(d: &Dict, prefix: &str) -> Vec<(String, Vec<u32>)> {
        let mut out = Vec::new();
        d.forms(prefix, &mut |f, docs| out.push((f.to_owned(), docs.to_vec()))).expect("well formed");
        out
    }

    #[test]
    fn forms_are_found_by_the_prefix_of_their_fold() {
        let d = dict(&[("Logging", &[3, 1]), ("logs", &[2]), ("log", &[0, 7]), ("lot", &[5]), ("Élan", &[4])]);
        let forms: Vec<String> = found(&d, "log").into_iter().map(|(f, _)| f).collect();
        assert_eq!(forms, ["log", "Logging", "logs"]);
        assert_eq!(found(&d, "logg"), [("Logging".to_owned(), vec![1, 3])]);
        assert_eq!(found(&d, "él").len(), 1);
        assert_eq!(found(&d, "").len(), 5);
        assert!(found(&d, "z").is_empty());
    }

    #[test]
    fn renumbering_drops_and_moves_documents() {
        let d = dict(&[("a", &[0, 1, 2]), ("b", &[1])]);
        let p = d.renumbered(&[Some(5), None, Some(0)]).expect("well formed");
        assert_eq!(p.get("a"), Some(&vec![5, 0]));
        assert_eq!(p.get("b"), None);
    }

    #[test]
    fn malformed_bytes_are_refused() {
        assert!(Dict::parse(vec![1, 1, b'a', 9]).is_none());
        assert!(Dict::parse(vec![200]).is_none());
    }
}
