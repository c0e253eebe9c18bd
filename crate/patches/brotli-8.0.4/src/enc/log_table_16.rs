//! nodeboa's replacement for brotli 8.0.4's `src/enc/log_table_16.rs`, used by the browser build
//! (`scripts/build-wasm.sh` overlays it on a copy of the crate; see `crate/patches/README.md`).
//!
//! The original file is a 65 536-entry `f32` table of log2(i) (with log2(0) = 0) written out as
//! 12-digit decimals: 262 KB of the wasm's data segment and 115 KB of its brotli-compressed size.
//! This one computes the same table on its first use, bit for bit: each entry is the `f64` log2
//! rounded to `f32`, except entry 39 407, whose 12-digit literal rounds one ulp above the exact
//! value (the only such entry; checked against the original over all 65 536 entries, with the
//! platform's `log2` and with libm's, which is what wasm32 uses). Exact bits matter: the
//! encoder's choices, so its output bytes, depend on these values, and ours must equal node's.

use enc::floatX;

#[cfg(any(not(feature = "std"), feature = "float64"))]
compile_error!("nodeboa's lazy logs_16 needs the `std` feature and f32 floats");

/// Indexes like the original `[floatX; 65536]`, so `util::FastLog2u16` is unchanged.
pub struct LazyLog2Table;

pub static logs_16: LazyLog2Table = LazyLog2Table;

impl ::core::ops::Index<usize> for LazyLog2Table {
    type Output = floatX;
    #[inline(always)]
    fn index(&self, i: usize) -> &floatX {
        &table()[i]
    }
}

fn table() -> &'static [floatX] {
    static TABLE: ::std::sync::OnceLock<::std::boxed::Box<[floatX]>> = ::std::sync::OnceLock::new();
    TABLE.get_or_init(build)
}

fn build() -> ::std::boxed::Box<[floatX]> {
    let mut table = ::std::vec![0.0 as floatX; 65536];
    for (i, entry) in table.iter_mut().enumerate().skip(1) {
        *entry = (i as f64).log2() as floatX;
    }
    // The original's `15.2661650181` rounds to 0x41744235; log2(39407) rounds to 0x41744236.
    table[39407] = floatX::from_bits(0x4174_4235);
    table.into_boxed_slice()
}
