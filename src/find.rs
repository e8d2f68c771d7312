//! Turns search hits into results to print: the guide or question, where it applies, and a
//! snippet with the matched words marked.

use crate::catalog::{Catalog, Origin};
use crate::device::{range_label, Device, Family};
use crate::filter::{select, Query, Section};
use crate::guide::{Guide, Method};
use crate::search::{self, DocInfo, Hit, Kind, Matcher};
use crate::version::{Range, Version};

/// The longest snippet, in characters.
const SNIPPET_CHARS: usize = 160;

/// One result, ready for any renderer.
pub struct Found {
    pub kind: &'static str,
    /// A guide id (for `imsg-guide show`) or an FAQ id.
    pub id: String,
    /// The guide's title, the method and step, or the question.
    pub title: String,
    pub devices: Vec<Device>,
    /// The method's versions, or `None` where the text is not tied to a method.
    pub os_range: Option<Range>,
    /// "iPhone, iPad · iOS 17 and earlier"; empty for guide-wide text and FAQ answers.
    pub applies_to: String,
    /// Where the text applies, one entry per method it came from; `applies_to` in words.
    places: Vec<Place>,
    pub score: u32,
    /// The text around the first match; renderers that highlight mark it themselves
    /// (`Matcher::words`), since marking costs more than the search when nobody sees it.
    pub snippet: String,
}

/// The best results for `text`, at most `limit`, narrowed by the query's devices and
/// version; custom guides are searched too, and built-in text they replace is left out.
pub fn search(
    text: &str,
    matcher: &Matcher,
    query: &Query,
    catalog: &Catalog,
    limit: usize,
) -> Vec<Found> {
    let replaced = |id: &str| catalog.get(id).is_some_and(|e| e.origin != Origin::BuiltIn);
    let narrowed = !query.devices.is_empty() || query.os.is_some();
    let hits = search::search(text, |doc| {
        !replaced(doc.id()) && (!narrowed || doc.kind != Kind::Faq && doc.fits(query))
    });
    let mut found: Vec<Found> = Vec::new();
    // The text each result was cut from, to fold repeats together.
    let mut sources: Vec<&str> = Vec::new();
    for hit in &hits {
        let doc = hit.doc;
        // Methods that differ only by version repeat a step: keep one, with every range.
        if let Some(at) = sources
            .iter()
            .zip(&found)
            .position(|(&t, f)| std::ptr::eq(t, doc.text()) || t == doc.text() && f.id == doc.id())
        {
            if let Some(m) = doc.method() {
                let same = &mut found[at];
                same.places
                    .push(Place::of(&section(m, doc.devices().collect(), query)));
                same.applies_to = label(&same.places);
            }
            continue;
        }
        if found.len() == limit {
            break;
        }
        sources.push(doc.text());
        found.push(from_hit(matcher, hit, query));
    }
    for entry in catalog.entries() {
        if let Origin::File(_) = entry.origin {
            found.extend(custom(matcher, entry.guide, query));
        }
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.score));
    found.truncate(limit);
    found
}

/// The FAQ entries that match `text`, best first: those scoring at least half the best,
/// since a question shares "sign" and "out" with most of the others.
pub fn faq(text: &str) -> Vec<&'static DocInfo> {
    let hits = search::search(text, |doc| doc.kind == Kind::Faq);
    let best = hits.first().map_or(0, |h| h.score);
    hits.into_iter()
        .take_while(|hit| 2 * hit.score >= best)
        .map(|hit| hit.doc)
        .collect()
}

fn from_hit(matcher: &Matcher, hit: &Hit, query: &Query) -> Found {
    let doc = hit.doc;
    let (title, section) = match (doc.guide(), doc.method()) {
        (Some(guide), Some(method)) => (
            place(guide, method, doc),
            Some(section(method, doc.devices().collect(), query)),
        ),
        (Some(guide), None) => (guide.title.to_string(), None),
        _ => (
            doc.faq()
                .map(|f| f.question.to_string())
                .unwrap_or_default(),
            None,
        ),
    };
    let resolved = match &section {
        Some(s) => s.resolve(doc.text()),
        None => doc.text().into(),
    };
    let snippet = cut(matcher, &resolved);
    Found {
        kind: kind_name(doc.kind),
        id: doc.id().to_owned(),
        title,
        devices: section
            .as_ref()
            .map_or_else(|| doc.devices().collect(), |s| s.devices.clone()),
        os_range: section.as_ref().map(|_| doc.os),
        applies_to: section.as_ref().map(applies_to).unwrap_or_default(),
        places: section.iter().map(Place::of).collect(),
        score: hit.score,
        snippet,
    }
}

