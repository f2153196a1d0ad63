//! Pure grammars over `&str`: no I/O, no messages, typed errors. Targets, declared
//! values, log cells and command-line flags all read numbers, dates, slugs and yes/no
//! answers through these, so that a change of grammar is made in one place.

pub mod date;
pub mod number;
pub mod slug;
pub mod yesno;
