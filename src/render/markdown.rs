//! GitHub-flavored Markdown for tickets and wikis: headings, numbered steps (or `- [ ]`
//! checklist items), UI paths in bold, warnings and notes as blockquotes.

use std::io::{self, Write};

use crate::config::Config;
use crate::filter::Section;
use crate::guide::{Guide, Remark, Text};
use crate::render::text::covered_devices;
use crate::render::GuideAnswer;

/// Escapes the characters Markdown would read as formatting inside a line (our lines never
/// start with guide text, so `#` and `>` need no escape); `|` for table cells.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn sources(list: &[Text]) -> String {
    let ids: Vec<&str> = list.iter().map(|s| s.as_ref()).collect();
    format!("<sub>{}</sub>", ids.join(" "))
}

fn remark<W: Write>(
    out: &mut W,
    indent: &str,
    label: &str,
    text: &str,
    r: &Remark,
) -> io::Result<()> {
    let flag = if r.verified { "" } else { "*(unverified)* " };
    writeln!(
        out,
        "{indent}> **{label}:** {flag}{} {}",
        escape(text),
        sources(&r.sources)
    )
}

fn remarks<W: Write>(
    out: &mut W,
    indent: &str,
    section: Option<&Section>,
    warnings: &[Remark],
    notes: &[Remark],
) -> io::Result<()> {
    for (label, list) in [("Warning", warnings), ("Note", notes)] {
        for r in list {
            let text = match section {
                Some(s) => s.resolve(&r.text),
                None => r.text.as_ref().into(),
            };
            remark(out, indent, label, &text, r)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

pub fn guide<W: Write>(out: &mut W, answer: &GuideAnswer, config: &Config) -> io::Result<()> {
    let g = answer.guide;
    writeln!(out, "# {}\n", escape(&g.title))?;
    writeln!(out, "{}\n", escape(&g.summary))?;
    if let (Some((family, newest)), Some(os)) = (answer.query.beyond_verified(), answer.query.os) {
        let name = family.name();
        writeln!(
            out,
            "> **Note:** {name} {os} is newer than {name} {newest}, the newest release these steps were verified up to; they show the newest known route.\n"
        )?;
    }
    remarks(out, "", None, &g.warnings, &g.notes)?;
    for section in &answer.sections {
        let m = section.method;
        let mut heading = section.device_names();
        if let Some(label) = section.version_label() {
            heading.push_str(" · ");
            heading.push_str(&label);
        }
        writeln!(out, "## {}: {}\n", escape(&heading), escape(&m.title))?;
        if let (Some(since), None) = (&m.since_note, section.os) {
            writeln!(out, "> **Note:** {}\n", escape(since))?;
        }
        for (n, step) in m.steps.iter().enumerate() {
            let (marker, indent) = if config.checklist {
                ("- [ ]".to_owned(), "  ")
            } else {
                (format!("{}.", n + 1), "   ")
            };
            let flag = if step.verified { "" } else { "*(unverified)* " };
            let text = escape(&section.resolve(&step.text));
            if step.path.is_empty() {
                writeln!(out, "{marker} {flag}{text} {}", sources(&step.sources))?;
            } else {
                let path: Vec<String> = step
                    .path
                    .iter()
                    .map(|p| escape(&section.resolve(p)))
                    .collect();
                writeln!(out, "{marker} **{}**  ", path.join(" › "))?;
                writeln!(out, "{indent}{flag}{text} {}", sources(&step.sources))?;
            }
            if !step.warnings.is_empty() || !step.notes.is_empty() {
                writeln!(out)?;
                remarks(out, indent, Some(section), &step.warnings, &step.notes)?;
            }
        }
        writeln!(out)?;
        remarks(out, "", Some(section), &m.warnings, &m.notes)?;
    }
    if !g.related.is_empty() {
        let related: Vec<String> = g
            .related
            .iter()
            .map(|id| format!("`imsg-guide show {id}`"))
            .collect();
        writeln!(out, "See also: {}", related.join(", "))?;
    }
    Ok(())
}

pub fn list<W: Write>(out: &mut W, guides: &[Guide]) -> io::Result<()> {
    writeln!(out, "| Guide | Title | Covers |")?;
    writeln!(out, "| --- | --- | --- |")?;
    for g in guides {
        writeln!(
            out,
            "| `{}` | {} | {} |",
            g.id,
            escape(&g.title),
            escape(&covered_devices(g))
        )?;
    }
    Ok(())
}