/// "Sign out in Send & Receive, step 2", or "…, warning" for a remark.
fn place(guide: &Guide, method: &Method, doc: &DocInfo) -> String {
    let mut title = format!("{}: {}", guide.title, method.title);
    if let Some(step) = doc.step_index() {
        title.push_str(&format!(", step {}", step + 1));
    }
    if let Kind::Remark { warning, .. } = doc.kind {
        title.push_str(if warning { ", warning" } else { ", note" });
    }
    title
}

fn section<'g>(method: &'g Method, devices: Vec<Device>, query: &Query) -> Section<'g> {
    let asked = query.devices();
    let mut devices: Vec<Device> = devices.into_iter().filter(|d| asked.contains(d)).collect();
    if devices.is_empty() {
        devices = method.devices.to_vec();
    }
    Section {
        method,
        devices,
        os: query.os,
    }
}

fn applies_to(section: &Section) -> String {
    label(&[Place::of(section)])
}

/// One method's devices and versions, as far as a result's location line needs them.
#[derive(Clone, Debug)]
struct Place {
    devices: String,
    /// The OS name for the versions, such as "iOS"; `None` on the website or when the
    /// method spans devices of two OS families.
    os_name: Option<&'static str>,
    family: Option<Family>,
    range: Range,
    /// The version asked for, which then stands for the range.
    asked: Option<Version>,
}

impl Place {
    fn of(section: &Section) -> Place {
        let label = section.version_label();
        let family = section.family();
        Place {
            devices: section.device_names(),
            os_name: label.as_ref().map(|_| section.os_name()),
            family: label.as_ref().map(|_| family),
            range: section.method.os,
            asked: section.os,
        }
    }
}

/// "iPhone, iPad · iOS 14 and earlier, 18 and later; Mac · macOS 13 and later": each set
/// of devices named once, its versions after it with the OS named once, and ranges that
/// meet joined (three ranges that cover every version are no version at all).
fn label(places: &[Place]) -> String {
    let mut groups: Vec<(&str, Vec<&Place>)> = Vec::new();
    for place in places {
        match groups.iter_mut().find(|(d, _)| *d == place.devices) {
            Some((_, list)) => list.push(place),
            None => groups.push((&place.devices, vec![place])),
        }
    }
    let mut out = String::new();
    for (devices, list) in groups {
        if !out.is_empty() {
            out.push_str("; ");
        }
        out.push_str(devices);
        let (Some(os_name), Some(family)) = (list[0].os_name, list[0].family) else {
            continue;
        };
        if let Some(v) = list[0].asked {
            out.push_str(&format!(" · {os_name} {v}"));
            continue;
        }
        let mut ranges: Vec<Range> = list.iter().map(|p| p.range).collect();
        ranges.sort_by_key(|r| r.from);
        let mut merged: Vec<Range> = Vec::new();
        for r in ranges {
            match merged.last_mut() {
                Some(last) if last.before.is_some() && last.before == r.from => {
                    last.before = r.before
                }
                Some(last) if *last == r => {}
                _ => merged.push(r),
            }
        }
        if merged == [Range::ALL] {
            continue;
        }
        let words: Vec<String> = merged
            .iter()
            .map(|r| range_label(os_name, family, r))
            .enumerate()
            .map(|(i, w)| match w.strip_prefix(os_name) {
                Some(rest) if i > 0 => rest.trim_start().to_owned(),
                _ => w,
            })
            .collect();
        out.push_str(" · ");
        out.push_str(&words.join(", "));
    }
    out
}

/// The part of `text` around its first match, at most `SNIPPET_CHARS` long.
fn cut(matcher: &Matcher, text: &str) -> String {
    if text.len() <= SNIPPET_CHARS {
        return text.to_owned();
    }
    let first = matcher.first(text);
    search::snippet(text, first.as_slice(), SNIPPET_CHARS).0
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Guide => "guide",
        Kind::Step => "step",
        Kind::Remark { .. } => "remark",
        Kind::Faq => "faq",
    }
}

