//! The index file: a header, then three sections.
//!
//! ```text
//! "DRYGAIDX"  format (u32)  header length (u32)
//! header:  dryga's version, the folder (canonical), for each section its
//!          length and CRC-32, the number of document ids, and, for a delta,
//!          which index it extends; then the header's own CRC-32
//! META:     one record per item file: path, size, mtime, ctime, inode,
//!           device, settled, slug, problems, the item's fields (length-
//!           prefixed: kept encoded until the corpus is made), field
//!           lengths, and where its body is in TEXT (offset, length, CRC-32)
//! DICT:     every word form as written, sorted by fold then form, with where
//!           its list is in POSTINGS (offset, length, CRC-32)
//! POSTINGS: each form's documents (delta-coded), fields and positions
//! TEXT:     the bodies, one after another
//! ```
//!
//! A delta (beside the index, `.delta` for `.idx`) has the same layout. Its
//! META holds the folder's records in order, as runs of the index's records
//! it keeps (by their places in the index's META) and its own records whole
//! (files read again, added, or that made no item since), each of its items
//! naming one of its own documents, numbered after the index's: a few files
//! edited write a few records, not every one. Its DICT, POSTINGS and TEXT
//! hold only its own documents. It names the
//! index it extends by that index's header CRC-32, file length and number of
//! documents: a delta left beside another index is not used.
//!
//! META and DICT are checked whole when read (DICT only by a search); each
//! list and each body is checked when it is read: a search reads only the
//! lists of the forms it looks up, and the bodies of the hits it shows. Anything that does not check out, an
//! index of another format, dryga version or folder included, is `None`: not
//! trusted, rebuilt.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use super::codec::{Dec, Enc};
use super::{Fields, Origin, Record, Stamp};

/// The first bytes of an index file.
const MAGIC: &[u8; 8] = b"DRYGAIDX";
/// The layout's version: bumped whenever the encoding changes, or what a
/// record's fields mean (7: a record is settled by its ctime too, not its
/// mtime alone; records an older binary judged settled are not kept; 8:
/// words are read from the text as it is shown, so that a soft hyphen or a
/// zero-width space joins the words around it; 9: a project's period that
/// does not read as dates is warned of, a problem an older binary's records
/// lack; 10: a combining mark is part of the word it follows, so that
/// `e\u{301}cole` is one word, not `e` and `cole`; 11: a Turkish `İ` folds
/// to `i`, so that a word with one sorts where `istanbul` looks for it, and
/// a body's character references are read as the characters they show,
/// `caf&eacute;` as "café"; 12: but not in code, nor escaped, where `show`
/// prints them as written; 13: a Chinese character or a hiragana is a
/// word alone, a run of katakana one word, not one with the rest of its
/// sentence; 14: a Latin letter's accent is folded away, so that `résumé`
/// sorts where `resume` looks for it; 15: the same for Latin Extended-B
/// and Additional, and a mark on a letter of another script kept, a dot
/// joining no ideograph to a word; 16: `C++17` is `C++` and `17`, not `C`
/// and `17`; 17: each field of a front matter of the wrong type is a
/// problem of its own, with the file's other problems; 18: before a number,
/// only `++` or the `#` of a one-letter word stay with it: `PR#42` is `PR`
/// and `42`; 19: a day its month lacks, `2025-02-30`, is no date, so that a
/// period of one is warned of, and a file in UTF-16 is said to be so, not
/// "binary": problems an older binary's records lack; and a letter with a
/// stroke folds to the letter struck, `ł` to `l`, so that `Łódź` sorts
/// where `lodz` looks for it; 20: `ǿ` and the strokes of Latin Extended-B
/// too; 21: an HTML comment of a summary or a body is no words, as `show`
/// does not print it; 22: one ends with its HTML at the latest, and
/// `<!-->` at once; 23: the number of an ordered list's item, `2.`, is no
/// word of a body; 24: British `learnt` is `learned`; 25: so is a number
/// indented past 16 bytes; 26: a heading's number is a word, `## 2.
/// Rollout` no list; 27: nor a number that starts a paragraph's line, or
/// a code block's; 28: an award's problem is at its line in its
/// `[[awards]]` table, not at the first table's header; 29: an inline
/// HTML tag of a summary or a body, `<kbd>`, is no words; 30: but for
/// those `show` prints as written, `Option<String>`).
pub(super) const FORMAT: u32 = 30;
/// The largest header read (the folder's path is in it).
const MAX_HEADER: u32 = 64 * 1024;

