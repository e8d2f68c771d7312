//! The allocator: the first megabyte of memory a run asks for comes from a bump arena,
//! the rest from the system allocator.
//!
//! A run of the tool is short and allocates a few hundred small blocks (labels, lines,
//! lists of the steps that apply) that live until the answer is written. glibc's
//! `malloc` and `free` spend 150 to 300 instructions on each; here an allocation is an
//! addition and a compare, a block freed or grown at the top of the arena is given back
//! or grown in place, and any other block in the arena is left until the process exits.
//! What does not fit goes to the system allocator, so a large folder of custom guides
//! costs at most the arena's megabyte more than it would have.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

const SIZE: usize = 1 << 20;

/// The arena: zeroed memory in `.bss`, so pages the run never touches cost nothing.
#[repr(C, align(4096))]
struct Memory(UnsafeCell<[u8; SIZE]>);

// SAFETY: every block handed out is a disjoint range, claimed by an atomic update of
// `TOP`, so no two threads ever hold the same bytes.
unsafe impl Sync for Memory {}

static MEMORY: Memory = Memory(UnsafeCell::new([0; SIZE]));

/// The offset of the first free byte of the arena.
static TOP: AtomicUsize = AtomicUsize::new(0);

pub struct Arena;

fn base() -> usize {
    MEMORY.0.get() as usize
}

/// Whether `ptr` was handed out by the arena.
fn owns(ptr: *mut u8) -> bool {
    (ptr as usize).wrapping_sub(base()) < SIZE
}

// SAFETY: blocks come from the arena only when they fit in it whole, aligned as asked,
// and are never handed out twice; all others are the system allocator's, and go back to
// it. A block is given back or grown in place only while it is the top of the arena.
unsafe impl GlobalAlloc for Arena {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let base = base();
        let mut top = TOP.load(Relaxed);
        loop {
            let start = (base + top + layout.align() - 1) & !(layout.align() - 1);
            let end = start - base + layout.size();
            if end > SIZE {
                // SAFETY: the layout is the caller's, passed on unchanged.
                return unsafe { System.alloc(layout) };
            }
            match TOP.compare_exchange_weak(top, end, Relaxed, Relaxed) {
                Ok(_) => return start as *mut u8,
                Err(now) => top = now,
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if owns(ptr) {
            // The top block goes back to the arena; any other stays until the exit.
            let end = ptr as usize - base() + layout.size();
            let _ = TOP.compare_exchange(end, ptr as usize - base(), Relaxed, Relaxed);
        } else {
            // SAFETY: the system allocator handed out `ptr` with this layout.
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !owns(ptr) {
            // SAFETY: the system allocator handed out `ptr` with this layout.
            return unsafe { System.realloc(ptr, layout, new_size) };
        }
        let start = ptr as usize - base();
        let end = start + new_size;
        // The top block grows or shrinks where it is.
        if end <= SIZE
            && TOP
                .compare_exchange(start + layout.size(), end, Relaxed, Relaxed)
                .is_ok()
        {
            return ptr;
        }
        // SAFETY: the new layout differs from the caller's valid one only in size, which
        // the caller guarantees is valid for it.
        let new =
            unsafe { self.alloc(Layout::from_size_align_unchecked(new_size, layout.align())) };
        if !new.is_null() {
            // SAFETY: both blocks are at least the smaller size long, and distinct.
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn blocks_are_aligned_distinct_and_keep_their_bytes() {
        let mut blocks = Vec::new();
        for (i, align) in [1, 8, 16, 64, 4096]
            .into_iter()
            .cycle()
            .take(40)
            .enumerate()
        {
            let l = layout(1 + i * 7, align);
            // SAFETY: a valid layout; the block is written within its size and freed once.
            let p = unsafe { Arena.alloc(l) };
            assert!(!p.is_null());
            assert_eq!(p as usize % align, 0);
            unsafe { p.write_bytes(i as u8, l.size()) };
            blocks.push((p, l, i as u8));
        }
        for &(p, l, byte) in &blocks {
            // SAFETY: each block is `l.size()` long and still allocated.
            let bytes = unsafe { std::slice::from_raw_parts(p, l.size()) };
            assert!(bytes.iter().all(|&b| b == byte), "a block was overwritten");
        }
        for (p, l, _) in blocks.into_iter().rev() {
            unsafe { Arena.dealloc(p, l) };
        }
    }

    #[test]
    fn growing_keeps_the_bytes_in_and_out_of_the_arena() {
        let l = layout(16, 8);
        // SAFETY: valid layouts and sizes; each block is freed once with its layout.
        unsafe {
            let p = Arena.alloc(l);
            p.copy_from_nonoverlapping(b"0123456789abcdef".as_ptr(), 16);
            let q = Arena.realloc(p, l, 64);
            assert_eq!(std::slice::from_raw_parts(q, 16), b"0123456789abcdef");
            // Past the arena's size: the system allocator's block, with the same bytes.
            let r = Arena.realloc(q, layout(64, 8), SIZE + 1);
            assert!(!owns(r));
            assert_eq!(std::slice::from_raw_parts(r, 16), b"0123456789abcdef");
            Arena.dealloc(r, layout(SIZE + 1, 8));
        }
    }

    #[test]
    fn what_does_not_fit_comes_from_the_system() {
        let l = layout(SIZE + 1, 8);
        // SAFETY: a valid layout, freed once.
        unsafe {
            let p = Arena.alloc(l);
            assert!(!p.is_null() && !owns(p));
            Arena.dealloc(p, l);
        }
    }
}
