//! 错误输入：中文说明含文件:行:列、字段路径和期望；已有的输出文件不受影响。

mod common;
use common::*;
use std::path::Path;

/// 先生成一份好的公告，再用坏案卷生成同一位置：必须失败、说明含 `needles`、原文件字节不变。
fn assert_rejected(bad: &Path, out: &Path, needles: &[&str]) {
    let pdf = out.join("听证会公告.pdf");
    let before = std::fs::read(&pdf).expect("先有一份好的公告");
    let o = gen(&["notice", bad.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(!o.status.success(), "坏输入竟然成功了");
    let err = stderr(&o);
    for n in needles {
        assert!(err.contains(n), "错误信息缺少“{n}”：\n{err}");
    }
    assert_eq!(std::fs::read(&pdf).unwrap(), before, "已有的输出文件被改动了");
    let leftovers: Vec<_> =
        std::fs::read_dir(out).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().ends_with(".tmp")).collect();
    assert!(leftovers.is_empty(), "留下了临时文件");
}

fn setup() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tmp();
    let out = dir.path().join("out");
    render_notice(&sample(), &out);
    (dir, out)
}

#[test]
fn yaml_syntax_error_has_line_and_column() {
    let (dir, out) = setup();
    let bad = variant(dir.path(), "bad.yaml", "    quota: 15 ", "    quota: [15 ");
    assert_rejected(&bad, &out, &["bad.yaml:", "错误"]);
    let bad = variant(dir.path(), "bad2.yaml", "  organ: 赤峰市人民政府", "  organ: 赤峰市人民政府\n organ2: x");
    assert_rejected(&bad, &out, &["bad2.yaml:"]);
}

#[test]
fn type_error_names_field_and_expectation() {
    let (dir, out) = setup();
    let bad = variant(dir.path(), "bad.yaml", "    quota: 15 ", "    quota: 十五 ");
    assert_rejected(
        &bad,
        &out,
        &[&format!("bad.yaml:{}:12", line_of("    quota: ")), "participation.hearing.quota", "听证会参加人名额", "应为整数", "十五"],
    );
}

#[test]
fn misspelt_field_is_an_error_with_suggestion() {
    let (dir, out) = setup();
    let bad = variant(dir.path(), "bad.yaml", "    place: 赤峰市行政中心", "    plcae: 赤峰市行政中心");
    assert_rejected(&bad, &out, &[&format!("bad.yaml:{}:5", line_of("    place: ")), "未知字段“plcae”", "是否应为“place”"]);
}

#[test]
fn missing_required_field_is_named_in_chinese() {
    let (dir, out) = setup();
    let text = sample_text();
    let line = text.lines().find(|l| l.trim_start().starts_with("selection_method:")).unwrap();
    let bad = variant(dir.path(), "bad.yaml", &format!("{line}\n"), "");
    assert_rejected(
        &bad,
        &out,
        &[
            &format!("bad.yaml:{}:3", line_of("  hearing:")),
            "缺少必填字段“participation.hearing.selection_method”",
            "参加人产生办法",
            "participation.hearing.selection_method",
        ],
    );
}

#[test]
fn fullwidth_colon_is_detected_and_explained() {
    let (dir, out) = setup();
    let bad = variant(dir.path(), "bad.yaml", "    quota: 15 ", "    quota：15 ");
    assert_rejected(&bad, &out, &[&format!("bad.yaml:{}:10", line_of("    quota: ")), "全角冒号", "quota: "]);
}

#[test]
fn impossible_date_is_rejected_with_its_field() {
    let (dir, out) = setup();
    let bad = variant(dir.path(), "bad.yaml", "    date: 2026-06-12 ", "    date: 2026-02-30 ");
    assert_rejected(
        &bad,
        &out,
        &[&format!("bad.yaml:{}:11", line_of("    date: 2026-06-12")), "participation.hearing.date", "听证会举行日期", "2026年2月没有30日"],
    );
}

#[test]
fn unknown_rule_set_lists_the_choices() {
    let (dir, out) = setup();
    let bad = variant(dir.path(), "bad.yaml", "rules: chifeng", "rules: chifen");
    assert_rejected(&bad, &out, &[&format!("bad.yaml:{}:8", line_of("rules: ")), "chifen", "national、chifeng、nmg-hrss、changli"]);
}

#[test]
fn missing_hearing_section_names_the_section() {
    let (dir, out) = setup();
    // 去掉整个 hearing 段（到 symposiums 之前）
    let text = sample_text();
    let a = text.find("  # 听证会\n").unwrap();
    let b = text.find("  # 座谈会\n").unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, format!("{}{}", &text[..a], &text[b..])).unwrap();
    assert_rejected(&bad, &out, &["participation.hearing", "听证会", "第十二条"]);
}

#[test]
fn missing_case_file_and_bad_encoding() {
    let (dir, out) = setup();
    assert_rejected(&dir.path().join("nope.yaml"), &out, &["无法读取案卷文件", "文件不存在"]);
    let gbk = dir.path().join("gbk.yaml");
    // 0xFF 在 UTF-8 和 GB18030 中都不能出现：编码认不出，指出位置，不用“?”顶替
    std::fs::write(&gbk, b"rules: chifeng\ndecision:\n  name: \xb2\xe2\xff\n").unwrap();
    assert_rejected(&gbk, &out, &["gbk.yaml", "第 3 行", "编码无法识别", "UTF-8"]);
}

#[test]
fn exit_code_is_nonzero_and_stdout_is_empty_on_error() {
    let dir = tmp();
    let bad = variant(dir.path(), "bad.yaml", "rules: chifeng", "rules: 赤峰");
    let o = gen(&["notice", bad.to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).starts_with("错误："));
}