/// Which index a delta extends: that index's header CRC-32, its file's
/// length, and its number of documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Base {
    pub(super) crc: u32,
    pub(super) len: u64,
    pub(super) docs: u32,
}

/// Where the sections are and what they must check to.
#[derive(Debug, Clone, Copy)]
pub(super) struct Layout {
    pub(super) meta: (u64, u64, u32),
    pub(super) dict: (u64, u64, u32),
    pub(super) lists: (u64, u64),
    pub(super) text: (u64, u64),
    /// The number of document ids its records use (for a delta, those of its base too).
    pub(super) docs: u32,
    /// For a delta, the index it extends.
    pub(super) base: Option<Base>,
    /// This file as the base of a delta.
    pub(super) this: Base,
}

/// An index file's sections, encoded.
pub(super) struct Encoded {
    pub(super) meta: Vec<u8>,
    pub(super) dict: Vec<u8>,
    pub(super) lists: Vec<u8>,
    pub(super) text: Pieces,
}

/// A TEXT section being built, as the pieces it is made of one after
/// another: the bodies kept from an index, then each body just read, as it
/// was read. They are written one after another and served from where they
/// are, not copied into one buffer first (a 15 MB folder's bodies were as
/// many more bytes to touch: 3,000 of a first command's 20,000 page faults).
#[derive(Debug, Default)]
pub(super) struct Pieces {
    /// Where each piece starts in the section, in order.
    starts: Vec<u64>,
    bytes: Vec<Vec<u8>>,
    len: u64,
}

impl Pieces {
    /// Puts `piece` after the others.
    pub(super) fn push(&mut self, piece: Vec<u8>) {
        if piece.is_empty() {
            return;
        }
        self.starts.push(self.len);
        self.len = self.len.saturating_add(piece.len() as u64);
        self.bytes.push(piece);
    }

    /// The section's length.
    pub(super) fn len(&self) -> u64 {
        self.len
    }

    /// The piece that holds byte `at` of the section, and where it starts
    /// (none holds it: nothing, starting there).
    pub(super) fn holding(&self, at: u64) -> (&[u8], u64) {
        match self.starts.partition_point(|&start| start <= at).checked_sub(1) {
            Some(i) => (&self.bytes[i], self.starts[i]),
            None => (&[], at),
        }
    }

    /// The pieces, in order.
    pub(super) fn slices(&self) -> impl Iterator<Item = &[u8]> {
        self.bytes.iter().map(Vec::as_slice)
    }
}

