//! The reading pass on both cores: a thread of its own reads the log, cuts its records
//! and scans each row ([`rows::Header::scan`]: the privacy scan, the activity's number);
//! the caller's thread takes the scanned rows in order, in batches, judges them
//! ([`rows::Rules::judge`]: dates, numbers) and counts them (the duplicate filter, then
//! `visit`). The split balances the two threads: cutting and scanning take about as long
//! as judging and counting.
//!
//! Only this hand-over is concurrent: each row is checked, counted and reported in the
//! order of the log, as in one thread. Batches are recycled, and at most [`IN_FLIGHT`] wait
//! at once, so memory does not grow with the log.

use std::io;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use csv::StringRecord;

use super::rows::{self, Header, Scan};
use super::{Records, Step};
use crate::diag::Loc;

type Channel = (SyncSender<Batch>, Receiver<Batch>);

/// Rows in a batch.
const BATCH_ROWS: usize = 512;
/// Batches on their way to the caller's thread.
const IN_FLIGHT: usize = 4;
/// Batches made in all: once they are, the reading thread waits for one to come back.
const POOL: usize = IN_FLIGHT + 2;

/// Scanned rows, in the order of the log.
#[derive(Default)]
pub(super) struct Batch {
    /// The records of the rows.
    pub records: Vec<StringRecord>,
    /// Each row: its line, and its scan.
    pub rows: Vec<(u64, Scan)>,
    /// The slugs of the activities first met in this batch, in number order.
    pub activities: Vec<String>,
    /// How the rows ended, on the last batch: cleanly, or at a quote never closed.
    pub end: Option<io::Result<Option<Loc>>>,
}

/// Reads and scans every row after the header, sending them in batches; the other end
/// hands the batches back once read.
pub(super) fn produce(
    records: &mut Records<'_>,
    header: &mut Header,
    send: &SyncSender<Batch>,
    recycled: &Receiver<Batch>,
) {
    let mut record = StringRecord::new();
    let mut batch = Batch::default();
    let mut made = 1;
    let mut known = header.activities.len();
    loop {
        let line = match records.next(&mut record) {
            Ok(Step::Row(line)) => line,
            Ok(Step::End) => {
                batch.end = Some(Ok(None));
                break;
            }
            Ok(Step::Unclosed(loc)) => {
                batch.end = Some(Ok(Some(loc)));
                break;
            }
            Err(e) => {
                batch.end = Some(Err(e));
                break;
            }
        };
        // A blank line, as Excel leaves at the end, is no row.
        if rows::blank(&record) {
            continue;
        }
        let scan = header.scan(&record, records.numeric(), records.unvalued());
        let n = batch.rows.len();
        if batch.records.len() <= n {
            batch.records.resize_with(n + 1, StringRecord::new);
        }
        std::mem::swap(&mut batch.records[n], &mut record);
        batch.rows.push((line, scan));
        while known < header.activities.len() {
            batch
                .activities
                .push(header.activities.slug(known).to_owned());
            known += 1;
        }
        if batch.rows.len() == BATCH_ROWS {
            let next = match recycled.try_recv() {
                Ok(next) => next,
                Err(_) if made < POOL => {
                    made += 1;
                    Batch::default()
                }
                Err(_) => match recycled.recv() {
                    Ok(next) => next,
                    Err(_) => return, // the caller stopped listening
                },
            };
            if send.send(std::mem::replace(&mut batch, next)).is_err() {
                return;
            }
        }
    }
    let _ = send.send(batch);
}

/// The channels between the two threads: checked batches one way, read ones back.
pub(super) fn channels() -> (Channel, Channel) {
    (sync_channel(IN_FLIGHT), sync_channel(POOL))
}

impl Batch {
    /// Emptied, to be filled again (its records' buffers are kept).
    pub fn recycle(mut self) -> Self {
        self.rows.clear();
        self.activities.clear();
        self.end = None;
        self
    }
}
