//! 合法性审查的记录型文书（D 组）：初审意见书、承办单位集体讨论纪要（记录）、公平竞争审查说明、法律意见书、补送材料通知、
//! 合法性审查意见书、未采纳审查意见的说明、会审部门书面意见、综合决策咨询建议、提请审定的报告、法律风险明示。
//! 逐份生成四个辖区的样例案卷，核对条文列举的各项和案卷中记录的内容（期望值从案卷读出）。

mod common;
use common::*;
use juece::input::case::{Case, LegalityReview};
use juece::session::{Options, Session};
use std::path::Path;

const CHIFENG: (&str, &str) = ("sample-case.yaml", "attachments");
const NATIONAL: (&str, &str) = ("national-case.yaml", "national-attachments");
const HRSS: (&str, &str) = ("nmg-hrss-case.yaml", "nmg-hrss-attachments");
const CHANGLI: (&str, &str) = ("changli-case.yaml", "changli-attachments");
const ALL: [(&str, &str); 4] = [CHIFENG, NATIONAL, HRSS, CHANGLI];

fn case_of(name: &str) -> Case {
    Session::open(&fixture(name), &Options::default()).unwrap().cf.case
}

fn legality(name: &str) -> LegalityReview {
    case_of(name).legality.unwrap()
}

/// 生成 `kind`，返回 `file` 的正文（去空白）。
fn render(kind: &str, (name, attachments): (&str, &str), file: &str) -> String {
    let (_dir, _case, out) = run_fixture(kind, name, attachments);
    let path = out.join(file);
    assert!(path.exists(), "{name}：没有生成 {file}，生成了 {:?}", files_in(&out));
    flowing_text(&path)
}

fn has(text: &str, what: &str, ctx: &str) {
    assert!(text.contains(&squash(what)), "{ctx}：应有“{what}”\n{text}");
}

fn order(text: &str, items: &[&str], ctx: &str) {
    let mut at = 0;
    for i in items {
        let p = text[at..].find(&squash(i)).unwrap_or_else(|| panic!("{ctx}：“{i}”应在前一项之后\n{text}"));
        at += p + squash(i).len();
    }
}

/// 把样例案卷复制到临时文件夹并改写（每处替换恰好一次），返回（临时文件夹、案卷）。
fn variant_case(fx: (&str, &str), edits: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tmp();
    copy_attachments(dir.path(), fx.1);
    let mut text = std::fs::read_to_string(fixture(fx.0)).unwrap();
    for (from, to) in edits {
        assert_eq!(text.matches(from).count(), 1, "案卷中“{from}”应恰好一处");
        text = text.replacen(from, to, 1);
    }
    let p = dir.path().join(fx.0);
    std::fs::write(&p, text).unwrap();
    (dir, p)
}

fn render_at(kind: &str, case: &Path, extra: &[&str]) -> (std::process::Output, std::path::PathBuf) {
    let out = case.parent().unwrap().join("out");
    (render_kind(kind, case, &out, extra), out)
}

/// 初审意见书：昌黎规定 第四十条的三项（权限、内容、程序）和结论，署名为法制机构（赤峰：审核意见书；昌黎：初审意见书）。
#[test]
fn pre_review_prints_authority_content_procedure_and_conclusion() {
    for fx in [CHIFENG, CHANGLI] {
        let t = render("pre-review", fx, "合法性初审意见书.pdf");
        let r = legality(fx.0).pre_review.unwrap();
        let word = if fx == CHANGLI { "初审" } else { "审核" };
        has(&t, &format!("合法性{word}意见书"), fx.0);
        order(
            &t,
            &[
                "决策主体的权限",
                &r.authority,
                "决策草案内容的合法性",
                &r.content,
                "履行决策程序情况",
                &r.procedure,
                &format!("{word}结论"),
                &r.conclusion,
            ],
            fx.0,
        );
        has(&t, &r.office, fx.0);
        has(&t, &r.date.chinese(), fx.0);
    }
}

/// 没有依据的辖区（国家、人社厅）不需要初审意见书；案卷没有记录时不生成，报错指出应填写的位置。
#[test]
fn pre_review_is_not_recorded_in_national_case() {
    let o = render_kind("pre-review", &fixture("national-case.yaml"), tmp().path(), &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("legality.pre_review"), "{}", stderr(&o));
}

