//! Memory that comes back: the allocator is told to give large blocks straight back to the system, and to hand
//! back what it holds free every few seconds.
//!
//! Each Argon2id computation allocates one 19 MiB block on a blocking thread. glibc's allocator normally raises
//! its "map large blocks separately" threshold after the first such block is freed, so later ones are carved out
//! of per-thread arenas and kept there: after a sign-in flood the server held about 200 MiB it no longer used.
//! Fixing the threshold (and bounding the number of arenas) keeps every hash's block separately mapped, so it
//! is returned to the system the moment the hash is done.

/// Sets the allocator's policy; call once at start-up, before threads are spawned.
pub fn return_large_blocks() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // From glibc's <malloc.h>.
        const M_MMAP_THRESHOLD: i32 = -3;
        const M_ARENA_MAX: i32 = -8;
        extern "C" {
            fn mallopt(param: i32, value: i32) -> i32;
        }
        // SAFETY: mallopt only changes the allocator's tuning parameters; it is called before other threads run.
        unsafe {
            mallopt(M_MMAP_THRESHOLD, 256 * 1024);
            mallopt(M_ARENA_MAX, 2);
        }
    }
}

/// How often free memory is handed back.
pub const TRIM_INTERVAL: std::time::Duration = std::time::Duration::from_secs(5);

/// Hands the allocator's free memory back every [`TRIM_INTERVAL`] for as long as the server runs. Pages drawn
/// and sign-ins handled under load leave free blocks scattered through the heaps, which glibc keeps for reuse;
/// after `make bench`'s sign-in flood the trim hands back about 1.4 MiB of whole free pages among them (the
/// rest of what the server grew by is in use). The trim runs on a blocking thread, never on a request's.
pub fn spawn_trimmer() -> tokio::task::JoinHandle<()> {
    tokio::spawn(async {
        let mut ticker = tokio::time::interval(TRIM_INTERVAL);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            // A trim that cannot run (the runtime is shutting down) is simply skipped.
            let _ = tokio::task::spawn_blocking(trim).await;
        }
    })
}

/// Hands free memory in the allocator's heaps (whole free pages anywhere in them, and the free top) back to
/// the system.
pub fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: malloc_trim only releases memory the allocator holds free.
        unsafe {
            malloc_trim(0);
        }
    }
}
