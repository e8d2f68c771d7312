//! Guide files as `validate` and `--guides-dir` read them: any bytes give a guide or
//! problems with positions inside the file, never a panic.
#![no_main]

use imsg_guide::validate::{check_text, FACT_IDS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(problems) = check_text("fuzz.json", text, FACT_IDS) {
        let lines = text.split('\n').count();
        for p in problems {
            assert!(p.line >= 1 && p.line <= lines.max(1), "{p}");
            assert!(p.column >= 1, "{p}");
            assert!(!p.message.contains('\n'), "{p}");
        }
    }
});
