//! 专家论证和风险评估的记录型文书：论证专家遴选情况、论证材料送达单、专家论证会议记录、意见采纳情况及反馈、委托合同要点、
//! 风险评估工作方案、风险评估结论和决策建议、风险评估报告备案函。
//! 每种文书在有依据的每个规则体系的样例案卷中生成，核对条文列出的各项（按条文的顺序）和案卷中记录的内容（从案卷读出，不抄写）。

mod common;
use common::*;

use std::path::{Path, PathBuf};

use juece::input::case::Case;
use juece::input::parse_case;

/// 四个规则体系的完整样例案卷和它们的附件文件夹。
const FULL: [(&str, &str); 4] = [
    ("sample-case.yaml", "attachments"),
    ("national-case.yaml", "national-attachments"),
    ("nmg-hrss-case.yaml", "nmg-hrss-attachments"),
    ("changli-case.yaml", "changli-attachments"),
];

fn attachments_of(name: &str) -> &'static str {
    FULL.iter().find(|(f, _)| *f == name).map(|(_, a)| *a).unwrap()
}

fn case_of(name: &str) -> Case {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    parse_case(&text, name).unwrap()
}

/// 生成一种文书，返回（临时文件夹, 输出的 PDF）。每项一份的取第一份。
fn render(kind: &str, name: &str) -> (tempfile::TempDir, PathBuf) {
    let (dir, _case, out) = run_fixture(kind, name, attachments_of(name));
    let pdf = only_pdf(&out);
    (dir, pdf)
}

fn only_pdf(out: &Path) -> PathBuf {
    let mut pdfs: Vec<PathBuf> =
        std::fs::read_dir(out).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "pdf")).collect();
    pdfs.sort();
    assert!(!pdfs.is_empty(), "{} 中没有生成 PDF", out.display());
    pdfs.remove(0)
}

fn text(kind: &str, name: &str) -> String {
    let (_dir, pdf) = render(kind, name);
    flowing_text(&pdf)
}

/// `text` 中依次出现 `items`（按条文的顺序），返回缺少或顺序不对的第一项。
fn assert_in_order(text: &str, items: &[&str], what: &str) {
    let mut at = 0;
    for it in items {
        let s = squash(it);
        match text[at..].find(&s) {
            Some(i) => at += i + s.len(),
            None => panic!("{what}：缺少“{it}”，或不在应有的位置（按条文顺序）\n{text}"),
        }
    }
}

fn assert_has(text: &str, item: &str, what: &str) {
    assert!(text.contains(&squash(item)), "{what}：缺少“{item}”\n{text}");
}

#[test]
fn expert_selection_lists_the_experts_and_how_they_were_chosen() {
    for (name, _) in FULL {
        let case = case_of(name);
        let e = case.experts.as_ref().unwrap();
        let s = e.selection.as_ref().expect("样例案卷记录了专家遴选情况");
        let t = text("expert-selection", name);
        let what = format!("{name} 的论证专家遴选情况");
        for m in &e.members {
            assert_has(&t, &m.name, &what);
        }
        assert_in_order(&t, &[&s.method, &s.considerations, &s.interest_check], &what);
        if name.starts_with("changli") {
            // 昌黎规定 第三十二条（一）：拟聘请相关专家组建议报县决策咨询服务中心确定
            assert_in_order(
                &t,
                &["拟聘请论证专家组的建议", "昌黎县决策咨询服务中心：", "第三十二条第（一）项", "拟聘请的专家", "妥否，请予确定"],
                &what,
            );
            assert!(!t.contains("经办人签名"), "{what}：建议加盖印章，不是经办人签名的记录");
        } else {
            assert_in_order(&t, &["遴选方式", "选定的专家", "遴选考虑", "直接利害关系审查", "经办人签名"], &what);
        }
    }
}

#[test]
fn expert_delivery_lists_materials_focus_and_a_receipt_line_per_expert() {
    for name in ["sample-case.yaml", "nmg-hrss-case.yaml", "changli-case.yaml"] {
        let case = case_of(name);
        let e = case.experts.as_ref().unwrap();
        let d = e.delivery.as_ref().expect("样例案卷记录了论证材料送达单");
        let t = text("expert-delivery", name);
        let what = format!("{name} 的论证材料送达单");
        // 赤峰专家库办法 第十四条等：决策草案、起草说明、论证重点以及相关材料
        let mut items: Vec<&str> = vec!["送达材料"];
        items.extend(d.materials.iter().map(String::as_str));
        items.push("论证重点");
        items.extend(d.focus.iter().map(String::as_str));
        assert_in_order(&t, &items, &what);
        assert_has(&t, &d.date.chinese(), &what);
        let members: Vec<&str> = e.members.iter().map(|m| m.name.as_str()).collect();
        let mut sign = vec!["签收人", "签收日期"];
        sign.extend(members);
        assert_in_order(&t, &sign, &what);
    }
}

