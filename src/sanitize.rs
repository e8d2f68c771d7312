//! Keeps what guide files and arguments say from acting on the terminal.
//!
//! A guide file from a shared folder must not be able to retitle the window, write the
//! clipboard, make the terminal type an answer, recolour or clear the screen, plant
//! clickable links, or reorder and hide text with invisible characters: on a terminal it
//! is shown as plain text.
//!
//! One function, `clean`, reads text as a terminal would and takes out what must not
//! reach it; the rest are the ways in:
//! - `for_terminal` cleans one text before it is laid out, so widths are right.
//! - `answer` cleans a whole rendered answer, or escapes the same characters as `\uXXXX`
//!   in JSON so it stays exact; an answer made only of built-in text, which `build.rs`
//!   has checked, passes as it is.
//! - `Terminal` is the writer everything else on stdout and stderr goes through, so a
//!   text that some new code path forgets to clean still cannot reach the terminal raw.
//! - `visible` shows what was removed, as escapes, for error messages about the input.

use std::borrow::Cow;
use std::io::{self, Write};

/// Characters that are invisible or reorder the text around them: bidirectional
/// embeddings, overrides, isolates and marks, zero-width spaces and joiners, the line and
/// paragraph separators, the byte-order mark, interlinear annotation marks and tag
/// characters. A terminal shows them as nothing, or lets them rearrange a line.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// Whether a character starting with byte `b` may be unsafe: an ASCII control or DEL, or
/// the lead byte of a C1 control (0xC2) or of an invisible character (0xD8 for U+061C,
/// 0xE1 for U+180E, 0xE2 for U+200B–U+206F, 0xEF for U+FEFF and U+FFF9–U+FFFB, 0xF3 for
/// tags). One table look-up a byte keeps clean text cheap.
const CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[0x7F] = true;
    t[0xC2] = true;
    t[0xD8] = true;
    t[0xE1] = true;
    t[0xE2] = true;
    t[0xEF] = true;
    t[0xF3] = true;
    t
};

/// The character at `at` when it is unsafe (line feeds included when `breaks`, tabs never),
/// with its length; `Err(())` when the bytes end inside it. Matched on the UTF-8 bytes,
/// as this runs for every `›` and `·` of an answer.
fn unsafe_at(bytes: &[u8], at: usize, breaks: bool) -> Result<Option<(char, usize)>, ()> {
    let b = bytes[at];
    if b < 0x80 {
        let hit = (b < 0x20 || b == 0x7F) && b != b'\t' && (breaks || b != b'\n');
        return Ok(hit.then_some((char::from(b), 1)));
    }
    let len = match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return Ok(None),
    };
    let Some(c) = bytes.get(at..at + len) else {
        return Err(());
    };
    let hit = matches!(
        *c,
        [0xC2, 0x80..=0x9F]
            | [0xD8, 0x9C]
            | [0xE1, 0xA0, 0x8E]
            | [0xE2, 0x80, 0x8B..=0x8F | 0xA8..=0xAE]
            | [0xE2, 0x81, 0xA0..=0xAF]
            | [0xEF, 0xBB, 0xBF]
            | [0xEF, 0xBF, 0xB9..=0xBB]
            | [0xF3, 0xA0, 0x80..=0x81, 0x80..=0xBF]
    );
    if !hit {
        return Ok(None);
    }
    let c = std::str::from_utf8(c).ok().and_then(|s| s.chars().next());
    Ok(c.map(|c| (c, len)))
}

/// The offset of the next byte from `from` that may start an unsafe character: whole
/// words of printable ASCII are stepped over eight bytes at a time.
fn next_candidate(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    loop {
        while let Some(word) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
            // A byte below 0x20, or at or above 0x7F, sets its high bit here (with the odd
            // false alarm, which the byte look-up below settles).
            let low = x.wrapping_sub(ONES * 0x20) & !x;
            let high = x | x.wrapping_add(ONES);
            if (low | high) & HIGH != 0 {
                break;
            }
            i += 8;
        }
        // Only the word that raised the alarm is looked at byte by byte: an accented
        // letter or a `›` is not a candidate, and the text after it is words again.
        let end = bytes.len().min(i + 8);
        if let Some(n) = bytes[i..end]
            .iter()
            .position(|&b| CANDIDATE[usize::from(b)])
        {
            return Some(i + n);
        }
        if end == bytes.len() {
            return None;
        }
        i = end;
    }
}

