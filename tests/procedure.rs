//! 程序的先后、必经程序、合法性审查和风险评估的结果、较严的规定（issue 12）。每条检查在边界两侧各取一日；
//! 条文不同的四个规则体系各有一例。开头四个测试是 issue 12 列出的四个例子。

mod common;

use common::cases::*;
use common::*;
use juece::input::case::Case;
use juece::input::parse_case;
use juece::law::rules::Severity;

/// 样例案卷的一个变体（逐项替换文字，每一处都必须存在）。
fn sample_with(pairs: &[(&str, &str)]) -> String {
    edit(&sample_text(), pairs)
}

fn edit(text: &str, pairs: &[(&str, &str)]) -> String {
    let mut t = text.to_string();
    for (a, b) in pairs {
        assert!(t.contains(a), "样例中没有：{a}");
        t = t.replacen(a, b, 1);
    }
    t
}

fn parse(text: &str) -> Case {
    parse_case(text, "c.yaml").unwrap_or_else(|e| panic!("{e}"))
}

/// 删去案卷文字中从 `from` 所在行起、到 `to` 所在行之前的部分（整段删去一个环节）。
fn cut(text: &str, from: &str, to: &str) -> String {
    let a = text.find(from).expect(from);
    let b = text.find(to).expect(to);
    format!("{}{}", &text[..a], &text[b..])
}

const SUBMITTED: &str = "  submitted_on: 2026-06-17                            # 送审日期";

// ---------------------------------------------------------------- 例一：送审早于公众参与完成

#[test]
fn example_1_legality_submission_before_participation_is_finished() {
    // 赤峰规定 第二十八条：公众参与完成（06-16 公众意见采纳情况说明；听证报告 06-15）后才报送。
    // 06-16 当日送审合格（可以同日），06-15 送审晚了1日。
    let on = |d: &str| parse(&sample_with(&[(SUBMITTED, &format!("  submitted_on: {d}"))]));
    let ok = on("2026-06-16");
    let r = review(&ok);
    assert!(r.passed.iter().any(|p| p.rule_id == "order_before_legality_submission" && p.message.contains("完成公众参与 2026-06-16")));
    assert!(!r.findings.iter().any(|f| f.rule_id == "order_before_legality_submission"), "{:#?}", r.findings);
    let m = expect(&on("2026-06-15"), "order_before_legality_submission", Want::Violation);
    assert!(m.contains("完成公众参与 2026-06-16，送请合法性审查 2026-06-15") && m.contains("实际晚了1日（赤峰规定 第二十八条）"), "{m}");
    // 送审材料（四）：公众参与在送审日尚未完成，也没有未履行的说明（赤峰规定 第二十九条）。
    let m = expect(&on("2026-06-15"), "legality_unperformed_explanation_required", Want::Violation);
    assert!(m.contains("公众参与于 2026-06-16 才完成，送审日 2026-06-15 尚未完成"), "{m}");
    // 旧样例的情形：05-25 送审、06-12 听证。
    let m = expect(&on("2026-05-25"), "order_before_legality_submission", Want::Violation);
    assert!(m.contains("实际晚了22日"), "{m}");
}

#[test]
fn example_1_the_legality_list_lists_only_what_existed_on_the_submission_date() {
    // 06-14 送审：听证报告（06-15）、公众意见采纳情况说明（06-16）都还没有形成，清单不得写成“已附”。
    let dir = tmp();
    let text = sample_with(&[(SUBMITTED, "  submitted_on: 2026-06-14")]);
    let case = dir.path().join("c.yaml");
    std::fs::write(&case, text).unwrap();
    copy_attachments(dir.path(), "attachments");
    let out = dir.path().join("out");
    let o = gen(&["check", case.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3));
    let report = stdout(&o);
    assert!(report.contains("“听证报告”2026-06-15才形成") && report.contains("晚于送审日 2026-06-14"), "{report}");
    // 草案及起草说明（06-16）在送审日也还没有：草稿中印为待填写。
    run_ok(&["legality-list", case.to_str().unwrap(), "-o", out.to_str().unwrap(), "--allow-violations", "--draft"]);
    let t = flowing_text(&out.join("合法性审查送审材料清单.pdf"));
    assert!(t.contains("听证报告于2026年6月15日形成，晚于送审日，不作为本次送审材料"), "{t}");
    assert!(t.contains("公众意见采纳情况说明于2026年6月16日形成，晚于送审日"), "{t}");
    assert!(t.contains("公众参与：待填写"), "{t}");
    assert!(!t.contains("听证报告（2页）"), "清单不得把送审日还不存在的听证报告列为已附：{t}");
}

