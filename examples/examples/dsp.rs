//! Seed 000: a DSP node's API error codes, its Go SDK's, and its transfer-task states: three
//! tables in one `define_codes!` invocation, two of which reuse each other's codes.
//!
//! Run with `cargo run --example dsp`.

use codetable_seeds::dsp::{DspError, DspSdkError, TransferState};

fn main() {
    println!("DspError:      {:>3} codes", DspError::COUNT);
    println!("DspSdkError:   {:>3} codes", DspSdkError::COUNT);
    println!("TransferState: {:>3} states", TransferState::COUNT);

    // The API and the SDK number their errors independently: 40001 is a row of each.
    let api = DspError::from_code(40001).expect("40001 is an API code");
    let sdk = DspSdkError::from_code(40001).expect("40001 is an SDK code");
    println!(
        "40001 in DspError:    {api:?} {} {:?}",
        api.name(),
        api.message()
    );
    println!(
        "40001 in DspSdkError: {sdk:?} {} {:?}",
        sdk.name(),
        sdk.message()
    );

    // By code, with `try_from`; 12345 is in neither table.
    for code in [0, 50003, 55101, 12345] {
        match DspError::try_from(code) {
            Ok(found) => println!(
                "{code:>5} => {found:?} {} {:?}",
                found.name(),
                found.message()
            ),
            Err(unknown) => println!("{code:>5} => {unknown}"),
        }
    }
    match TransferState::try_from(11) {
        Ok(state) => println!("state 11 => {state:?} (wire name {})", state.name()),
        Err(unknown) => println!("state 11 => {unknown}"),
    }

    // By name: the wire names keep the document's typos, so the corrected spelling is unknown.
    for name in ["DSP_PAUSE_UPLOAD_FAIELD", "DSP_PAUSE_UPLOAD_FAILED"] {
        match name.parse::<DspError>() {
            Ok(found) => println!("{name:?}.parse() => {found:?} ({})", found.code()),
            Err(unknown) => println!("{name:?}.parse() => {unknown}"),
        }
    }
    if let Some(none) = TransferState::from_name("None") {
        println!("TransferState::from_name(\"None\") => TransferState::{none:?} ({none})");
    }

    // Display shows the code and the message; 50057's message says the opposite of its name.
    let error = DspSdkError::TaskNotExist;
    println!("{} says: {error}", error.name());
}