/// Custom guides are not in the built-in index: their title, summary and steps are
/// matched word by word, and only text holding every query word counts.
fn custom(matcher: &Matcher, guide: &'static Guide, query: &Query) -> Vec<Found> {
    let wanted = matcher.words_sought();
    if wanted == 0 {
        return Vec::new();
    }
    let mut found = Vec::new();
    let heading = format!(
        "{} {} {}",
        guide.title,
        guide.summary,
        guide.keywords.join(" ")
    );
    if matcher.count_in(&heading) >= wanted {
        let snippet = cut(matcher, &guide.summary);
        found.push(Found {
            kind: "guide",
            id: guide.id.to_string(),
            title: guide.title.to_string(),
            devices: Vec::new(),
            os_range: None,
            applies_to: String::new(),
            places: Vec::new(),
            score: 1000 * wanted as u32,
            snippet,
        });
    }
    for s in select(guide, query, None) {
        let method = s.method;
        for (n, step) in method.steps.iter().enumerate() {
            let resolved = s.resolve(&step.text);
            let path = step.path.join(" ");
            if matcher.count_in(&format!("{resolved} {path}")) < wanted {
                continue;
            }
            let snippet = cut(matcher, &resolved);
            found.push(Found {
                kind: "step",
                id: guide.id.to_string(),
                title: format!("{}: {}, step {}", guide.title, method.title, n + 1),
                devices: s.devices.clone(),
                os_range: Some(method.os),
                applies_to: applies_to(&s),
                places: vec![Place::of(&s)],
                score: 600 * wanted as u32,
                snippet,
            });
        }
    }
    found
}

/// The version range in words, for JSON.
pub fn range_words(found: &Found) -> Option<String> {
    let range = found.os_range?;
    let device = *found.devices.first()?;
    (device != Device::Web)
        .then(|| range_label(device.os_name(range.from), device.family(), &range))
}

/// Results as people read them: one entry per guide or question, with the guide's
/// best-matching text under it.
pub struct Group<'a> {
    /// The guide or question id, for the command that prints it.
    pub id: &'a str,
    pub faq: bool,
    /// The guide's title, or the question.
    pub title: &'a str,
    /// Best first; at most `HITS_PER_ENTRY`, each step or remark scoring at least half the
    /// best of them.
    pub hits: Vec<&'a Found>,
}

/// How many pieces of one guide a reader is shown; `show` prints the rest.
const HITS_PER_ENTRY: usize = 3;

/// Groups results (best first) by guide or question, keeping the first `limit` entries.
pub fn entries<'a>(found: &'a [Found], catalog: &'a Catalog, limit: usize) -> Vec<Group<'a>> {
    let mut entries: Vec<Group> = Vec::new();
    for f in found {
        let faq = f.kind == "faq";
        if let Some(entry) = entries.iter_mut().find(|e| e.id == f.id && e.faq == faq) {
            // A title or summary match says little about which step to read: steps and
            // remarks are weighed against each other only.
            let best = entry
                .hits
                .iter()
                .filter(|h| h.kind != "guide")
                .map(|h| h.score)
                .max();
            if entry.hits.len() < HITS_PER_ENTRY && best.is_none_or(|b| 2 * f.score >= b) {
                entry.hits.push(f);
            }
            continue;
        }
        if entries.len() < limit {
            let title = match catalog.get(&f.id) {
                Some(e) if !faq => &*e.guide.title,
                _ => &*f.title,
            };
            entries.push(Group {
                id: &f.id,
                faq,
                title,
                hits: vec![f],
            });
        }
    }
    entries
}

impl Found {
    /// Where in its guide the text sits ("Sign out in Send & Receive, step 1"), after the
    /// guide's title; empty for the guide's own title, summary and remarks.
    pub fn within<'a>(&'a self, guide_title: &str) -> &'a str {
        self.title
            .strip_prefix(guide_title)
            .and_then(|rest| rest.strip_prefix(": "))
            .unwrap_or("")
    }
}