/// The header of the index of `folder` with these sections, `docs` document
/// ids, extending `base` when a delta (the magic, the format, the header's
/// length, then the header), and the file it heads as the base of a delta.
pub(super) fn header(folder: &[u8], sections: &Encoded, docs: u32, base: Option<Base>) -> (Vec<u8>, Base) {
    let mut h = Enc::default();
    h.str(env!("CARGO_PKG_VERSION"));
    h.bytes(folder);
    for section in [&sections.meta, &sections.dict] {
        h.usize(section.len());
        h.u32_fixed(crc32fast::hash(section));
    }
    h.usize(sections.lists.len());
    h.u64(sections.text.len());
    h.u64(u64::from(docs));
    match base {
        None => h.u8(0),
        Some(base) => {
            h.u8(1);
            h.u32_fixed(base.crc);
            h.u64(base.len);
            h.u64(u64::from(base.docs));
        }
    }
    let crc = crc32fast::hash(&h.0);
    h.u32_fixed(crc);
    let mut out = Vec::with_capacity(16 + h.0.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&u32::try_from(h.0.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(&h.0);
    let len = [&sections.meta, &sections.dict, &sections.lists].iter().map(|s| s.len() as u64).sum::<u64>()
        + sections.text.len();
    let this = Base { crc, len: (out.len() as u64).saturating_add(len), docs };
    (out, this)
}

/// The header of an index file of this format, checked (its CRC-32 last),
/// and its length; `None` for any other file.
fn header_of(file: &File) -> Option<(Vec<u8>, u32)> {
    let head = read_at(file, 0, 16)?;
    if &head[..8] != MAGIC || head[8..12] != FORMAT.to_le_bytes() {
        return None;
    }
    let len = u32::from_le_bytes(head[12..16].try_into().ok()?);
    if !(4..=MAX_HEADER).contains(&len) {
        return None;
    }
    let header = read_at(file, 16, u64::from(len))?;
    let (body, crc) = header.split_at(header.len() - 4);
    (crc32fast::hash(body).to_le_bytes() == crc).then_some((header, len))
}

/// The canonical folder an index file of this format was made for (of any
/// version of dryga); `None` for any other file.
pub(super) fn folder_of(file: &File) -> Option<Vec<u8>> {
    let (header, _) = header_of(file)?;
    let mut d = Dec::new(&header[..header.len() - 4]);
    d.str()?;
    d.bytes().map(<[u8]>::to_vec)
}

/// Opens the cache file at `path` as `options` say, without blocking and
/// without following a symbolic link: a FIFO put where a cache file goes
/// would block an open until another process opens it too (the descriptor
/// is left non-blocking, which changes nothing for a regular file), and a
/// link would have a lock or a temporary file made, or truncated, outside
/// the cache folder. `None` unless it is a regular file.
pub(super) fn open(path: &Path, options: &mut std::fs::OpenOptions) -> Option<File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // The flags' bits fit an i32 on every platform (0o4000 | 0o400000 on Linux).
        let flags = rustix::fs::OFlags::NONBLOCK | rustix::fs::OFlags::NOFOLLOW;
        options.custom_flags(i32::try_from(flags.bits()).unwrap_or(0));
    }
    let file = options.open(path).ok()?;
    file.metadata().ok().filter(std::fs::Metadata::is_file).map(|_| file)
}

/// Reads `len` bytes at `offset`.
#[cfg(unix)]
pub(super) fn read_at(file: &File, offset: u64, len: u64) -> Option<Vec<u8>> {
    // Read into the vector's spare room, not zeroed first (a common word's
    // bodies are read in 700 runs: their zeroing was 2% of its search).
    let len = usize::try_from(len).ok()?;
    let mut buf = Vec::with_capacity(len);
    while buf.len() < len {
        let at = offset.checked_add(buf.len() as u64)?;
        match rustix::io::pread(file, rustix::buffer::spare_capacity(&mut buf), at) {
            Ok(0) => return None,
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(_) => return None,
        }
    }
    // The room may be larger than asked for: what was read past it goes.
    buf.truncate(len);
    Some(buf)
}

/// Reads `len` bytes at `offset`.
#[cfg(not(unix))]
pub(super) fn read_at(file: &File, offset: u64, len: u64) -> Option<Vec<u8>> {
    let mut buf = vec![0; usize::try_from(len).ok()?];
    read_exact_at(file, &mut buf, offset).ok()?;
    Some(buf)
}

#[cfg(unix)]
pub(super) fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(not(unix))]
pub(super) fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    let mut f = file;
    f.seek(SeekFrom::Start(offset))?;
    f.read_exact(buf)
}

/// Which META section bytes were read from: the index's or its delta's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Meta {
    Index = 0,
    Delta = 1,
}

/// Bytes shared by the records decoded from one read of META: a record
/// keeps its item's fields as a range of them.
#[derive(Debug, Clone)]
pub(super) struct Shared {
    all: Arc<Vec<u8>>,
    range: std::ops::Range<usize>,
    meta: Meta,
}

