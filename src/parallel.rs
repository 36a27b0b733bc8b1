//! Splitting large jobs across threads: reading and parsing big folders, and
//! scanning big corpora.

/// The number of threads worth using here: the cores available (1 when the
/// count cannot be read), read once a process. (The standard library reads
/// the process's cgroup files each time it is asked: nine system calls,
/// which a warm search made a second time after stamping every file.)
pub fn threads() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get))
}

/// Spawns each of `work` on a thread of its own in `scope`, and returns
/// their handles once every one has started. A new thread can be put
/// beside its spawner, on a core that is busy, and wait there for
/// milliseconds while another core idles (on this machine one or two of a
/// first command's nine threads started 1–3.8 ms late in seven runs of
/// eight; ARCHITECTURE.md). So the spawner and its threads meet, as at a
/// barrier: the spawner, waiting for them, lets a thread put beside it
/// run at once; once all have come they are let go together, and threads
/// woken tend to be put on cores that are free. (Threads that only said
/// they had started, without waiting to be let go, gained nothing; and
/// every thread that comes wakes every one waiting, the spawner and the
/// threads before it, which on two cores was faster than waking the
/// spawner alone: both tried.) No thread starts `f` before `work` has
/// given every item, so an item must not wait for an earlier one's thread.
pub fn spawn_each<'scope, T, F>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    work: impl IntoIterator<Item = F>,
) -> Vec<std::thread::ScopedJoinHandle<'scope, T>>
where
    T: Send + 'scope,
    F: FnOnce() -> T + Send + 'scope,
{
    let meeting = Meeting::default();
    // Lets the threads go however this ends: while it waits for none (a
    // thread that could not be spawned, a panic here), it waits for
    // nothing, and the threads spawned are not left waiting.
    let mut open = Opens(&meeting, 0);
    let handles: Vec<_> = work.into_iter().map(|f| meeting.spawn(scope, f)).collect();
    open.1 = handles.len();
    drop(open);
    handles
}

/// [`spawn_each`] of one thread.
pub fn spawn<'scope, T: Send + 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    f: impl FnOnce() -> T + Send + 'scope,
) -> std::thread::ScopedJoinHandle<'scope, T> {
    let meeting = Meeting::default();
    let mut open = Opens(&meeting, 0);
    let handle = meeting.spawn(scope, f);
    open.1 = 1;
    drop(open);
    handle
}

/// Where a spawner and the threads it spawned meet ([`spawn_each`]): how
/// many threads have come, and whether the spawner has let them go. Only
/// those are held under its lock: no thread panics holding it.
#[derive(Default, Clone)]
struct Meeting(std::sync::Arc<(std::sync::Mutex<(usize, bool)>, std::sync::Condvar)>);

impl Meeting {
    fn lock(&self) -> std::sync::MutexGuard<'_, (usize, bool)> {
        self.0.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn wait<'a>(&self, held: std::sync::MutexGuard<'a, (usize, bool)>) -> std::sync::MutexGuard<'a, (usize, bool)> {
        self.0.1.wait(held).unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Spawns `f` on a thread of `scope` that comes to the meeting first
    /// and waits there until the spawner lets it go.
    fn spawn<'scope, T: Send + 'scope>(
        &self,
        scope: &'scope std::thread::Scope<'scope, '_>,
        f: impl FnOnce() -> T + Send + 'scope,
    ) -> std::thread::ScopedJoinHandle<'scope, T> {
        let meeting = self.clone();
        scope.spawn(move || {
            let mut held = meeting.lock();
            held.0 += 1;
            meeting.0.1.notify_all();
            while !held.1 {
                held = meeting.wait(held);
            }
            drop(held);
            drop(meeting);
            f()
        })
    }
}

/// The spawner at a meeting, once dropped: it waits until the `.1`
/// threads it spawned have come, then lets them all go.
struct Opens<'m>(&'m Meeting, usize);

impl Drop for Opens<'_> {
    fn drop(&mut self) {
        let mut held = self.0.lock();
        while held.0 < self.1 {
            held = self.0.wait(held);
        }
        held.1 = true;
        self.0.0.1.notify_all();
    }
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
        let handles = spawn_each(scope, chunks.into_iter().map(|chunk| move || f(chunk)));
        // A worker that panicked hit a bug: let it surface, as it would here.
        handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

