//! The SVG chart: one row per workload, one horizontal bar per ratio (nodeboa / bare Boa,
//! nodeboa / node, Chromium / nodeboa CLI), on a logarithmic axis with a line at 1×.

use std::fmt::Write;

pub struct Row {
    pub label: String,
    /// One value per series, in the order of `SERIES`.
    pub ratios: Vec<Option<f64>>,
}

pub const SERIES: [(&str, &str); 3] =
    [("nodeboa / bare Boa", "#4e79a7"), ("nodeboa / node", "#e15759"), ("Chromium / nodeboa CLI", "#59a14f")];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The chart as an SVG document.
pub fn svg(title: &str, rows: &[Row]) -> String {
    let (label_w, plot_w, bar_h, gap, top) = (190.0, 640.0, 7.0, 8.0, 60.0);
    let row_h = bar_h * SERIES.len() as f64 + gap;
    let all = rows.iter().flat_map(|r| r.ratios.iter().flatten().copied());
    let max = all.clone().fold(10.0f64, f64::max);
    let min = all.fold(1.0f64, f64::min).min(0.5);
    let (lo, hi) = (min.log10().floor(), max.log10().ceil());
    let x = |v: f64| label_w + (v.log10() - lo) / (hi - lo) * plot_w;
    let height = top + rows.len() as f64 * row_h + 40.0;
    let width = label_w + plot_w + 80.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(s, r#"<text x="10" y="18" font-size="14">{}</text>"#, escape(title));
    for (i, (name, color)) in SERIES.iter().enumerate() {
        let lx = label_w + i as f64 * 200.0;
        let _ = writeln!(s, r#"<rect x="{lx}" y="28" width="12" height="10" fill="{color}"/>"#);
        let _ = writeln!(s, r#"<text x="{}" y="37">{}</text>"#, lx + 16.0, escape(name));
    }
    let bottom = top + rows.len() as f64 * row_h;
    let mut decade = lo;
    while decade <= hi {
        let v = 10f64.powf(decade);
        let gx = x(v);
        let stroke = if decade == 0.0 { "#000" } else { "#ccc" };
        let _ = writeln!(s, r#"<line x1="{gx}" y1="{top}" x2="{gx}" y2="{bottom}" stroke="{stroke}"/>"#);
        let _ = writeln!(s, r#"<text x="{gx}" y="{}" text-anchor="middle">{v}×</text>"#, bottom + 14.0);
        decade += 1.0;
    }
    for (i, row) in rows.iter().enumerate() {
        let y = top + i as f64 * row_h;
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
            label_w - 6.0,
            y + row_h / 2.0,
            escape(&row.label)
        );
        for (j, ratio) in row.ratios.iter().enumerate() {
            let Some(r) = ratio else { continue };
            let by = y + j as f64 * bar_h;
            let (x0, x1) = (x(1.0).min(x(*r)), x(1.0).max(x(*r)));
            let _ = writeln!(
                s,
                r#"<rect x="{x0:.1}" y="{by:.1}" width="{:.1}" height="{}" fill="{}"><title>{}: {r:.2}×</title></rect>"#,
                (x1 - x0).max(1.0),
                bar_h - 1.0,
                SERIES[j].1,
                SERIES[j].0
            );
            let _ =
                writeln!(s, r#"<text x="{:.1}" y="{:.1}" font-size="8">{r:.1}×</text>"#, x1 + 3.0, by + bar_h - 1.0);
        }
    }
    s.push_str("</svg>\n");
    s
}
