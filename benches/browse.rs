//! Benchmarks of `dryga browse` without a terminal (divan): what a user
//! waits for. The first frame over the bundled content (load, index, lay out,
//! draw at 100×30); a keystroke over 10,000 generated items (the filter or the
//! search worked out again, then a frame drawn), fuzzy and in search mode; a
//! step down the list; and opening 100,000 items (index and first frame; the
//! items are made beforehand). Writing the frame to a terminal is not counted:
//! ratatui sends only the cells that changed.
//!
//! Run with `cargo bench --bench browse`.

use std::hint::black_box;
use std::sync::LazyLock;

use crossterm::event::{KeyCode, KeyEvent};
use dryga::browse::{self, Browser, View};
use dryga::content::{self, Corpus};

fn main() {
    divan::main();
}

/// A corpus of `n` generated items.
fn synthetic(n: usize) -> Corpus {
    Corpus { profile: content::Profile::default(), items: dryga::synth::items(n, 42) }
}

static TEN_K: LazyLock<Corpus> = LazyLock::new(|| synthetic(10_000));
static HUNDRED_K: LazyLock<Corpus> = LazyLock::new(|| synthetic(100_000));

/// Load the bundled content, index it, draw the first frame.
#[divan::bench]
fn first_frame_bundled() -> usize {
    let Ok(loaded) = content::load_bundled() else { panic!("the bundled content is valid") };
    let mut b = Browser::new(&loaded.corpus, true);
    let buf = browse::frame(&mut b, &mut View::default(), 100, 30);
    buf.content.len()
}

/// One keystroke at 10,000 items: `typed` is in the filter line; each
/// iteration types `extra` or deletes it again (so every iteration is one
/// key and one frame), in fuzzy or search mode.
fn keystroke(bencher: divan::Bencher, typed: &str, extra: char, search: bool) {
    let mut b = Browser::new(&TEN_K, true);
    b.type_text(typed);
    if search {
        b.key(KeyEvent::from(KeyCode::Tab));
    }
    let mut view = View::default();
    browse::frame(&mut b, &mut view, 100, 30);
    let mut added = false;
    bencher.bench_local(|| {
        let key = if added { KeyCode::Backspace } else { KeyCode::Char(extra) };
        added = !added;
        b.key(KeyEvent::from(key));
        black_box(browse::frame(&mut b, &mut view, 100, 30));
    });
}

/// The first letter typed: all 10,000 items scored.
#[divan::bench(sample_count = 50)]
fn keystroke_fuzzy_10k_first_letter(bencher: divan::Bencher) {
    keystroke(bencher, "", 'l', false);
}

/// A letter added to a word: every item scored again (no incremental narrowing).
#[divan::bench(sample_count = 50)]
fn keystroke_fuzzy_10k_in_a_word(bencher: divan::Bencher) {
    keystroke(bencher, "laten", 'c', false);
}

/// Search mode, a whole word: ranked hits with snippets, capped at 200.
#[divan::bench(sample_count = 20)]
fn keystroke_search_10k_word(bencher: divan::Bencher) {
    keystroke(bencher, "latency", ' ', true);
}

/// Search mode, what shows the moment a key is typed: the key in the filter
/// line and "searching…" (the search runs once no other key waits).
#[divan::bench(sample_count = 50)]
fn keystroke_search_10k_echo(bencher: divan::Bencher) {
    let mut b = Browser::new(&TEN_K, true);
    b.type_text("latency");
    b.key(KeyEvent::from(KeyCode::Tab));
    let mut view = View::default();
    browse::frame(&mut b, &mut view, 100, 30);
    let mut added = false;
    bencher.bench_local(|| {
        let key = if added { KeyCode::Backspace } else { KeyCode::Char(' ') };
        added = !added;
        b.key(KeyEvent::from(key));
        black_box(browse::frame_as_is(&mut b, &mut view, 100, 30));
    });
}

/// Search mode in the middle of a word ("latenc" matches no whole word): the
/// typo fallback and the prefix hint run too, the slowest case.
#[divan::bench(sample_count = 20)]
fn keystroke_search_10k_partial_word(bencher: divan::Bencher) {
    keystroke(bencher, "latenc", 'y', true);
}

/// Down one row in a list of 10,000 (the list is virtual: only rows in view are made).
#[divan::bench(sample_count = 50)]
fn step_down_10k(bencher: divan::Bencher) {
    let mut b = Browser::new(&TEN_K, true);
    let mut view = View::default();
    let mut down = true;
    bencher.bench_local(|| {
        // Down to the end and back up, one row an iteration.
        if b.selected() + 1 >= 10_000 {
            down = false;
        } else if b.selected() == 0 {
            down = true;
        }
        b.key(KeyEvent::from(if down { KeyCode::Down } else { KeyCode::Up }));
        black_box(browse::frame(&mut b, &mut view, 100, 30));
    });
}

/// Open 100,000 items: the index and the first frame.
#[divan::bench(sample_count = 10)]
fn open_100k(bencher: divan::Bencher) {
    let corpus = &*HUNDRED_K;
    bencher.bench_local(|| {
        let mut b = Browser::new(corpus, true);
        black_box(browse::frame(&mut b, &mut View::default(), 100, 30));
    });
}