/// Runs `f` on each of `items`, handed out one at a time to `threads`
/// threads (this one and the ones it spawns) as each is free for the next,
/// when there are two items or more; otherwise here. The results come back
/// in the order of the items. For work whose items cost unequal shares
/// (`map_chunks` gives each thread the same number of items: one that
/// drew the dearer ones ran on alone, a warm search's last 7 ms of 38 on
/// two cores).
pub fn map_each<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if items.len() < 2 || threads < 2 {
        return items.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(item) = items.get(i) else { return done };
            done.push((i, f(item)));
        }
    };
    let mut done = std::thread::scope(|scope| {
        let handles = spawn_each(scope, (1..threads.min(items.len())).map(|_| work));
        let mut done = work();
        for handle in handles {
            // A worker that panicked hit a bug: let it surface, as it would here.
            done.extend(handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        done
    });
    done.sort_unstable_by_key(|&(i, _)| i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Runs `here` on this thread and `there` on another, at once, when
/// `threads` is above one; else one after the other. Both results come back.
pub fn join<A, B: Send>(threads: usize, here: impl FnOnce() -> A, there: impl FnOnce() -> B + Send) -> (A, B) {
    if threads < 2 {
        let a = here();
        return (a, there());
    }
    std::thread::scope(|scope| {
        let handle = spawn(scope, there);
        let a = here();
        // A worker that panicked hit a bug: let it surface, as it would here.
        (a, handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
    })
}

/// Work handed out as it is made: one thread pushes it in batches, and
/// every thread that works takes the next batch in turn ([`Feed::next`])
/// until the feed is closed and none is left. (`map_chunks` splits work
/// that is all there before any thread starts.)
#[derive(Debug)]
pub struct Feed<T> {
    /// The batches not yet taken, and whether the feed is closed.
    queue: std::sync::Mutex<(std::collections::VecDeque<T>, bool)>,
    /// Signalled at each batch pushed, and when the feed is closed.
    ready: std::sync::Condvar,
}

impl<T> Default for Feed<T> {
    fn default() -> Self {
        Feed {
            queue: std::sync::Mutex::new((std::collections::VecDeque::new(), false)),
            ready: std::sync::Condvar::new(),
        }
    }
}

impl<T> Feed<T> {
    fn lock(&self) -> std::sync::MutexGuard<'_, (std::collections::VecDeque<T>, bool)> {
        // The queue is whole whatever a thread that panicked did: it only pushes and pops.
        self.queue.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Hands out one more batch.
    pub fn push(&self, batch: T) {
        self.lock().0.push_back(batch);
        self.ready.notify_one();
    }

    /// Says no batch will follow: threads stop taking once none is left.
    pub fn close(&self) {
        self.lock().1 = true;
        self.ready.notify_all();
    }

    /// A guard that closes the feed when dropped, whatever happens before
    /// (a panic included): threads waiting for a batch would wait for good.
    #[must_use = "dropped at once, the guard closes the feed at once"]
    pub fn closes(&self) -> Closes<'_, T> {
        Closes(self)
    }

    /// The next batch, waiting for one while the feed is open.
    pub fn next(&self) -> Option<T> {
        let mut queue = self.lock();
        loop {
            if let Some(batch) = queue.0.pop_front() {
                return Some(batch);
            }
            if queue.1 {
                return None;
            }
            queue = self.ready.wait(queue).unwrap_or_else(std::sync::PoisonError::into_inner);
        }
    }
}

/// Closes a [`Feed`] when dropped ([`Feed::closes`]).
#[derive(Debug)]
pub struct Closes<'f, T>(&'f Feed<T>);

impl<T> Drop for Closes<'_, T> {
    fn drop(&mut self) {
        self.0.close();
    }
}

#[cfg(test)]
mod tests {
    use super::{Feed, map_chunks};

    #[test]
    fn join_runs_both_on_two_threads_or_here_on_one() {
        let here = std::thread::current().id();
        for threads in [1, 2] {
            let (a, b) = super::join(threads, || (1, std::thread::current().id()), || std::thread::current().id());
            assert_eq!(a, (1, here));
            assert_eq!(b == here, threads == 1, "{threads} threads");
        }
    }

    /// `spawn` and `spawn_each` return once their threads have started,
    /// not once they are done: each thread here waits for what is sent to
    /// it after the call returns (a call that waited for the ends would
    /// leave them waiting until their timeout, and the sends after it would
    /// find them gone), and the handles give each thread's answer in the
    /// order of the work. No work, no thread.
    #[test]
    fn spawned_threads_run_on_after_the_call_and_join_in_order() {
        use std::sync::mpsc;
        use std::time::Duration;
        let wait = |receive: mpsc::Receiver<u32>| move || receive.recv_timeout(Duration::from_secs(10)).ok();
        std::thread::scope(|scope| {
            let (send, receive) = mpsc::channel();
            let handle = super::spawn(scope, wait(receive));
            send.send(7).expect("the thread is there to receive");
            assert_eq!(handle.join().expect("the thread ends"), Some(7));

            let (sends, receives): (Vec<_>, Vec<_>) = (0..3).map(|_| mpsc::channel()).unzip();
            let handles = super::spawn_each(scope, receives.into_iter().map(wait));
            assert_eq!(handles.len(), 3);
            for (n, send) in (10..).zip(sends.iter().rev()) {
                send.send(n).expect("the thread is there to receive");
            }
            let answers: Vec<_> = handles.into_iter().map(|h| h.join().expect("the thread ends")).collect();
            assert_eq!(answers, [Some(12), Some(11), Some(10)]);

            let none = super::spawn_each(scope, std::iter::empty::<fn() -> u32>());
            assert!(none.is_empty());
        });
    }

    /// Work that panics after two threads were spawned: the panic comes
    /// out, and the two threads, let go, end (left waiting to be let go,
    /// the scope would wait for them for good: the run happens on a thread
    /// of its own, and the test gives up after ten seconds).
    #[test]
    fn a_panic_while_spawning_leaves_no_thread_waiting() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::time::Duration;
        let (send, done) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let ran = AtomicUsize::new(0);
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                std::thread::scope(|scope| {
                    let ran = &ran;
                    let work = (0..3).map(|n| {
                        assert!(n < 2, "no third thread");
                        move || ran.fetch_add(1, Ordering::SeqCst)
                    });
                    super::spawn_each(scope, work);
                });
            }));
            let _ = send.send((outcome.is_err(), ran.load(Ordering::SeqCst)));
        });
        let (panicked, ran) = done.recv_timeout(Duration::from_secs(10)).expect("the threads were let go");
        assert!(panicked);
        assert_eq!(ran, 2);
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

    /// Threads that ask before anything is pushed wait for it; every batch
    /// pushed is taken once, by whichever thread comes first; and the
    /// threads stop once the feed is closed and empty. (Taken on threads
    /// of their own, not scoped: a feed that never wakes them fails the
    /// test after a while, instead of hanging it.)
    #[test]
    fn a_feed_hands_every_batch_out_once_then_ends() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::{Arc, mpsc};
        use std::time::Duration;
        let feed = Arc::new(Feed::<Vec<u32>>::default());
        let asking = Arc::new(AtomicUsize::new(0));
        let (send, taken) = mpsc::channel();
        for _ in 0..3 {
            let (feed, asking, send) = (Arc::clone(&feed), Arc::clone(&asking), send.clone());
            std::thread::spawn(move || {
                asking.fetch_add(1, Ordering::SeqCst);
                let mut mine = Vec::new();
                while let Some(batch) = feed.next() {
                    mine.extend(batch);
                }
                send.send(mine).expect("the test waits");
            });
        }
        // Every taker has asked (and, a moment later, waits) before the first push.
        while asking.load(Ordering::SeqCst) < 3 {
            std::thread::yield_now();
        }
        std::thread::sleep(Duration::from_millis(20));
        let closes = feed.closes();
        for start in (0..1_000u32).step_by(10) {
            feed.push((start..start + 10).collect());
        }
        // Closed once they are all taken, and the takers wait again.
        std::thread::sleep(Duration::from_millis(20));
        drop(closes);
        let mut all: Vec<u32> = (0..3)
            .flat_map(|_| {
                taken.recv_timeout(Duration::from_secs(10)).expect("every taker ends once the feed is closed")
            })
            .collect();
        all.sort_unstable();
        assert_eq!(all, (0..1_000).collect::<Vec<_>>());
        // Closed and empty: no thread waits.
        assert!(feed.next().is_none());
    }

    /// Every item is mapped once, the results in the items' order, on any
    /// number of threads; on two, while the first item is at work (it waits
    /// for it), the other thread takes the next ones: no thread is given a
    /// share of the items before it starts.
    #[test]
    fn map_each_keeps_order_and_hands_items_out_as_threads_are_free() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::time::{Duration, Instant};
        let items: Vec<u32> = (0..500).collect();
        for threads in [1, 2, 3, 7] {
            let squares = super::map_each(&items, threads, |&n| n * n);
            assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>(), "{threads} threads");
        }
        assert_eq!(super::map_each(&[] as &[u32], 2, |&n| n), Vec::<u32>::new());
        let started = AtomicUsize::new(0);
        let ids = super::map_each(&items, 2, |&n| {
            started.fetch_add(1, Ordering::SeqCst);
            if n == 0 {
                let since = Instant::now();
                while started.load(Ordering::SeqCst) < items.len() && since.elapsed() < Duration::from_secs(10) {
                    std::thread::yield_now();
                }
            }
            std::thread::current().id()
        });
        // The other thread took every item but the first.
        assert!(ids[1..].iter().all(|id| *id != ids[0]), "the first item's thread took more");
    }

    #[test]
    fn each_chunk_runs_on_its_own_thread() {
        let here = std::thread::current().id();
        let ids = map_chunks((0..100).collect::<Vec<u32>>(), 10, 2, |_| std::thread::current().id());
        assert_eq!(ids.len(), 2);
        assert!(ids.iter().all(|id| *id != here) && ids[0] != ids[1]);
    }
}