#[test]
fn expert_delivery_is_not_due_in_national() {
    // 条例对送达论证材料没有专门的条文：国家规则体系的 gen all 不生成送达单
    let (_dir, _case, out) = run_fixture("all", "national-case.yaml", "national-attachments");
    let files = files_in(&out);
    assert!(!files.iter().any(|f| f.contains("论证材料送达单")), "{files:?}");
    assert!(files.iter().any(|f| f.contains("论证专家遴选情况")), "{files:?}");
    assert!(!files.iter().any(|f| f.contains("风险评估报告备案函")), "备案函只有赤峰有：{files:?}");
}

#[test]
fn expert_meeting_record_has_speeches_and_every_signature() {
    for name in ["sample-case.yaml", "nmg-hrss-case.yaml"] {
        let case = case_of(name);
        let e = case.experts.as_ref().unwrap();
        let r = e.meeting_record.as_ref().expect("样例案卷记录了专家论证会议记录");
        let t = text("expert-meeting-record", name);
        let what = format!("{name} 的专家论证会议记录");
        let mut items = vec![format!("主持人：{}", r.chair), format!("记录人：{}", r.recorder), r.introduction.clone()];
        for s in &r.speeches {
            items.push(format!("{}：{}", s.speaker, s.content));
        }
        items.push(r.summary.clone());
        items.push("签名".into());
        items.extend(e.members.iter().map(|m| m.name.clone()));
        items.push(r.recorder.clone());
        items.push("主持人签名".into());
        let items: Vec<&str> = items.iter().map(String::as_str).collect();
        assert_in_order(&t, &items, &what);
    }
}

#[test]
fn expert_feedback_gives_each_opinion_its_adoption_and_reason() {
    let basis = [
        ("sample-case.yaml", "《赤峰市重大行政决策咨询论证专家库管理办法》第十六条"),
        ("national-case.yaml", "《重大行政决策程序暂行条例》第二十九条"),
        ("nmg-hrss-case.yaml", "《内蒙古自治区人力资源和社会保障厅重大行政决策专家论证办法》第十六条"),
        ("changli-case.yaml", "第三十二条"),
    ];
    for (name, citation) in basis {
        let case = case_of(name);
        let e = case.experts.as_ref().unwrap();
        let f = e.feedback.as_ref().expect("样例案卷记录了研究采纳情况及反馈");
        let t = text("expert-feedback", name);
        let what = format!("{name} 的专家论证意见研究采纳情况及反馈");
        assert_in_order(&t, &["参加论证的各位专家：", citation, &f.summary, "各位专家意见的采纳情况"], &what);
        // 表格的一行可能跨页（跨页处两栏的文字交错）：每位专家核对姓名、意见和理由的开头
        let head = |s: &str| s.chars().take(4).collect::<String>();
        for m in &e.members {
            let o = m.opinion.as_ref().unwrap();
            let mut row = vec![m.name.clone(), head(&o.suggestions)];
            if let Some(reason) = &o.adoption_reason {
                row.push(head(reason));
            }
            let row: Vec<&str> = row.iter().map(String::as_str).collect();
            assert_in_order(&t, &row, &what);
        }
        assert_has(&t, &format!("以{}方式送达各位专家", f.method), &what);
    }
}

#[test]
fn commission_prints_the_contract_clauses_in_the_statute_order() {
    for (name, _) in FULL {
        let case = case_of(name);
        let c = case.commissions.first().expect("样例案卷记录了委托合同");
        let t = text("commission", name);
        let what = format!("{name} 的委托合同要点");
        // 赤峰后评估规则 第八条：评估内容、质量要求、完成期限、评估经费、评估成果归属、保密条款和违约责任
        assert_in_order(
            &t,
            &[
                "委托方",
                "受托方",
                &c.contractor,
                "委托内容",
                &c.content,
                "质量要求",
                &c.quality,
                "完成期限",
                &c.deadline.unwrap().chinese(),
                "经费",
                &c.fee,
                "成果归属",
                &c.ownership,
                "保密条款",
                &c.confidentiality,
                "违约责任",
                &c.liability,
            ],
            &what,
        );
        match name {
            "sample-case.yaml" => assert_has(&t, "未经委托方同意，不得将委托内容转委托", &what),
            "changli-case.yaml" => {
                assert_has(&t, "不得擅自将委托事项转包或变相转包", &what);
                assert_has(&t, "纳入不良信用记录", &what);
            }
            _ => {}
        }
    }
}

