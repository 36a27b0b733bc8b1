//! Splitting large jobs across threads: reading and parsing big folders, and
//! scanning big corpora.

/// The number of threads worth using here: the cores available (1 when the
/// count cannot be read).
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// Runs `f` on `items` split into one chunk per thread, when there are at
/// least `min` items and `threads` is above one; otherwise on all of them
/// here. The results come back in the order of the chunks.
pub fn map_chunks<T: Send, R: Send>(
    items: Vec<T>,
    min: usize,
    threads: usize,
    f: impl Fn(Vec<T>) -> R + Sync,
) -> Vec<R> {
    if items.len() < min || threads < 2 {
        return vec![f(items)];
    }
    let size = items.len().div_ceil(threads);
    let mut chunks = Vec::with_capacity(threads);
    let mut items = items.into_iter().peekable();
    while items.peek().is_some() {
        chunks.push(items.by_ref().take(size).collect::<Vec<T>>());
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks.into_iter().map(|chunk| scope.spawn(move || f(chunk))).collect();
        // A worker that panicked hit a bug: let it surface, as it would here.
        handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

/// Runs `here` on this thread and `there` on another, at once, when
/// `threads` is above one; else one after the other. Both results come back.
pub fn join<A, B: Send>(threads: usize, here: impl FnOnce() -> A, there: impl FnOnce() -> B + Send) -> (A, B) {
    if threads < 2 {
        let a = here();
        return (a, there());
    }
    std::thread::scope(|scope| {
        let handle = scope.spawn(there);
        let a = here();
        // A worker that panicked hit a bug: let it surface, as it would here.
        (a, handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    })
}

#[cfg(test)]
mod tests {
    use super::map_chunks;

    #[test]
    fn join_runs_both_on_two_threads_or_here_on_one() {
        let here = std::thread::current().id();
        for threads in [1, 2] {
            let (a, b) = super::join(threads, || (1, std::thread::current().id()), || std::thread::current().id());
            assert_eq!(a, (1, here));
            assert_eq!(b == here, threads == 1, "{threads} threads");
        }
    }

    #[test]
    fn keeps_order_and_every_item_on_any_number_of_threads() {
        let items: Vec<u32> = (0..10_000).collect();
        for threads in [1, 2, 3, 7] {
            let chunks = map_chunks(items.clone(), 100, threads, |chunk| chunk);
            assert_eq!(chunks.len(), threads, "{threads} threads");
            assert_eq!(chunks.into_iter().flatten().collect::<Vec<_>>(), items);
        }
        assert_eq!(map_chunks(vec![1, 2], 100, 4, |c| c.len()), [2]);
    }

    #[test]
    fn each_chunk_runs_on_its_own_thread() {
        let here = std::thread::current().id();
        let ids = map_chunks((0..100).collect::<Vec<u32>>(), 10, 2, |_| std::thread::current().id());
        assert_eq!(ids.len(), 2);
        assert!(ids.iter().all(|id| *id != here) && ids[0] != ids[1]);
    }
}
