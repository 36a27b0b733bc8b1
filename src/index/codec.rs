//! The index's binary encoding: little-endian varints, length-prefixed
//! strings, and the model's types field by field. Decoding never panics:
//! anything short or malformed is `None`, and the index is rebuilt.

use crate::content::{Award, Item, Kind, Problem, Severity};

/// An encoder into a byte buffer.
#[derive(Debug, Default)]
pub(super) struct Enc(pub(super) Vec<u8>);

impl Enc {
    pub(super) fn u8(&mut self, v: u8) {
        self.0.push(v);
    }

    pub(super) fn u64(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.0.push(u8::try_from(v & 0x7f).unwrap_or(0) | 0x80);
            v >>= 7;
        }
        self.0.push(u8::try_from(v).unwrap_or(0));
    }

    pub(super) fn usize(&mut self, v: usize) {
        self.u64(v as u64);
    }

    pub(super) fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    pub(super) fn u32_fixed(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    pub(super) fn bytes(&mut self, b: &[u8]) {
        self.usize(b.len());
        self.0.extend_from_slice(b);
    }

    pub(super) fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    pub(super) fn opt(&mut self, s: Option<&str>) {
        match s {
            None => self.u8(0),
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
        }
    }

    pub(super) fn strs(&mut self, v: &[String]) {
        self.usize(v.len());
        for s in v {
            self.str(s);
        }
    }

    /// An item's fields but its body and path (the index keeps those apart).
    pub(super) fn item(&mut self, item: &Item) {
        self.str(&item.slug);
        self.u8(match item.kind {
            Kind::Project => 0,
            Kind::Post => 1,
        });
        self.str(&item.title);
        self.opt(item.subtitle.as_deref());
        self.str(&item.summary);
        self.opt(item.domain.as_deref());
        self.strs(&item.tags);
        self.opt(item.period.as_deref());
        self.u8(u8::from(item.featured));
        self.strs(&item.highlights);
        self.usize(item.awards.len());
        for award in &item.awards {
            self.str(&award.title);
            self.opt(award.awarder.as_deref());
            self.opt(award.date.as_deref());
        }
        self.u64(u64::from(item.order));
    }

    pub(super) fn problem(&mut self, p: &Problem) {
        self.str(&p.path);
        self.usize(p.line);
        self.usize(p.column);
        self.u8(match p.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
        });
        self.str(&p.message);
        self.opt(p.hint.as_deref());
    }
}

/// An item with no fields yet, but its path: what [`Dec::item_into`] decodes into.
pub(super) fn empty_item(path: String) -> Item {
    Item {
        slug: String::new(),
        kind: Kind::Project,
        title: String::new(),
        subtitle: None,
        summary: String::new(),
        domain: None,
        tags: Vec::new(),
        period: None,
        featured: false,
        highlights: Vec::new(),
        awards: Vec::new(),
        order: 0,
        body: String::new(),
        path,
    }
}

/// A decoder over a byte buffer.
#[derive(Debug)]
pub(super) struct Dec<'a> {
    buf: &'a [u8],
    at: usize,
}

impl<'a> Dec<'a> {
    pub(super) fn new(buf: &'a [u8]) -> Self {
        Dec { buf, at: 0 }
    }

    /// How many bytes have been read.
    pub(super) fn position(&self) -> usize {
        self.at
    }

    /// Whether every byte has been read.
    pub(super) fn done(&self) -> bool {
        self.at == self.buf.len()
    }

    pub(super) fn u8(&mut self) -> Option<u8> {
        let b = *self.buf.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    pub(super) fn u64(&mut self) -> Option<u64> {
        // Most numbers (a posting list's gaps and positions) take one byte.
        let first = *self.buf.get(self.at)?;
        if first < 0x80 {
            self.at += 1;
            return Some(u64::from(first));
        }
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    pub(super) fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.u64()?).ok()
    }

