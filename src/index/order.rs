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
//! ```text
//! "DRYGAORD"  format (u32)
//! the index's header CRC-32 (u32), length (u64), documents (u32)
//! 0, or 1 and the same for its delta
//! the number of items (u32), then each item's document (u32), in order
//! the CRC-32 of everything after the format
//! ```
//!
//! All numbers are little-endian and fixed-width: ten thousand items are
//! 40 KB, read in one call. A file that does not check out, or names other
//! index files, is not used (and is written again).

use std::fs::File;
use std::path::{Path, PathBuf};

use super::store::{self, Base};

/// The first bytes of an order file.
const MAGIC: &[u8; 8] = b"DRYGAORD";

/// The index files an order was worked out from: the index, and its delta
/// when it has one.
pub(super) type Key = (Base, Option<Base>);

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

/// The order file of `order`, worked out from the files `key`; `None` for
/// more items than a u32 counts.
fn encode(key: Key, order: &[u32]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(64 + 4 * order.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&store::FORMAT.to_le_bytes());
    put(key, &mut out);
    out.extend_from_slice(&u32::try_from(order.len()).ok()?.to_le_bytes());
    for doc in order {
        out.extend_from_slice(&doc.to_le_bytes());
    }
    let crc = crc32fast::hash(&out[12..]);
    out.extend_from_slice(&crc.to_le_bytes());
    Some(out)
}

/// The order in `bytes` when they are an order file of this format that
/// checks out and was worked out from the files `key`.
fn decode(bytes: &[u8], key: Key) -> Option<Vec<u32>> {
    let (body, crc) = bytes.split_at_checked(bytes.len().checked_sub(4)?)?;
    let (head, body) = body.split_at_checked(12)?;
    if head[..8] != *MAGIC || head[8..] != store::FORMAT.to_le_bytes() || crc32fast::hash(body).to_le_bytes() != crc {
        return None;
    }
    let mut expected = Vec::with_capacity(40);
    put(key, &mut expected);
    let rest = body.strip_prefix(expected.as_slice())?;
    let (count, docs) = rest.split_at_checked(4)?;
    let count = usize::try_from(u32::from_le_bytes(count.try_into().ok()?)).ok()?;
    if docs.len() != count.checked_mul(4)? {
        return None;
    }
    Some(docs.chunks_exact(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
}

/// The order kept at `path` for the files `key`; `None` when there is none,
/// or it does not check out, or it was worked out from other files.
pub(super) fn read(path: &Path, key: Key) -> Option<Vec<u32>> {
    let file = store::open(path, File::options().read(true))?;
    let len = file.metadata().ok()?.len();
    decode(&store::read_at(&file, 0, len)?, key)
}

/// Keeps `order`, worked out from the files `key`, at `path` in the folder
/// `cache`, under the index's lock (not waiting for it). Failing is not an
/// error: the next search works the order out again.
pub(super) fn write(cache: &Path, path: &Path, key: Key, order: &[u32]) {
    if let Some(bytes) = encode(key, order) {
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
            let bytes = encode(key, &order).expect("encoded");
            assert_eq!(decode(&bytes, key).as_deref(), Some(&order[..]));
            assert_eq!(decode(&bytes, (base(8), key.1)), None, "another index");
            let other = (key.0, if key.1.is_some() { None } else { Some(base(9)) });
            assert_eq!(decode(&bytes, other), None, "with or without a delta");
            for at in 0..bytes.len() {
                let mut changed = bytes.clone();
                changed[at] ^= 0x10;
                assert_eq!(decode(&changed, key), None, "byte {at} changed");
            }
            for len in 0..bytes.len() {
                assert_eq!(decode(&bytes[..len], key), None, "cut to {len} bytes");
            }
        }
    }
}
