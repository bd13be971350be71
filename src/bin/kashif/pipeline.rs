//! The parallel pipeline of `kashif extract`: every core, output in input
//! order, bounded memory.
//!
//! A reader thread cuts the input into jobs (batches of whole JSON lines,
//! or whole files), `threads` workers turn jobs into results, and the
//! calling thread writes the results in the order the jobs were read.
//!
//! * **Bounded memory.** A job needs a permit before it is read, and the
//!   writer hands the permit back once that job is written, so at most
//!   [`IN_FLIGHT_PER_THREAD`] × `threads` jobs (each about [`BATCH_BYTES`]
//!   of input, plus its output) exist at any time, however large the input
//!   and however slow one job is.
//! * **One worker state per thread.** Each worker builds its own state
//!   (for `kashif`, its own `Extractor`): the tagger's word memo sits behind
//!   a lock that would otherwise serialise the workers. The memo is a
//!   cache, so which texts a worker saw before changes nothing in its
//!   output, and the output is byte-identical whatever the thread count
//!   (`tests/cli.rs` pins that).
//! * **Errors.** A reader error (a file that cannot be opened) stops the
//!   reading; everything read before it is still written, then the error
//!   is returned. A writer error (a closed pipe) stops everything; a
//!   reader waiting on a silent stdin notices at its next line (or EOF).

use anyhow::{anyhow, Result};
use std::collections::BTreeMap;
use std::io::BufRead;
use std::sync::{mpsc, Mutex, PoisonError};
use std::thread;

/// Input bytes per batch of JSON lines (a batch always holds whole lines,
/// so a longer line makes a longer batch).
pub const BATCH_BYTES: usize = 64 * 1024;

/// Jobs in flight (queued, being processed or waiting to be written) per
/// worker thread.
pub const IN_FLIGHT_PER_THREAD: usize = 4;

/// Runs `work` over `jobs` on `threads` worker threads, each with its own
/// state from `make_worker`, and passes the results to `write` in the
/// order of `jobs`.
pub fn run_ordered<J, R, W>(
    threads: usize,
    jobs: impl Iterator<Item = Result<J>> + Send,
    make_worker: impl Fn() -> Result<W> + Sync,
    work: impl Fn(&mut W, J) -> R + Sync,
    write: impl FnMut(R) -> Result<()>,
) -> Result<()>
where
    J: Send,
    R: Send,
{
    let threads = threads.max(1);
    let permits = threads * IN_FLIGHT_PER_THREAD;
    let (permit_tx, permit_rx) = mpsc::sync_channel::<()>(permits);
    for _ in 0..permits {
        // Cannot fail: the receiver is alive and the channel has room.
        let _ = permit_tx.send(());
    }
    let (job_tx, job_rx) = mpsc::channel::<(usize, J)>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, R)>();
    thread::scope(|s| {
        let reader = s.spawn(move || read(jobs, &permit_rx, &job_tx));
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let done_tx = done_tx.clone();
                let (job_rx, make_worker, work) = (&job_rx, &make_worker, &work);
                s.spawn(move || -> Result<()> {
                    let mut state = make_worker()?;
                    loop {
                        let next = job_rx.lock().unwrap_or_else(PoisonError::into_inner).recv();
                        // The reader is done (or gone): so is this worker.
                        let Ok((seq, job)) = next else {
                            return Ok(());
                        };
                        if done_tx.send((seq, work(&mut state, job))).is_err() {
                            return Ok(()); // the writer stopped
                        }
                    }
                })
            })
            .collect();
        drop(done_tx);
        let written = write_in_order(done_rx, permit_tx, write);
        let read = join(reader);
        let worked = workers.into_iter().map(join).collect::<Result<Vec<()>>>();
        written.and(worked).and(read)
    })
}

/// The reader: one permit per job, stops at the first error.
fn read<J>(
    mut jobs: impl Iterator<Item = Result<J>>,
    permits: &mpsc::Receiver<()>,
    out: &mpsc::Sender<(usize, J)>,
) -> Result<()> {
    for seq in 0.. {
        if permits.recv().is_err() {
            return Ok(()); // the writer stopped
        }
        let Some(job) = jobs.next() else {
            return Ok(());
        };
        if out.send((seq, job?)).is_err() {
            return Ok(()); // every worker stopped
        }
    }
    Ok(())
}

/// The writer: puts results back in order, returns a permit per job
/// written. Returning drops `permits`, which stops the reader.
fn write_in_order<R>(
    done: mpsc::Receiver<(usize, R)>,
    permits: mpsc::SyncSender<()>,
    mut write: impl FnMut(R) -> Result<()>,
) -> Result<()> {
    let mut pending = BTreeMap::new();
    let mut next = 0usize;
    for (seq, result) in done {
        pending.insert(seq, result);
        while let Some(result) = pending.remove(&next) {
            write(result)?;
            next += 1;
            let _ = permits.send(());
        }
    }
    Ok(())
}

fn join(handle: thread::ScopedJoinHandle<'_, Result<()>>) -> Result<()> {
    handle
        .join()
        .unwrap_or_else(|_| Err(anyhow!("a worker thread panicked")))
}

