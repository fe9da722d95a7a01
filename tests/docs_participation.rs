//! 公众参与的记录型文书：听证参加人遴选办法、听证会报名表、名单公告、听证会记录、座谈会通知、实地走访计划、
//! 调查问卷、民意调查报告、意见未采纳情况反馈。断言条文列出的内容和案卷中记录的内容都印在文书上。
mod common;
use common::*;

use serde_norway::Value;

const FOUR: [(&str, &str); 4] = [
    ("sample-case.yaml", "attachments"),
    ("national-case.yaml", "national-attachments"),
    ("nmg-hrss-case.yaml", "nmg-hrss-attachments"),
    ("changli-case.yaml", "changli-attachments"),
];

fn yaml(name: &str) -> Value {
    serde_norway::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap()
}

fn s(v: &Value) -> String {
    match v {
        Value::String(x) => x.clone(),
        Value::Number(n) => n.to_string(),
        other => panic!("不是文字：{other:?}"),
    }
}

fn list(v: &Value) -> Vec<Value> {
    v.as_sequence().cloned().unwrap_or_default()
}

/// `gen <kind> fixture -o out`，返回文书的正文（去空白）。
fn render(kind: &str, name: &str, attachments: &str) -> (tempfile::TempDir, Vec<String>) {
    let (dir, _case, out) = run_fixture(kind, name, attachments);
    let mut texts = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "pdf")) {
        texts.push(flowing_text(f));
    }
    assert!(!texts.is_empty(), "gen {kind} {name} 没有生成文书");
    (dir, texts)
}

fn has(text: &str, want: &str, what: &str) {
    let w = squash(want);
    assert!(text.contains(&w), "{what}：文书中没有“{w}”\n{text}");
}

#[test]
fn hearing_selection_prints_principles_groups_conditions_and_steps() {
    for (name, att) in FOUR {
        let (_d, t) = render("hearing-selection", name, att);
        let t = &t[0];
        let h = &yaml(name)["participation"]["hearing"];
        let sel = &h["selection"];
        // 条例 第十六条：公平公开组织遴选，保证相关各方都有代表；昌黎规定 第十六条：持不同观点的各方人数基本相当
        if name.starts_with("changli") {
            has(t, "按照持不同观点的各方人数基本相当的原则", name);
        } else {
            has(t, "公平公开组织遴选，保证相关各方都有代表参加听证会", name);
        }
        for x in list(&sel["principles"]).iter().chain(&list(&sel["conditions"])).chain(&list(&sel["steps"])) {
            has(t, s(x).trim_end_matches('。'), name);
        }
        let mut total = 0;
        for g in list(&sel["groups"]) {
            has(t, &s(&g["category"]), name);
            has(t, &format!("{}名", s(&g["quota"])), name);
            has(t, &s(&g["method"]), name);
            total += g["quota"].as_u64().unwrap();
        }
        assert_eq!(total, h["quota"].as_u64().unwrap(), "{name}：各类名额之和应等于公告的参加人名额");
        has(t, &format!("听证会参加人{total}名"), name);
        has(t, "名单，在听证会举行前向社会公布", name);
        has(t, &s(&h["organizer"]), name);
    }
}

#[test]
fn hearing_form_is_a_form_with_categories_deadline_and_conditions() {
    for (name, att) in FOUR {
        let (_d, t) = render("hearing-form", name, att);
        let t = &t[0];
        let h = &yaml(name)["participation"]["hearing"];
        for label in ["姓名", "身份证号码", "联系电话", "报名类别", "对听证事项的基本观点", "主要意见和理由", "本人签名"]
        {
            has(t, label, name);
        }
        for g in list(&h["selection"]["groups"]) {
            has(t, &format!("□{}（{}名）", s(&g["category"]), s(&g["quota"])), name);
        }
        for c in list(&h["form"]["conditions"]) {
            has(t, &s(&c), name);
        }
        has(t, &s(&h["registration"]["contact"]["phone"]), name);
        has(t, "□旁听人员", name);
        // 报名截止日期
        let end = s(&h["registration"]["end"]);
        let (y, m, d) = (&end[0..4], end[5..7].trim_start_matches('0'), end[8..10].trim_start_matches('0'));
        has(t, &format!("至{y}年{m}月{d}日"), name);
    }
}

