//! GitHub-flavored Markdown for tickets and wikis: headings, numbered steps (or `- [ ]`
//! checklist items), UI paths in bold, warnings and notes as blockquotes.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::catalog::{Entry, Origin};
use crate::cli::Config;
use crate::facts::Fact;
use crate::faq::Faq;
use crate::filter::Audience;
use crate::find::Group;
use crate::guide::{Remark, Text};
use crate::render::{covered_devices, faq_answer, itoa, newer_than_verified, GuideAnswer};
use crate::sanitize::for_terminal;
use crate::search::Matcher;

/// Writes pieces straight to the output: this runs for every line of every guide, and
/// the formatting machinery cost more than the text itself. The flags say whether to
/// print the fact ids each line rests on, and whether the text is built in: built-in
/// text has no control characters (`build.rs` checks), custom text may.
struct Out<'w, W: Write>(&'w mut W, bool, bool);

/// The bytes Markdown would read as markup, escaped in text.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    let bytes = b"\\`*_[]<|";
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

/// The offset of the first byte of `bytes` that Markdown reads as markup: words of
/// eight bytes with none are stepped over whole, as most text has none.
fn next_special(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte equal to `b` sets its high bit here (with the odd false alarm after one).
    let equal = |x: u64, b: u8| {
        let y = x ^ (ONES * u64::from(b));
        y.wrapping_sub(ONES) & !y
    };
    let mut i = 0;
    while let Some(word) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(word.try_into().unwrap_or([0; 8]));
        // `[`, `\`, `]`, `^`, `_` and the backtick are 0x5B–0x60; on ASCII bytes the
        // additions carry into no neighbour, and a byte from 0x80 up raises the alarm.
        let range = x.wrapping_add(ONES * 0x25) & !x.wrapping_add(ONES * 0x1F);
        let alarm = x | range | equal(x, b'*') | equal(x, b'<') | equal(x, b'|');
        if alarm & HIGH != 0 {
            if let Some(n) = word.iter().position(|&b| SPECIAL[usize::from(b)]) {
                return Some(i + n);
            }
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| SPECIAL[usize::from(b)])
        .map(|n| i + n)
}

impl<W: Write> Out<'_, W> {
    fn raw(&mut self, text: &str) -> io::Result<&mut Self> {
        self.0.write_all(text.as_bytes())?;
        Ok(self)
    }

    /// Text with the characters Markdown would read as formatting escaped. Guide text never
    /// starts a line, so `#` and `>` need no escape; `|` does, for table cells.
    fn text(&mut self, text: &str) -> io::Result<&mut Self> {
        let clean = if self.2 {
            Cow::Borrowed(text)
        } else {
            for_terminal(text)
        };
        let mut rest: &str = &clean;
        while let Some(at) = next_special(rest.as_bytes()) {
            self.raw(&rest[..at])?.raw("\\")?.raw(&rest[at..=at])?;
            rest = &rest[at + 1..];
        }
        self.raw(rest)
    }

    /// The fact ids a line rests on, small, when they are asked for; then the line's end.
    fn sources(&mut self, list: &[Text]) -> io::Result<&mut Self> {
        if !self.1 || list.is_empty() {
            return self.raw("\n");
        }
        self.raw(" <sub>[")?.raw(&list.join(", "))?.raw("]</sub>\n")
    }

    /// "See also:" and the commands that show the related guides, if there are any.
    fn see_also(&mut self, related: &[Text]) -> io::Result<()> {
        if related.is_empty() {
            return Ok(());
        }
        self.raw("See also: ")?;
        for (i, id) in related.iter().enumerate() {
            let open = if i == 0 { "`" } else { ", `" };
            self.raw(open)?.raw("imsg-guide show ")?.raw(id)?.raw("`")?;
        }
        self.raw("\n")?;
        Ok(())
    }

    fn flag(&mut self, verified: bool) -> io::Result<&mut Self> {
        self.raw(if verified { "" } else { "*(unverified)* " })
    }

    /// The warnings or notes of `list` that apply to `audience`, labelled where they are
    /// for only part of it.
    fn remarks(
        &mut self,
        indent: &str,
        audience: &Audience,
        label: &str,
        list: &[Remark],
    ) -> io::Result<()> {
        for fit in audience.fitting(list) {
            let r = fit.item;
            self.raw(indent)?.raw(label)?.flag(r.verified)?;
            if let Some(scope) = &fit.label {
                self.raw("*(")?.text(scope)?.raw(")* ")?;
            }
            self.text(&fit.audience.resolve(&r.text))?
                .sources(&r.sources)?
                .raw("\n")?;
        }
        Ok(())
    }
}

