//! Streaming over a register's cards for monitoring: each card file is read
//! and parsed into the lean view ([`crate::model::view::Lean`]) holding
//! only what deadlines and reports use (or the view is taken from the card
//! catalogue, which keeps it for each card on control it knows unchanged),
//! folded into an accumulator on rayon's threads and merged. No command
//! here holds all cards in memory,
//! so a register of 100,000 cards costs little more than walking and
//! parsing it.

use crate::error::{Error, Result};
use crate::model::view::Stored;
use crate::store::catalog::Want;
use crate::store::{cards, Store};
use serde::de::DeserializeOwned;

/// Folds the cards of the register that `want` asks for (every card when
/// `None`; see [`Store::card_files_where`]), read as `T`, into an
/// accumulator, in parallel. `fold` sees each card once and must itself
/// pass over a card it doesn't want: the catalogue's choice is of files,
/// and a file it couldn't summarise is handed over too. `merge` joins two
/// partial accumulators.
pub(crate) fn fold<T, A>(
    store: &Store,
    want: Option<&Want>,
    init: impl Fn() -> A + Sync + Send,
    fold: impl Fn(&mut A, T) -> Result<()> + Sync + Send,
    merge: impl Fn(A, A) -> A + Sync + Send,
) -> Result<A>
where
    T: DeserializeOwned + Stored,
    A: Send,
{
    let chosen = store.cards_where(want, T::IN_CATALOGUE)?;
    let pool = chosen.readers(T::IN_CATALOGUE);
    cards::fold(
        &chosen.picks,
        pool,
        init,
        |acc, p| fold(acc, chosen.read::<T>(p)?),
        merge,
    )
}

/// The cards of the register that `want` asks for (every card when
/// `None`), read as `T` and each made by `map` into at most one item, in
/// parallel; the items in register order. A file the catalogue couldn't
/// summarise is handed over too, so `map` passes over a card it doesn't
/// want itself.
pub(crate) fn filter_map<T, R>(
    store: &Store,
    want: Option<&Want>,
    map: impl Fn(T) -> Result<Option<R>> + Sync + Send,
) -> Result<Vec<R>>
where
    T: DeserializeOwned + Stored,
    R: Send,
{
    let chosen = store.cards_where(want, T::IN_CATALOGUE)?;
    let pool = chosen.readers(T::IN_CATALOGUE);
    cards::filter_map(&chosen.picks, pool, |p| map(chosen.read::<T>(p)?))
}

/// Reads the cards of every store in turn, each in register order,
/// `chunk` files at a time in parallel, and hands each parsed card, with
/// its store's place in `stores`, to `each` in order, while the next chunk
/// is read: streaming output (export) keeps at most two chunks in memory.
/// One stream runs over every store ([`cards::stream_parts`]): rayon's
/// threads go on from one register's last cards to the next one's first,
/// and the next register is listed while they read. A stream per register
/// left them idle at each register's end while its last results were
/// handed on and the next register was listed. Only the registers in
/// flight are listed and their year directories open, however many there
/// are.
pub(crate) fn in_order<T, R, E>(
    stores: &[&Store],
    chunk: usize,
    map: impl Fn(usize, T) -> Result<R> + Sync + Send,
    mut each: impl FnMut(usize, R) -> Result<(), E>,
) -> Result<(), E>
where
    T: DeserializeOwned + Stored,
    R: Send,
    E: From<Error> + Send,
{
    let chunk = chunk.max(1);
    let parts = stores.iter().enumerate().flat_map(|(i, store)| {
        // A register that can't be listed is an error in the stream's place.
        let (files, failed) = match store.card_files() {
            Ok(files) => (files, None),
            Err(e) => (Vec::new(), Some(Err(E::from(Error::from(e))))),
        };
        let pool = cards::readers_for(&files);
        let mut files = files.into_iter().map(move |f| (i, f));
        failed.into_iter().chain(std::iter::from_fn(move || {
            let part: Vec<_> = files.by_ref().take(chunk).collect();
            (!part.is_empty()).then_some(Ok(cards::Part { files: part, pool }))
        }))
    });
    cards::stream_parts(
        parts,
        |(i, f)| -> Result<R, E> { Ok(map(*i, f.parse::<T>().map_err(Error::from)?)?) },
        |(i, _), r| each(*i, r),
    )
}