#[cfg(test)]
impl Shared {
    /// All of `bytes`.
    pub(super) fn whole(bytes: Vec<u8>) -> Shared {
        let range = 0..bytes.len();
        Shared { all: Arc::new(bytes), range, meta: Meta::Index }
    }

    /// `range` of `bytes` (not checked: a test's own).
    pub(super) fn part(bytes: Vec<u8>, range: std::ops::Range<usize>) -> Shared {
        Shared { all: Arc::new(bytes), range, meta: Meta::Index }
    }
}

impl Shared {
    /// Where these bytes are in the section they were read from.
    pub(super) fn range(&self) -> std::ops::Range<usize> {
        self.range.clone()
    }

    /// The META section they were read from.
    pub(super) fn meta(&self) -> Meta {
        self.meta
    }
}

impl std::ops::Deref for Shared {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        // The range was checked against the bytes when made.
        self.all.get(self.range.clone()).unwrap_or_default()
    }
}

/// Reads and checks the header of the index of `folder`: the layout, or
/// `None` when the file is not a whole index of this format, this version
/// of dryga and this folder.
pub(super) fn read_header(file: &File, folder: &[u8]) -> Option<Layout> {
    let (header, len) = header_of(file)?;
    let (body, crc) = header.split_at(header.len() - 4);
    let mut d = Dec::new(body);
    if d.str()? != env!("CARGO_PKG_VERSION") || d.bytes()? != folder {
        return None;
    }
    let start = 16 + u64::from(len);
    let (meta_len, meta_crc) = (d.u64()?, d.u32_fixed()?);
    let (dict_len, dict_crc) = (d.u64()?, d.u32_fixed()?);
    let lists_len = d.u64()?;
    let text_len = d.u64()?;
    let docs = d.u32()?;
    let base = match d.u8()? {
        0 => None,
        1 => Some(Base { crc: d.u32_fixed()?, len: d.u64()?, docs: d.u32()? }),
        _ => return None,
    };
    if !d.done() {
        return None;
    }
    let dict_at = start.checked_add(meta_len)?;
    let lists_at = dict_at.checked_add(dict_len)?;
    let text_at = lists_at.checked_add(lists_len)?;
    // The file must be exactly as long as its sections: a truncated one is not trusted.
    let file_len = text_at.checked_add(text_len)?;
    if file.metadata().ok()?.len() != file_len {
        return None;
    }
    let this = Base { crc: u32::from_le_bytes(crc.try_into().ok()?), len: file_len, docs };
    Some(Layout {
        meta: (start, meta_len, meta_crc),
        dict: (dict_at, dict_len, dict_crc),
        lists: (lists_at, lists_len),
        text: (text_at, text_len),
        docs,
        base,
        this,
    })
}

/// Reads a checked section.
pub(super) fn read_section(file: &File, (at, len, crc): (u64, u64, u32)) -> Option<Vec<u8>> {
    let bytes = read_at(file, at, len)?;
    (crc32fast::hash(&bytes) == crc).then_some(bytes)
}

/// Encodes the records of an index (META).
pub(super) fn encode_meta(records: &[Record]) -> Vec<u8> {
    let mut e = Enc::default();
    e.usize(records.len());
    let mut scratch = Enc::default();
    for r in records {
        record(&mut e, r, &mut scratch);
    }
    e.0
}

/// Encodes the records of a delta (its META): the runs of records kept as
/// the index it extends holds them, by their places there, and the others whole.
pub(super) fn encode_delta_meta(records: &[Record]) -> Vec<u8> {
    let mut e = Enc::default();
    let mut entries: Vec<std::result::Result<(u32, u32), &Record>> = Vec::new();
    for r in records {
        match (r.kept, entries.last_mut()) {
            (Some(at), Some(Ok((start, len)))) if start.checked_add(*len) == Some(at) => *len += 1,
            (Some(at), _) => entries.push(Ok((at, 1))),
            (None, _) => entries.push(Err(r)),
        }
    }
    e.usize(entries.len());
    let mut scratch = Enc::default();
    for entry in entries {
        match entry {
            Ok((start, len)) => {
                e.u8(0);
                e.u64(u64::from(start));
                e.u64(u64::from(len));
            }
            Err(r) => {
                e.u8(1);
                record(&mut e, r, &mut scratch);
            }
        }
    }
    e.0
}

