//! `dryga` alone: the card, through the built binary. What it holds is pinned
//! by tests/cmd/card.trycmd; here, how it behaves: exit 0 and nothing on
//! stderr, at most 20 lines of 80 columns, colour only when asked, and the
//! contact details of a content folder that states them.

use std::fs;

use crate::support::{arg, run, snap, temp_dir};

#[test]
fn the_card_is_short_plain_in_a_pipe_and_coloured_when_asked() {
    let out = run(Vec::<&str>::new());
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let card = String::from_utf8(out.stdout).expect("utf-8");
    assert!(!card.contains('\u{1b}'), "escape byte in a pipe");
    assert!(card.lines().count() <= 20, "{card}");
    assert!(card.lines().all(|l| unicode_width::UnicodeWidthStr::width(l) <= 80), "{card}");
    for command in dryga::render::card::NEXT.iter().map(|(c, _)| c) {
        assert!(card.contains(command), "{command}");
    }
    // Wider terminals do not make it wider.
    assert_eq!(crate::support::stdout(["--width", "200"]), card);
    let coloured = run(["--color", "always"]).stdout;
    assert!(coloured.contains(&0x1b), "--color always gave no colour");
}

#[test]
fn the_card_shows_the_contact_details_a_profile_states() {
    let tmp = temp_dir();
    let dir = tmp.path();
    fs::create_dir_all(dir.join("projects")).expect("mkdir");
    fs::write(
        dir.join("profile.toml"),
        "name = \"Test Person\"\nhandle = \"tp\"\nheadline = \"Tests things\"\nsummary = \"Made in a test.\"\n\
         email = \"tp@example.org\"\nhighlights = [\"Shipped Widget\"]\n",
    )
    .expect("write");
    fs::write(
        dir.join("projects/widget.md"),
        "+++\ntitle = \"Widget\"\nsummary = \"A widget.\"\ndomain = \"web\"\norder = 1\n+++\n",
    )
    .expect("write");
    snap(["--content-dir", &arg(dir)])
        .assert()
        .success()
        .stdout_eq("Test Person · tp\nTests things\ntp@example.org\n\n• Shipped Widget\n\nGo further:\n...\n");
}
