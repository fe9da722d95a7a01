//! `gen watch`：保存案卷后重新生成有变化的文书；出错时列出错误，已有的 PDF 不动（issue 16）。

mod common;
use common::*;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// 等到输出中出现以 `prefix` 开头的一行，返回这一行。
fn wait_for(rx: &mpsc::Receiver<String>, prefix: &str) -> String {
    loop {
        match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(line) if line.starts_with(prefix) => return line,
            Ok(_) => continue,
            Err(e) => panic!("等“{prefix}”时：{e}"),
        }
    }
}

/// 像编辑器那样保存：写新文件再改名。
fn save(path: &std::path::Path, text: &str) {
    let tmp = path.with_extension("yaml.saving");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn watch_rerenders_what_changed_and_keeps_the_last_good_pdf() {
    let dir = tmp();
    copy_attachments(dir.path(), "attachments");
    let case = dir.path().join("case.yaml");
    let text = sample_text();
    std::fs::write(&case, &text).unwrap();
    let out = dir.path().join("out");
    let mut child = Command::new(env!("CARGO_BIN_EXE_gen"))
        .args(["watch", case.to_str().unwrap(), "-o", out.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let (etx, erx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).for_each(|l| drop(tx.send(l))));
    std::thread::spawn(move || BufReader::new(stderr).lines().map_while(Result::ok).for_each(|l| drop(etx.send(l))));

    let first = wait_for(&rx, "已更新");
    assert!(first.contains("听证会公告.pdf"), "{first}");
    wait_for(&rx, "正在监视");
    let notice = out.join("听证会公告.pdf");
    let old_place = "赤峰市行政中心三楼第一会议室";
    assert!(squash(&pdf_text(&notice)).contains(old_place));
    let list = out.join("意见未采纳情况反馈.pdf");
    let list_before = std::fs::read(&list).ok();

    // 改一个字段：听证会地点
    save(&case, &text.replace(old_place, "赤峰市政务服务中心二楼报告厅"));
    let line = wait_for(&rx, "已更新");
    assert!(line.contains("听证会公告.pdf"), "{line}");
    assert!(!line.contains("意见未采纳情况反馈"), "与地点无关的文书不应重写：{line}");
    let now = squash(&pdf_text(&notice));
    assert!(now.contains("赤峰市政务服务中心二楼报告厅") && !now.contains(old_place), "{now}");
    assert_eq!(std::fs::read(&list).ok(), list_before, "没有变化的文书不重写");

    // 写坏了：列出错误，PDF 留着
    let good = std::fs::read(&notice).unwrap();
    save(&case, &text.replace("decision:", "decision: [").replace(old_place, "不应出现的地点"));
    let err = wait_for(&erx, "错误");
    assert!(err.contains("case.yaml"), "{err}");
    assert_eq!(std::fs::read(&notice).unwrap(), good, "出错时已有的 PDF 不动");

    // 改回正确的：又能生成
    save(&case, &text);
    let line = wait_for(&rx, "已更新");
    assert!(line.contains("听证会公告.pdf"), "{line}");
    assert!(squash(&pdf_text(&notice)).contains(old_place));
    child.kill().unwrap();
    let _ = child.wait();
}
