//! The binary is linked as build.rs says it asked (`DRYGA_LINK`): static and
//! not position-independent on Linux with glibc where the static archives
//! are there, else not position-independent; dynamic with `DRYGA_DYNAMIC`;
//! static when rustc makes it so (`crt-static`); else the platform's default.
//! (Linux only: the headers read are ELF's, 64-bit little-endian.)

use crate::support::BIN;

/// What the ELF header and program headers of a binary say about its link.
#[derive(Debug, PartialEq, Eq)]
struct Elf {
    /// `ET_EXEC`: loaded at a fixed address (not position-independent).
    fixed: bool,
    /// A `PT_INTERP` header: the kernel starts the dynamic loader first.
    interpreter: bool,
    /// A `PT_DYNAMIC` header: there is dynamic linking to do.
    dynamic: bool,
}

/// Reads the headers of a 64-bit little-endian ELF file.
fn elf(bytes: &[u8]) -> Elf {
    assert_eq!(&bytes[..4], b"\x7fELF", "not an ELF file");
    assert_eq!((bytes[4], bytes[5]), (2, 1), "not 64-bit little-endian");
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]);
    let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("8 bytes"));
    let phoff = usize::try_from(u64_at(0x20)).expect("offset");
    let (size, count) = (usize::from(u16_at(0x36)), usize::from(u16_at(0x38)));
    let types: Vec<u32> = (0..count).map(|i| u32_at(phoff + i * size)).collect();
    Elf { fixed: u16_at(0x10) == 2, interpreter: types.contains(&3), dynamic: types.contains(&2) }
}

#[test]
fn the_binary_is_linked_as_the_build_script_asked() {
    let bytes = std::fs::read(BIN).expect("the binary");
    let found = elf(&bytes);
    match env!("DRYGA_LINK") {
        "static" => assert_eq!(found, Elf { fixed: true, interpreter: false, dynamic: false }),
        "no-pie" => assert_eq!(found, Elf { fixed: true, interpreter: true, dynamic: true }),
        // Static, position-independent or not (rustc's own `crt-static`).
        "crt-static" => assert!(!found.interpreter, "{found:?}"),
        // `DRYGA_DYNAMIC`: rustc's usual link, position-independent.
        "dynamic" => assert_eq!(found, Elf { fixed: false, interpreter: true, dynamic: true }),
        // Another Linux target: dynamic, as rustc links it.
        "default" => assert!(found.interpreter, "{found:?}"),
        other => panic!("DRYGA_LINK={other}"),
    }
}

/// On the CI machine (Debian, with glibc's static archives) the binary must
/// be static; elsewhere build.rs may fall back, with a warning.
#[test]
#[ignore = "run by .ci/run, where glibc's static archives are installed"]
fn the_ci_binary_is_static() {
    assert_eq!(env!("DRYGA_LINK"), "static");
    let found = elf(&std::fs::read(BIN).expect("the binary"));
    assert_eq!(found, Elf { fixed: true, interpreter: false, dynamic: false });
}

#[test]
fn elf_headers_are_read_from_known_binaries() {
    // The test harness itself: linked by cargo with no argument of ours.
    let me = std::fs::read(std::env::current_exe().expect("the test binary")).expect("read");
    if env!("DRYGA_LINK") == "crt-static" {
        // rustc links everything static then (position-independent or not,
        // as the target and relocation model allow): no loader.
        assert!(!elf(&me).interpreter);
    } else {
        assert_eq!(elf(&me), Elf { fixed: false, interpreter: true, dynamic: true });
    }
}