#[test]
fn participants_notice_lists_every_participant() {
    for (name, att) in FOUR {
        let (_d, t) = render("hearing-participants", name, att);
        let t = &t[0];
        let h = &yaml(name)["participation"]["hearing"];
        has(t, "听证会参加人名单公告", name);
        for p in list(&h["participants"]) {
            has(t, &s(&p["name"]), name);
            has(t, &s(&p["category"]), name);
        }
        has(t, &s(&h["participants_notice"]["process"]), name);
        for c in list(&h["participants_notice"]["channels"]) {
            has(t, &s(&c), name);
        }
    }
}

#[test]
fn hearing_record_lets_participants_recorder_and_chair_sign() {
    for (name, att) in FOUR {
        let h = &yaml(name)["participation"]["hearing"];
        // 每个规则体系的完整样例都开了听证会，都有听证会记录
        assert!(!h["record"].is_null(), "{name}：完整样例应记录听证会记录");
        let (_d, t) = render("hearing-record", name, att);
        let t = &t[0];
        // 条例 第十七条（三）：听证参加人确认听证会记录并签字
        has(t, "听证参加人确认听证会记录并签字", name);
        for p in list(&h["participants"]) {
            has(t, &format!("{}听证会参加人（{}）", s(&p["name"]), s(&p["category"])), name);
        }
        has(t, &format!("{}记录人", s(&h["record"]["recorder"])), name);
        // 条例 第十七条（一）（二）：承办单位的介绍和参加人的陈述、询问、质证、辩论，照案卷印出
        has(t, "决策承办单位介绍决策草案、依据和有关情况", name);
        for sp in list(&h["record"]["speeches"]) {
            has(t, &format!("{}（{}）：", s(&sp["speaker"]), s(&sp["kind"])), name);
        }
        has(t, "主持人签名：", name);
    }
}

#[test]
fn symposium_notice_gives_time_place_and_materials() {
    for (name, att) in FOUR {
        let (_d, texts) = render("symposium-notice", name, att);
        let syms = list(&yaml(name)["participation"]["symposiums"]);
        assert_eq!(texts.len(), syms.len(), "{name}：每次座谈会一份通知");
        for (t, sy) in texts.iter().zip(&syms) {
            has(t, "时间和地点", name);
            has(t, &s(&sy["place"]), name);
            for m in list(&sy["materials"]) {
                has(t, &s(&m), name);
            }
            has(t, "随本通知一并送达", name);
            for a in list(&sy["attendees"]) {
                has(t, &s(&a), name);
            }
        }
    }
}

#[test]
fn field_visit_plan_lists_problems_targets_and_topics() {
    let (_d, t) = render("field-visit-plan", "sample-case.yaml", "attachments");
    let t = &t[0];
    let v = &yaml("sample-case.yaml")["participation"]["field_visit"];
    // 赤峰公众参与规则 第九条：梳理问题、走访计划、有代表性的区域、群体、企业和行业协会商会
    has(t, "相关领域存在的问题", "field-visit");
    has(t, "有代表性的区域、群体、企业和行业协会商会", "field-visit");
    for x in list(&v["problems"]).iter().chain(&list(&v["topics"])) {
        has(t, &s(x), "field-visit");
    }
    for x in list(&v["targets"]) {
        // 表格中长的走访对象在栏内折行，抽出的文字与后一栏交错：只核对前几个字
        let n: String = s(&x["name"]).chars().take(6).collect();
        has(t, &n, "field-visit");
        has(t, &s(&x["category"]), "field-visit");
    }
}