/// Answer first, as in text: the title, the warnings to read before acting, the steps;
/// notes and "See also" after them.
pub fn guide<W: Write>(out: &mut W, answer: &GuideAnswer, config: &Config) -> io::Result<()> {
    let mut o = Out(out, config.sources, answer.built_in);
    let g = answer.guide;
    let audience = Audience::of_answer(answer.query, &answer.sections);
    o.raw("# ")?
        .text(&audience.resolve(&g.title))?
        .raw("\n\n")?;
    if answer.query.devices.is_empty() && answer.query.os.is_none() {
        o.text(&audience.resolve(&g.summary))?.raw("\n\n")?;
    }
    if let Some(text) = newer_than_verified(answer) {
        o.raw("> **Note:** ")?.text(&text)?.raw("\n\n")?;
    }
    o.remarks("", &audience, WARNING, &g.warnings)?;
    for section in &answer.sections {
        let m = section.method;
        o.raw("## ")?.text(&section.device_names())?;
        if let Some(label) = section.version_label() {
            o.raw(" · ")?.text(&label)?;
        }
        o.raw(": ")?.text(&section.resolve(&m.title))?.raw("\n\n")?;
        if let (Some(since), None) = (&m.since_note, section.os) {
            o.raw("> **Note:** ")?.text(since)?.raw("\n\n")?;
        }
        o.remarks("", section, WARNING, &m.warnings)?;
        for (n, fit) in section.fitting(&m.steps).iter().enumerate() {
            let (step, words) = (fit.item, &fit.audience);
            let indent = if config.checklist {
                o.raw("- [ ] ")?;
                "  "
            } else {
                o.raw(itoa(n + 1, &mut [0; 20]))?.raw(". ")?;
                "   "
            };
            if let Some(scope) = &fit.label {
                o.raw("*")?.text(scope)?.raw(":* ")?;
            }
            if !step.path.is_empty() {
                o.raw("**")?;
                for (i, element) in step.path.iter().enumerate() {
                    if i > 0 {
                        o.raw(" › ")?;
                    }
                    o.text(&words.resolve(element))?;
                }
                o.raw("**  \n")?.raw(indent)?;
            }
            o.flag(step.verified)?
                .text(&words.resolve(&step.text))?
                .sources(&step.sources)?;
            if !words.fitting(&step.warnings).is_empty() || !words.fitting(&step.notes).is_empty() {
                o.raw("\n")?;
                o.remarks(indent, words, WARNING, &step.warnings)?;
                o.remarks(indent, words, NOTE, &step.notes)?;
            }
        }
        o.raw("\n")?;
        o.remarks("", section, NOTE, &m.notes)?;
    }
    if !audience.fitting(&g.notes).is_empty() {
        o.remarks("", &audience, NOTE, &g.notes)?;
        o.raw("\n")?;
    }
    o.see_also(&g.related)
}

const WARNING: &str = "> **Warning:** ";
const NOTE: &str = "> **Note:** ";

pub fn list<W: Write>(out: &mut W, entries: &[Entry]) -> io::Result<()> {
    let mut o = Out(out, false, false);
    o.raw("| Guide | Title | Covers | Source |\n| --- | --- | --- | --- |\n")?;
    for entry in entries {
        let g = entry.guide;
        o.raw("| `")?
            .raw(&g.id)?
            .raw("` | ")?
            .text(&g.title)?
            .raw(" | ")?
            .text(&covered_devices(g))?
            .raw(" | ")?;
        match &entry.origin {
            Origin::BuiltIn => o.raw("built-in")?,
            Origin::File(path) => o.text(path)?,
        }
        .raw(" |\n")?;
    }
    Ok(())
}

/// The FAQ as a heading per question.
pub fn faqs<W: Write>(out: &mut W, entries: &[&Faq], config: &Config) -> io::Result<()> {
    let mut o = Out(out, config.sources, false);
    o.raw("# iMessage questions and answers\n")?;
    for faq in entries {
        o.raw("\n## ")?
            .text(&faq.question)?
            .raw("\n\n")?
            .text(&faq_answer(faq))?
            .sources(&faq.sources)?;
        if !faq.related.is_empty() {
            o.raw("\n")?.see_also(&faq.related)?;
        }
    }
    Ok(())
}

