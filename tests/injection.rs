//! 案卷中的文字永远只是文字：不能执行 Typst 代码、不能读文件、不能变成标记。

mod common;
use common::*;

const PAYLOADS: &[&str] = &[
    "#read(\"/etc/passwd\")",
    "$x$",
    "]",
    "\\",
    "//注释",
    "/*块注释*/",
    "<lbl>",
    "@ref",
    "*b*",
    "_i_",
    "`code`",
    "```raw```",
    "https://x.y",
    "#set page(width: 10pt)",
    "~ -- --- ... -? 1.",
    "[链接](x)",
];

const LINE_START: &[&str] = &["= 标题", "- 列表", "+ 编号", "/ 术语: 解释", "1. 编号"];

fn escape_yaml(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[test]
fn every_payload_prints_literally() {
    let dir = tmp();
    // 放进地点（行内）和听证内容（段首，检验行首标记）
    let inline = PAYLOADS.join("甲");
    let mut case = sample_text().replacen(
        "    place: 赤峰市行政中心三楼第一会议室（松山区玉龙大街1号）",
        &format!("    place: {}", escape_yaml(&inline)),
        1,
    );
    let subject_line = case.lines().find(|l| l.starts_with("    subject:")).unwrap().to_string();
    let block = LINE_START.join("\n");
    case = case.replacen(&subject_line, &format!("    subject: {}", escape_yaml(&block)), 1);
    let p = dir.path().join("inj.yaml");
    std::fs::write(&p, &case).unwrap();
    let pdf = render_notice(&p, dir.path());
    let text = pdf_text(&pdf);
    for pl in PAYLOADS.iter().chain(LINE_START) {
        assert!(text.contains(&squash(pl)), "“{pl}”没有原样印出\n{text}");
    }
    assert!(!text.contains("root:x:0"), "读到了 /etc/passwd");
    // 没有生成链接
    let raw = std::fs::read(&pdf).unwrap();
    assert!(!raw.windows(5).any(|w| w == b"/Link"), "出现了链接注释");
    // 页面宽度没有被改掉（A4 = 595.28pt）
    let doc = lopdf::Document::load(&pdf).unwrap();
    for (_, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).unwrap();
        let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
        let w = mb[2].as_float().unwrap();
        assert!((w - 595.28).abs() < 0.1, "页面宽度被改为 {w}");
    }
}