#[test]
fn risk_plan_has_the_statutory_items_and_changli_the_team() {
    for name in ["sample-case.yaml", "nmg-hrss-case.yaml", "changli-case.yaml"] {
        let case = case_of(name);
        let r = case.risk.as_ref().unwrap();
        let p = r.plan.as_ref().expect("样例案卷记录了风险评估工作方案");
        let t = text("risk-plan", name);
        let what = format!("{name} 的风险评估工作方案");
        // 评估目的、评估对象与内容、评估标准、评估步骤与方法（赤峰风险评估规则 第九条（一）；人社厅风险评估办法 第八条（一））
        let mut items = vec!["评估目的", p.purpose.as_str(), "评估对象与内容", &p.scope, "评估标准", &p.criteria, "评估步骤与方法"];
        items.extend(p.steps.iter().map(String::as_str));
        assert_in_order(&t, &items, &what);
        assert_has(&t, &r.assessor, &what);
        if name.starts_with("changli") {
            // 昌黎规定 第三十六条（一）：成立评估小组
            let mut team = vec!["评估目的", "评估小组"];
            team.extend(p.team.iter().map(|m| m.name.as_str()));
            team.push("评估对象与内容");
            assert_in_order(&t, &team, &what);
        } else {
            assert!(!t.contains("评估小组"), "{what}：没有评估小组时不印这一部分");
        }
    }
}

#[test]
fn risk_recommendation_follows_the_level_and_the_reassessment() {
    for (name, treatment) in [
        ("sample-case.yaml", "低风险的，可以直接提出决策建议"),
        ("changli-case.yaml", "低风险的，决策可予以实施，但应采取有效措施应对潜在风险"),
    ] {
        let case = case_of(name);
        let r = case.risk.as_ref().unwrap();
        let c = r.recommendation.as_ref().expect("样例案卷记录了评估结论和决策建议");
        let t = text("risk-recommendation", name);
        let what = format!("{name} 的风险评估结论和决策建议");
        let organ = format!("{}：", case.decision.organ);
        let mut items = vec![organ.as_str(), "评估结论", &r.conclusion];
        for a in &r.reassessments {
            items.push(&a.adjustment);
        }
        items.extend(["重新评估的风险等级为低风险", treatment, "风险防范和化解措施"]);
        items.extend(r.measures.iter().map(String::as_str));
        items.extend(["决策建议", &c.recommendation, &c.reasons, "特此报告"]);
        assert_in_order(&t, &items, &what);
    }
}

#[test]
fn risk_filing_goes_to_the_committee_before_the_government() {
    let case = case_of("sample-case.yaml");
    let r = case.risk.as_ref().unwrap();
    let f = r.filing.as_ref().expect("样例案卷记录了备案函");
    let t = text("risk-filing", "sample-case.yaml");
    let what = "赤峰的风险评估报告备案函";
    // 赤峰风险评估规则 第十二条：评估主体送同级党委政法委进行程序性审查备案后，报送市、旗县区政府
    let committee = format!("{}：", f.committee);
    let mut items = vec![
        committee.as_str(),
        "《赤峰市重大行政决策风险评估工作规则》第十二条",
        "程序性审查备案",
        &case.decision.organ,
        "附件：",
        "风险评估报告",
    ];
    items.extend(f.attachments.iter().map(String::as_str));
    items.push(&r.assessor);
    assert_in_order(&t, &items, what);
}

#[test]
fn draft_of_an_unrecorded_risk_plan_prints_placeholders() {
    // 国家样例案卷没有记录风险评估工作方案：草稿照样生成，各项印为【待填写】
    let dir = tmp();
    let out = dir.path().join("out");
    let o = render_kind("risk-plan", &fixture("national-case.yaml"), &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = flowing_text(&only_pdf(&out));
    for f in ["risk.plan.purpose", "risk.plan.scope", "risk.plan.criteria", "risk.plan.steps"] {
        assert!(t.contains(&format!("【待填写：{f}")), "草稿缺少 {f} 的占位\n{t}");
    }
    assert!(t.contains("评估目的") && t.contains("评估步骤与方法"), "{t}");
}

#[test]
fn final_render_refuses_a_missing_required_field() {
    let dir = tmp();
    let case = variant(dir.path(), "无政法委.yaml", "    committee: 中共赤峰市委政法委员会", "    committee: \"\"");
    let out = dir.path().join("out");
    let o = render_kind("risk-filing", &case, &out, &[]);
    assert!(!o.status.success(), "缺少必填的政法委名称仍然生成了");
    assert!(stderr(&o).contains("risk.filing.committee"), "{}", stderr(&o));
    // 草稿照样生成
    let o = render_kind("risk-filing", &case, &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(flowing_text(&only_pdf(&out)).contains("【待填写：risk.filing.committee"));
}
