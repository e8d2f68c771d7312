//! Scanning bytes sixteen at a time with SSE2, which every x86-64 processor has (through
//! `safe_arch`: the library forbids `unsafe`). Most texts scanned are a line or two long,
//! where a general search's set-up costs more than the search; this has none. The JSON
//! writer finds the bytes a string must escape with it, and terms find their `{`.

/// The offset of the first byte of `hay` that `hits` marks: given a block of sixteen
/// bytes, it returns a bit for each (the first lowest) that counts. Blocks are read from
/// the start; the last few bytes as one more block, read again from the end, or put
/// together from two overlapping halves and `filler`, a byte that `hits` never marks.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub fn first(hay: &[u8], filler: u8, hits: impl Fn(safe_arch::m128i) -> u32) -> Option<usize> {
    use safe_arch::{load_unaligned_m128i, m128i};
    let block = |b: &[u8]| load_unaligned_m128i(b.try_into().unwrap_or(&[0; 16]));
    let halves = |lo: u64, hi: u64| m128i::from([lo, hi]);
    let fill = ONES * u64::from(filler);
    let mut i = 0;
    while let Some(b) = hay.get(i..i + 16) {
        let found = hits(block(b));
        if found != 0 {
            return Some(i + found.trailing_zeros() as usize);
        }
        i += 16;
    }
    let tail = hay.len() - i;
    let at = match tail {
        0 => return None,
        // The last sixteen bytes: those before the tail are known not to count.
        _ if hay.len() >= 16 => {
            let found = hits(block(&hay[hay.len() - 16..])) >> (16 - tail);
            found.trailing_zeros() as usize
        }
        // Eight to fifteen bytes: the first eight and the last eight, overlapping.
        8.. => {
            let found = hits(halves(read_u64(&hay[..8]), read_u64(&hay[tail - 8..])));
            match found & 0xFF {
                0 => (found >> 8).trailing_zeros() as usize + tail - 8,
                first => first.trailing_zeros() as usize,
            }
        }
        // Four to seven: the same in halves of four, the rest of the block filler.
        4.. => {
            let word = read_u32(hay) | read_u32(&hay[tail - 4..]) << 32;
            let found = hits(halves(word, fill));
            match found & 0xF {
                0 => ((found >> 4) & 0xF).trailing_zeros() as usize + tail - 4,
                first => first.trailing_zeros() as usize,
            }
        }
        _ => {
            let word = hay.iter().rev().fold(fill, |w, &b| w << 8 | u64::from(b));
            hits(halves(word, fill)).trailing_zeros() as usize
        }
    };
    (at < tail).then_some(i + at)
}

/// The offset of the first `byte` in `hay`.
#[cfg(target_arch = "x86_64")]
#[inline]
pub fn find(byte: u8, hay: &[u8]) -> Option<usize> {
    use safe_arch::{cmp_eq_mask_i8_m128i, move_mask_i8_m128i, set_splat_i8_m128i};
    // The cast keeps the bits: lanes are signed in the names, not in the comparison.
    let needle = set_splat_i8_m128i(byte as i8);
    first(hay, byte ^ 1, |v| {
        move_mask_i8_m128i(cmp_eq_mask_i8_m128i(v, needle)) as u32
    })
}

#[cfg(not(target_arch = "x86_64"))]
pub fn find(byte: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == byte)
}

/// A byte in each of the eight bytes of a word.
pub const ONES: u64 = 0x0101_0101_0101_0101;

/// The first eight bytes as a little-endian word.
pub fn read_u64(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes[..8].try_into().unwrap_or([0; 8]))
}

/// The first four bytes as a little-endian word.
pub fn read_u32(bytes: &[u8]) -> u64 {
    u64::from(u32::from_le_bytes(bytes[..4].try_into().unwrap_or([0; 4])))
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn finds_the_first_match_at_every_offset() {
        for len in 0..=40 {
            for at in (0..len).map(Some).chain([None]) {
                let mut hay = vec![b'a'; len];
                if let Some(at) = at {
                    hay[at] = b'{';
                    // A later match does not hide the first.
                    hay[len - 1] = b'{';
                }
                assert_eq!(find(b'{', &hay), at, "{hay:?}");
            }
        }
    }
}
