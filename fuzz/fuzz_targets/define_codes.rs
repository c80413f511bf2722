//! Feeds `define_codes!`'s pipeline arbitrary token streams and mutated seed tables (see
//! `codetable_fuzz::input_of`): it must neither panic (a crash), overflow its stack (a crash), nor
//! hang (a libFuzzer timeout).
#![no_main]

use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Mutex, OnceLock};

/// The stack the pipeline runs on. rustc runs a proc macro on its 8 MiB stack, in a debug build
/// (cargo's default for proc macros) whose frames are several times larger than this release
/// build's: 1 MiB here overflows at about the depth that 8 MiB does there.
const PIPELINE_STACK: usize = 1 << 20;

/// The thread that runs every input on that stack: one for the whole run, so that its
/// thread-local seed tables are built once. Inputs go in, and a reply comes back for each.
struct Worker {
    inputs: Mutex<Sender<Vec<u8>>>,
    done: Mutex<Receiver<()>>,
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    static WORKER: OnceLock<Worker> = OnceLock::new();
    let worker = WORKER.get_or_init(|| {
        let (inputs, received) = channel::<Vec<u8>>();
        let (finished, done) = channel();
        std::thread::Builder::new()
            .name("pipeline".to_owned())
            .stack_size(PIPELINE_STACK)
            .spawn(move || {
                report_stack_overflows();
                for data in received {
                    // A panic aborts the process (libfuzzer-sys's panic hook): libFuzzer then
                    // reports the crash and saves the input.
                    codetable_fuzz::check(&data);
                    finished.send(()).expect("the fuzzer waits for each input");
                }
            })
            .expect("a thread for the pipeline");
        Worker {
            inputs: Mutex::new(inputs),
            done: Mutex::new(done),
        }
    });
    let sent = worker
        .inputs
        .lock()
        .expect("one input at a time")
        .send(data.to_vec());
    sent.expect("the pipeline's thread is running");
    let done = worker.done.lock().expect("one input at a time").recv();
    done.expect("the pipeline's thread ran the input");
});

/// Lets libFuzzer report a stack overflow like any crash, with its input saved: its SIGSEGV
/// handler otherwise runs on the overflowed stack and dies silently (without a sanitizer,
/// nothing else gives a thread an alternate signal stack). Run on the pipeline's thread, once.
fn report_stack_overflows() {
    const SIZE: usize = 1 << 20;
    let stack = Box::leak(vec![0u8; SIZE].into_boxed_slice()).as_mut_ptr();
    // SAFETY: the alternate stack lives for the rest of the process; the handlers are
    // libFuzzer's own, given back with `SA_ONSTACK` added.
    unsafe {
        let alternate = libc::stack_t {
            ss_sp: stack.cast(),
            ss_flags: 0,
            ss_size: SIZE,
        };
        if libc::sigaltstack(&alternate, std::ptr::null_mut()) != 0 {
            return;
        }
        for signal in [libc::SIGSEGV, libc::SIGBUS] {
            let mut action: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(signal, std::ptr::null(), &mut action) == 0
                && action.sa_flags & libc::SA_ONSTACK == 0
            {
                action.sa_flags |= libc::SA_ONSTACK;
                libc::sigaction(signal, &action, std::ptr::null_mut());
            }
        }
    }
}
