//! The corpus's order of a folder's items, kept beside its index (`.order`
//! for `.idx`) so that a search of an unchanged folder does not work it out
//! again. A search that writes an index or a delta keeps the order of what
//! it wrote; one that finds no order for the files it reads keeps theirs.
//!
//! The order is what `content::load::combine` makes of the records: which
//! files are kept (the first of two with one slug) and how the items sort.
//! It depends on the records alone, and the records on the index files they
//! were read from; so the order names those files (the index's and its
//! delta's header CRC-32, length and number of documents, as a delta names
//! its index) and is used only with them. It is kept only for records that
//! make no problem of their own (no duplicate slug, no file that made no
//! item, no warning about a file): then the problems of a run are those of
//! the listing and the profile, which are worked out every time.
//!
//! With the order, a search of a folder unchanged keeps what it saw of the
//! folder ([`Seen`]): each group's number of files and the sum of their
//! marks (each file's path and stamp mixed: [`Stamp::mark`](super::Stamp)),
//! and what a search needs of each item without decoding it (its document,
//! field lengths, and where its body and fields are). The next search whose
//! listing and stamps add up to exactly these answers from them, and reads
//! none of the index's records: only the items it shows are decoded, from
//! their bytes of META. (Each file's path hash and stamp were kept until a
//! search summed their marks again: 56 of a file's 109 bytes, 11.3 MB read
//! at 100,000 documents where 5.7 MB is now.)
//!
//! ```text
//! "DRYGAORD"  format (u32)
//! the index's header CRC-32 (u32), length (u64), documents (u32)
//! 0, or 1 and the same for its delta
//! the number of items (u32), then each item's document (u32), in order
//! the number of groups seen (u32, 0 for none), each one's number of files
//! (u32) and the sum of their marks (u128), then each file's record
//! (SEEN_RECORD bytes, below)
//! the CRC-32 of everything after the format
//! ```
//!
//! A file's record: its document (u32); its fields' word counts (4 × u32);
//! its body in TEXT (offset u64, length u64, CRC-32); its fields in META
//! (which META: u8, 0 the index's, 1 the delta's; offset u32, length u32,
//! CRC-32).
//!
//! All numbers are little-endian and fixed-width: ten thousand items are
//! 40 KB of order and 0.53 MB seen, read in one call. A file that does not
//! check out, or names other index files, is not used (and is written again).
//! Its CRC-32 (like the index's) detects damage, not forgery: a file
//! rewritten with its CRC made to match is trusted, as an index rewritten
//! so would be (whoever can write the cache can write either).
//! Each item's fields are checked again, by their own CRC-32, when read.

use std::fs::File;
use std::path::{Path, PathBuf};

use super::store::{self, Base, Meta};

/// The first bytes of an order file.
const MAGIC: &[u8; 8] = b"DRYGAORD";

/// The index files an order was worked out from: the index, and its delta
/// when it has one.
pub(super) type Key = (Base, Option<Base>);

/// The bytes of one file's record in what a search saw ([`Seen`]).
const SEEN_RECORD: usize = 53;
/// Where a record's META byte is: after its document (4 bytes), its word
/// counts (16) and its body's offset, length and CRC-32 (20), as
/// [`Seen::file`] reads them in turn.
const SEEN_META: usize = 40;

/// What a search kept beside an index: the corpus's order, and what it saw
/// of the folder when it could.
#[derive(Debug)]
pub(super) struct Kept {
    /// Each item's document, in the corpus's order.
    pub(super) order: Vec<u32>,
    pub(super) seen: Option<Seen>,
}

/// What a search saw of an unchanged folder whose every file made an item
/// with no problem of its own: each group's files, in the listing's order,
/// as [`SeenFile`]s (read from the order file's bytes when asked).
#[derive(Debug)]
pub(super) struct Seen {
    /// Each group's number of files, and their marks summed (wrapping),
    /// as a listing's stamps are compared with them ([`Stamp::mark`](super::Stamp)).
    pub(super) groups: Vec<(usize, u128)>,
    /// The order file's bytes, and where the records start in them.
    bytes: Vec<u8>,
    at: usize,
}

/// One file as a search saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SeenFile {
    /// Its item's document.
    pub(super) doc: u32,
    /// The number of words of each field, as a search counts them.
    pub(super) lengths: [u32; 4],
    /// Where its body is in TEXT: offset, length, CRC-32.
    pub(super) body: (u64, u64, u32),
    /// Where its fields are encoded: which META, offset, length, CRC-32.
    pub(super) fields: (Meta, u32, u32, u32),
}

