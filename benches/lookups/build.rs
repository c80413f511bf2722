//! Writes what the benchmark checks every contender against (the rows and near misses of
//! `CODES_BENCH_ROWS`, as the table crates hold them), and sets `all_anchors` when the hand
//! `match` and num_enum + strum hold every lookup (`codetable_bench_gen::build`).
use codetable_bench_gen::build::{write_out, Rows};

fn main() {
    let rows = Rows::from_env();
    println!("cargo::rustc-check-cfg=cfg(all_anchors)");
    if rows.all_anchors() {
        println!("cargo::rustc-cfg=all_anchors");
    }
    let mut truth = codetable_bench_gen::source::truth(&rows.rows(), &rows.label());
    truth.push_str(&codetable_bench_gen::text::truth(
        &rows.text_rows(),
        &rows.text_label(),
    ));
    write_out("truth.rs", &truth);
}
