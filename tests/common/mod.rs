//! 测试共用（每个测试文件都用这一套）：运行 `gen`、样例案卷的变体、读取 PDF 的文字（全文或逐页）、字体和页数。
#![allow(dead_code)]

pub mod audit;
pub mod cases;
pub mod english;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// fixtures/ 中的案卷。
pub fn fixture(name: &str) -> PathBuf {
    repo().join("fixtures").join(name)
}

/// fixtures/ 中的全部案卷：四个辖区，外加只有必填内容的、程序进行到一半的和归档用的案卷。
pub const FIXTURES: [&str; 7] = [
    "sample-case.yaml",
    "national-case.yaml",
    "national-minimal-case.yaml",
    "nmg-hrss-case.yaml",
    "changli-case.yaml",
    "midway-case.yaml",
    "archive-case.yaml",
];

pub fn sample() -> PathBuf {
    fixture("sample-case.yaml")
}

pub fn sample_text() -> String {
    std::fs::read_to_string(sample()).unwrap()
}

/// 运行 gen，返回输出。
pub fn gen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen")).args(args).output().expect("run gen")
}

/// 运行 gen，断言成功。
pub fn run_ok(args: &[&str]) -> Output {
    let o = gen(args);
    assert!(o.status.success(), "gen {args:?} 失败：{}{}", stdout(&o), stderr(&o));
    o
}

/// `gen <种类> 案卷 -o 文件夹 [其他参数]`。
pub fn render_kind(kind: &str, case: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![kind, case.to_str().unwrap(), "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    gen(&args)
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// 临时文件夹（测试结束后删除）。
pub fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// 文件夹中的文件名。
pub fn files_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

/// 把 fixtures/ 中某个附件文件夹复制到 `dir` 下同名的文件夹（附件路径相对于案卷文件所在文件夹）。
pub fn copy_attachments(dir: &Path, folder: &str) {
    let to = dir.join(folder);
    if to.exists() {
        return;
    }
    std::fs::create_dir_all(&to).unwrap();
    for e in std::fs::read_dir(repo().join("fixtures").join(folder)).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// 把样例中的一处文字替换后写入 dir/name（连同样例的附件），返回路径。被替换的文字必须存在。
pub fn variant(dir: &Path, name: &str, from: &str, to: &str) -> PathBuf {
    variant_of("sample-case.yaml", "attachments", dir, name, from, to)
}

/// 同 [`variant`]，基于 fixtures/ 中的另一个案卷及其附件文件夹。
pub fn variant_of(fixture_name: &str, attachments: &str, dir: &Path, name: &str, from: &str, to: &str) -> PathBuf {
    let text = std::fs::read_to_string(fixture(fixture_name)).unwrap();
    assert!(text.contains(from), "{fixture_name} 中没有：{from}");
    copy_attachments(dir, attachments);
    let p = dir.join(name);
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    p
}

/// 去掉所有空白（排版换行、两端对齐会插入空白）。
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// PDF 每页的文字（去空白）。
pub fn page_texts(path: &Path) -> Vec<String> {
    let pages = pdf_extract::extract_text_by_pages(path).unwrap_or_else(|e| panic!("读取 {} 的文字：{e}", path.display()));
    pages.iter().map(|p| squash(p)).collect()
}

/// PDF 中的全部文字（去空白）。
pub fn pdf_text(path: &Path) -> String {
    page_texts(path).concat()
}

/// PDF 的页数。
pub fn pdf_pages(path: &Path) -> usize {
    pdf_pages_of(&std::fs::read(path).unwrap())
}

/// PDF 字节的页数。
pub fn pdf_pages_of(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf).unwrap().get_pages().len()
}

/// PDF 中嵌入的字体名（去掉子集前缀 ABCDEF+）。
pub fn pdf_fonts(path: &Path) -> Vec<String> {
    let doc = lopdf::Document::load(path).unwrap();
    let mut names = Vec::new();
    for (_, obj) in doc.objects.iter() {
        if let Ok(dict) = obj.as_dict() {
            if dict.get(b"Type").ok().and_then(|t| t.as_name().ok()) == Some(b"Font".as_slice()) {
                if let Ok(n) = dict.get(b"BaseFont").and_then(|b| b.as_name()) {
                    let n = String::from_utf8_lossy(n).into_owned();
                    let n = n.split_once('+').map(|(_, r)| r.to_string()).unwrap_or(n);
                    names.push(n);
                }
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

/// 生成样例（或变体）的听证会公告，返回 PDF 路径。
pub fn render_notice(case: &Path, out: &Path) -> PathBuf {
    let o = render_kind("notice", case, out, &[]);
    assert!(o.status.success(), "gen notice 失败：{}", stderr(&o));
    out.join("听证会公告.pdf")
}

/// 样例中第一处以 `prefix` 开头的行的行号（1 起算）。
pub fn line_of(prefix: &str) -> usize {
    sample_text().lines().position(|l| l.starts_with(prefix)).expect("样例中有此行") + 1
}

/// 去掉跨页表格在每页重复的表头（以“序号”起头、与前面某处相同的六字以上）。
pub fn strip_repeated_headers(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let starts: Vec<usize> = (0..chars.len()).filter(|&i| chars[i..].starts_with(&['序', '号'])).collect();
    let mut drop = vec![false; chars.len()];
    for (n, &p) in starts.iter().enumerate() {
        let common = starts[..n]
            .iter()
            .map(|&q| chars[q..].iter().zip(&chars[p..]).take_while(|(a, b)| a == b).count().min(p - q))
            .max()
            .unwrap_or(0);
        if common >= 6 {
            drop[p..p + common].iter_mut().for_each(|d| *d = true);
        }
    }
    chars.iter().zip(drop).filter(|(_, d)| !d).map(|(c, _)| c).collect()
}

/// 去掉页码“—N—”。
pub fn strip_page_numbers(t: &str) -> String {
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '—' {
            let digits = chars[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 && chars.get(i + 1 + digits) == Some(&'—') {
                i += digits + 2;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// PDF 的正文：去掉空白、页码和重复的表头，段落或表格的一行跨页时前后接上。
pub fn flowing_text(path: &Path) -> String {
    strip_repeated_headers(&strip_page_numbers(&squash(&pdf_text(path))))
}

/// 把样例案卷和它的附件复制到临时文件夹，运行 `gen 命令 案卷 -o out`，断言成功；返回（临时文件夹、案卷、输出文件夹）。
pub fn run_fixture(command: &str, name: &str, attachments: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tmp();
    copy_attachments(dir.path(), attachments);
    let case = dir.path().join(name);
    std::fs::copy(fixture(name), &case).unwrap();
    let out = dir.path().join("out");
    let o = gen(&[command, case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "gen {command} {name}：{}", stderr(&o));
    (dir, case, out)
}
