//! 基准：大附件和压缩炸弹下的峰值内存（问题 11）。打印数字，不做断言。
//! 运行：`cargo build --release && cargo bench --bench limits`。峰值内存用 /usr/bin/time -f %M（GNU time）量子进程。
//!
//! 1. `gen archive`：小案卷（fixtures/archive-case.yaml）加一个 512 MB 的 PDF 附件；
//! 2. `gen verify`：上面得到的 512 MB 归档包；
//! 3. `gen verify`：含 1 GB 压缩炸弹（如实写明大小）的包，和写明大小是假的（说 1 KB，实为 1 GB）的包；
//! 4. 对照：`gen archive` 不加大附件。

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// 运行命令，返回 (秒, 峰值 RSS MB, 退出码)。
fn measure(args: &[&str]) -> Option<(f64, f64, i32)> {
    let exe = repo().join("target/release/gen");
    if !Path::new("/usr/bin/time").exists() || !exe.exists() {
        return None;
    }
    let t = Instant::now();
    let o = Command::new("/usr/bin/time").arg("-f").arg("%M").arg(&exe).args(args).output().ok()?;
    let secs = t.elapsed().as_secs_f64();
    let err = String::from_utf8_lossy(&o.stderr);
    let kb: f64 = err.lines().last()?.trim().parse().ok()?;
    Some((secs, kb / 1024.0, o.status.code().unwrap_or(-1)))
}

fn report(what: &str, r: Option<(f64, f64, i32)>) {
    match r {
        Some((s, mb, code)) => println!("{what:<58} {s:>7.2} s  peak RSS {mb:>7.1} MB  exit {code}"),
        None => println!("{what:<58} skipped (needs /usr/bin/time and target/release/gen)"),
    }
}

/// 一页的 PDF，加一个 `size` 字节、不可压缩的流（模拟扫描件），结尾有 %%EOF。
fn big_pdf(path: &Path, size: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    write!(f, "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n")
        .unwrap();
    write!(f, "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n4 0 obj <</Length {size}>> stream\n").unwrap();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut block = vec![0u8; 1 << 20];
    for _ in 0..size / block.len() {
        for b in block.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = (x >> 24) as u8 | 0x80;
        }
        f.write_all(&block).unwrap();
    }
    write!(f, "\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n").unwrap();
}

/// 在一个真的归档包后面加一个条目：`declared` 为中央目录写明的大小，内容是 `real` 个零（Deflate）。
fn bomb(genuine: &Path, out: &Path, real: u64, declared: u64) {
    let mut z = zip::ZipArchive::new(std::fs::File::open(genuine).unwrap()).unwrap();
    let mut w = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    for i in 0..z.len() {
        let f = z.by_index_raw(i).unwrap();
        w.raw_copy_file(f).unwrap();
    }
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    w.start_file("bomb.bin", opts).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..real >> 20 {
        w.write_all(&zeros).unwrap();
    }
    let file = w.finish().unwrap();
    drop(file);
    if declared != real {
        // 改写中央目录中该条目的原始大小（ZIP64 扩展字段中的 8 字节）：说谎的炸弹。
        let mut bytes = std::fs::read(out).unwrap();
        let real_le = real.to_le_bytes();
        let at = bytes.windows(8).rposition(|w| w == real_le).expect("中央目录中有原始大小");
        bytes[at..at + 8].copy_from_slice(&declared.to_le_bytes());
        std::fs::write(out, bytes).unwrap();
    }
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let case_dir = dir.path().join("case");
    std::fs::create_dir_all(case_dir.join("attachments")).unwrap();
    for e in std::fs::read_dir(repo().join("fixtures/attachments")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), case_dir.join("attachments").join(e.file_name())).unwrap();
    }
    let text = std::fs::read_to_string(repo().join("fixtures/archive-case.yaml")).unwrap();
    let plain = case_dir.join("plain.yaml");
    std::fs::write(&plain, &text).unwrap();
    let small_zip = dir.path().join("small.zip");
    report("gen archive, small case (anchor)", measure(&["archive", plain.to_str().unwrap(), "-o", small_zip.to_str().unwrap()]));

    big_pdf(&case_dir.join("attachments/scan-512mb.pdf"), 512 << 20);
    let big = case_dir.join("big.yaml");
    std::fs::write(&big, text.replacen("attachments/initiation.pdf", "attachments/scan-512mb.pdf", 1)).unwrap();
    let big_zip = dir.path().join("big.zip");
    report("gen archive, + 512 MB PDF attachment", measure(&["archive", big.to_str().unwrap(), "-o", big_zip.to_str().unwrap()]));
    report("gen verify, 512 MB archive", measure(&["verify", big_zip.to_str().unwrap()]));

    let honest = dir.path().join("bomb.zip");
    bomb(&small_zip, &honest, 1 << 30, 1 << 30);
    let mb = std::fs::metadata(&honest).map(|m| m.len() >> 20).unwrap_or(0);
    report(&format!("gen verify, 1 GB bomb, sizes honest ({mb} MB zip)"), measure(&["verify", honest.to_str().unwrap()]));
    let liar = dir.path().join("liar.zip");
    bomb(&small_zip, &liar, 1 << 30, 1 << 10);
    report("gen verify, 1 GB bomb, declared 1 KB", measure(&["verify", liar.to_str().unwrap()]));
    report("gen verify, small archive (anchor)", measure(&["verify", small_zip.to_str().unwrap()]));
}
