//! PATCH(myapp): this whole file is myapp's (PATCHES.md, ninth change).
//!
//! A one-time hand-off of a value from one owner to the next, with the calls
//! of `std::sync::mpsc` that `sequential.rs` uses. Each request on a
//! connection made two channels (its reader and its writer wait for the
//! previous request's); an `mpsc` channel allocates a cache-aligned counter
//! and, on its first send, a block of 31 zeroed slots, which a profile of
//! small answers showed among the costs. This allocates one small slot.

use std::sync::mpsc::RecvError; // PATCH(myapp)
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError}; // PATCH(myapp)

/// PATCH(myapp): where the value waits.
struct Slot<T> {
    state: Mutex<Held<T>>, // PATCH(myapp)
    changed: Condvar,      // PATCH(myapp)
}

/// PATCH(myapp): the slot's state, and whether the receiver sleeps on `changed`.
struct Held<T> {
    state: State<T>,      // PATCH(myapp)
    receiver_waits: bool, // PATCH(myapp)
}

/// PATCH(myapp): a slot's three states.
enum State<T> {
    /// Nothing sent yet.
    Waiting, // PATCH(myapp)
    Sent(T), // PATCH(myapp)
    /// Taken by the receiver, or the sender went away without sending.
    Done, // PATCH(myapp)
}

/// PATCH(myapp): sends at most one value; dropping it unsent wakes the receiver with an error.
pub struct Sender<T> {
    slot: Arc<Slot<T>>, // PATCH(myapp)
}

/// PATCH(myapp): receives the one value.
pub struct Receiver<T> {
    slot: Arc<Slot<T>>, // PATCH(myapp)
}

/// PATCH(myapp): a new hand-off, named as `mpsc::channel` so `sequential.rs` reads as before.
pub fn channel<T>() -> (Sender<T>, Receiver<T>) {
    let slot = Arc::new(Slot { state: Mutex::new(Held { state: State::Waiting, receiver_waits: false }), changed: Condvar::new() }); // PATCH(myapp)
    (Sender { slot: slot.clone() }, Receiver { slot }) // PATCH(myapp)
} // PATCH(myapp)

impl<T> Slot<T> {
    fn state(&self) -> MutexGuard<'_, Held<T>> {
        // PATCH(myapp): the lock guards a plain swap; a panic cannot leave it half done.
        self.state.lock().unwrap_or_else(PoisonError::into_inner) // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): sets the state and wakes the receiver if it sleeps.
    fn settle(&self, mut held: MutexGuard<'_, Held<T>>, state: State<T>) {
        held.state = state; // PATCH(myapp)
        if held.receiver_waits { // PATCH(myapp)
            self.changed.notify_one(); // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)
}

impl<T> Sender<T> {
    /// PATCH(myapp): hands `value` over; gives it back if one was already sent.
    pub fn send(&self, value: T) -> Result<(), T> {
        let held = self.slot.state(); // PATCH(myapp)
        if !matches!(held.state, State::Waiting) { // PATCH(myapp)
            return Err(value); // PATCH(myapp)
        } // PATCH(myapp)
        self.slot.settle(held, State::Sent(value)); // PATCH(myapp)
        Ok(()) // PATCH(myapp)
    } // PATCH(myapp)
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        let held = self.slot.state(); // PATCH(myapp)
        if matches!(held.state, State::Waiting) { // PATCH(myapp): never sent
            self.slot.settle(held, State::Done); // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)
}

impl<T> Receiver<T> {
    /// PATCH(myapp): waits for the value; an error once it was taken, or if
    /// the sender went away without sending.
    pub fn recv(&self) -> Result<T, RecvError> {
        let mut held = self.slot.state(); // PATCH(myapp)
        loop { // PATCH(myapp)
            match std::mem::replace(&mut held.state, State::Done) { // PATCH(myapp)
                State::Sent(value) => return Ok(value), // PATCH(myapp)
                State::Done => return Err(RecvError), // PATCH(myapp)
                State::Waiting => { // PATCH(myapp)
                    held.state = State::Waiting; // PATCH(myapp)
                    held.receiver_waits = true; // PATCH(myapp)
                    held = self.slot.changed.wait(held).unwrap_or_else(PoisonError::into_inner); // PATCH(myapp)
                    held.receiver_waits = false; // PATCH(myapp)
                } // PATCH(myapp)
            } // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)
}

#[cfg(test)]
mod tests {
    use super::channel;

    #[test]
    fn a_value_is_received_once_and_an_unsent_drop_is_an_error() {
        let (sender, receiver) = channel(); // PATCH(myapp)
        assert!(sender.send(1).is_ok()); // PATCH(myapp)
        assert_eq!(sender.send(2), Err(2)); // PATCH(myapp)
        assert_eq!(receiver.recv(), Ok(1)); // PATCH(myapp)
        assert!(receiver.recv().is_err()); // PATCH(myapp)
        let (sender, receiver) = channel::<u8>(); // PATCH(myapp)
        let waiting = std::thread::spawn(move || receiver.recv()); // PATCH(myapp)
        std::thread::sleep(std::time::Duration::from_millis(50)); // PATCH(myapp)
        drop(sender); // PATCH(myapp)
        assert!(waiting.join().unwrap().is_err()); // PATCH(myapp)
        let (sender, receiver) = channel(); // PATCH(myapp)
        let waiting = std::thread::spawn(move || receiver.recv()); // PATCH(myapp)
        std::thread::sleep(std::time::Duration::from_millis(50)); // PATCH(myapp)
        sender.send("late").unwrap(); // PATCH(myapp)
        assert_eq!(waiting.join().unwrap(), Ok("late")); // PATCH(myapp)
    }
}