/// 集体讨论：赤峰为会议纪要（不盖章，末行为主持、记录）；昌黎为领导班子集体讨论记录（出席人员签字）。
#[test]
fn unit_discussion_is_minutes_in_chifeng_and_a_signed_record_in_changli() {
    for fx in [CHIFENG, CHANGLI] {
        let (_dir, _case, out) = run_fixture("unit-discussion", fx.0, fx.1);
        let path = out.join("承办单位集体讨论纪要.pdf");
        let t = flowing_text(&path);
        let r = legality(fx.0).unit_discussion.unwrap();
        order(&t, &[&r.meeting, &r.chair, "讨论情况", &r.discussion, r.dissent.as_deref().unwrap(), "议定事项", &r.resolution], fx.0);
        for a in &r.attendees {
            has(&t, a, fx.0);
        }
        if fx == CHANGLI {
            has(&t, "领导班子集体讨论记录", fx.0);
            has(&t, "签字", fx.0);
            has(&t, "主持人", fx.0);
        } else {
            has(&t, &format!("{}纪要", r.meeting), fx.0);
            assert!(!t.contains("（盖章处）"), "纪要不盖章\n{t}");
            let last = page_texts(&path).last().unwrap().clone();
            assert!(last.contains(&squash(&format!("记录：{}", r.recorder.unwrap()))), "{last}");
        }
    }
}

/// 公平竞争审查说明：涉及市场主体经济活动的情况、逐项审查情况、结论；不涉及的（人社厅样例）不生成。
#[test]
fn fair_competition_lists_every_finding() {
    for fx in [CHIFENG, NATIONAL, CHANGLI] {
        let t = render("fair-competition", fx, "公平竞争审查说明.pdf");
        let r = legality(fx.0).fair_competition.unwrap();
        has(&t, "涉及市场主体经济活动的情况", fx.0);
        has(&t, &r.scope, fx.0);
        for i in &r.items {
            has(&t, &i.item, fx.0);
            has(&t, &i.finding, fx.0);
        }
        order(&t, &["审查结论", &r.conclusion], fx.0);
        has(&t, &case_of(fx.0).decision.lead_unit, fx.0);
    }
    let o = render_kind("fair-competition", &fixture(HRSS.0), tmp().path(), &[]);
    assert!(!o.status.success(), "人社厅样例不涉及市场主体经济活动，没有公平竞争审查说明");
}

/// 法律意见书：每位法律顾问、公职律师一份，写明依据、分析和意见；人社厅写明没有利害关系（第三十五条）。
#[test]
fn legal_opinion_one_per_adviser() {
    for fx in ALL {
        let (_dir, _case, out) = run_fixture("legal-opinion", fx.0, fx.1);
        let l = legality(fx.0);
        assert!(!l.legal_opinions.is_empty());
        for o in &l.legal_opinions {
            let t = flowing_text(&out.join(format!("法律意见书-{}.pdf", o.by)));
            has(&t, &o.by, fx.0);
            has(&t, &l.reviewer, fx.0);
            order(&t, &["法律意见", o.summary.as_deref().unwrap()], fx.0);
            for b in o.basis.iter().chain(&o.analysis) {
                has(&t, b, fx.0);
            }
            assert_eq!(t.contains("没有利害关系"), fx == HRSS, "{}\n{t}", fx.0);
        }
    }
}

/// 法律意见书没有记录意见要点时（只有必填内容的案卷），不写“如下”后空无一字，而留出空栏供填写。
#[test]
fn legal_opinion_without_summary_leaves_a_box() {
    let (_dir, _case, out) = run_fixture("legal-opinion", "national-minimal-case.yaml", "national-attachments");
    let files = files_in(&out);
    let f = files.iter().find(|f| f.starts_with("法律意见书")).unwrap();
    let t = flowing_text(&out.join(f));
    has(&t, "法律意见", f);
    assert_eq!(pdf_pages(&out.join(f)), 1);
}

/// 补送材料通知：每次一份，写明不符合要求的情况和补送的材料；赤峰、昌黎写明补送时间不计入审查期限，昌黎3个工作日内补送。
#[test]
fn supplement_notice_lists_materials_and_time_rules() {
    for fx in ALL {
        let (_dir, _case, out) = run_fixture("supplement-notice", fx.0, fx.1);
        let l = legality(fx.0);
        assert!(!l.supplements.is_empty(), "{}", fx.0);
        for s in &l.supplements {
            let t = flowing_text(&out.join(format!("补送材料通知-{}.pdf", s.requested_on.chinese())));
            has(&t, &case_of(fx.0).decision.lead_unit, fx.0);
            has(&t, s.reason.as_deref().unwrap(), fx.0);
            for i in &s.items {
                has(&t, i, fx.0);
            }
            has(&t, s.by.as_deref().unwrap_or(&l.reviewer), fx.0);
            assert_eq!(t.contains("3个工作日内完成补送"), fx == CHANGLI, "{}\n{t}", fx.0);
            assert_eq!(t.contains("不计"), fx == CHANGLI || fx == CHIFENG, "{}\n{t}", fx.0);
        }
    }
}

