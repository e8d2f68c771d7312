//! Version parsing: never panics, and what it accepts prints back as an equal version.
#![no_main]

use imsg_guide::version::Version;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(v) = text.parse::<Version>() {
        let again: Version = v.to_string().parse().expect("a printed version parses");
        assert_eq!(v, again);
    }
});
