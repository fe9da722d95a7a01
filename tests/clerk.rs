//! 科员第一次用就能出正确的 PDF（issue 13）：机关常用的写法照读并列为提示、一次列出全部错误（行号正确）、
//! `gen all` 能生成的都生成并逐份写明没生成的原因、进行到一半的案卷、自定义字段 extra、草稿补齐缺少的内容。

mod common;
use common::*;
use std::path::Path;

/// 进行到一半的案卷（专家已签承诺书、还没有书面意见），写成科员常见的样子：另存为 GBK、日期按 Excel 和公文的写法、
/// 是/否、“9名”，没有联系方式一节。`real_errors` 为真时再加上三处真正的错误（全角空格缩进、不存在的日期、拼错的键名）。
fn clerk_case(real_errors: bool) -> String {
    let mut t = std::fs::read_to_string(fixture("midway-case.yaml")).unwrap();
    let swap = |t: &mut String, from: &str, to: &str| {
        assert!(t.contains(from), "样例中没有“{from}”");
        *t = t.replacen(from, to, 1);
    };
    swap(&mut t, "  started_on: 2026-02-26 ", "  started_on: 2026年2月26日 ");
    swap(&mut t, "  complex: false", "  complex: 否");
    swap(&mut t, "    published_on: 2026-03-18", "    published_on: 2026/3/18");
    swap(&mut t, "    start: 2026-03-25", "    start: 2026.3.25");
    swap(&mut t, "    end: 2026-04-23", "    end: 46135");
    swap(&mut t, "    quota: 9", "    quota: 9名");
    swap(&mut t, "    start_time: \"14:30\"", "    start_time: 下午2时30分");
    // 没有联系方式：征求意见公告生成不了，其余文书照常
    drop_contact(&mut t);
    if real_errors {
        swap(&mut t, "  lead_unit: 红山区住房和城乡建设局 ", "\u{3000}lead_unit: 红山区住房和城乡建设局 ");
        swap(&mut t, "    announced_on: 2026-05-11", "    announced_on: 2026年5月32日");
        swap(&mut t, "    selection_method:", "    selection_methd:");
    }
    t
}

/// 删去案卷中的联系方式一节（`contact:` 到其后的空行）。
fn drop_contact(t: &mut String) {
    let start = t.find("contact:\n  unit:").unwrap();
    let end = start + t[start..].find("\n\n").unwrap() + 2;
    t.replace_range(start..end, "");
}

fn write_gbk(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "应真的是 GBK 编码");
    let p = dir.join(name);
    std::fs::write(&p, &bytes).unwrap();
    p
}

fn line_in(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("没有“{needle}”")) + 1
}