    /// [`Dec::u32`] with its one-byte numbers read where the call is
    /// made: for the loops over posting lists, most of whose gaps and
    /// positions take one byte (a phrase's two common words over 100,000
    /// documents spent 7.7 M instructions in calls to read them). Not
    /// every read: inlined everywhere, the items' decoding grew.
    #[inline]
    pub(super) fn u32_inline(&mut self) -> Option<u32> {
        match self.buf.get(self.at) {
            Some(&b) if b < 0x80 => {
                self.at += 1;
                Some(u32::from(b))
            }
            _ => self.u32(),
        }
    }

    pub(super) fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.u64()?).ok()
    }

    pub(super) fn i64(&mut self) -> Option<i64> {
        let b = self.take(8)?;
        Some(i64::from_le_bytes(b.try_into().ok()?))
    }

    pub(super) fn u32_fixed(&mut self) -> Option<u32> {
        let b = self.take(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub(super) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let b = self.buf.get(self.at..end)?;
        self.at = end;
        Some(b)
    }

    pub(super) fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.usize()?;
        self.take(n)
    }

    /// Where length-prefixed bytes are in the buffer: `(offset, length)`.
    pub(super) fn span(&mut self) -> Option<(usize, usize)> {
        let n = self.usize()?;
        let at = self.at;
        self.take(n)?;
        Some((at, n))
    }

    /// Like [`Dec::span`], for text that must be UTF-8.
    pub(super) fn str_span(&mut self) -> Option<(usize, usize)> {
        let (at, n) = self.span()?;
        std::str::from_utf8(&self.buf[at..at + n]).ok()?;
        Some((at, n))
    }

    pub(super) fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    pub(super) fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }

    /// A string, into `s` (its room reused).
    fn string_into(&mut self, s: &mut String) -> Option<()> {
        self.str()?.clone_into(s);
        Some(())
    }

    /// An optional string ([`Dec::opt`]), into `o` (its string reused when it has one).
    fn opt_into(&mut self, o: &mut Option<String>) -> Option<()> {
        match (self.u8()?, o.as_mut()) {
            (0, _) => *o = None,
            (1, Some(s)) => self.string_into(s)?,
            (1, None) => *o = Some(self.string()?),
            _ => return None,
        }
        Some(())
    }

    /// An optional string: `None` when malformed, `Some(None)` when absent.
    #[allow(clippy::option_option)]
    pub(super) fn opt(&mut self) -> Option<Option<String>> {
        match self.u8()? {
            0 => Some(None),
            1 => Some(Some(self.string()?)),
            _ => None,
        }
    }

    /// A count of things, each at least one byte: never more than the bytes left.
    pub(super) fn count(&mut self) -> Option<usize> {
        let n = self.usize()?;
        (n <= self.buf.len() - self.at).then_some(n)
    }

    /// Strings (a count, then each), into `v` (its strings reused).
    fn strs_into(&mut self, v: &mut Vec<String>) -> Option<()> {
        let n = self.count()?;
        v.truncate(n);
        for s in v.iter_mut() {
            self.string_into(s)?;
        }
        // Room for exactly as many as there are, when the vector had less
        // (collecting through `Option` would start at four and double:
        // 10,000 items' tags, half a megabyte more).
        v.reserve_exact(n - v.len());
        while v.len() < n {
            v.push(self.string()?);
        }
        Some(())
    }

    /// An item as [`Enc::item`] wrote it: its body empty, its path `path`.
    pub(super) fn item(&mut self, path: String) -> Option<Item> {
        let mut item = empty_item(path);
        self.item_into(&mut item)?;
        Some(item)
    }

    /// An item as [`Enc::item`] wrote it, into `item`, its strings and lists
    /// reused (a common word's thousands of hits each make one); its body
    /// and path are left as they are. `None` when the bytes do not decode
    /// (`item` then holds some of its fields).
    pub(super) fn item_into(&mut self, item: &mut Item) -> Option<()> {
        self.string_into(&mut item.slug)?;
        item.kind = match self.u8()? {
            0 => Kind::Project,
            1 => Kind::Post,
            _ => return None,
        };
        self.string_into(&mut item.title)?;
        self.opt_into(&mut item.subtitle)?;
        self.string_into(&mut item.summary)?;
        self.opt_into(&mut item.domain)?;
        self.strs_into(&mut item.tags)?;
        self.opt_into(&mut item.period)?;
        item.featured = match self.u8()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        self.strs_into(&mut item.highlights)?;
        let n = self.count()?;
        item.awards.clear();
        item.awards.reserve_exact(n);
        for _ in 0..n {
            item.awards.push(Award { title: self.string()?, awarder: self.opt()?, date: self.opt()? });
        }
        item.order = self.u32()?;
        Some(())
    }

    /// The kind and order of an item as [`Enc::item`] wrote it (what the
    /// corpus's order needs), its other fields stepped over, not decoded.
    pub(super) fn key(&mut self) -> Option<(Kind, u32)> {
        self.bytes()?;
        let kind = match self.u8()? {
            0 => Kind::Project,
            1 => Kind::Post,
            _ => return None,
        };
        self.bytes()?;
        self.skip_opt()?;
        self.bytes()?;
        self.skip_opt()?;
        self.skip_strs()?;
        Some((kind, self.order_after_tags()?))
    }

    /// The kind, title and order of an item as [`Enc::item`] wrote it
    /// (what ranking a search's hits reads), its other fields stepped over.
    pub(super) fn ranked(&mut self) -> Option<(Kind, &'a str, u32)> {
        self.bytes()?;
        let kind = match self.u8()? {
            0 => Kind::Project,
            1 => Kind::Post,
            _ => return None,
        };
        let title = self.str()?;
        self.skip_opt()?;
        self.bytes()?;
        self.skip_opt()?;
        self.skip_strs()?;
        Some((kind, title, self.order_after_tags()?))
    }

    /// The title, subtitle and tags of an item as [`Enc::item`] wrote it
    /// (what the typo fallback reads), the other fields stepped over.
    pub(super) fn names(&mut self) -> Option<(&'a str, Option<&'a str>, Vec<&'a str>)> {
        self.bytes()?;
        self.u8().filter(|&k| k < 2)?;
        let title = self.str()?;
        let subtitle = match self.u8()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return None,
        };
        self.bytes()?;
        self.skip_opt()?;
        let n = self.count()?;
        let mut tags = Vec::with_capacity(n);
        for _ in 0..n {
            tags.push(self.str()?);
        }
        self.order_after_tags()?;
        Some((title, subtitle, tags))
    }

    /// Steps over an item's fields after its tags (period, featured,
    /// highlights, awards), as [`Enc::item`] wrote them, and reads its order.
    fn order_after_tags(&mut self) -> Option<u32> {
        self.skip_opt()?;
        self.u8()?;
        self.skip_strs()?;
        for _ in 0..self.count()? {
            self.bytes()?;
            self.skip_opt()?;
            self.skip_opt()?;
        }
        self.u32()
    }

    /// Steps over an optional string.
    fn skip_opt(&mut self) -> Option<()> {
        match self.u8()? {
            0 => Some(()),
            1 => self.bytes().map(drop),
            _ => None,
        }
    }

    /// Steps over a list of strings.
    fn skip_strs(&mut self) -> Option<()> {
        for _ in 0..self.count()? {
            self.bytes()?;
        }
        Some(())
    }

    pub(super) fn problem(&mut self) -> Option<Problem> {
        let path = self.string()?;
        let line = self.usize()?;
        let column = self.usize()?;
        let severity = match self.u8()? {
            0 => Severity::Error,
            1 => Severity::Warning,
            _ => return None,
        };
        Some(Problem { path, line, column, severity, message: self.string()?, hint: self.opt()? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An item's names (title, subtitle, tags), read without decoding the
    /// rest, are the item's, and end where the item does.
    #[test]
    fn an_items_names_are_read_without_decoding_it() {
        for item in crate::synth::items(300, 9) {
            let mut e = Enc::default();
            e.item(&item);
            let mut d = Dec::new(&e.0);
            let tags: Vec<&str> = item.tags.iter().map(String::as_str).collect();
            assert_eq!(d.names(), Some((item.title.as_str(), item.subtitle.as_deref(), tags)), "{}", item.slug);
            assert!(d.done(), "{}", item.slug);
            assert_eq!(Dec::new(&e.0[..e.0.len() - 1]).names(), None, "{}", item.slug);
        }
    }

    /// An item's key, stepped to, is the key of the item decoded, and ends
    /// where the item does.
    #[test]
    fn an_items_key_is_read_without_decoding_it() {
        for item in crate::synth::items(300, 7) {
            let mut e = Enc::default();
            e.item(&item);
            let mut d = Dec::new(&e.0);
            assert_eq!(d.key(), Some((item.kind, item.order)), "{}", item.slug);
            assert!(d.done(), "{}", item.slug);
            // Cut short, it is not read.
            assert_eq!(Dec::new(&e.0[..e.0.len() - 1]).key(), None, "{}", item.slug);
        }
    }

    #[test]
    fn numbers_and_strings_round_trip() {
        let mut e = Enc::default();
        for v in [0, 1, 127, 128, 300, u64::MAX] {
            e.u64(v);
        }
        for v in [0, -1, 1, i64::MIN, i64::MAX] {
            e.i64(v);
        }
        e.str("héllo");
        e.opt(None);
        e.opt(Some("x"));
        e.u32_fixed(0xdead_beef);
        let mut d = Dec::new(&e.0);
        for v in [0, 1, 127, 128, 300, u64::MAX] {
            assert_eq!(d.u64(), Some(v));
        }
        for v in [0, -1, 1, i64::MIN, i64::MAX] {
            assert_eq!(d.i64(), Some(v));
        }
        assert_eq!(d.str(), Some("héllo"));
        assert_eq!(d.opt(), Some(None));
        assert_eq!(d.opt(), Some(Some("x".to_owned())));
        assert_eq!(d.u32_fixed(), Some(0xdead_beef));
        assert!(d.done());
        assert_eq!(d.u8(), None);
    }

    /// An item decoded into the one decoded before it (more or fewer tags
    /// and highlights, a subtitle or none) is the item decoded alone.
    #[test]
    fn an_item_decoded_into_another_is_the_item_decoded_alone() {
        let items = crate::content::load_bundled().expect("bundled").corpus.items;
        let mut reused: Option<Item> = None;
        let (mut fewer_tags, mut more_tags) = (false, false);
        let (mut subtitle_gone, mut subtitle_new) = (false, false);
        for item in items.iter().chain(items.iter().rev()) {
            let mut e = Enc::default();
            e.item(item);
            let alone = Dec::new(&e.0).item(item.path.clone()).expect("decodes");
            let mut into = reused.take().unwrap_or_else(|| alone.clone());
            fewer_tags |= into.tags.len() > item.tags.len();
            more_tags |= into.tags.len() < item.tags.len();
            subtitle_gone |= into.subtitle.is_some() && item.subtitle.is_none();
            subtitle_new |= into.subtitle.is_none() && item.subtitle.is_some();
            into.path.clone_from(&item.path);
            let mut d = Dec::new(&e.0);
            assert_eq!(d.item_into(&mut into), Some(()));
            assert!(d.done());
            assert_eq!(into, alone, "{}", item.slug);
            reused = Some(into);
        }
        assert!(fewer_tags && more_tags, "the items' tags did not vary");
        assert!(subtitle_gone && subtitle_new, "the items' subtitles did not vary");
    }

    #[test]
    fn items_and_problems_round_trip() {
        for item in crate::content::load_bundled().expect("bundled").corpus.items {
            let mut e = Enc::default();
            e.item(&item);
            let back = Dec::new(&e.0).item(item.path.clone()).expect("decodes");
            assert_eq!(back, Item { body: String::new(), ..item });
        }
        let p = Problem::warning("a.md", (3, 4), "m").with_hint("h");
        let mut e = Enc::default();
        e.problem(&p);
        assert_eq!(Dec::new(&e.0).problem(), Some(p));
    }

    #[test]
    fn short_or_bad_input_is_none() {
        assert_eq!(Dec::new(&[0x80, 0x80]).u64(), None);
        assert_eq!(Dec::new(&[0xff; 11]).u64(), None);
        assert_eq!(Dec::new(&[5, b'a']).str(), None);
        assert_eq!(Dec::new(&[2, 0xff, 0xfe]).str(), None);
        assert_eq!(Dec::new(&[200]).strs_into(&mut Vec::new()), None);
    }
}