/// Puts one record after `e`; an item's fields are encoded in `scratch`
/// first (to be written after their length), a buffer reused from record
/// to record: one made for each, grown by doubling, took a third of the
/// records' encoding.
fn record(e: &mut Enc, r: &Record, scratch: &mut Enc) {
    e.str(&r.rel);
    let s = &r.stamp;
    e.u64(s.len);
    e.i64(s.mtime.0);
    e.u64(u64::from(s.mtime.1));
    e.i64(s.ctime.0);
    e.u64(u64::from(s.ctime.1));
    e.u64(s.ino);
    e.u64(s.dev);
    e.u8(u8::from(r.settled));
    e.str(&r.slug);
    e.usize(r.problems.len());
    for p in &r.problems {
        e.problem(p);
    }
    match &r.item {
        None => e.u8(0),
        Some(fields) => {
            e.u8(1);
            match fields {
                Fields::Item(item) => {
                    scratch.0.clear();
                    scratch.item(item);
                    e.bytes(&scratch.0);
                }
                // Kept from the old index as they were.
                Fields::Encoded(bytes) => e.bytes(bytes),
            }
            for len in r.lengths {
                e.u64(u64::from(len));
            }
            // Every item's record names its document once the index is made.
            e.u64(u64::from(match r.origin {
                Origin::Doc(doc) => doc,
                Origin::Fresh(_) => u32::MAX,
            }));
            e.u64(r.body.0);
            e.u64(r.body.1);
            e.u32_fixed(r.body.2);
        }
    }
}

/// Decodes the records of an index (META, as read from an index file whose
/// records use `docs` document ids): each item's fields are kept encoded, as
/// a range of `bytes`; each record knows its place. `None` when anything is
/// amiss, a document named twice or out of range included.
pub(super) fn decode_meta(bytes: &Arc<Vec<u8>>, docs: u32) -> Option<Vec<Record>> {
    let mut d = Dec::new(bytes);
    let n = d.count()?;
    let mut records = Vec::with_capacity(n);
    let mut named = vec![false; docs as usize];
    for at in 0..n {
        let mut r = decode_record(&mut d, bytes, Meta::Index)?;
        if let (Some(_), Origin::Doc(doc)) = (&r.item, &r.origin) {
            if std::mem::replace(named.get_mut(*doc as usize)?, true) {
                return None;
            }
        }
        r.kept = Some(u32::try_from(at).ok()?);
        records.push(r);
    }
    d.done().then_some(records)
}

/// One entry of a delta's META.
enum Entry {
    /// A run of the index's records: the place of the first, and how many.
    Run(usize, usize),
    /// A record of the delta's own (boxed: few are).
    Own(Box<Record>),
}

