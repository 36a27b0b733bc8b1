//! A Bloom filter over words: which words are English, asked by the typo
//! fallback. Built by build.rs (which includes this file) from the word list
//! beside it, and read by the binary from the bytes build.rs wrote: the one
//! hash below serves both, so the two cannot disagree.
//!
//! 2^20 bits (128 KiB) and 10 probes for the list's 63,072 words: a word not
//! in the list is taken for one about once in 2,800 (then a typo of it is
//! suggested, not corrected: the safe side); a word in it always is. The
//! list itself would take 576 KiB of the binary.

/// The filter's size: 2 to this many bits.
pub(super) const BITS_LOG2: u32 = 20;

/// How many bits a word sets.
const PROBES: u64 = 10;

/// The bits `word` sets: double hashing of FNV-1a, each half mixed by
/// `SplitMix64`'s finalizer.
fn probes(word: &[u8]) -> impl Iterator<Item = usize> {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    let (a, b) = (mix(h), mix(h ^ 0x9e37_79b9_7f4a_7c15) | 1);
    // The top bits of each probe: a value below 2^BITS_LOG2, so it fits a usize.
    (0..PROBES).map(move |i| (a.wrapping_add(i.wrapping_mul(b)) >> (64 - BITS_LOG2)) as usize)
}

/// `SplitMix64`'s finalizer: a bijection that spreads every bit of `x`.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The filter of `words`, as bytes (bit `i` is bit `i % 8` of byte `i / 8`).
/// build.rs builds it; the binary only reads it (and its tests build it again).
#[cfg_attr(not(test), allow(dead_code))]
pub(super) fn build<'a>(words: impl IntoIterator<Item = &'a str>) -> Vec<u8> {
    let mut bits = vec![0u8; 1 << (BITS_LOG2 - 3)];
    for word in words {
        for p in probes(word.as_bytes()) {
            bits[p / 8] |= 1 << (p % 8);
        }
    }
    bits
}

/// Whether `word` may be one of the words `bits` was built from: surely
/// when it is, and for about one word in 2,800 that is not. False for
/// bits of another size.
pub(super) fn may_hold(bits: &[u8], word: &str) -> bool {
    bits.len() == 1 << (BITS_LOG2 - 3) && probes(word.as_bytes()).all(|p| bits[p / 8] & (1 << (p % 8)) != 0)
}

#[cfg(test)]
mod tests {
    /// The rate the docs give: a word not listed is taken for one about
    /// once in 2,800 (the share of the bits the list sets, to the power of
    /// the probes; 45% of them, so about 0.452^10).
    #[test]
    fn a_word_not_listed_is_taken_for_one_about_once_in_2_800() {
        let bits = super::build(include_str!("words/english.txt").lines());
        let set: u32 = bits.iter().map(|b| b.count_ones()).sum();
        let share = f64::from(set) / f64::from(1u32 << super::BITS_LOG2);
        let rate = share.powi(i32::try_from(super::PROBES).expect("a few probes"));
        assert!((2_500.0..3_200.0).contains(&rate.recip()), "about one in {:.0}", rate.recip());
    }
}
