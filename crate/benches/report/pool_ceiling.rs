//! The machine's ceiling for the thread-pool speedup: the same 8 PBKDF2 jobs as the
//! `pbkdf2_pool` workload (HMAC-SHA256, 100 000 iterations, 32 bytes) on k plain threads, with
//! no runtime, no event loop and no JavaScript. The pool's speedup is judged against this: on a
//! 2-core VM, two threads never give quite 2×, and this row says how close the hardware gets.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

const JOBS: usize = 8;
const ITERATIONS: u32 = 100_000;

/// Wall milliseconds for the 8 jobs on `threads` threads, taken first-in first-out from a shared
/// counter (as libuv's queue hands them out); threads are started inside the timed region, like
/// the runtime's pool, which starts on first use.
pub fn time_ms(threads: usize) -> f64 {
    let next = AtomicUsize::new(0);
    let t0 = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let job = next.fetch_add(1, Ordering::Relaxed);
                if job >= JOBS {
                    break;
                }
                let mut key = [0u8; 32];
                pbkdf2::pbkdf2_hmac::<sha2::Sha256>(b"password", format!("salt{job}").as_bytes(), ITERATIONS, &mut key);
                std::hint::black_box(key);
            });
        }
    });
    t0.elapsed().as_secs_f64() * 1000.0
}
