//! Fuzzes the terminal renderer: any Markdown at any width renders without a
//! panic, within the width, and without an escape byte when colour is off.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&w, rest)) = data.split_first() else { return };
    let Ok(md) = std::str::from_utf8(rest) else { return };
    let width = 20 + usize::from(w);
    for color in [false, true] {
        let out = dryga::render::markdown::render(md, width, color);
        for line in out.lines() {
            assert!(textwrap::core::display_width(line) <= width, "{line:?} is wider than {width}");
        }
        assert!(color || !out.contains('\u{1b}'));
    }
});
