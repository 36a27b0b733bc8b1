//! Splitting large jobs across the cores: loading big folders and scanning big corpora.

/// Runs `f` on `items` split into one chunk per core, in order, when there are
/// at least `min` items and more than one core; otherwise on all of them here.
/// The results come back in the order of the chunks.
pub fn map_chunks<T: Send, R: Send>(items: Vec<T>, min: usize, f: impl Fn(Vec<T>) -> R + Sync) -> Vec<R> {
    // Asking for the core count reads cgroup files: only ask when it can matter.
    let threads =
        if items.len() < min { 1 } else { std::thread::available_parallelism().map_or(1, std::num::NonZero::get) };
    if threads < 2 {
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

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order_and_every_item() {
        let items: Vec<u32> = (0..10_000).collect();
        let sums = super::map_chunks(items.clone(), 100, |chunk| chunk);
        assert_eq!(sums.into_iter().flatten().collect::<Vec<_>>(), items);
        assert_eq!(super::map_chunks(vec![1, 2], 100, |c| c.len()), [2]);
    }
}
