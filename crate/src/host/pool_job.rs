//! Pool work described by data rather than by a closure, so it can cross to a Web Worker (which
//! runs the same wasm module) as well as run on a native pool thread.
//!
//! A job travels as `(kind, payload)` bytes: [`PoolJob::encode`] on the loop's side,
//! [`PoolJob::decode`] and [`PoolJob::run`] on the worker's, whose result bytes come back as the
//! completion.

/// One job for the thread pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PoolJob {
    /// CPU-bound busy work: `rounds` passes of a 64-bit mixing hash over `data`; returns the
    /// 8-byte digest (little endian). A stand-in for crypto's pbkdf2 until that lands.
    BusyHash { data: Vec<u8>, rounds: u32 },
    /// The sum of the bytes, as 8 bytes little endian.
    SumBytes(Vec<u8>),
}

const KIND_BUSY_HASH: u32 = 1;
const KIND_SUM_BYTES: u32 = 2;

impl PoolJob {
    /// Do the work. Pure: the same job gives the same bytes on every host.
    #[must_use]
    pub fn run(&self) -> Vec<u8> {
        match self {
            Self::BusyHash { data, rounds } => {
                let mut h: u64 = 0xcbf2_9ce4_8422_2325;
                for round in 0..*rounds {
                    h ^= u64::from(round);
                    for &b in data {
                        h ^= u64::from(b);
                        h = h.wrapping_mul(0x0100_0000_01b3);
                        h ^= h >> 29;
                    }
                }
                h.to_le_bytes().to_vec()
            }
            Self::SumBytes(data) => data.iter().map(|&b| u64::from(b)).sum::<u64>().to_le_bytes().to_vec(),
        }
    }

    /// The job as `(kind, payload)`, to post to a worker.
    #[must_use]
    pub fn encode(&self) -> (u32, Vec<u8>) {
        match self {
            Self::BusyHash { data, rounds } => {
                let mut payload = rounds.to_le_bytes().to_vec();
                payload.extend_from_slice(data);
                (KIND_BUSY_HASH, payload)
            }
            Self::SumBytes(data) => (KIND_SUM_BYTES, data.clone()),
        }
    }

    /// The job back from `(kind, payload)`; `None` for an unknown kind or a short payload.
    #[must_use]
    pub fn decode(kind: u32, payload: &[u8]) -> Option<Self> {
        match kind {
            KIND_BUSY_HASH => {
                let rounds = u32::from_le_bytes(payload.get(..4)?.try_into().ok()?);
                Some(Self::BusyHash { data: payload[4..].to_vec(), rounds })
            }
            KIND_SUM_BYTES => Some(Self::SumBytes(payload.to_vec())),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PoolJob;

    #[test]
    fn jobs_round_trip_and_run() {
        for job in [PoolJob::BusyHash { data: b"abc".to_vec(), rounds: 3 }, PoolJob::SumBytes(vec![1, 2, 250])] {
            let (kind, payload) = job.encode();
            assert_eq!(PoolJob::decode(kind, &payload), Some(job.clone()));
        }
        assert_eq!(PoolJob::SumBytes(vec![1, 2, 250]).run(), 253u64.to_le_bytes().to_vec());
        assert_eq!(PoolJob::decode(9, &[]), None);
        assert_eq!(PoolJob::decode(1, &[1]), None);
    }
}