/// Decodes the records of a delta (its META, `bytes`) over those of the
/// index it extends (`index`, decoded by [`decode_meta`], with `split`
/// document ids; the delta's records use `docs`): the index's records it
/// keeps, in runs by their places (each run after the one before), and its
/// own, whose items each name one of its own documents (from `split` on),
/// once. `None` when anything is amiss.
pub(super) fn decode_delta_meta(
    bytes: &Arc<Vec<u8>>,
    mut index: Vec<Record>,
    split: u32,
    docs: u32,
) -> Option<Vec<Record>> {
    let mut d = Dec::new(bytes);
    let n = d.count()?;
    let mut entries = Vec::new();
    let mut named = vec![false; docs.checked_sub(split)? as usize];
    // Where the last run ended, in the index.
    let mut end = 0;
    for _ in 0..n {
        match d.u8()? {
            0 => {
                let (start, len) = (usize::try_from(d.u64()?).ok()?, usize::try_from(d.u64()?).ok()?);
                // Records of the index between two runs are gone from the folder.
                if start < end || start.checked_add(len)? > index.len() {
                    return None;
                }
                end = start + len;
                entries.push(Entry::Run(start, len));
            }
            1 => {
                let r = decode_record(&mut d, bytes, Meta::Delta)?;
                if let (Some(_), Origin::Doc(doc)) = (&r.item, &r.origin) {
                    let own = doc.checked_sub(split)?;
                    if std::mem::replace(named.get_mut(own as usize)?, true) {
                        return None;
                    }
                }
                entries.push(Entry::Own(Box::new(r)));
            }
            _ => return None,
        }
    }
    if !d.done() {
        return None;
    }
    if !merge_in_place(&mut index, &mut entries) {
        // A record added where none is gone: the records are moved once, into a new vector.
        let mut kept = index.into_iter().enumerate();
        let mut records = Vec::with_capacity(kept.len() + entries.len());
        for entry in entries {
            match entry {
                Entry::Run(start, len) => {
                    records.extend(kept.by_ref().skip_while(|(at, _)| *at < start).take(len).map(|(_, r)| r));
                }
                Entry::Own(r) => records.push(*r),
            }
        }
        return Some(records);
    }
    Some(index)
}

/// Makes the index's records (`index`) the delta's (`entries`, checked: its
/// runs in order, within the index) where they are, when every record of the
/// delta's own takes the place of one of the index's that is gone (as for
/// files edited or removed): no record is moved but those after a gap, and
/// no second vector is made (100,000 records are 25 MB). `false`, with
/// nothing changed, when a record must be added where none is gone.
fn merge_in_place(index: &mut Vec<Record>, entries: &mut [Entry]) -> bool {
    // Where the next run starts, after each entry (the index's end after the last).
    let mut next = vec![index.len(); entries.len()];
    for i in (0..entries.len().saturating_sub(1)).rev() {
        next[i] = match entries[i + 1] {
            Entry::Run(start, _) => start,
            Entry::Own(_) => next[i + 1],
        };
    }
    // Worked out first, without moving anything: records are written at
    // `w`, the index read from `r` (never before `w`).
    let (mut w, mut r) = (0, 0);
    for (entry, next) in entries.iter().zip(&next) {
        match entry {
            Entry::Run(start, len) => (w, r) = (w + len, start + len),
            Entry::Own(_) if w < r || r < *next => (w, r) = (w + 1, r.max(w + 1)),
            Entry::Own(_) => return false,
        }
    }
    let (mut w, mut r) = (0, 0);
    for entry in entries.iter_mut() {
        match entry {
            Entry::Run(start, len) => {
                // Runs were checked to lie within the index, and `w` is never past `start`.
                for k in (0..*len).filter(|_| w < *start) {
                    index.swap(w + k, *start + k);
                }
                (w, r) = (w + *len, *start + *len);
            }
            Entry::Own(record) => {
                // A gone record's place (before `r`, or the next record of
                // the index when it is gone), within the index as worked out above.
                if let Some(slot) = index.get_mut(w) {
                    std::mem::swap(slot, &mut **record);
                }
                (w, r) = (w + 1, r.max(w + 1));
            }
        }
    }
    index.truncate(w);
    true
}