/// 合法性审查意见书：条例 第二十七条的三项（昌黎 第四十三条的次序：权限、法律法规政策、程序），审查结论按 legality.conclusion；
/// 昌黎的意见只供内部使用；赤峰提示未采纳须书面说明（第三十三条）。
#[test]
fn legality_opinion_follows_the_statute() {
    for fx in ALL {
        let t = render("legality-opinion", fx, "合法性审查意见书.pdf");
        let l = legality(fx.0);
        let r = l.opinion_letter.clone().unwrap();
        if fx == CHANGLI {
            order(
                &t,
                &["关于决策权限", &r.authority, "是否符合法律、法规、规章和国家政策规定", &r.content, "是否符合程序规定", &r.procedure],
                fx.0,
            );
        } else {
            order(&t, &["关于决策权限", &r.authority, "关于决策程序", &r.procedure, "关于决策草案内容", &r.content], fx.0);
        }
        let conclusion = match l.conclusion.map(|c| c.to_string()).as_deref() {
            Some("合法") => "同意提交",
            Some("修改后提交") => "建议对决策草案作出调整或者补充后提交",
            other => panic!("{other:?}"),
        };
        order(&t, &["审查意见", conclusion], fx.0);
        for s in &r.suggestions {
            has(&t, s, fx.0);
        }
        if let Some(other) = &r.other {
            order(&t, &["县政府要求审查的其他事项", other, "审查意见"], fx.0);
        }
        for o in &l.legal_opinions {
            // 昌黎的法律顾问参加县决策咨询服务中心的全面会审，不是县司法局组织的
            assert_eq!(t.contains(&squash(&o.by)), fx != CHANGLI, "{}\n{t}", fx.0);
        }
        has(&t, r.by.as_deref().unwrap_or(&l.reviewer), fx.0);
        assert_eq!(t.contains("只供内部使用"), fx == CHANGLI, "{}", fx.0);
        assert_eq!(t.contains("书面说明理由"), fx == CHIFENG, "{}", fx.0);
        assert_eq!(t.contains("厅党组会议或厅务会"), fx == HRSS, "{}", fx.0);
    }
}

/// 昌黎会审：每个部门一份书面审查意见，主送县决策咨询服务中心。
#[test]
fn joint_review_opinion_one_per_department() {
    let (_dir, _case, out) = run_fixture("joint-review-opinion", CHANGLI.0, CHANGLI.1);
    let j = legality(CHANGLI.0).joint_review.unwrap();
    assert_eq!(j.opinions.len(), 3);
    for o in &j.opinions {
        let t = flowing_text(&out.join(format!("会审部门书面审查意见-{}.pdf", o.department)));
        has(&t, "昌黎县决策咨询服务中心：", &o.department);
        has(&t, &j.materials_sent_on.chinese(), &o.department);
        has(&t, &o.opinion, &o.department);
        has(&t, &o.date.chinese(), &o.department);
        for s in &o.suggestions {
            has(&t, s, &o.department);
        }
    }
}

/// 综合决策咨询建议：昌黎规定 第三十八条的四性、第四十四条的全面会审和沟通；提请县长审定的报告。
#[test]
fn joint_advice_and_review_approval() {
    let j = legality(CHANGLI.0).joint_review.unwrap();
    let a = j.advice.clone().unwrap();
    let t = render("joint-advice", CHANGLI, "综合决策咨询建议.pdf");
    order(
        &t,
        &[
            "合法性",
            &a.legality,
            "合理性",
            &a.rationality,
            "可行性",
            &a.feasibility,
            "可控性",
            &a.controllability,
            "沟通",
            &a.communication,
        ],
        "综合决策咨询建议",
    );
    for x in a.participants.iter().chain(&a.advice) {
        has(&t, x, "综合决策咨询建议");
    }
    for o in &j.opinions {
        has(&t, &o.department, "综合决策咨询建议");
    }
    let r = j.approval.unwrap();
    let t = render("review-approval", CHANGLI, "提请审定是否提交审议的报告.pdf");
    has(&t, "县长（县决咨委主任）：", "报告");
    order(&t, &[&r.request, "请审定", "附件"], "报告");
    has(&t, &j.advice_on.unwrap().chinese(), "报告");
}

/// 会审的三种文书只在昌黎有依据：其他辖区的 gen list 不列它们的出处。
#[test]
fn joint_review_kinds_have_basis_only_in_changli() {
    for fx in [CHIFENG, NATIONAL, HRSS] {
        let o = render_kind("joint-advice", &fixture(fx.0), tmp().path(), &[]);
        assert!(!o.status.success(), "{}", fx.0);
    }
}

