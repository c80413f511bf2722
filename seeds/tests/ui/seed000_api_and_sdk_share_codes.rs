// Seed 000's DSP API table and its Go-SDK table both use 40001 (and 40002, 40003, 50000, ...),
// and the transfer states start at 0 as the API's SUCCESS does: the tables cannot be merged into
// one code space, which `assert_disjoint!` says at compile time, naming a shared code of each
// pair. `codetable_seeds::dsp::DspAnyError` keeps them apart instead.
use codetable_seeds::dsp::{DspError, DspSdkError, TransferState};

codetable::assert_disjoint!(DspError, DspSdkError, TransferState);

fn main() {}
