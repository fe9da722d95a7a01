//! 测试共用：运行 `gen`、读取 PDF 的文字、字体和页数。
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample() -> PathBuf {
    repo().join("fixtures/sample-case.yaml")
}

pub fn sample_text() -> String {
    std::fs::read_to_string(sample()).unwrap()
}

/// 运行 gen，返回输出。
pub fn gen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gen")).args(args).output().expect("run gen")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// 临时文件夹（测试结束后删除）。
pub fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

/// 把样例中的一行替换后写入 dir/name，返回路径。被替换的行必须存在。
pub fn variant(dir: &Path, name: &str, from: &str, to: &str) -> PathBuf {
    let text = sample_text();
    assert!(text.contains(from), "样例中没有：{from}");
    let p = dir.join(name);
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    p
}

/// PDF 中的全部文字，去掉所有空白（排版换行、两端对齐会插入空白）。
pub fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("extract text");
    squash(&text)
}

pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// PDF 的页数。
pub fn pdf_pages(path: &Path) -> usize {
    lopdf::Document::load(path).unwrap().get_pages().len()
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
    let o = gen(&["notice", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "gen notice 失败：{}", stderr(&o));
    out.join("听证会公告.pdf")
}

/// 样例中第一处以 `prefix` 开头的行的行号（1 起算）。
pub fn line_of(prefix: &str) -> usize {
    sample_text().lines().position(|l| l.starts_with(prefix)).expect("样例中有此行") + 1
}