// ---------------------------------------------------------------- 例二：没有专家论证和风险评估

fn without_experts_and_risk(rules: &str) -> String {
    let t = cut(&sample_text(), "# 专家论证\nexperts:", "# 风险评估\nrisk:");
    let t = cut(&t, "# 风险评估\nrisk:", "# 合法性审查");
    t.replacen("rules: chifeng", &format!("rules: {rules}"), 1)
}

#[test]
fn example_2_missing_expert_review_and_risk_assessment_are_violations() {
    // 赤峰规定 第二十一条、第二十五条：专家论证、风险评估必经。
    let c = parse(&without_experts_and_risk("chifeng"));
    let m = expect(&c, "expert_review_required", Want::Violation);
    assert!(m.contains("专家论证是必经程序，至送请合法性审查 2026-06-17 尚未履行") && m.contains("赤峰规定 第二十一条"), "{m}");
    assert!(m.contains("也没有写明未履行的说明（legality.unperformed 中 item: expert_review）"), "{m}");
    let m = expect(&c, "risk_assessment_required", Want::Violation);
    assert!(m.contains("赤峰规定 第二十五条"), "{m}");
    // 送审材料（四）逐项核对三项程序，一项公众参与的文书不再能代替专家论证、风险评估。
    let m = expect(&c, "legality_unperformed_explanation_required", Want::Violation);
    assert!(m.contains("送审日 2026-06-17 专家论证尚未履行") && m.contains("送审日 2026-06-17 风险评估尚未履行"), "{m}");
}

