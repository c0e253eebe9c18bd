// zlib differential: data compressed by node (level 6, gzip 9, raw level 1 memLevel 3, brotli q11)
// inflates to the same text here; node's bytes are embedded as base64
const zlib = require('zlib');
const deflated = Buffer.from('eJztlUEOglAQQ/eeYo7AgAJex8gWF7oQT29MTPBP2xPYpd+Qpi8v0/V2XeKyPZZ7dHFY918Zz+31+9B/Hsrb8H0rz8f9ufxzajLGmjGRjJlnnGVGliLQJFmVFF1Sl8m2TUKdjuXwmF6mDAFoW6L4ycgzJpkxB6AtREkR0SR1lWy7JJRJ1iZFnU7nBKBl1gplGV3GGNAya4WylC5ljGiptUpZSpcyBrTMWqGsuAnAGNAya4Wy4iYAY0RLrVXKqpuAjBEttVYoK24CMAa0zFqhrLgJwBjQMmuVsuomIGNES61VyqqbAIw9Y54xz5hnzDPmGfOMecY8Y54xz5hnzDPmGfOMecb+ccbef3yXfA==', 'base64');
const gzipped = Buffer.from('H4sIAAAAAAACA+2VQQ6CUBBD955ijsCAAl7HyBYXuhBPb0xM8E/bE9il35CmLy/T9XZd4rI9lnt0cVj3XxnP7fX70H8eytvwfSvPx/25/HNqMsaaMZGMmWecZUaWItAkWZUUXVKXybZNQp2O5fCYXqYMAWhbovjJyDMmmTEHoC1ESRHRJHWVbLsklEnWJkWdTucEoGXWCmUZXcYY0DJrhbKULmWMaKm1SllKlzIGtMxaoay4CcAY0DJrhbLiJgBjREutVcqqm4CMES21VigrbgIwBrTMWqGsuAnAGNAya5Wy6iYgY0RLrVXKqpsAjD1jnjHPmGfMM+YZ84x5xjxjnjHPmGfMM+YZ84x5xv5xxt4JkW/W6BcAAA==', 'base64');
const raw = Buffer.from('7Zg9dsMwDIP3nsJHKPOf6/Q1azq0Q9PT90Uq7I+ktHfgGMgyCAghbd8/3m/L2+Pr9rm8Li/37Zct348fArsnELD9HxbgwwaHlaPjOEWO84Djst2M5Vw3OHBYEJKU2EiKTbTYXIx5NZbkvA7ktGqykyopr+ydZa0a+nAccLRC8p3kbl65OI5mLTlsKGSiZHU305jX0q11RCM13dd8NxWVV8zJadaSRSdNDKdMWPVkjpPjaNZyo1JLDJElvLqbScwr6da6vSMtjKy7eK7GvJxmrds6SBkiy0tVUVZzcJa1YrhRqSWGyBKWu5nj6ji6tdxpSq0DJ1LYE2KT8WIsqVlTSyJElrBqynJ2Tk6zlhuVWmI4ZMJyN3OcHUezlhuVWmKMrMPnSsxL6da6vSMx3ddc8+puXgrd/xlc0uioiSGyhFVQ5vCNP/V9pZY3Q2QJy93MUWMMkaVlcjdbVmMMkaVl6Anh7+D7fo2x9WkYPSFY5jt/avxKLf1HZAmjJwSOGmOILC2Tu/nPX2MMkaVl6AkhZTXG8LxCy/SQkFPm32Catdyo1BJDZAmjJ4RjqTGGyNIyuZuPpcYYIkvL0BNCymqM1duYPv3V21j/BFpvY90HNVp2khpjdKO1WwJqtMT+0Rj7BQ==', 'base64');
const brotli = Buffer.from('G+cXACwS7Fg6gFKD8slrEDK3uaWAhzA2jJXx1Fatt7wGKaPTA/2z02OrPijV5N87kgHZ2Ebh2Bj7C0tmMflx0p8neF78jTzdqMuNvl+f9yx3dwq39sjHnEUMEoDZRUEtew32pkls7tRv+MrmyUoAJmKoxWyZqUb0uqlveEo38bLmsEzEIAGWsVNIV9N7cUqbOLlbfwVzXYMEYCKFqJkTa1KvmNzWT3hLL2UeLsBEDMS/jQDwKwM=', 'base64');
for (const [name, out] of [['inflate', zlib.inflateSync(deflated)], ['gunzip', zlib.gunzipSync(gzipped)],
  ['unzip', zlib.unzipSync(gzipped)], ['inflateRaw', zlib.inflateRawSync(raw)], ['brotli', zlib.brotliDecompressSync(brotli)]]) {
  console.log(name, out.length, zlib.crc32(out), zlib.crc32(out) === 3597635849);
}
zlib.gunzip(gzipped, (err, out) => console.log('async', err, out.length));