/// What a text is cleaned for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A line of text to lay out: line breaks become spaces.
    Line,
    /// Output as it goes to the terminal: line feeds and tabs stay, and with `colors` so
    /// do colour sequences (`ESC [ 1;33 m`), as the text renderer draws with them.
    Output { colors: bool },
    /// A JSON document: what text would lose is escaped as `\uXXXX` instead, so the
    /// values a program reads stay exact. Outside its strings JSON is ASCII with no DEL,
    /// so every character escaped is inside a string, where the escape means the same.
    Json,
}

/// `bytes` cleaned for `mode`, borrowed when nothing had to change, and how many bytes at
/// the end start a character that is cut off (left out, for a writer to keep).
///
/// Removed: escape sequences (CSI, OSC and the other string sequences, two- and
/// three-character `ESC` sequences), C0 controls other than tab and line feed, DEL, C1
/// controls and invisible characters (`is_invisible`), read as a terminal reads them. Only
/// the rare candidate bytes are looked at closely.
fn clean(bytes: &[u8], mode: Mode) -> (Cow<'_, [u8]>, usize) {
    let mut out: Option<Vec<u8>> = None;
    let (mut i, mut from) = (0, 0);
    while let Some(at) = next_candidate(bytes, i) {
        let (c, len) = match unsafe_at(bytes, at, mode == Mode::Line) {
            Ok(None) => {
                i = at + 1;
                continue;
            }
            Ok(Some(hit)) => hit,
            Err(()) => return (finish(out, bytes, from, at), bytes.len() - at),
        };
        let mut next = at + len;
        if c == '\u{1B}' && mode == (Mode::Output { colors: true }) {
            // A whole colour sequence, as the text renderer writes hundreds of them, stays.
            if let Some(n) = sgr_after_escape(&bytes[next..]) {
                i = next + n;
                continue;
            }
        }
        let out = out.get_or_insert_with(|| Vec::with_capacity(bytes.len() + 16));
        out.extend_from_slice(&bytes[from..at]);
        match c {
            _ if mode == Mode::Json => {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    out.extend_from_slice(format!("\\u{unit:04x}").as_bytes());
                }
            }
            '\n' => out.push(b' '),
            '\r' if mode == Mode::Line => {
                next += usize::from(bytes.get(next) == Some(&b'\n'));
                out.push(b' ');
            }
            '\u{1B}' => next = skip_escape(bytes, next),
            '\u{9B}' => next = skip_csi(bytes, next),
            // DCS, SOS, OSC, PM and APC: strings that run to a terminator.
            '\u{90}' | '\u{98}' | '\u{9D}' | '\u{9E}' | '\u{9F}' => {
                next = skip_control_string(bytes, next)
            }
            _ => {}
        }
        (i, from) = (next, next);
    }
    (finish(out, bytes, from, bytes.len()), 0)
}

/// What `clean` made of the bytes before `end`: borrowed when nothing changed.
fn finish(out: Option<Vec<u8>>, bytes: &[u8], from: usize, end: usize) -> Cow<'_, [u8]> {
    match out {
        None => Cow::Borrowed(&bytes[..end]),
        Some(mut out) => {
            out.extend_from_slice(&bytes[from..end]);
            Cow::Owned(out)
        }
    }
}

/// `text` without escape sequences, controls other than tab and invisible characters (see
/// `clean`); line breaks become spaces, as guide text is laid out in lines of its own.
///
/// Borrows when there is nothing to remove: this runs on every line of output, and text
/// almost always is clean.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    match clean(text.as_bytes(), Mode::Line).0 {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        // Only whole characters were removed, so this is text still.
        Cow::Owned(bytes) => Cow::Owned(String::from_utf8_lossy(&bytes).into_owned()),
    }
}