#[test]
fn example_2_a_written_explanation_is_the_statutory_route_where_the_statute_allows_it() {
    let explained = |rules: &str| {
        parse(&edit(
            &without_experts_and_risk(rules),
            &[(
                "  unperformed:                                        # 未提交的材料及说明\n",
                "  unperformed:                                        # 未提交的材料及说明\n    - { item: expert_review, explanation: 本事项为收费标准的小幅调整，已在成本监审中听取专业机构意见。 }\n    - { item: risk_assessment, explanation: 已并入本级社会稳定风险评估统一开展。 }\n",
            )],
        ))
    };
    // 赤峰规定 第二十九条（四）“或者未履行上述程序的说明”、人社厅程序办法 第三十四条（三）：写明说明的列为“未履行”（提示）。
    for (rules, route) in [("chifeng", "赤峰规定 第二十九条"), ("nmg-hrss", "人社厅程序办法 第三十四条")] {
        let r = review(&explained(rules));
        let f = r.findings.iter().find(|f| f.rule_id == "unperformed_procedure_explanation_allowed" && f.step.id() == "experts");
        let f = f.unwrap_or_else(|| panic!("{rules}：{:#?}", r.findings));
        assert_eq!(f.severity, Severity::Notice);
        assert!(f.message.contains("已写明未履行的说明：本事项为收费标准的小幅调整") && f.message.contains(route), "{}", f.message);
        assert!(!r.findings.iter().any(|f| f.rule_id == "expert_review_required" || f.rule_id == "risk_assessment_required"));
    }
    // 昌黎规定 第四条：没有不履行的途径，写了说明也是违规。
    let m = expect(&explained("changli"), "expert_review_required", Want::Violation);
    assert!(m.contains("本规定没有不履行的途径；所写的未履行说明不能代替履行") && m.contains("昌黎规定 第四条"), "{m}");
    // 赤峰的送审材料清单把两项写成“未履行”并印出说明。
    let dir = tmp();
    let case = dir.path().join("c.yaml");
    std::fs::write(
        &case,
        edit(
            &without_experts_and_risk("chifeng"),
            &[(
                "  unperformed:                                        # 未提交的材料及说明\n",
                "  unperformed:                                        # 未提交的材料及说明\n    - { item: expert_review, explanation: 已听取专业机构意见。 }\n    - { item: risk_assessment, explanation: 已并入统一评估。 }\n",
            )],
        ),
    )
    .unwrap();
    copy_attachments(dir.path(), "attachments");
    let out = dir.path().join("out");
    run_ok(&["legality-list", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let t = squash(&pdf_text(&out.join("合法性审查送审材料清单.pdf")));
    assert!(t.contains("专家论证：未履行，已听取专业机构意见。") && t.contains("风险评估：未履行，已并入统一评估。"), "{t}");
}

#[test]
fn national_expert_review_and_risk_are_mandatory_only_under_their_conditions() {
    // 条例 第十九条、第二十二条：专业性技术性较强的才必经专家论证，可能造成不利影响的才必经风险评估。
    let c = |extra: &str| case_with("national", extra, &meeting("2025-06-01", "通过", &[]));
    let m = expect(&c("  technical: true\n"), "expert_review_required", Want::Violation);
    assert!(m.contains("（决策事项专业性、技术性较强）") && m.contains("条例 第十九条"), "{m}");
    expect(&c("  technical: false\n"), "expert_review_required", Want::Pass);
    let m = expect(&c(""), "expert_review_required", Want::Notice);
    assert!(m.contains("请在 decision.technical 中写明"), "{m}");
    expect(&c("  stability_risk: true\n"), "risk_assessment_required", Want::Violation);
    expect(&c("  stability_risk: false\n"), "risk_assessment_required", Want::Pass);
    // 条例 第十四条：依法不予公开的除外。
    expect(&c(""), "participation_required", Want::Violation);
    expect(&c("  undisclosed: 涉及国家秘密\n"), "participation_required", Want::Pass);
    // 还没有送审或开会的，不到最迟时点，不报告。
    not_checked(&case_with("national", "  technical: true\n", ""), "expert_review_required");
}

// ---------------------------------------------------------------- 例三：国家案卷的风险评估晚于集体讨论

#[test]
fn example_3_national_risk_assessment_after_the_meeting_is_a_violation() {
    // 条例 第二十九条（四）：风险评估报告随草案报送讨论。会议 2025-07-15；07-14 完成合格，07-15 完成违规。
    let text = std::fs::read_to_string(fixture("national-case.yaml")).unwrap();
    let end = "  end: 2025-06-17";
    assert!(text.contains(end));
    let on = |d: &str| parse(&text.replacen(end, &format!("  end: {d}"), 1));
    expect(&on("2025-07-14"), "risk_assessment_before_discussion", Want::Pass);
    let m = expect(&on("2025-07-15"), "risk_assessment_before_discussion", Want::Violation);
    assert!(m.contains("风险评估 2025-07-15 完成，集体讨论 2025-07-15") && m.contains("条例 第二十九条"), "{m}");
}

// ---------------------------------------------------------------- 例四：涉及市场主体而没有公平竞争审查

#[test]
fn example_4_market_activity_without_fair_competition_review() {
    // 条例 第二十九条（一）；赤峰规定 第三十四条；人社厅程序办法 第三十七条；昌黎规定 第四十条。
    let body = format!("{}{}", legality("2025-06-01", "2025-06-12", "某市司法局"), meeting("2025-06-20", "通过", &[]));
    for (rules, cite) in [
        ("national", "条例 第二十九条"),
        ("chifeng", "赤峰规定 第三十四条"),
        ("nmg-hrss", "人社厅程序办法 第三十七条"),
        ("changli", "昌黎规定 第四十条"),
    ] {
        let m = expect(&case_with(rules, "  market_activity: true\n", &body), "fair_competition_review_required", Want::Violation);
        assert!(
            m.contains("涉及市场主体经济活动") && m.contains("2025-06-01 送审时未进行公平竞争审查") && m.contains(cite),
            "{rules}: {m}"
        );
        let done = body.replace("  completed_on: 2025-06-12\n", "  completed_on: 2025-06-12\n  fair_competition_done: true\n");
        expect(&case_with(rules, "  market_activity: true\n", &done), "fair_competition_review_required", Want::Pass);
        not_checked(&case_with(rules, "  market_activity: false\n", &body), "fair_competition_review_required");
        // 未写明是否涉及、又没有做审查：提示写明，不推定为不涉及。
        let m = expect(&case(rules, &body), "fair_competition_review_required", Want::Notice);
        assert!(m.contains("未写明决策草案是否涉及市场主体经济活动"), "{m}");
    }
}

// ---------------------------------------------------------------- 先后顺序

#[test]
fn hearing_list_published_before_the_hearing_under_the_stricter_ordinance() {
    // 条例 第十六条：听证参加人名单提前向社会公布（至少早1日）。赤峰公众参与规则 第十二条只写了公告和遴选办法：
    // 条例直接适用于市政府（条例 第二条），按较严的条例，并写明缘由。
    let h = |published: &str| {
        hearing("2026-06-08", &["2026-06-01"])
            .replace("    participants:\n", &format!("    participants_published_on: {published}\n    participants:\n"))
    };
    let m = expect(&case("chifeng", &h("2026-06-08")), "order_before_hearing", Want::Violation);
    assert!(m.contains("公布听证参加人名单 2026-06-08，举行听证会 2026-06-08") && m.contains("实际在同一日"), "{m}");
    assert!(m.contains("条例 第十六条；本地规定（赤峰公众参与规则 第十二条）较宽，条例 第二条：按较严的条例 第十六条"), "{m}");
    expect(&case("chifeng", &h("2026-06-07")), "order_before_hearing", Want::Pass);
    for (rules, cite) in [("changli", "昌黎规定 第十六条"), ("nmg-hrss", "人社厅程序办法 第十九条"), ("national", "条例 第十六条")]
    {
        let m = expect(&case(rules, &h("2026-06-09")), "order_before_hearing", Want::Violation);
        assert!(m.contains("实际晚了1日") && m.contains(cite), "{rules}: {m}");
    }
    // 没有记录名单公布日期：违规，指出应填的时点。
    let m = expect(&case("national", &hearing("2026-06-08", &["2026-06-01"])), "order_before_hearing", Want::Violation);
    assert!(m.contains("案卷未记录“公布听证参加人名单”的日期"), "{m}");
}

#[test]
fn nothing_before_the_decision_to_start() {
    // 条例 第十一条：决定启动、明确承办单位之后才由承办单位组织各项程序（可以同日）。
    let c =
        |started: &str| case_with("chifeng", &format!("  started_on: {started}\n"), &comment("2025-03-03", "2025-03-03", "2025-04-02", ""));
    expect(&c("2025-03-03"), "order_after_start", Want::Pass);
    let m = expect(&c("2025-03-04"), "order_after_start", Want::Violation);
    assert!(m.contains("决定启动决策程序 2025-03-04，发布公开征求意见公告 2025-03-03") && m.contains("实际晚了1日"), "{m}");
    assert!(m.contains("条例 第十一条；本地规则表未作规定，适用条例（条例 第二条）"), "{m}");
    assert!(m.contains("未收入规则表，未按其核对"), "省级规定不在规则表中，须写明：{m}");
}

#[test]
fn chifeng_risk_report_filed_with_the_committee_before_submission() {
    // 赤峰风险评估规则 第十二条：报告送政法委备案后报送政府（送审之前，可以同日）。
    let c = |filed: &str| {
        let mut r = risk("2025-05-01", "低", "[措施]");
        if !filed.is_empty() {
            r.push_str(&format!("  committee_filed_on: {filed}\n"));
        }
        case("chifeng", &format!("{r}{}", legality("2025-05-10", "2025-05-20", "某市司法局")))
    };
    expect(&c("2025-05-10"), "order_risk_filing", Want::Pass);
    let m = expect(&c("2025-05-11"), "order_risk_filing", Want::Violation);
    assert!(m.contains("实际晚了1日（赤峰风险评估规则 第十二条）"), "{m}");
    let m = expect(&c(""), "order_risk_filing", Want::Violation);
    assert!(m.contains("案卷未记录“风险评估报告送同级党委政法委备案”的日期"), "{m}");
    // 条例没有这一条。
    not_checked(
        &case("national", &format!("{}{}", risk("2025-05-01", "低", "[措施]"), legality("2025-05-10", "2025-05-20", "某市司法局"))),
        "order_risk_filing",
    );
}

#[test]
fn changli_joint_review_advice_and_approval_before_the_meeting() {
    // 昌黎规定 第四十四条：形成综合决策咨询建议、县长审定提交审议之后才审议（可以同日）。
    let c = |approved: &str| {
        case(
            "changli",
            &format!(
                "{}  joint_review:\n    materials_sent_on: 2026-06-01\n    advice_on: 2026-06-05\n    approved_on: {approved}\n{}",
                legality("2026-05-29", "2026-06-05", "昌黎县决策咨询服务中心"),
                meeting("2026-06-10", "通过", &[])
            ),
        )
    };
    expect(&c("2026-06-10"), "order_before_meeting", Want::Pass);
    // 没有记录会审：审议之前缺了第四十四条的两步。
    let m = expect(&case("changli", &meeting("2026-06-10", "通过", &[])), "order_before_meeting", Want::Violation);
    assert!(m.contains("案卷未记录“会审形成综合决策咨询建议”的日期") && m.contains("昌黎规定 第四十四条"), "{m}");
    let m = expect(&c("2026-06-11"), "order_before_meeting", Want::Violation);
    assert!(m.contains("县长审定提交审议 2026-06-11，集体讨论决定 2026-06-10") && m.contains("昌黎规定 第四十四条"), "{m}");
}

#[test]
fn unit_pre_review_and_discussion_before_submission_in_chifeng_and_changli() {
    // 赤峰规定 第二十八条；昌黎规定 第四十条：本单位法制机构初审、（领导班子）集体讨论之后才送审。
    for (rules, cite) in [("chifeng", "赤峰规定 第二十八条"), ("changli", "昌黎规定 第四十条")] {
        let c = |pre: &str| {
            case(
                rules,
                &legality("2026-05-20", "2026-06-01", "某司法局")
                    .replace("  submitted_on:", &format!("  pre_reviewed_on: {pre}\n  unit_discussed_on: 2026-05-19\n  submitted_on:")),
            )
        };
        let r = review(&c("2026-05-20"));
        assert!(!r.findings.iter().any(|f| f.rule_id == "order_before_legality_submission"), "{rules}: {:#?}", r.findings);
        let m = expect(&c("2026-05-21"), "order_before_legality_submission", Want::Violation);
        assert!(m.contains("决策承办单位法制机构合法性初审 2026-05-21，送请合法性审查 2026-05-20") && m.contains(cite), "{m}");
    }
    // 人社厅、国家的规定没有这两项。
    let r = review(&case("nmg-hrss", &legality("2026-05-20", "2026-06-01", "政策法规处")));
    assert!(!r.findings.iter().any(|f| f.message.contains("法制机构合法性初审")), "{:#?}", r.findings);
}

// ---------------------------------------------------------------- 合法性审查的结果

#[test]
fn legality_conclusion_decides_whether_the_draft_may_go_to_the_meeting() {
    // 条例 第二十五条；人社厅程序办法 第三十一条、第三十四条；昌黎规定 第三十九条。
    let c = |rules: &str, conclusion: &str, extra: &str| {
        case(
            rules,
            &format!(
                "{}  conclusion: {conclusion}\n{extra}{}",
                legality("2026-05-01", "2026-05-20", "某司法局"),
                meeting("2026-06-01", "通过", &[])
            ),
        )
    };
    for (rules, cite) in [("national", "条例 第二十五条"), ("nmg-hrss", "人社厅程序办法 第三十一条"), ("changli", "昌黎规定 第三十九条")]
    {
        let m = expect(&c(rules, "不合法", ""), "legality_review_before_discussion", Want::Violation);
        assert!(m.contains("合法性审查结论为“不合法”") && m.contains("不得提交决策机关讨论") && m.contains(cite), "{m}");
        expect(&c(rules, "退回补充", ""), "legality_review_before_discussion", Want::Violation);
        expect(&c(rules, "修改后提交", ""), "legality_review_before_discussion", Want::Pass);
        let m = expect(
            &c(rules, "不合法", "  legal_risk_statement: 探索性改革，国家尚无明确规定\n"),
            "legality_review_before_discussion",
            Want::Notice,
        );
        assert!(m.contains("已明示法律风险：探索性改革"), "{m}");
    }
}

#[test]
fn unadopted_legality_opinion_needs_a_written_reason_in_chifeng() {
    // 赤峰规定 第三十三条。
    let c = |extra: &str| case("chifeng", &format!("{}{extra}", legality("2026-05-01", "2026-05-20", "某市司法局")));
    expect(&c("  adopted: false\n"), "legality_nonadoption_reason_required", Want::Violation);
    expect(&c("  adopted: false\n  non_adoption_reason: 审查意见所指条款已另行报批\n"), "legality_nonadoption_reason_required", Want::Pass);
    expect(&c(""), "legality_nonadoption_reason_required", Want::Pass);
    not_checked(
        &case("national", &format!("{}  adopted: false\n", legality("2026-05-01", "2026-05-20", "某市司法局"))),
        "legality_nonadoption_reason_required",
    );
}

#[test]
fn legal_advisers_give_their_opinion_before_the_review_opinion() {
    // 条例 第二十八条；赤峰规定 第三十条；人社厅程序办法 第三十五条；昌黎没有这一条，按条例并写明。
    let c = |rules: &str, date: &str| {
        let opinions = if date.is_empty() {
            String::new()
        } else {
            format!("  legal_opinions: [{{ by: 律师甲, role: 法律顾问, date: {date} }}]\n")
        };
        case(rules, &format!("{}{opinions}", legality("2026-05-01", "2026-05-20", "某司法局")))
    };
    for (rules, cite) in [("national", "条例 第二十八条"), ("chifeng", "赤峰规定 第三十条"), ("nmg-hrss", "人社厅程序办法 第三十五条")]
    {
        expect(&c(rules, "2026-05-20"), "legal_adviser_opinion_required", Want::Pass);
        let m = expect(&c(rules, "2026-05-21"), "legal_adviser_opinion_required", Want::Violation);
        assert!(m.contains("法律顾问律师甲 2026-05-21 提出法律意见，晚于审查意见出具之日 2026-05-20") && m.contains(cite), "{m}");
    }
    let m = expect(&c("changli", ""), "legal_adviser_opinion_required", Want::Violation);
    assert!(
        m.contains("条例 第二十八条；本地规则表未作规定，适用条例（条例 第二条）") && m.contains("河北省重大行政决策程序暂行办法"),
        "{m}"
    );
}

// ---------------------------------------------------------------- 较严的规定

#[test]
fn changli_prefer_does_not_weaken_the_ordinance_must_not() {
    // 昌黎规定 第三十条“应优先选择……没有直接利害关系的”（提示）不能削弱 条例 第二十条“不得选择”（违规）：
    // 条例直接适用于县政府（条例 第二条）。
    let body = experts("论证会", "2026-06-10", "2026-06-01", 5).replacen(
        "    - name: 专家0\n",
        "    - name: 专家0\n      direct_interest: 本人是拟采购服务的供应商股东\n",
        1,
    );
    let r = review(&case("changli", &body));
    let f = r.findings.iter().find(|f| f.rule_id == "expert_direct_interest_excluded").expect("应报告利害关系");
    assert_eq!(f.severity, Severity::Violation);
    assert!(f.message.contains("论证专家专家0与决策事项有直接利害关系：本人是拟采购服务的供应商股东"), "{}", f.message);
    assert!(f.message.contains("条例 第二十条；本地规定（昌黎规定 第三十条）较宽，条例 第二条：按较严的条例 第二十条"), "{}", f.message);
    // 人社厅是政府部门：条例参照执行（第四十二条），本地规定优先，不换成条例的。
    let f = review(&case("nmg-hrss", &body)).findings.into_iter().find(|f| f.rule_id == "expert_direct_interest_excluded").unwrap();
    assert_eq!(f.citation, "人社厅程序办法 第二十三条");
    expect(&case("changli", &experts("论证会", "2026-06-10", "2026-06-01", 5)), "expert_direct_interest_excluded", Want::Pass);
}

// ---------------------------------------------------------------- 风险评估

#[test]
fn national_and_nmg_judge_risk_by_controllability() {
    // 条例 第二十四条；人社厅程序办法 第三十条：不可控的，调整决策草案等确保可控后才可决策。
    let r = |controllable: &str, re: &str| {
        let mut s = risk("2025-05-01", "低", "[措施]").replace("  level: 低\n", "");
        if !controllable.is_empty() {
            s.push_str(&format!("  controllable: {controllable}\n"));
        }
        s.push_str(re);
        s
    };
    let re = "  reassessments:\n    - { date: 2025-05-20, adjustment: 缩小实施范围, controllable: true }\n";
    for (rules, cite) in [("national", "条例 第二十四条"), ("nmg-hrss", "人社厅程序办法 第三十条")] {
        let c = |x: String| case(rules, &format!("{x}{}", meeting("2025-06-01", "通过", &[])));
        let m = expect(&c(r("false", "")), "risk_uncontrollable_no_decision", Want::Violation);
        assert!(m.contains("风险评估认为风险不可控") && m.contains("即作出“通过”的决定") && m.contains(cite), "{m}");
        expect(&c(r("false", re)), "risk_uncontrollable_no_decision", Want::Pass);
        expect(&c(r("true", "")), "risk_uncontrollable_no_decision", Want::Pass);
        let m = expect(&c(r("", "")), "risk_uncontrollable_no_decision", Want::Violation);
        assert!(m.contains("未写明风险是否可控"), "{m}");
    }
}

#[test]
fn changli_medium_risk_must_be_lowered_and_low_risk_still_needs_measures() {
    // 昌黎规定 第三十七条。
    let c = |level: &str, measures: &str, re: &str| {
        case("changli", &format!("{}{re}{}", risk("2025-05-01", level, measures), meeting("2025-06-01", "通过", &[])))
    };
    let m = expect(&c("中", "[措施]", ""), "risk_medium_lowered_first", Want::Violation);
    assert!(m.contains("未降低风险等级（risk.reassessments）即于 2025-06-01 作出“通过”的决定"), "{m}");
    let lowered = "  reassessments:\n    - { date: 2025-05-20, adjustment: 增设隔离带, level: 低 }\n";
    not_checked(&c("中", "[措施]", lowered), "risk_medium_lowered_first");
    expect(&c("中", "[措施]", lowered), "risk_low_measures_required", Want::Pass);
    let m = expect(&c("低", "[]", ""), "risk_low_measures_required", Want::Violation);
    assert!(m.contains("未列出应对潜在风险的措施"), "{m}");
    // 重新评估晚于会议：评估未在讨论之前完成。
    let late = "  reassessments:\n    - { date: 2025-06-01, adjustment: 增设隔离带, level: 低 }\n";
    expect(&c("中", "[措施]", late), "risk_assessment_before_discussion", Want::Violation);
    // 赤峰：高风险调整后重新评估为中风险、有措施，可以决策。
    let c = case(
        "chifeng",
        &format!(
            "{}  reassessments:\n    - {{ date: 2025-05-20, adjustment: 分期实施, level: 中 }}\n{}",
            risk("2025-05-01", "高", "[措施]"),
            meeting("2025-06-01", "通过", &[])
        ),
    );
    not_checked(&c, "risk_high_no_decision");
    expect(&c, "risk_medium_measures_required", Want::Pass);
}

// ---------------------------------------------------------------- 集体讨论

#[test]
fn meeting_kind_signer_and_stakeholders() {
    // 条例 第三十条等：常务会议或者全体会议；人社厅：厅党组会议或厅务会。
    let m = meeting("2025-06-01", "通过", &[]);
    expect(&case("chifeng", &m), "meeting_kinds", Want::Pass);
    let m2 = m.replace("  kind: 常务会议\n", "  kind: 主任办公会议\n");
    let msg = expect(&case("chifeng", &m2), "meeting_kinds", Want::Violation);
    assert!(msg.contains("会议类别“主任办公会议”不是规定的会议（常务会议、全体会议）"), "{msg}");
    expect(&case("nmg-hrss", &m.replace("  kind: 常务会议\n", "  kind: 厅务会\n")), "meeting_kinds", Want::Pass);
    expect(&case("nmg-hrss", &m), "meeting_kinds", Want::Violation);
    // 昌黎规定 第四十六条：纪要由会议主持人签发；别人签发的提示核实授权。
    expect(&case("changli", &format!("{m}  signer: 市长\n")), "minutes_signed_by_chair", Want::Pass);
    expect(&case("changli", &format!("{m}  signer: 副市长甲\n")), "minutes_signed_by_chair", Want::Notice);
    expect(&case("changli", &m), "minutes_signed_by_chair", Want::Violation);
    // 赤峰公众参与规则 第十七条“一般不少于3人”：不足而写明理由的为提示（旧版本一律违规）。
    let two = format!("{m}  observers: [甲, 乙]\n  stakeholders: [甲, 乙]\n");
    expect(&case("chifeng", &two), "stakeholder_attendees_min", Want::Violation);
    let m3 =
        expect(&case("chifeng", &format!("{two}  stakeholders_reason: 第三位代表因病请假\n")), "stakeholder_attendees_min", Want::Notice);
    assert!(m3.contains("已说明理由：第三位代表因病请假"), "{m3}");
}

#[test]
fn lawful_fixtures_have_no_violations() {
    for f in FIXTURES {
        let c = parse(&std::fs::read_to_string(fixture(f)).unwrap());
        let r = review(&c);
        let v: Vec<_> = r.findings.iter().filter(|x| x.severity == Severity::Violation).collect();
        assert!(v.is_empty(), "{f}：{v:#?}");
    }
}

#[test]
fn chifeng_decision_published_before_it_is_filed() {
    // 赤峰规定 第三十八条：自公布之日起30日内备案——先公布、后备案（旧版本备案早于公布也算“在30日内”）。
    let c = |filed: &str| case("chifeng", &publication("2026-07-14", filed));
    expect(&c("2026-07-14"), "order_before_filing", Want::Pass);
    let m = expect(&c("2026-07-13"), "order_before_filing", Want::Violation);
    assert!(m.contains("公布决策 2026-07-14，报送备案 2026-07-13") && m.contains("赤峰规定 第三十八条"), "{m}");
}

#[test]
fn minutes_record_every_opinion_and_the_differing_ones_in_full() {
    // 条例 第三十条；赤峰规定 第三十五条：如实记录，不同意见如实载明。
    let m = expect(&case("chifeng", &meeting("2025-06-01", "通过", &[])), "minutes_differing_opinions_recorded", Want::Violation);
    assert!(m.contains("没有记录任何发言意见"), "{m}");
    let two = meeting("2025-06-01", "通过", &["同意", "不同意"]);
    expect(&case("chifeng", &two), "minutes_differing_opinions_recorded", Want::Pass);
    let blank = two
        .replace("    - { speaker: 发言人1, opinion: 意见, stance: 不同意 }", "    - { speaker: 发言人1, opinion: \"\", stance: 不同意 }");
    let m = expect(&case("chifeng", &blank), "minutes_differing_opinions_recorded", Want::Violation);
    assert!(m.contains("发言人1表态不同意，但没有记录其意见"), "{m}");
}

#[test]
fn expert_review_method_is_one_the_statute_names() {
    // 条例 第二十条；赤峰专家论证办法 第十六条：论证会、书面咨询、委托咨询论证等（不是所列方式的只作提示）。
    expect(&case("national", &experts("论证会", "2026-06-10", "2026-06-01", 3)), "expert_review_methods", Want::Pass);
    expect(&case("national", &experts("书面咨询", "2026-06-10", "2026-06-01", 3)), "expert_review_methods", Want::Pass);
    let m = expect(&case("national", &experts("电话访谈", "2026-06-10", "2026-06-01", 3)), "expert_review_methods", Want::Notice);
    assert!(m.contains("论证方式“电话访谈”不是规定的方式之一（论证会、书面咨询、委托咨询论证）"), "{m}");
}

#[test]
fn changli_execution_evaluation_after_one_year() {
    // 昌黎规定 第六十二条：执行满一年的，应当进行执行评估。2026-06-26 公布，满一年 2027-06-26。
    let c = |date: &str| case("changli", &format!("{}{}", publication("2026-06-26", ""), post_evaluation(date, "继续执行")));
    expect(&c("2027-06-26"), "execution_evaluation_after_years", Want::Pass);
    let m = expect(&c("2027-06-25"), "execution_evaluation_after_years", Want::Notice);
    assert!(m.contains("执行满1年为 2027-06-26") && m.contains("执行未满1年"), "{m}");
}

#[test]
fn archive_categories_come_only_from_the_statute_that_lists_them() {
    // 人社厅程序办法 第四十八条列出六类（规则表 archive_categories）；条例 第三十三条、赤峰规定 第三十九条、
    // 昌黎规定 第四十八条没有列类别，规则表不再借用人社厅的分类（旧版本写成本地条文，是错的），按本工具的六类简称整理。
    use juece::input::case::{Date, Jurisdiction};
    use juece::law::rules::RuleSet;
    use juece::law::Law;
    let d = Date::parse("2026-01-01").unwrap();
    let nmg = Law::of(Jurisdiction::NmgHrss).archive_categories(d);
    assert_eq!(nmg[0].1, "决策事项启动程序相关资料");
    for j in [Jurisdiction::National, Jurisdiction::Chifeng, Jurisdiction::Changli] {
        assert!(RuleSet::builtin(j).rule_latest("archive_categories").is_none(), "{j:?}");
        let names: Vec<String> = Law::of(j).archive_categories(d).into_iter().map(|(_, n)| n).collect();
        assert_eq!(names, ["启动", "决策方案", "合法性审查", "集体讨论", "执行", "其他"]);
    }
}