/// Decodes one record of the META section `bytes` of the index file `part`.
fn decode_record(d: &mut Dec<'_>, bytes: &Arc<Vec<u8>>, meta: Meta) -> Option<Record> {
    let rel = d.string()?;
    let stamp =
        Stamp { len: d.u64()?, mtime: (d.i64()?, d.u32()?), ctime: (d.i64()?, d.u32()?), ino: d.u64()?, dev: d.u64()? };
    let settled = d.u8()? == 1;
    let slug = d.string()?;
    let count = d.count()?;
    let problems = (0..count).map(|_| d.problem()).collect::<Option<Vec<_>>>()?;
    let (item, lengths, body, doc) = match d.u8()? {
        0 => (None, [0; 4], (0, 0, 0), u32::MAX),
        1 => {
            let (at, len) = d.span()?;
            let range = at..at.checked_add(len)?;
            bytes.get(range.clone())?;
            let item = Fields::Encoded(Shared { all: Arc::clone(bytes), range, meta });
            let lengths = [d.u32()?, d.u32()?, d.u32()?, d.u32()?];
            let doc = d.u32()?;
            (Some(item), lengths, (d.u64()?, d.u64()?, d.u32_fixed()?), doc)
        }
        _ => return None,
    };
    let origin = Origin::Doc(doc);
    Some(Record { rel, stamp, settled, slug, problems, item, lengths, body, origin, kept: None, was: None })
}