/// Search results as a numbered list, one item per guide or question, the matched words
/// in bold.
pub fn results<W: Write>(
    out: &mut W,
    entries: &[Group],
    matcher: &Matcher,
    built_in: bool,
) -> io::Result<()> {
    let mut o = Out(out, false, built_in);
    for (i, entry) in entries.iter().enumerate() {
        o.raw(itoa(i + 1, &mut [0; 20]))?
            .raw(". **")?
            .text(entry.title)?
            .raw("**\n")?;
        for hit in &entry.hits {
            let within = hit.within(entry.title);
            o.raw("   - ")?;
            if !within.is_empty() || !hit.applies_to.is_empty() {
                o.text(within)?;
                if !hit.applies_to.is_empty() {
                    o.raw(if within.is_empty() { "" } else { " " })?
                        .raw("(")?
                        .text(&hit.applies_to)?
                        .raw(")")?;
                }
                o.raw(":  \n     ")?;
            }
            let mut at = 0;
            for (start, end) in matcher.words(&hit.snippet) {
                if start < at || end > hit.snippet.len() {
                    continue;
                }
                o.text(&hit.snippet[at..start])?
                    .raw("**")?
                    .text(&hit.snippet[start..end])?
                    .raw("**")?;
                at = end;
            }
            o.text(&hit.snippet[at..])?.raw("\n")?;
        }
        let command = if entry.faq { "faq" } else { "show" };
        o.raw("   - `imsg-guide ")?
            .raw(command)?
            .raw(" ")?
            .text(entry.id)?
            .raw("`\n")?;
    }
    Ok(())
}

/// The end of an interactive walk, for a ticket: the route as a title, the verdict, then
/// each list under a heading. The first of `groups` is the verdict and has no items.
pub fn walk_summary<W: Write>(
    out: &mut W,
    heading: &str,
    groups: &[(&str, &[String])],
) -> io::Result<()> {
    let mut w = Out(out, false, false);
    w.raw("# ")?.text(heading)?.raw("\n")?;
    for (i, (title, items)) in groups.iter().enumerate() {
        if i == 0 {
            w.raw("\n**")?.text(title)?.raw("**\n")?;
            continue;
        }
        w.raw("\n## ")?.text(title)?.raw("\n\n")?;
        for item in *items {
            w.raw("- ")?.text(item)?.raw("\n")?;
        }
    }
    Ok(())
}

/// Where facts come from: a heading per fact, its summary, what replaced or corrected it,
/// and its citations as a list, linked where they have a URL.
pub fn facts<W: Write>(out: &mut W, facts: &[Fact]) -> io::Result<()> {
    let mut o = Out(out, false, false);
    o.raw("# Sources\n")?;
    for fact in facts {
        o.raw("\n## ")?
            .text(&fact.id)?
            .raw("\n\n**Confidence:** ")?
            .raw(fact.confidence.name())?;
        if let Some(note) = &fact.confidence_note {
            o.raw(" (")?.text(note)?.raw(")")?;
        }
        o.raw("\n\n")?.text(&fact.summary)?.raw("\n\n")?;
        for (label, ids) in fact.superseded() {
            let (first, rest) = label.split_at(1);
            o.raw("**")?
                .raw(&first.to_ascii_uppercase())?
                .raw(rest)?
                .raw(":** ")?
                .text(&ids.join(", "))?
                .raw("\n\n")?;
        }
        if let Some(correction) = &fact.correction {
            o.raw("**Correction:** ")?.text(correction)?.raw("\n\n")?;
        }
        if fact.citations.is_empty() {
            o.raw("- No source named in the content spec.\n")?;
        }
        for citation in fact.citations.iter() {
            match &citation.url {
                Some(url) => o
                    .raw("- [")?
                    .text(&citation.describe())?
                    .raw("](")?
                    .raw(url)?
                    .raw(")\n")?,
                None => o.raw("- ")?.text(&citation.describe())?.raw("\n")?,
            };
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_scan_finds_what_a_byte_scan_finds() {
        let plain = |bytes: &[u8]| bytes.iter().position(|&b| SPECIAL[usize::from(b)]);
        for filler in [b'a', b' ', 0xE2, b'^', 0x7F] {
            for len in [0, 1, 7, 8, 9, 15, 16, 17, 24] {
                for at in 0..len {
                    for b in 0..=255u8 {
                        let mut bytes = vec![filler; len];
                        bytes[at] = b;
                        assert_eq!(next_special(&bytes), plain(&bytes), "{bytes:?}");
                    }
                }
            }
        }
    }
}
