//! The domain values of the register: the card, its index, its status.
//!
//! Everything here is pure data: no file access, no clock, no printing.

pub mod card;
pub mod codes;
pub mod dates;
pub mod event;
pub mod index;
pub mod markers;
pub mod priority;
pub mod privacy;
pub mod remind;
pub mod repeat;
pub mod salutation;
pub mod status;
pub mod text;
pub mod view;

pub use card::{Applicant, Card, Classification, Event, Links, Term};
pub use index::{CardRef, IndexKind};
pub use status::Status;
