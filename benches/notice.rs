//! 基准：打印冷启动进程生成公告的时间、同一进程内每份文书的时间（顺序与并行）、峰值内存、PDF 字节数。
//! 运行：`cargo bench --bench notice`（只打印数字，不做任何断言）。

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use juece::law::catalogue;
use juece::session::{Options, Session};
use rayon::prelude::*;

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let case = repo.join("fixtures/sample-case.yaml");
    let out = tempfile::tempdir().unwrap();

    // 1. 冷启动：每次一个新进程（含读字体、排版、写 PDF）
    let exe = repo.join("target/release/gen");
    if exe.is_file() {
        let mut times = Vec::new();
        for _ in 0..7 {
            let t = Instant::now();
            let st = Command::new(&exe).args(["notice", case.to_str().unwrap(), "-o", out.path().to_str().unwrap()]).output().unwrap();
            assert!(st.status.success());
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        println!(
            "cold process, gen notice: median {:.1} ms over 7 runs (min {:.1}, max {:.1})",
            median(times.clone()),
            times.iter().cloned().fold(f64::MAX, f64::min),
            times.iter().cloned().fold(0.0, f64::max)
        );
    } else {
        println!("cold process: skipped (build target/release/gen first: cargo build --release)");
    }

    // 2. 同一进程：字体加载、首份文书、之后每份文书
    let t = Instant::now();
    let gen = Session::open(&case, &Options::default()).unwrap();
    gen.fonts().unwrap();
    println!("in-process: load case, fonts + templates {:.1} ms", t.elapsed().as_secs_f64() * 1000.0);
    let kind = catalogue::find("notice").unwrap();
    let t = Instant::now();
    let first = gen.render_kind(kind).unwrap().docs;
    println!(
        "in-process: first notice {:.1} ms, {} pages, {} PDF bytes, peak RSS {:.0} MB",
        t.elapsed().as_secs_f64() * 1000.0,
        first[0].pages,
        first[0].pdf.len(),
        peak_rss_mb()
    );

    let n = 16;
    let t = Instant::now();
    for _ in 0..n {
        gen.render_kind(kind).unwrap();
    }
    println!("in-process sequential: {:.1} ms per document ({n} documents)", t.elapsed().as_secs_f64() * 1000.0 / n as f64);

    let t = Instant::now();
    (0..n).into_par_iter().for_each(|_| {
        gen.render_kind(kind).unwrap();
    });
    println!(
        "in-process parallel ({} threads): {:.1} ms per document ({n} documents)",
        rayon::current_num_threads(),
        t.elapsed().as_secs_f64() * 1000.0 / n as f64
    );

    // 3. gen all：一个案卷的全部文书（并行）
    let t = Instant::now();
    let all = gen.render_all().unwrap().docs;
    let bytes: usize = all.iter().map(|d| d.pdf.len()).sum();
    let pages: usize = all.iter().map(|d| d.pages).sum();
    println!(
        "in-process gen all: {} documents, {pages} pages, {bytes} PDF bytes in {:.1} ms",
        all.len(),
        t.elapsed().as_secs_f64() * 1000.0
    );
    println!("peak RSS after all: {:.0} MB", peak_rss_mb());
}