#[test]
fn questionnaire_and_poll_report() {
    for (name, att) in [("sample-case.yaml", "attachments"), ("changli-case.yaml", "changli-attachments")] {
        let p = &yaml(name)["participation"];
        let (_d, qs) = render("questionnaire", name, att);
        for (t, poll) in qs.iter().zip(&list(&p["polls"])) {
            has(t, &s(&poll["title"]), name);
            has(t, "予以保密", name);
            for q in list(&poll["questions"]) {
                has(t, &s(&q["text"]), name);
                for o in list(&q["options"]) {
                    has(t, &format!("□{}", s(&o)), name);
                }
            }
            for f in list(&poll["respondent_fields"]) {
                has(t, &format!("{}：", s(&f)), name);
            }
        }
        let (_d2, rs) = render("poll-report", name, att);
        for (t, r) in rs.iter().zip(&list(&p["poll_reports"])) {
            for head in ["调查基本情况", "调查结果", "社会认同度和承受度分析", "调查结论"] {
                has(t, head, name);
            }
            has(t, &s(&r["sample"]), name);
            has(t, &s(&r["conclusion"]), name);
            for f in list(&r["findings"]) {
                has(t, &s(&f), name);
            }
            has(t, &format!("回收有效问卷{}份", s(&r["valid"])), name);
            if name.starts_with("changli") {
                // 昌黎规定 第二十二条：补充完善决策事项，与报告一并报县决策咨询服务中心
                has(t, "昌黎县决策咨询服务中心：", name);
                has(t, "对决策事项的补充完善", name);
                for x in list(&r["improvements"]) {
                    has(t, &s(&x), name);
                }
            }
        }
    }
}

#[test]
fn opinion_feedback_gives_reason_and_method() {
    for (name, att) in [("sample-case.yaml", "attachments"), ("changli-case.yaml", "changli-attachments")] {
        let (_d, t) = render("opinion-feedback", name, att);
        let t = &t[0];
        has(t, "相对集中而未予采纳的意见", name);
        for x in list(&yaml(name)["participation"]["feedback"]["items"]) {
            has(t, &s(&x["content"]), name);
            has(t, &format!("提出情况：{}", s(&x["raised_by"])), name);
            has(t, &format!("未予采纳的理由：{}", s(&x["reason"])), name);
            has(t, &format!("反馈方式：{}", s(&x["method"])), name);
        }
    }
}

/// 没有记录意见反馈说明的案卷（国家）：草稿印出【待填写】；正式生成时报错并指出缺少的字段。
#[test]
fn unrecorded_kind_drafts_and_refuses() {
    let dir = tmp();
    copy_attachments(dir.path(), "national-attachments");
    let case = dir.path().join("c.yaml");
    std::fs::copy(fixture("national-case.yaml"), &case).unwrap();
    let out = dir.path().join("out");
    let o = render_kind("opinion-feedback", &case, &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).find(|p| p.extension().is_some_and(|e| e == "pdf"));
    let t = pdf_text(&pdf.expect("草稿"));
    assert!(t.contains("【待填写"), "{t}");
    assert!(t.contains("participation.feedback.items") || t.contains("相对集中而未予采纳的意见"), "{t}");
    let o = render_kind("opinion-feedback", &case, &dir.path().join("final"), &[]);
    assert!(!o.status.success(), "没有记录仍然正式生成了");
    assert!(stderr(&o).contains("participation.feedback"), "{}", stderr(&o));
}

/// 遴选办法缺少必填的遴选程序：正式生成报错并写明字段；加 --draft 印出【待填写】。
#[test]
fn missing_required_field_is_named() {
    let dir = tmp();
    let from = "      steps:                                          # 遴选程序\n        - 2026年5月8日至5月22日接受报名\n        - 5月25日前对报名人进行资格审查\n        - 5月27日在赤峰市公证处公证下随机抽取，确定听证会参加人\n        - 听证会举行5日前在赤峰市人民政府门户网站公布听证会参加人名单\n";
    let case = variant(dir.path(), "c.yaml", from, "");
    let out = dir.path().join("out");
    let o = render_kind("hearing-selection", &case, &out, &[]);
    assert!(!o.status.success(), "缺少遴选程序仍然生成了");
    let e = stderr(&o);
    assert!(e.contains("participation.hearing.selection.steps"), "{e}");
    let o = render_kind("hearing-selection", &case, &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().path()).find(|p| p.extension().is_some_and(|e| e == "pdf")).unwrap();
    assert!(pdf_text(&pdf).contains("【待填写"));
}