#[test]
fn one_run_lists_every_problem_with_its_line() {
    let dir = tmp();
    let text = clerk_case(true);
    let case = write_gbk(dir.path(), "案卷.yaml", &text);
    let o = gen(&["all", case.to_str().unwrap(), "-o", dir.path().join("out").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let at = |needle: &str| format!("案卷.yaml:{}:", line_in(&text, needle));
    for (needle, what) in [("\u{3000}lead_unit", "全角空格"), ("2026年5月32日", "没有32日"), ("selection_methd", "未知字段")]
    {
        assert!(err.contains(&format!("{}{}", at(needle), "")) && err.contains(what), "缺少第 {} 行的“{what}”：\n{err}", at(needle));
    }
    // 拼错的键名同时意味着缺少 selection_method：也在同一次列出
    assert!(err.contains("缺少必填字段“participation.hearing.selection_method”"), "{err}");
    assert!(err.contains("共 4 处错误"), "{err}");
    // 按标准写法读入的值：列为提示，各在自己的行
    for needle in ["2026年2月26日", "complex: 否", "2026/3/18", "2026.3.25", "46135", "9名", "下午2时30分"] {
        assert!(err.contains(&at(needle)), "缺少第 {} 行（{needle}）的提示：\n{err}", at(needle));
    }
    assert!(err.contains("读作 2026-02-26") && err.contains("读作 14:30") && err.contains("读作 9"), "{err}");
    // 错误按行排列
    let first = err.find(&at("\u{3000}lead_unit")).unwrap();
    let second = err.find(&at("2026年5月32日")).unwrap();
    assert!(first < second);
    assert!(!dir.path().join("out").exists(), "有错误时不应写出任何文书");
    let english = common::english::english_words(&err, &common::english::typed_words());
    assert!(english.is_empty(), "说明中有英文 {english:?}：\n{err}");
}

#[test]
fn after_fixing_the_real_errors_every_document_with_data_is_written() {
    let dir = tmp();
    let case = write_gbk(dir.path(), "案卷.yaml", &clerk_case(false));
    let out = dir.path().join("out");
    let o = gen(&["all", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let err = stderr(&o);
    // 缺少联系方式：征求意见公告没生成，退出码表明；其余照常生成
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("GBK"), "应说明按 GBK 读入：{err}");
    assert!(err.contains("以下 1 份文书没有生成") && err.contains("公开征求意见公告") && err.contains("contact"), "{err}");
    let files = files_in(&out);
    for f in [
        "听证会公告.pdf",
        "听证会参加通知-乌云娜.pdf",
        "专家承诺书-孟珺.pdf",
        "专家承诺书-包燚.pdf",
        "专家承诺书-韩堃.pdf",
        "程序期限表.pdf",
    ] {
        assert!(files.contains(f), "缺少 {f}：{files:?}");
    }
    assert!(!files.iter().any(|f| f.contains("征求意见公告")), "{files:?}");
    let english = common::english::english_words(&err, &common::english::typed_words());
    assert!(english.is_empty(), "说明中有英文 {english:?}：\n{err}");
    // 读入的写法印在文书上：下午2时30分 → 下午2:30；名字原样
    let notice = squash(&pdf_text(&out.join("听证会公告.pdf")));
    assert!(notice.contains("下午2:30"), "{notice}");
    assert!(pdf_text(&out.join("专家承诺书-韩堃.pdf")).contains("韩堃"));
}

#[test]
fn a_mid_procedure_case_renders_everything_it_has() {
    let dir = tmp();
    let o = gen(&["all", fixture("midway-case.yaml").to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(files_in(dir.path()).contains("专家承诺书-孟珺.pdf"));
    // 单独要书面意见：说明还没有意见，而不是“没有填写专家”
    let o = gen(&["expert-opinion", fixture("midway-case.yaml").to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("还没有出具书面论证意见"), "{}", stderr(&o));
}

#[test]
fn custom_fields_reach_templates_and_are_listed() {
    let dir = tmp();
    let tpl = dir.path().join("模板");
    std::fs::create_dir(&tpl).unwrap();
    let notice = std::fs::read_to_string(repo().join("templates/hearing_notice.typ.j2")).unwrap();
    let added = "\n网络直播：{{ participation.hearing.extra.直播地址 }}（经办人：{{ extra.经办人 }}）\n";
    std::fs::write(tpl.join("hearing_notice.typ.j2"), format!("{notice}{added}")).unwrap();
    let out = dir.path().join("out");
    let o = gen(&["notice", sample().to_str().unwrap(), "-o", out.to_str().unwrap(), "--templates", tpl.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = squash(&pdf_text(&out.join("听证会公告.pdf")));
    assert!(text.contains("https://live.chifeng.gov.cn/tingzheng") && text.contains("经办人：王珺"), "{text}");
    // gen fields 列出它们
    let o = run_ok(&["fields", "notice", sample().to_str().unwrap()]);
    let s = stdout(&o);
    assert!(s.contains("participation.hearing.place") && s.contains("听证会地点") && s.contains("必填"), "{s}");
    assert!(s.contains("{{ participation.hearing.extra.直播地址 }}") && s.contains("{{ extra.经办人 }}"), "{s}");
    assert!(s.contains("| 日期") && s.contains("2026年5月14日"), "{s}");
    // 没写的自定义字段：错误写明变量名和模板行
    let bad = variant(dir.path(), "无直播.yaml", "      直播地址: https://live.chifeng.gov.cn/tingzheng\n", "");
    let bad = std::fs::read_to_string(&bad).unwrap().replace("    extra:  ", "    # extra:  ");
    let badp = dir.path().join("无直播.yaml");
    std::fs::write(&badp, bad).unwrap();
    let o = gen(&["notice", badp.to_str().unwrap(), "-o", out.to_str().unwrap(), "--templates", tpl.to_str().unwrap()]);
    assert!(!o.status.success());
    let err = stderr(&o);
    let line = format!("{notice}{added}").lines().count();
    assert!(err.contains("participation.hearing.extra.直播地址") && err.contains(&format!("hearing_notice.typ.j2:{line}")), "{err}");
}

#[test]
fn drafts_fill_any_missing_field_or_section() {
    let dir = tmp();
    // 没有联系方式一节、听证会没有地点（案卷格式中的必填项）：草稿照样生成，缺的印为【待填写】
    let mut t = std::fs::read_to_string(fixture("midway-case.yaml")).unwrap();
    drop_contact(&mut t);
    let t = t.replacen("    place: 红山区人民政府第二会议室\n", "", 1);
    let case = dir.path().join("草稿.yaml");
    std::fs::write(&case, &t).unwrap();
    let out = dir.path().join("out");
    let o = gen(&["notice", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("participation.hearing.place"), "{}", stderr(&o));
    let o = gen(&["comment-notice", case.to_str().unwrap(), "-o", out.to_str().unwrap(), "--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = squash(&pdf_text(&out.join("公开征求意见公告.pdf")));
    assert!(text.contains("【待填写"), "{text}");
    assert!(stderr(&o).contains("contact"), "{}", stderr(&o));
    let o = gen(&["notice", case.to_str().unwrap(), "-o", out.to_str().unwrap(), "--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = squash(&pdf_text(&out.join("听证会公告.pdf")));
    assert!(text.contains("【待填写：participation.hearing.place（听证会地点）】"), "{text}");
}

#[test]
fn template_prose_prints_as_written_and_typst_errors_point_at_the_template_line() {
    let dir = tmp();
    let tpl = dir.path().join("模板");
    std::fs::create_dir(&tpl).unwrap();
    let notice = std::fs::read_to_string(repo().join("templates/hearing_notice.typ.j2")).unwrap();
    let prose = "\n价格 $5 元，编号 #3 楼，[备注] 见附件，邮箱 a_b@c.cn，*号。#strong[加粗]\n";
    std::fs::write(tpl.join("hearing_notice.typ.j2"), format!("{notice}{prose}")).unwrap();
    let out = dir.path().join("out");
    let args = |t: &Path| {
        vec![
            "notice".to_string(),
            sample().display().to_string(),
            "-o".into(),
            out.display().to_string(),
            "--templates".into(),
            t.display().to_string(),
        ]
    };
    let run = |t: &Path| gen(&args(t).iter().map(String::as_str).collect::<Vec<_>>());
    let o = run(&tpl);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = squash(&pdf_text(&out.join("听证会公告.pdf")));
    assert!(text.contains("价格$5元，编号#3楼，[备注]见附件，邮箱a_b@c.cn，*号。加粗"), "{text}");
    // Typst 的错误：指出模板文件和行，中文说明
    let broken = format!("{notice}\n正文\n#未定义的函数(1)\n");
    std::fs::write(tpl.join("hearing_notice.typ.j2"), &broken).unwrap();
    let o = run(&tpl);
    assert!(!o.status.success());
    let err = stderr(&o);
    let line = broken.lines().count();
    assert!(err.contains(&format!("hearing_notice.typ.j2:{line}: 错误：没有名为“未定义的函数”的函数")), "{err}");
    assert!(!err.contains("main.typ"), "{err}");
    // 没有配对的 {% if %}：指向它自己的行
    let unclosed = format!("{notice}\n{{% if decision.name %}}\n甲\n");
    std::fs::write(tpl.join("hearing_notice.typ.j2"), &unclosed).unwrap();
    let o = run(&tpl);
    let err = stderr(&o);
    assert!(err.contains(&format!("hearing_notice.typ.j2:{}: 模板语法错误：这一行的 {{% if %}} 没有配对", line - 1)), "{err}");
}

/// issue 13 的原话：模板写 `{{ extra.直播地址 }}`，案卷最外层写 `extra: {直播地址: …}`，印出它，gen fields notice 列出它。
#[test]
fn the_issue_s_own_extra_example() {
    let dir = tmp();
    let tpl = dir.path().join("模板");
    std::fs::create_dir(&tpl).unwrap();
    let notice = std::fs::read_to_string(repo().join("templates/hearing_notice.typ.j2")).unwrap();
    std::fs::write(tpl.join("hearing_notice.typ.j2"), format!("{notice}\n直播：{{{{ extra.直播地址 }}}}\n")).unwrap();
    let text = std::fs::read_to_string(fixture("midway-case.yaml")).unwrap() + "\nextra: {直播地址: https://live.example.gov.cn/7}\n";
    let case = dir.path().join("案卷.yaml");
    std::fs::write(&case, text).unwrap();
    let out = dir.path().join("out");
    let o = gen(&["notice", case.to_str().unwrap(), "-o", out.to_str().unwrap(), "--templates", tpl.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(squash(&pdf_text(&out.join("听证会公告.pdf"))).contains("直播：https://live.example.gov.cn/7"));
    let s = stdout(&run_ok(&["fields", "notice", case.to_str().unwrap()]));
    assert!(s.contains("{{ extra.直播地址 }}") && s.contains("https://live.example.gov.cn/7"), "{s}");
}