/// Writes `parts` as the index at `path`: to a temporary file beside it, then
/// renamed over it, so that a reader sees the old index or the new one, whole.
pub(super) fn write(path: &Path, parts: &[&[u8]]) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = std::path::PathBuf::from(tmp);
    let created = open(&tmp, File::options().write(true).create(true).truncate(true))
        .ok_or_else(|| std::io::Error::other("not a regular file"));
    // Through a buffer: the TEXT section comes as a piece a body.
    let written = created.and_then(|file| {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        parts.iter().try_for_each(|part| out.write_all(part))?;
        out.into_inner().map_err(std::io::IntoInnerError::into_error).map(drop)
    });
    written.and_then(|()| std::fs::rename(&tmp, path)).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record of the file `rel`, an item of the document `doc` (`None`: a
    /// file that made no item).
    fn made(rel: &str, doc: Option<u32>) -> Record {
        let mut fields = Enc::default();
        fields.str(rel);
        Record {
            rel: rel.to_owned(),
            stamp: Stamp { len: 1, mtime: (2, 3), ctime: (4, 5), ino: 6, dev: 7 },
            settled: true,
            slug: rel.to_owned(),
            problems: Vec::new(),
            item: doc.map(|_| Fields::Encoded(Shared::whole(fields.0))),
            lengths: [1; 4],
            body: (0, 0, 0),
            origin: Origin::Doc(doc.unwrap_or(u32::MAX)),
            kept: None,
            was: None,
        }
    }

    fn rels(records: &[Record]) -> Vec<&str> {
        records.iter().map(|r| r.rel.as_str()).collect()
    }

    /// The index's records as `decode_meta` gives them (each knowing its place).
    fn index() -> Vec<Record> {
        let records = [made("a", Some(0)), made("b", Some(1)), made("c", None), made("d", Some(2))];
        decode_meta(&Arc::new(encode_meta(&records)), 3).expect("decodes")
    }

    /// A delta's records: runs of the index's it keeps, and its own whole,
    /// in order; the index's records between runs are gone.
    #[test]
    fn a_delta_keeps_runs_of_the_index_and_adds_its_own() {
        let index = index();
        assert_eq!(index.iter().map(|r| r.kept).collect::<Vec<_>>(), [Some(0), Some(1), Some(2), Some(3)]);
        // "b" read again (a new document), "c" gone, "e" added, "f" made no item.
        let mut records = index.clone();
        records[1] = made("b", Some(3));
        records.remove(2);
        records.push(made("e", Some(4)));
        records.push(made("f", None));
        let delta = encode_delta_meta(&records);
        let merged = decode_delta_meta(&Arc::new(delta.clone()), index.clone(), 3, 5).expect("decodes");
        assert_eq!(rels(&merged), ["a", "b", "d", "e", "f"]);
        let docs: Vec<_> = merged.iter().map(|r| r.origin.doc()).collect();
        assert_eq!(docs, [Some(0), Some(3), Some(2), Some(4), Some(u32::MAX)]);
        assert_eq!(merged.iter().map(|r| r.kept).collect::<Vec<_>>(), [Some(0), None, Some(3), None, None]);
        // Its own records only: the kept ones are named by place.
        let all_kept = encode_delta_meta(&index);
        assert_eq!(all_kept.len(), 4, "one run: {all_kept:?}");
        // Fewer documents than it names, or its own named as the index's.
        assert!(decode_delta_meta(&Arc::new(delta.clone()), index.clone(), 3, 4).is_none());
        assert!(decode_delta_meta(&Arc::new(delta), index.clone(), 4, 5).is_none());
    }

    /// Files edited or removed (each record of the delta's own where one of
    /// the index's is gone) merge in place, in the index's own vector; a
    /// file added where none is gone makes a new one. Either way, the same records.
    #[test]
    fn a_delta_merges_in_place_unless_a_record_is_added() {
        // (which of the index's stay, by place, or the delta's own, by name; in place)
        let cases: [(&[Result<u32, &str>], bool); 6] = [
            (&[Ok(0), Err("b2"), Ok(2), Ok(3)], true),
            (&[Ok(0), Err("b2"), Ok(3)], true),
            (&[Err("a2"), Ok(3)], true),
            (&[Ok(1), Ok(3)], true),
            (&[Err("new"), Ok(0), Ok(1), Ok(2), Ok(3)], false),
            (&[Ok(0), Ok(1), Ok(2), Ok(3), Err("e")], false),
        ];
        for (want, in_place) in cases {
            let index = index();
            let mut records = Vec::new();
            for (i, w) in want.iter().enumerate() {
                match w {
                    Ok(at) => records.push(index[*at as usize].clone()),
                    Err(rel) => records.push(made(rel, Some(3 + u32::try_from(i).expect("few")))),
                }
            }
            let delta = encode_delta_meta(&records);
            let before = index.as_ptr();
            let merged = decode_delta_meta(&Arc::new(delta), index, 3, 8).expect("decodes");
            assert_eq!(rels(&merged), rels(&records), "{want:?}");
            assert_eq!(
                merged.iter().map(|r| r.origin.doc()).collect::<Vec<_>>(),
                records.iter().map(|r| r.origin.doc()).collect::<Vec<_>>()
            );
            assert_eq!(merged.as_ptr() == before, in_place, "{want:?}");
        }
    }

    /// A run of `len` of the index's records from its place `start`.
    fn run(e: &mut Enc, start: u64, len: u64) {
        e.u8(0);
        e.u64(start);
        e.u64(len);
    }

    /// A record of the delta's own, an item of the document `doc`.
    fn own(e: &mut Enc, doc: u32) {
        e.u8(1);
        record(e, &made("x", Some(doc)), &mut Enc::default());
    }

    /// Runs out of order, past the index's records, a document named twice or
    /// one of the index's: not trusted.
    #[test]
    fn a_delta_that_does_not_add_up_is_none() {
        type Make = fn(&mut Enc);
        let cases: [(&str, Make); 5] = [
            ("a run before the one before", |e| {
                e.usize(2);
                run(e, 2, 1);
                run(e, 0, 1);
            }),
            ("a run past the index", |e| {
                e.usize(1);
                run(e, 3, 2);
            }),
            ("a document twice", |e| {
                e.usize(2);
                own(e, 3);
                own(e, 3);
            }),
            ("a document of the index", |e| {
                e.usize(1);
                own(e, 1);
            }),
            ("an unknown entry", |e| {
                e.usize(1);
                e.u8(2);
            }),
        ];
        for (why, make) in cases {
            let mut e = Enc::default();
            make(&mut e);
            assert!(decode_delta_meta(&Arc::new(e.0), index(), 3, 5).is_none(), "{why}");
        }
        let mut e = Enc::default();
        e.usize(2);
        run(&mut e, 0, 2);
        run(&mut e, 3, 1);
        let merged = decode_delta_meta(&Arc::new(e.0), index(), 3, 5).expect("a good one decodes");
        assert_eq!(rels(&merged), ["a", "b", "d"]);
    }
}
