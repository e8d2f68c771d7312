//! The search query path: any query ranks, marks and cuts snippets without panicking.
#![no_main]

use imsg_guide::search::{search, snippet, Matcher};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (query, text) = input;
    let matcher = Matcher::new(query);
    let hits = search(&matcher, |_| true);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
    let marks = matcher.words(text);
    for &(start, end) in &marks {
        assert!(start < end && text.is_char_boundary(start) && text.is_char_boundary(end));
    }
    let _ = snippet(text, &marks, 80);
});