/// A batch of whole lines of one input (cut into lines by
/// [`kashif::jsonl::lines`]).
pub struct Lines {
    /// The number (1-based, within its input) of the first line.
    pub first: usize,
    /// The lines, each with its line break (the last one may lack it).
    pub bytes: Vec<u8>,
}

/// The lines of `inputs`, opened one after the other by `open`, in
/// batches of about [`BATCH_BYTES`]; a batch never spans two inputs.
pub fn line_batches<P, B: BufRead>(
    inputs: impl IntoIterator<Item = P>,
    open: impl Fn(P) -> Result<B>,
) -> impl Iterator<Item = Result<Lines>> {
    let mut inputs = inputs.into_iter();
    let mut current: Option<(B, usize)> = None;
    std::iter::from_fn(move || loop {
        if current.is_none() {
            match open(inputs.next()?) {
                Ok(r) => current = Some((r, 1)),
                Err(e) => return Some(Err(e)),
            }
        }
        let (reader, line) = current.as_mut()?;
        let mut batch = Lines {
            first: *line,
            bytes: Vec::new(),
        };
        while batch.bytes.len() < BATCH_BYTES {
            match reader.read_until(b'\n', &mut batch.bytes) {
                Ok(0) => break,
                Ok(_) => *line += 1,
                Err(e) => return Some(Err(e.into())),
            }
        }
        if batch.bytes.len() < BATCH_BYTES {
            current = None; // this input is done
        }
        if !batch.bytes.is_empty() {
            return Some(Ok(batch));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_out_in_input_order() {
        // Jobs that take longer the earlier they are, so they finish out
        // of order.
        let jobs = (0..200u64).map(Ok);
        let mut seen = Vec::new();
        run_ordered(
            4,
            jobs,
            || Ok(()),
            |_, j| {
                thread::sleep(std::time::Duration::from_micros((200 - j) * 20));
                j * 2
            },
            |r| {
                seen.push(r);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..200).map(|j| j * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_reader_error_comes_after_the_jobs_before_it() {
        let jobs = (0..50u32).map(|j| {
            if j == 30 {
                Err(anyhow!("no such file"))
            } else {
                Ok(j)
            }
        });
        let mut seen = Vec::new();
        let res = run_ordered(
            3,
            jobs,
            || Ok(()),
            |_, j| j,
            |r| {
                seen.push(r);
                Ok(())
            },
        );
        assert_eq!(res.unwrap_err().to_string(), "no such file");
        assert_eq!(seen, (0..30).collect::<Vec<_>>());
    }

    #[test]
    fn a_writer_error_stops_an_endless_input() {
        let mut n = 0;
        let res = run_ordered(
            2,
            (0u64..).map(Ok),
            || Ok(()),
            |_, j| j,
            |_| {
                n += 1;
                if n == 10 {
                    Err(anyhow!("broken pipe"))
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(res.unwrap_err().to_string(), "broken pipe");
    }

    #[test]
    fn the_reader_stays_a_bounded_distance_ahead_of_the_writer() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let read = AtomicUsize::new(0);
        let jobs = (0..2000u32).map(|j| {
            read.fetch_add(1, Ordering::SeqCst);
            Ok(j)
        });
        let mut written = 0usize;
        let mut furthest = 0usize;
        run_ordered(
            3,
            jobs,
            || Ok(()),
            |_, j| j,
            |_| {
                written += 1;
                furthest = furthest.max(read.load(Ordering::SeqCst) - written);
                if written % 100 == 0 {
                    thread::sleep(std::time::Duration::from_millis(2)); // a slow disk
                }
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(written, 2000);
        assert!(
            furthest <= 3 * IN_FLIGHT_PER_THREAD,
            "{furthest} jobs in flight"
        );
    }

    #[test]
    fn a_worker_that_cannot_start_is_an_error() {
        let res = run_ordered(
            2,
            (0u8..10).map(Ok),
            || -> Result<()> { Err(anyhow!("bad lexicon")) },
            |_, j| j,
            |_| Ok(()),
        );
        assert_eq!(res.unwrap_err().to_string(), "bad lexicon");
    }

    #[test]
    fn batches_keep_line_numbers_per_input() {
        let long = "x".repeat(BATCH_BYTES);
        let inputs = vec![format!("a\nb\r\n{long}\nc"), "d\n".to_string()];
        let batches: Vec<Lines> = line_batches(inputs, |s| Ok(std::io::Cursor::new(s)))
            .collect::<Result<_>>()
            .unwrap();
        let lines: Vec<(usize, String)> = batches
            .iter()
            .flat_map(|b| kashif::jsonl::lines(b.first, &b.bytes))
            .map(|(n, l)| (n, String::from_utf8(l.to_vec()).unwrap()))
            .collect();
        assert_eq!(
            lines,
            [
                (1, "a".into()),
                (2, "b".into()),
                (3, long),
                (4, "c".into()),
                (1, "d".into())
            ]
        );
        assert!(batches.len() >= 3, "the long line ends a batch");
    }
}
