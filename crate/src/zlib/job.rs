//! zlib's pool jobs: compression work described by data, so it can run on a Web Worker.
//! Kinds are local to this file (0..100); `host::pool_job` routes them here.

/// One zlib job for the pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZlibJob {}

impl ZlibJob {
    /// Do the work; the result bytes go back to the loop.
    #[must_use]
    pub fn run(&self) -> Vec<u8> {
        match *self {}
    }

    /// The job as `(kind, payload)`.
    #[must_use]
    pub fn encode(&self) -> (u32, Vec<u8>) {
        match *self {}
    }

    /// The job back from `(kind, payload)`.
    #[must_use]
    pub fn decode(_kind: u32, _payload: &[u8]) -> Option<Self> {
        None
    }
}
