//! Turns search hits into results to print: the guide or question, where it applies, and a
//! snippet with the matched words marked.

use crate::catalog::{Catalog, Origin};
use crate::device::Device;
use crate::filter::{select, Query, Section};
use crate::guide::{Guide, Method};
use crate::search::{self, DocInfo, Hit, Kind, Matcher};
use crate::version::Range;

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
    let mut hits = search::search(text, |doc| {
        !replaced(doc.id()) && (!narrowed || doc.fits(query))
    });
    // An answer explains; the guide it points to fixes. Where both match about as well,
    // the guide comes first.
    for hit in &mut hits {
        if hit.doc.kind == Kind::Faq {
            hit.score -= hit.score / 5;
        }
    }
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
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
            let more = doc
                .method()
                .map(|m| applies_to(&section(m, doc.devices().collect(), query)))
                .unwrap_or_default();
            let same = &mut found[at];
            if !more.is_empty() && !same.applies_to.contains(&more) {
                same.applies_to.push_str("; ");
                same.applies_to.push_str(&more);
            }
            continue;
        }
        if found.len() == limit {
            break;
        }
        sources.push(doc.text());
        found.push(from_hit(matcher, hit, query));
    }
    // A team's own guide that holds every word sought is the most specific answer there
    // is: it ranks with the best built-in result, ahead of it on a tie.
    let best = found.iter().map(|f| f.score).max().unwrap_or(0);
    for entry in catalog.entries() {
        if let Origin::File(_) = entry.origin {
            found.extend(
                custom(matcher, entry.guide, query)
                    .into_iter()
                    .map(|mut f| {
                        f.score = f.score.max(best + 1);
                        f
                    }),
            );
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
        audience: crate::filter::Audience {
            devices,
            os: query.os,
            range: method.os,
        },
    }
}

fn applies_to(section: &Section) -> String {
    let mut label = section.device_names();
    if let Some(versions) = section.version_label() {
        label.push_str(" · ");
        label.push_str(&versions);
    }
    label
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
                score: 600 * wanted as u32,
                snippet,
            });
        }
    }
    found
}