const ESC: u8 = 0x1B;
const BEL: u8 = 0x07;

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

/// The longest colour sequence passed on; real ones are a few bytes.
const MAX_SGR: usize = 32;

/// The length of the colour sequence (`[1;33m`) that `rest`, the bytes after an `ESC`,
/// starts with: `[`, digits and semicolons, `m`, no longer than `MAX_SGR` with the `ESC`.
fn sgr_after_escape(rest: &[u8]) -> Option<usize> {
    let params = rest.strip_prefix(b"[")?;
    let n = params
        .iter()
        .take(MAX_SGR - 1)
        .position(|&b| !(b.is_ascii_digit() || b == b';'))?;
    (params[n] == b'm').then_some(n + 2)
}

/// `text` with every control and invisible character shown as an escape such as
/// `\u{1b}`, for error messages: they are about the input, and what hid in it is the
/// point.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() || is_invisible(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c.is_control() || is_invisible(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A writer that lets through only text: the one point stdout and stderr are written
/// through, whatever wrote them (answers of built-in text only aside: `answer`).
///
/// What is written is held until `flush` (or the end), then cleaned as a whole, so a
/// sequence or a character split between two writes is still caught; a character cut
/// off at a flush waits for the next one. Line feeds and tabs pass, and with `colors` on
/// colour sequences do too; no other sequence ever does.
pub struct Terminal<W: Write> {
    inner: W,
    colors: bool,
    held: Vec<u8>,
}

impl<W: Write> Terminal<W> {
    pub fn new(inner: W, colors: bool) -> Terminal<W> {
        Terminal {
            inner,
            colors,
            held: Vec::new(),
        }
    }
}

impl<W: Write> Write for Terminal<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.held.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let (text, cut) = clean(
            &self.held,
            Mode::Output {
                colors: self.colors,
            },
        );
        self.inner.write_all(&text)?;
        let done = self.held.len() - cut;
        self.held.drain(..done);
        self.inner.flush()
    }
}

impl<W: Write> Drop for Terminal<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// A whole answer as it may reach a terminal or a pager, cleaned in one pass: filtered as
/// `Terminal` filters, or escaped for JSON (`json`).
///
/// An answer made only of built-in text and the renderers' own words (`built_in`) comes
/// back as it is: `build.rs` has checked every built-in text for what the filter removes
/// (`build/bake.rs`), and a test renders every built-in guide in every format and checks
/// that the filter would change nothing. Filtering it again cost up to a fifth of an
/// answer.
pub fn answer(bytes: &[u8], colors: bool, json: bool, built_in: bool) -> Cow<'_, [u8]> {
    match (built_in, json) {
        (true, _) => Cow::Borrowed(bytes),
        (false, true) => clean(bytes, Mode::Json).0,
        (false, false) => clean(bytes, Mode::Output { colors }).0,
    }
}