/// One group's files as a search saw them, in the listing's order, and
/// the sum of their marks (their paths and stamps mixed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SeenGroup {
    pub(super) marks: u128,
    pub(super) files: Vec<SeenFile>,
}

/// The files seen, group by group, as they are kept.
pub(super) type Groups = Vec<SeenGroup>;

/// FNV-1a, 64 bits, of `bytes`: stable across builds. A path's hash, as
/// its file's mark mixes it in; the index uses it too (its file's name,
/// and slugs compared in lowercase).
pub(super) fn hash(bytes: impl IntoIterator<Item = u8>) -> u64 {
    hash_on(0xcbf2_9ce4_8422_2325, bytes)
}

/// [`hash`] of bytes that follow those hashed `start`.
pub(super) fn hash_on(start: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(start, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

impl Seen {
    /// How many files it saw.
    pub(super) fn len(&self) -> usize {
        self.bytes.len().saturating_sub(self.at) / SEEN_RECORD
    }

    /// The `i`th file's record (the listing's order, group by group).
    fn record(&self, i: usize) -> Option<&[u8]> {
        let start = self.at.checked_add(i.checked_mul(SEEN_RECORD)?)?;
        self.bytes.get(start..start.checked_add(SEEN_RECORD)?)
    }

    /// The `i`th file's document, when its record is well formed (its META
    /// is the index's or the delta's): each record is checked so once, and
    /// [`Seen::file`] reads it whole after.
    pub(super) fn doc(&self, i: usize) -> Option<u32> {
        let b = self.record(i)?;
        (b[SEEN_META] <= 1).then(|| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The number of words of each field of the `i`th file, as a search
    /// counts them (no more of its record read: a search asks it of every file).
    pub(super) fn lengths(&self, i: usize) -> Option<[u32; 4]> {
        let b = self.record(i)?;
        let n = |at: usize| u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]);
        Some([n(4), n(8), n(12), n(16)])
    }

    /// The `i`th file seen (all groups' in turn).
    pub(super) fn file(&self, i: usize) -> Option<SeenFile> {
        let b = self.record(i)?;
        let mut at = 0;
        // `b` is SEEN_RECORD bytes, and what is taken below adds up to
        // exactly that (a test reads every field back): no slice is out of range.
        let mut take = |n: usize| {
            let part = &b[at..at + n];
            at += n;
            part
        };
        let u64_ = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or_default());
        let u32_ = |b: &[u8]| u32::from_le_bytes(b.try_into().unwrap_or_default());
        let doc = u32_(take(4));
        let lengths = [u32_(take(4)), u32_(take(4)), u32_(take(4)), u32_(take(4))];
        let body = (u64_(take(8)), u64_(take(8)), u32_(take(4)));
        let meta = match take(1)[0] {
            0 => Meta::Index,
            1 => Meta::Delta,
            _ => return None,
        };
        let fields = (meta, u32_(take(4)), u32_(take(4)), u32_(take(4)));
        Some(SeenFile { doc, lengths, body, fields })
    }
}

/// Puts `file` after `out`, as [`Seen::file`] reads it.
fn put_file(file: &SeenFile, out: &mut Vec<u8>) {
    let SeenFile { doc, lengths, body, fields } = *file;
    out.extend_from_slice(&doc.to_le_bytes());
    for n in lengths {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.extend_from_slice(&body.0.to_le_bytes());
    out.extend_from_slice(&body.1.to_le_bytes());
    out.extend_from_slice(&body.2.to_le_bytes());
    out.push(fields.0 as u8);
    out.extend_from_slice(&fields.1.to_le_bytes());
    out.extend_from_slice(&fields.2.to_le_bytes());
    out.extend_from_slice(&fields.3.to_le_bytes());
}

/// The order file beside the index at `index`.
pub(super) fn path(index: &Path) -> PathBuf {
    index.with_extension("order")
}

/// Puts the files `key` names after `out`: each one's CRC-32, length and
/// number of documents, the delta's after a 1 (a 0 for none).
fn put((index, delta): Key, out: &mut Vec<u8>) {
    let base = |out: &mut Vec<u8>, base: Base| {
        out.extend_from_slice(&base.crc.to_le_bytes());
        out.extend_from_slice(&base.len.to_le_bytes());
        out.extend_from_slice(&base.docs.to_le_bytes());
    };
    base(out, index);
    out.push(u8::from(delta.is_some()));
    if let Some(delta) = delta {
        base(out, delta);
    }
}

/// The order file of `order`, worked out from the files `key`, with what
/// was `seen` of them (each group's files); `None` for more items than a u32 counts.
fn encode(key: Key, order: &[u32], seen: Option<&[SeenGroup]>) -> Option<Vec<u8>> {
    let files = seen.map_or(0, |groups| groups.iter().map(|g| g.files.len()).sum());
    let mut out = Vec::with_capacity(64 + 4 * order.len() + SEEN_RECORD * files);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&store::FORMAT.to_le_bytes());
    put(key, &mut out);
    out.extend_from_slice(&u32::try_from(order.len()).ok()?.to_le_bytes());
    for doc in order {
        out.extend_from_slice(&doc.to_le_bytes());
    }
    let groups = seen.unwrap_or_default();
    out.extend_from_slice(&u32::try_from(groups.len()).ok()?.to_le_bytes());
    for group in groups {
        out.extend_from_slice(&u32::try_from(group.files.len()).ok()?.to_le_bytes());
        out.extend_from_slice(&group.marks.to_le_bytes());
    }
    for file in groups.iter().flat_map(|g| &g.files) {
        put_file(file, &mut out);
    }
    let crc = crc32fast::hash(&out[12..]);
    out.extend_from_slice(&crc.to_le_bytes());
    Some(out)
}

/// What `bytes` keep when they are an order file of this format that
/// checks out and was worked out from the files `key`.
fn decode(mut bytes: Vec<u8>, key: Key) -> Option<Kept> {
    let (order, seen) = parse(&bytes, key)?;
    let seen = seen.map(|(groups, at)| {
        // The CRC-32 after the records is not one of them.
        bytes.truncate(bytes.len() - 4);
        Seen { groups, bytes, at }
    });
    Some(Kept { order, seen })
}

/// The order in `bytes` (an order file that checks out, for `key`), and
/// what was seen: each group's number of files and sum of marks, and where
/// their records start.
#[allow(clippy::type_complexity)]
fn parse(bytes: &[u8], key: Key) -> Option<(Vec<u32>, Option<(Vec<(usize, u128)>, usize)>)> {
    let (body, crc) = bytes.split_at_checked(bytes.len().checked_sub(4)?)?;
    let (head, body) = body.split_at_checked(12)?;
    if head[..8] != *MAGIC || head[8..] != store::FORMAT.to_le_bytes() || crc32fast::hash(body).to_le_bytes() != crc {
        return None;
    }
    let mut expected = Vec::with_capacity(40);
    put(key, &mut expected);
    let rest = body.strip_prefix(expected.as_slice())?;
    let u32_at = |b: &[u8], at: usize| -> Option<usize> {
        usize::try_from(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?)).ok()
    };
    let count = u32_at(rest, 0)?;
    let docs = rest.get(4..count.checked_mul(4)?.checked_add(4)?)?;
    let order = docs.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
    let rest = &rest[4 + docs.len()..];
    let groups = u32_at(rest, 0)?;
    // Each group's number of files (u32) and sum of marks (u128).
    let heads = rest.get(4..groups.checked_mul(20)?.checked_add(4)?)?;
    let seen = heads
        .chunks_exact(20)
        .map(|h| Some((u32_at(h, 0)?, u128::from_le_bytes(h[4..].try_into().ok()?))))
        .collect::<Option<Vec<(usize, u128)>>>()?;
    let records = &rest[4 + heads.len()..];
    let files = seen.iter().try_fold(0usize, |sum, &(n, _)| sum.checked_add(n))?;
    if records.len() != files.checked_mul(SEEN_RECORD)? {
        return None;
    }
    // Where the records start in the whole file.
    let at = bytes.len() - 4 - records.len();
    Some((order, (groups > 0).then_some((seen, at))))
}

