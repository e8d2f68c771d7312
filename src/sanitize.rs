//! Strips terminal control and escape sequences from text that custom guides supply.
//!
//! A guide file from a shared folder must not be able to retitle the window, recolour or
//! clear the screen, or plant clickable links: on a terminal it is shown as plain text.
//! JSON output keeps the text exact; only terminal-bound text goes through here.

use std::borrow::Cow;

/// `text` without escape sequences (CSI, OSC and the other string sequences, two- and
/// three-character `ESC` sequences), C0 controls other than tab, DEL and C1 controls.
/// Line breaks become spaces, as guide text is laid out in lines of its own.
///
/// Borrows when there is nothing to remove: this runs on every line of output, and text
/// almost always is clean.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    match first_control(text.as_bytes()) {
        None => Cow::Borrowed(text),
        Some(first) => Cow::Owned(clean(text, first)),
    }
}

/// The offset of the first control character, by a byte scan: C1 controls are the only
/// characters encoded with a leading 0xC2 and a second byte in 0x80..=0x9F.
fn first_control(bytes: &[u8]) -> Option<usize> {
    let mut from = 0;
    loop {
        // Eight bytes at a time past clean text, then one cheap test a byte; the rare
        // candidates are looked at closely.
        let clean = bytes[from..]
            .chunks_exact(8)
            .take_while(|chunk| !may_hold_control(chunk))
            .count();
        from += 8 * clean;
        let at = from
            + bytes[from..]
                .iter()
                .position(|&b| b < 0x20 || b == 0x7F || b == 0xC2)?;
        let control = match bytes[at] {
            b'\t' => false,
            0xC2 => matches!(bytes.get(at + 1), Some(0x80..=0x9F)),
            _ => true,
        };
        if control {
            return Some(at);
        }
        from = at + 1;
    }
}

/// Whether eight bytes may hold a byte below 0x20, 0x7F or 0xC2 (the lead byte of a C1
/// control), tested as one word: a false "yes" costs a byte-by-byte look, never a miss.
fn may_hold_control(chunk: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let below_space = word.wrapping_sub(0x20 * ONES) & !word & HIGH != 0;
    below_space || has_zero(word ^ (0x7F * ONES)) || has_zero(word ^ (0xC2 * ONES))
}

const ESC: u8 = 0x1B;
const BEL: u8 = 0x07;