/// 未采纳审查意见的说明（赤峰规定 第三十三条）：主送决策机关，写明审查意见的出处、未采纳的意见、理由和对草案的处理。
#[test]
fn non_adoption_statement_to_the_decision_organ() {
    let t = render("non-adoption", CHIFENG, "未采纳合法性审查意见的说明.pdf");
    let case = case_of(CHIFENG.0);
    let l = case.legality.clone().unwrap();
    assert_eq!(l.adopted, Some(false));
    let r = l.non_adoption.clone().unwrap();
    let mut items = vec![format!("{}：", case.decision.organ), l.reviewer.clone(), l.completed_on.unwrap().chinese()];
    items.extend(r.opinions.iter().cloned());
    items.push("未采纳的理由".into());
    items.push(l.non_adoption_reason.clone().unwrap());
    items.push(r.handling.clone().unwrap());
    order(&t, &items.iter().map(String::as_str).collect::<Vec<_>>(), "说明");
    has(&t, &r.date.chinese(), "说明");
    has(&t, &case.decision.lead_unit, "说明");
    // 其他辖区没有这一条：不列为应当制作
    let o = render_kind("non-adoption", &fixture(NATIONAL.0), tmp().path(), &[]);
    assert!(!o.status.success());
}

/// 法律风险明示（条例 第二十五条）：国家样例改为经审查不合法的探索性改革事项后生成。
#[test]
fn legal_risk_notice_for_an_exploratory_reform() {
    let statement = "国家尚未明确县级供热价格与煤价联动的具体办法，联动条款可能被认定为超出定价权限。";
    let (_d, case) = variant_case(
        NATIONAL,
        &[
            ("  conclusion: 合法 ", "  conclusion: 不合法 "),
            (
                "  unperformed:",
                &format!(
                    "  legal_risk_statement: {statement}\n  legal_risk:\n    date: 2025-07-05\n    exploratory: 方案建立煤热价格联动机制，国家尚无明确规定。\n    risks: [联动条款可能被认定为超出定价权限]\n    measures: [联动机制试行一年后评估]\n  unperformed:"
                ),
            ),
        ],
    );
    let (o, out) = render_at("legal-risk", &case, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = flowing_text(&out.join("法律风险明示.pdf"));
    order(
        &t,
        &[
            "武乡县人民政府：",
            "探索性改革的内容",
            "煤热价格联动机制",
            "不合法",
            "法律风险",
            statement,
            "超出定价权限",
            "防范和应对措施",
            "试行一年后评估",
            "提请武乡县人民政府讨论",
        ],
        "法律风险明示",
    );
}

/// 草稿：没有记录的文书照样生成，必填内容印为【待填写】，并在标准错误中列出字段。
#[test]
fn draft_of_unrecorded_legal_risk_marks_every_required_field() {
    let dir = tmp();
    let o = render_kind("legal-risk", &fixture(CHIFENG.0), dir.path(), &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for f in ["legality.legal_risk.exploratory", "legality.legal_risk.risks", "legality.legal_risk.date"] {
        assert!(stderr(&o).contains(f), "{}", stderr(&o));
    }
    let t = flowing_text(&dir.path().join("法律风险明示.pdf"));
    has(&t, "【待填写：legality.legal_risk.exploratory", "草稿");
    has(&t, "【待填写：legality.legal_risk.risks", "草稿");
}

/// 正式生成时缺少必填内容的报错，指出字段。
#[test]
fn final_render_refuses_missing_required_field() {
    let (_d, case) =
        variant_case(CHIFENG, &[("    conclusion: 同意提请委主任办公会议集体讨论，讨论通过后报送市司法局进行合法性审查。\n", "")]);
    let (o, _) = render_at("pre-review", &case, &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("legality.pre_review.conclusion"), "{}", stderr(&o));
    // 每项一份的：补送材料通知没有写明补送的材料
    let (_d2, case) = variant_case(
        NATIONAL,
        &[("      items:                                          # 需要补送的材料\n        - 武乡县县城集中供热定价成本监审报告\n", "")],
    );
    let (o, _) = render_at("supplement-notice", &case, &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("item.items"), "{}", stderr(&o));
}

/// 审查意见已出具而没有审查意见书的，期限表列为下一步要制作的文书。
#[test]
fn plan_lists_missing_legality_opinion() {
    let dir = tmp();
    let o = render_kind("plan", &fixture("national-minimal-case.yaml"), dir.path(), &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("legality.opinion_letter"), "{}", stdout(&o));
}