/// What was kept at `path` for the files `key`; `None` when there is
/// nothing, or it does not check out, or it was worked out from other files.
pub(super) fn read(path: &Path, key: Key) -> Option<Kept> {
    let file = store::open(path, File::options().read(true))?;
    let len = file.metadata().ok()?.len();
    // The files it names first: an order kept for others (as after a
    // change) is not read whole (1.1 MB at 10,000 documents) to be refused.
    let mut head = Vec::with_capacity(64);
    head.extend_from_slice(MAGIC);
    head.extend_from_slice(&store::FORMAT.to_le_bytes());
    put(key, &mut head);
    if store::read_at(&file, 0, head.len() as u64)? != head {
        return None;
    }
    decode(store::read_at(&file, 0, len)?, key)
}

/// Keeps `order`, worked out from the files `key`, with what was `seen`
/// of them when given, at `path` in the folder `cache`, under the index's
/// lock (not waiting for it). Failing is not an error: the next search
/// works the order out again.
pub(super) fn write(cache: &Path, path: &Path, key: Key, order: &[u32], seen: Option<&[SeenGroup]>) {
    if let Some(bytes) = encode(key, order, seen) {
        super::lock::write(cache, path, &[&bytes], None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(crc: u32) -> Base {
        Base { crc, len: 1234, docs: 3 }
    }

    /// An order reads back only for the files it was worked out from, and
    /// only whole.
    #[test]
    fn an_order_reads_back_only_for_its_files_and_whole() {
        let order = [2, 0, 1];
        for key in [(base(7), None), (base(7), Some(base(9)))] {
            let bytes = encode(key, &order, None).expect("encoded");
            let order_of = |bytes: &[u8], key| decode(bytes.to_vec(), key).map(|kept| kept.order);
            assert_eq!(order_of(&bytes, key).as_deref(), Some(&order[..]));
            assert!(decode(bytes.clone(), key).is_some_and(|kept| kept.seen.is_none()));
            assert_eq!(order_of(&bytes, (base(8), key.1)), None, "another index");
            let other = (key.0, if key.1.is_some() { None } else { Some(base(9)) });
            assert_eq!(order_of(&bytes, other), None, "with or without a delta");
            for at in 0..bytes.len() {
                let mut changed = bytes.clone();
                changed[at] ^= 0x10;
                assert_eq!(order_of(&changed, key), None, "byte {at} changed");
            }
            for len in 0..bytes.len() {
                assert_eq!(order_of(&bytes[..len], key), None, "cut to {len} bytes");
            }
        }
    }

    /// What a search saw of the files reads back file by file, group by
    /// group, every field in its place, and only whole.
    #[test]
    fn what_was_seen_reads_back_whole() {
        let file = |n: u32| SeenFile {
            doc: n * 7,
            lengths: [n, n + 1, 9, 10],
            body: (u64::from(n) << 33, 12, 0xdead_beef),
            fields: (if n % 2 == 0 { Meta::Index } else { Meta::Delta }, n, 14, 0x0bad_cafe),
        };
        let group = |marks: u128, files: Vec<SeenFile>| SeenGroup { marks, files };
        let groups = vec![
            group(u128::MAX - 5, (0..3).map(file).collect()),
            group(0, Vec::new()),
            group(1 << 100, vec![file(3)]),
        ];
        let key = (base(7), Some(base(9)));
        let bytes = encode(key, &[3, 1, 0, 2], Some(&groups)).expect("encoded");
        let kept = decode(bytes.clone(), key).expect("decoded");
        assert_eq!(kept.order, [3, 1, 0, 2]);
        let seen = kept.seen.expect("seen");
        assert_eq!(seen.groups, [(3, u128::MAX - 5), (0, 0), (1, 1 << 100)]);
        assert_eq!(seen.len(), 4);
        let files: Vec<SeenFile> = (0..4).map(|i| seen.file(i).expect("a file")).collect();
        assert_eq!(files, groups.iter().flat_map(|g| g.files.clone()).collect::<Vec<_>>());
        assert_eq!(seen.file(4), None);
        for (i, file) in files.iter().enumerate() {
            assert_eq!(seen.doc(i), Some(file.doc));
            assert_eq!(seen.lengths(i), Some(file.lengths));
        }
        assert_eq!((seen.doc(4), seen.lengths(4)), (None, None));
        // A record whose META is neither the index's nor the delta's is no file's.
        let mut bad = Seen { groups: seen.groups.clone(), bytes: seen.bytes.clone(), at: seen.at };
        bad.bytes[seen.at + SEEN_RECORD + SEEN_META] = 2;
        assert_eq!((bad.doc(0), bad.doc(1), bad.file(1)), (Some(files[0].doc), None, None));
        for len in 0..bytes.len() {
            assert!(decode(bytes[..len].to_vec(), key).is_none(), "cut to {len} bytes");
        }
        let mut changed = bytes.clone();
        let last = changed.len() - 5;
        changed[last] ^= 1;
        assert!(decode(changed, key).is_none(), "a byte changed");
    }
}