fn clean(text: &str, first: usize) -> String {
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut i = first;
    while let Some(c) = text[i..].chars().next() {
        i += c.len_utf8();
        match c {
            '\t' => out.push('\t'),
            '\r' => {
                if text[i..].starts_with('\n') {
                    i += 1;
                }
                out.push(' ');
            }
            '\n' => out.push(' '),
            '\u{1B}' => i = skip_escape(text.as_bytes(), i),
            '\u{9B}' => i = skip_csi(text.as_bytes(), i),
            // DCS, SOS, OSC, PM and APC: strings that run to a terminator.
            '\u{90}' | '\u{98}' | '\u{9D}' | '\u{9E}' | '\u{9F}' => {
                i = skip_control_string(text.as_bytes(), i)
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Skips what follows an `ESC` at `i`: the rest of a CSI or string sequence, or the
/// intermediates and final character of a short sequence. A bare `ESC` is dropped alone.
fn skip_escape(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'[') => skip_csi(b, i + 1),
        Some(b']' | b'P' | b'X' | b'^' | b'_') => skip_control_string(b, i + 1),
        Some(0x20..=0x2F) => {
            let mut j = i;
            while matches!(b.get(j), Some(0x20..=0x2F)) {
                j += 1;
            }
            j + usize::from(matches!(b.get(j), Some(0x30..=0x7E)))
        }
        Some(0x30..=0x7E) => i + 1,
        _ => i,
    }
}

/// Skips CSI parameters and intermediates and the final byte; anything else ends the
/// sequence, as it does on a terminal, and is then read as text.
fn skip_csi(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while matches!(b.get(j), Some(0x20..=0x3F)) {
        j += 1;
    }
    j + usize::from(matches!(b.get(j), Some(0x40..=0x7E)))
}

/// Skips to the end of an OSC-like string: BEL, `ESC \` or ST (U+009C). Another `ESC`
/// ends it and starts a sequence of its own; with no terminator the rest is dropped.
fn skip_control_string(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() {
        match b[j] {
            BEL => return j + 1,
            ESC if b.get(j + 1) == Some(&b'\\') => return j + 2,
            ESC => return j,
            0xC2 if b.get(j + 1) == Some(&0x9C) => return j + 2,
            _ => j += 1,
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(s: &str) -> String {
        for_terminal(s).into_owned()
    }

    #[test]
    fn clean_text_is_borrowed() {
        for s in [
            "",
            "Settings > Messages",
            "tab\there",
            "Ünïcödé, « NBSP\u{A0} » ©, 日本語, emoji 🙂",
        ] {
            assert!(matches!(for_terminal(s), Cow::Borrowed(_)), "{s:?}");
        }
    }

    #[test]
    fn osc_title_set_is_removed() {
        assert_eq!(clean("a\u{1B}]0;pwned\u{7}b"), "ab");
        assert_eq!(clean("a\u{1B}]0;pwned\u{1B}\\b"), "ab");
        assert_eq!(clean("a\u{9D}0;pwned\u{9C}b"), "ab");
        // A hyperlink: both OSC 8 halves go, the visible text stays.
        assert_eq!(
            clean("\u{1B}]8;;https://evil.invalid\u{1B}\\click\u{1B}]8;;\u{1B}\\"),
            "click"
        );
        // Unterminated: the rest would have been swallowed by the terminal.
        assert_eq!(clean("ok\u{1B}]0;forever"), "ok");
        // An ESC ends the string and starts a sequence of its own.
        assert_eq!(clean("\u{1B}]0;t\u{1B}[31mred"), "red");
    }

    #[test]
    fn csi_colour_and_screen_clearing_are_removed() {
        assert_eq!(clean("\u{1B}[31mred\u{1B}[0m"), "red");
        assert_eq!(clean("\u{1B}[1;38;5;196mx"), "x");
        assert_eq!(clean("\u{1B}[2J\u{1B}[H"), "");
        assert_eq!(clean("\u{1B}[?25l hidden cursor"), " hidden cursor");
        // A CSI cut short by text: the text stays.
        assert_eq!(clean("\u{1B}[12é"), "é");
    }

    #[test]
    fn c1_csi_is_removed() {
        assert_eq!(clean("a\u{9B}2Jb"), "ab");
        assert_eq!(clean("a\u{9B}31mb"), "ab");
        assert_eq!(clean("a\u{85}b\u{9F}"), "ab");
    }

    #[test]
    fn bare_escape_bel_and_other_controls_are_removed() {
        assert_eq!(clean("a\u{1B}"), "a");
        assert_eq!(clean("a\u{1B}\u{1B}[0mb"), "ab");
        // `ESC b` is a sequence of its own, as on a terminal.
        assert_eq!(clean("a\u{1B}b"), "a");
        assert_eq!(clean("a\u{7}b"), "ab");
        assert_eq!(clean("a\u{0}b\u{8}c\u{7F}d"), "abcd");
        assert_eq!(clean("\u{1B}cReset"), "Reset");
        assert_eq!(clean("\u{1B}(Bplain"), "plain");
        assert_eq!(clean("\u{1B}Pq#0;2;0;0;0\u{1B}\\sixel"), "sixel");
        assert_eq!(clean("\u{1B}é"), "é");
    }

    #[test]
    fn a_control_is_found_at_every_offset_of_a_long_text() {
        let base = "Settings › Messages, « NBSP\u{A0} » ©, 日本語 and more text ".repeat(3);
        for control in ["\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{1B}"] {
            for at in (0..=base.len()).filter(|&i| base.is_char_boundary(i)) {
                let text = format!("{}{control}{}", &base[..at], &base[at..]);
                assert_eq!(first_control(text.as_bytes()), Some(at), "{text:?}");
            }
        }
        assert_eq!(first_control(base.as_bytes()), None);
        assert_eq!(first_control("\t".repeat(20).as_bytes()), None);
    }

    #[test]
    fn line_breaks_become_spaces_and_tabs_stay() {
        assert_eq!(clean("a\nb\r\nc\rd"), "a b c d");
        assert_eq!(clean("a\tb\u{1B}[0m"), "a\tb");
    }

    #[test]
    fn output_never_contains_controls() {
        let nasty = "x\u{1B}[\u{1B}]\u{9B}\u{9D}\u{1B}P\u{1B}\u{7F}\u{0}\u{9C}y";
        for cut in 0..nasty.len() {
            if let Some(s) = nasty.get(cut..) {
                let out = clean(s);
                assert!(
                    !out.chars().any(|c| c.is_control() && c != '\t'),
                    "{s:?} -> {out:?}"
                );
            }
        }
    }
}
