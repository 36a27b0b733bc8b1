//! Fuzzes the terminal renderer: any Markdown at any width renders without a
//! panic, within the width, and without an escape byte when colour is off.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::render(data));