/// Writes an answer that `answer` has cleaned to stdout in one piece: run by run, every
/// piece between two colour sequences would make stdout's line buffering look for a
/// line end in it, which cost more than the filter.
pub fn write_stdout(clean: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(clean)?;
    out.flush()
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

#[cfg(test)]
mod writers {
    use super::*;
    use proptest::prelude::*;

    /// The listed characters, written out apart from `is_invisible`.
    fn forbidden(c: char) -> bool {
        (c.is_control() && c != '\t' && c != '\n')
            || matches!(c,
                '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
                | '\u{e0000}'..='\u{e007f}')
    }

    /// What a `Terminal` writer passes for `text` given in pieces cut at `cuts`.
    fn terminal(text: &str, colors: bool, cuts: &[usize]) -> String {
        let mut t = Terminal::new(Vec::new(), colors);
        let bytes = text.as_bytes();
        let mut from = 0;
        for &cut in cuts.iter().chain([bytes.len()].iter()) {
            let cut = cut.clamp(from, bytes.len());
            t.write_all(&bytes[from..cut]).unwrap();
            from = cut;
        }
        t.flush().unwrap();
        String::from_utf8(std::mem::take(&mut t.inner)).unwrap()
    }

    fn json(text: &str) -> String {
        let document = serde_json::to_string(text).unwrap();
        String::from_utf8(answer(document.as_bytes(), false, true, false).into_owned()).unwrap()
    }

    /// The byte matching finds exactly the controls and the invisible characters, over
    /// every character there is.
    #[test]
    fn byte_matching_agrees_with_the_character_classes() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let want = (c.is_control() && c != '\t' && c != '\n') || is_invisible(c);
            let got = unsafe_at(bytes, 0, false);
            assert_eq!(got, Ok(want.then_some((c, bytes.len()))), "{c:?}");
            if want {
                assert!(CANDIDATE[usize::from(bytes[0])], "{c:?}");
                assert_eq!(next_candidate(bytes, 0), Some(0), "{c:?}");
            }
            let padded = format!("abcdefghij{c}");
            assert_eq!(
                next_candidate(padded.as_bytes(), 0).is_some_and(|at| at == 10),
                CANDIDATE[usize::from(bytes[0])],
                "{c:?}"
            );
            // Past accented letters and plain words, at every alignment.
            for lead in 0..9 {
                let text = format!("{}é plain words here, and more{c}", "x".repeat(lead));
                let at = text.len() - c.len_utf8();
                assert_eq!(
                    next_candidate(text.as_bytes(), 0) == Some(at),
                    CANDIDATE[usize::from(bytes[0])],
                    "{c:?} after {lead}"
                );
            }
        }
    }

    #[test]
    fn the_writer_removes_what_for_terminal_removes() {
        for (input, want) in [
            ("plain › text · ok\n", "plain › text · ok\n"),
            ("a\u{1b}]0;pwned\u{7}b\n", "ab\n"),
            ("a\u{1b}]52;c;eHl6\u{1b}\\b", "ab"),
            ("a\u{1b}P$qm\u{1b}\\b", "ab"),
            ("a\u{9d}0;t\u{9c}b\u{9b}2Jc", "abc"),
            ("a\u{1b}[2J\u{1b}[31mb\u{1b}[0m", "ab"),
            (
                "\u{202e}abc\u{202c} \u{2066}x\u{2069}\u{200b}\u{2028}\u{e0041}",
                "abc x",
            ),
            ("tab\tand\r\u{7f}\u{85}", "tab\tand"),
            ("\u{1b}]0;never ends", ""),
        ] {
            assert_eq!(terminal(input, false, &[]), want, "{input:?}");
        }
    }

    #[test]
    fn colors_pass_only_when_on_and_only_colors() {
        let painted = "\u{1b}[1;33mwarning:\u{1b}[0m text";
        assert_eq!(terminal(painted, true, &[]), painted);
        assert_eq!(terminal(painted, false, &[]), "warning: text");
        // Not a colour, or a colour as a C1 CSI: removed even with colours on.
        assert_eq!(
            terminal("a\u{1b}[2Jb\u{1b}[?25lc\u{9b}31md", true, &[]),
            "abcd"
        );
        assert_eq!(terminal("a\u{1b}]0;t\u{7}b", true, &[]), "ab");
    }

    #[test]
    fn a_sequence_or_character_cut_between_writes_is_still_caught() {
        let text =
            "é›\u{1b}]0;pwned\u{7}·\u{202e}x\u{9d}t\u{9c}\u{1b}[31my\u{e0041}z\u{1b}P$q\u{1b}\\!";
        let whole = terminal(text, false, &[]);
        assert_eq!(whole, "é›·xyz!");
        for cut in 0..=text.len() {
            assert_eq!(terminal(text, false, &[cut]), whole, "cut at {cut}");
            for second in cut..=text.len() {
                assert_eq!(
                    terminal(text, false, &[cut, second]),
                    whole,
                    "{cut}, {second}"
                );
            }
        }
        let painted = "\u{1b}[1;33mwarning:\u{1b}[0m";
        for cut in 0..=painted.len() {
            assert_eq!(terminal(painted, true, &[cut]), painted, "cut at {cut}");
        }
    }

    #[test]
    fn json_escapes_del_c1_and_invisible_characters_and_stays_exact() {
        let text = "a\u{7f}\u{85}\u{9b}\u{202e}\u{2028}\u{200b}\u{feff}\u{e0041}› é \u{1b}";
        let out = json(text);
        assert_eq!(
            out,
            r#""a\u007f\u0085\u009b\u202e\u2028\u200b\ufeff\udb40\udc41› é \u001b""#
        );
        assert_eq!(serde_json::from_str::<String>(&out).unwrap(), text);
    }

    #[test]
    fn errors_show_what_hid_in_the_input() {
        assert_eq!(visible("plain"), "plain");
        assert_eq!(
            visible("x\u{202e}y\u{1b}]0;t\u{7}\n"),
            "x\\u{202e}y\\u{1b}]0;t\\u{7}\\u{a}"
        );
    }

    proptest! {
        /// Random Unicode, with the listed characters and escapes mixed in often: what
        /// reaches the terminal has none of them, by either path, cut anywhere.
        #[test]
        fn sanitized_text_has_none_of_the_listed_characters(
            parts in proptest::collection::vec(
                prop_oneof![
                    any::<char>().prop_map(String::from),
                    "[\u{0}-\u{1f}\u{7f}-\u{9f}\u{200b}-\u{200f}\u{2028}-\u{202e}\u{2060}-\u{206f}\u{feff}\u{e0000}-\u{e007f}\u{61c}\u{180e}]",
                    "\u{1b}[\\[\\]P_^X(]?[0-9;?$]{0,4}[a-zA-Z\u{7}\\\\]?",
                    "[a-z ›·é]{1,6}",
                ],
                0..40,
            ),
            cut in 0usize..200,
            colors in any::<bool>(),
        ) {
            let text: String = parts.concat();
            let cleaned = for_terminal(&text);
            prop_assert!(!cleaned.chars().any(|c| forbidden(c) || c == '\n'), "{:?} -> {:?}", text, cleaned);
            let written = terminal(&text, colors, &[cut]);
            let shown = if colors { without_colors(&written) } else { written.clone() };
            prop_assert!(!shown.chars().any(forbidden), "{:?} -> {:?}", text, written);
            let escaped = json(&text);
            prop_assert!(!escaped.chars().any(forbidden), "{:?} -> {:?}", text, escaped);
            prop_assert_eq!(serde_json::from_str::<String>(&escaped).unwrap(), text);
        }
    }

    /// Colour sequences taken out, the way a test sees what a colour terminal shows.
    fn without_colors(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(at) = rest.find("\u{1b}[") {
            out.push_str(&rest[..at]);
            let after = &rest[at + 2..];
            let n = after
                .find(|c: char| !(c.is_ascii_digit() || c == ';'))
                .unwrap_or(after.len());
            if after[n..].starts_with('m') {
                rest = &after[n + 1..];
            } else {
                out.push_str("\u{1b}[");
                rest = after;
            }
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod every_write {
    use std::path::Path;

    fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }

    /// Every handle on stdout or stderr that is written to is made inside
    /// `Terminal::new(…)`, so no new code path can write past the filter. (Asking whether
    /// one is a terminal, or flushing it, writes nothing.)
    #[test]
    fn every_stdout_and_stderr_handle_goes_through_the_filter() {
        let mut files = Vec::new();
        sources(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut checked = 0;
        for (path, text) in &files {
            if path.ends_with("data_tests.rs") || path.ends_with("sanitize.rs") {
                continue;
            }
            for (n, line) in text.lines().enumerate() {
                for handle in ["stdout()", "stderr()"] {
                    for (at, _) in line.match_indices(handle) {
                        let rest = &line[at + handle.len()..];
                        let before = &line[..at];
                        let asked = before
                            .trim_end_matches("std::io::")
                            .trim_end_matches("io::")
                            .ends_with("is_terminal(");
                        if asked
                            || rest.starts_with(".is_terminal()")
                            || rest.starts_with(".flush()")
                        {
                            continue;
                        }
                        assert!(
                            before.contains("Terminal::new("),
                            "{path}:{}: {handle} written to without the terminal filter: {line}",
                            n + 1
                        );
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked >= 3, "only {checked} handles found");
    }
}
