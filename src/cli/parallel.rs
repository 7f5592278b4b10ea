//! Work on every core with the results in input order: `Ordered` hands items to worker
//! threads (std scoped threads) and gives their results back, one at a time, in the order the
//! items came. At most `window` items are in flight (queued, being worked on, or done and
//! waiting for an earlier one), so memory stays flat whatever the length of the input.
//!
//! With one thread the work runs inline, in the caller's thread: the same results in the
//! same order, which is what the tests compare the parallel run against.

use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, SyncSender, channel, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::Scope;

/// The `--jobs` option of the commands that extract.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct Jobs {
    /// Articles extracted at once, each on its own thread (default: one per core). The output
    /// and the database are the same whatever the number.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
}

impl Jobs {
    /// How many threads to use: `--jobs`, or one per core.
    pub fn threads(self) -> usize {
        self.jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            usize::from,
        )
    }
}

/// An ordered parallel map (see the module doc).
pub struct Ordered<'w, I, O, F> {
    work: &'w F,
    /// `None` with one thread (work inline), or after `finish`.
    jobs: Option<SyncSender<(u64, I)>>,
    results: Option<Receiver<(u64, O)>>,
    /// Results that came back before an earlier item's.
    waiting: BTreeMap<u64, O>,
    sent: u64,
    delivered: u64,
    window: u64,
}

impl<'w, I, O, F> Ordered<'w, I, O, F>
where
    I: Send + 'w,
    O: Send + 'w,
    F: Fn(I) -> O + Sync,
{
    /// Starts `threads` workers running `work` in `scope` (none when `threads` is 1).
    pub fn start<'s>(scope: &'s Scope<'s, 'w>, threads: usize, work: &'w F) -> Self {
        let window = (threads * 4) as u64;
        let mut ordered = Ordered {
            work,
            jobs: None,
            results: None,
            waiting: BTreeMap::new(),
            sent: 0,
            delivered: 0,
            window,
        };
        if threads <= 1 {
            return ordered;
        }
        let (job_tx, job_rx) = sync_channel::<(u64, I)>(window as usize);
        let (result_tx, result_rx) = channel();
        let job_rx = Arc::new(Mutex::new(job_rx));
        for _ in 0..threads {
            let (jobs, results) = (Arc::clone(&job_rx), result_tx.clone());
            scope.spawn(move || {
                loop {
                    // The lock is held only while waiting for the next item, not while working.
                    let next = match jobs.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((n, item)) = next else { return };
                    if results.send((n, work(item))).is_err() {
                        return;
                    }
                }
            });
        }
        ordered.jobs = Some(job_tx);
        ordered.results = Some(result_rx);
        ordered
    }

    /// Queues `item`; `sink` gets every result that is due, in input order. Blocks while the
    /// window is full.
    pub fn push(&mut self, item: I, sink: &mut dyn FnMut(O)) {
        let Some(jobs) = &self.jobs else {
            return sink((self.work)(item));
        };
        let jobs = jobs.clone();
        while self.sent - self.delivered >= self.window {
            if !self.receive(sink) {
                return;
            }
        }
        if jobs.send((self.sent, item)).is_err() {
            return;
        }
        self.sent += 1;
        if let Some(results) = &self.results {
            while let Ok((n, out)) = results.try_recv() {
                self.waiting.insert(n, out);
            }
        }
        self.deliver(sink);
    }

    /// Waits for every item queued so far and gives `sink` their results, in order.
    pub fn drain(&mut self, sink: &mut dyn FnMut(O)) {
        while self.delivered < self.sent {
            if !self.receive(sink) {
                return;
            }
        }
    }

    /// `drain`, then the workers end.
    pub fn finish(mut self, sink: &mut dyn FnMut(O)) {
        self.jobs = None;
        self.drain(sink);
    }

    /// Waits for one result, then delivers what is due; false when no worker is left.
    fn receive(&mut self, sink: &mut dyn FnMut(O)) -> bool {
        let Some(Ok((n, out))) = self.results.as_ref().map(Receiver::recv) else {
            return false;
        };
        self.waiting.insert(n, out);
        self.deliver(sink);
        true
    }

    fn deliver(&mut self, sink: &mut dyn FnMut(O)) {
        while let Some(out) = self.waiting.remove(&self.delivered) {
            self.delivered += 1;
            sink(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(threads: usize, items: u64) -> Vec<u64> {
        // Uneven work, so that results come back out of order.
        let work = |n: u64| {
            std::thread::sleep(std::time::Duration::from_micros((n * 7919) % 300));
            n * n
        };
        let mut got = Vec::new();
        std::thread::scope(|scope| {
            let mut ordered = Ordered::start(scope, threads, &work);
            for n in 0..items {
                ordered.push(n, &mut |o| got.push(o));
                assert!(
                    ordered.waiting.len() as u64 <= ordered.window,
                    "window kept"
                );
            }
            ordered.finish(&mut |o| got.push(o));
        });
        got
    }

    #[test]
    fn results_come_back_in_input_order_whatever_the_threads() {
        let want: Vec<u64> = (0..200).map(|n| n * n).collect();
        assert_eq!(run(1, 200), want);
        assert_eq!(run(3, 200), want);
        assert_eq!(run(8, 200), want);
    }

    #[test]
    fn no_items_no_results() {
        assert!(run(4, 0).is_empty());
    }
}
