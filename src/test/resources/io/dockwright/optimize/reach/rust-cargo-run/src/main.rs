use std::env;
use std::fs;

fn main() {
    let path = env::args().nth(1).expect("usage: ledger-report FILE");
    let text = fs::read_to_string(&path).expect("cannot read the journal");
    let (entries, total) = tally::total(&text);
    println!("rust-cargo-run: {} entries in {}, balance {}", entries, path, total);
}
