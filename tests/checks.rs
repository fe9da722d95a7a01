//! 程序检查（src/facts/checks/）：每条规则一个合格、一个不合格的案卷，边界处取恰好够数与差一日（一个工作日）。
//! 案卷由 YAML 片段拼成（[`case`]），规则表与工作日历都用内置数据。
//! 命令行（gen check、gen plan、拒绝生成与 --allow-violations）见 tests/checks_cli.rs。

mod common;

use common::cases::*;
use juece::facts::Facts;
use juece::input::case::Case;
use juece::input::parse_case;
use juece::law::calendar::Calendar;
use juece::law::rules::Severity;

// ---------------------------------------------------------------- 公众参与

#[test]
fn hearing_materials_seven_days_before_exactly_seven_passes() {
    // 条例 第十六条：听证会 06-08，06-01 送达恰好7日合格；06-02 6日、06-03 5日不合格。
    expect(&case("national", &hearing("2026-06-08", &["2026-06-01"])), "hearing_delivery_min_days", Want::Pass);
    expect(&case("national", &hearing("2026-06-08", &["2026-05-20"])), "hearing_delivery_min_days", Want::Pass);
    expect(&case("national", &hearing("2026-06-08", &["2026-06-02"])), "hearing_delivery_min_days", Want::Violation);
    let m = expect(&case("national", &hearing("2026-06-08", &["2026-06-03"])), "hearing_delivery_min_days", Want::Violation);
    assert!(m.contains("听证材料送达 2026-06-03") && m.contains("听证会 2026-06-08，相隔5日，少于7日（条例 第十六条）"), "{m}");
    // 各地条文：赤峰规定 第十九条、昌黎规定 第十六条、人社厅程序办法 第十九条。
    for (rules, cite) in [("chifeng", "赤峰规定 第十九条"), ("changli", "昌黎规定 第十六条"), ("nmg-hrss", "人社厅程序办法 第十九条")]
    {
        let m = expect(&case(rules, &hearing("2026-06-08", &["2026-06-01", "2026-06-02"])), "hearing_delivery_min_days", Want::Violation);
        assert!(m.contains(cite) && m.contains("参加人1") && !m.contains("参加人0"), "{m}");
    }
    // 未填送达日期：提示最晚送达日。
    let c = case(
        "national",
        &hearing("2026-06-08", &[]).replace("    participants:\n", "    participants:\n      - { name: 甲, category: 代表 }\n"),
    );
    let m = expect(&c, "hearing_delivery_min_days", Want::Notice);
    assert!(m.contains("最晚应于 2026-06-01 送达"), "{m}");
}

#[test]
fn comment_period_thirty_days_or_a_stated_reason() {
    // 条例 第十五条：2025-03-03 公布，截止 04-02 恰好30日；04-01 只有29日。
    expect(&case("national", &comment("2025-03-03", "2025-03-03", "2025-04-02", "")), "comment_period_min_days", Want::Pass);
    let m = expect(&case("national", &comment("2025-03-03", "2025-03-03", "2025-04-01", "")), "comment_period_min_days", Want::Violation);
    assert!(m.contains("共29日，少于30日") && m.contains("未写明缩短期限的理由") && m.contains("条例 第十五条"), "{m}");
    // 写明缩短理由的只作提示（comment_urgent_reason_required）。
    let c = case("national", &comment("2025-03-03", "2025-03-03", "2025-03-20", "防汛工作紧急"));
    let m = expect(&c, "comment_urgent_reason_required", Want::Notice);
    assert!(m.contains("防汛工作紧急"), "{m}");
    assert!(!review(&c).findings.iter().any(|f| f.severity == Severity::Violation));
    // 开始日晚于公布日：以开始日的前一日起算。
    expect(&case("chifeng", &comment("2025-03-01", "2025-03-05", "2025-04-03", "")), "comment_period_min_days", Want::Pass);
    expect(&case("chifeng", &comment("2025-03-01", "2025-03-05", "2025-04-02", "")), "comment_period_min_days", Want::Violation);
    for rules in ["chifeng", "nmg-hrss", "changli"] {
        expect(&case(rules, &comment("2025-03-03", "2025-03-03", "2025-04-01", "")), "comment_period_min_days", Want::Violation);
    }
}

#[test]
fn comment_deadline_on_a_holiday_suggests_the_next_workday() {
    // 2025-09-05 公布，截止 10-05（国庆假期）满30日，但提示写成 10-09（民法典 第二百零三条）。
    let c = case("national", &comment("2025-09-05", "2025-09-05", "2025-10-05", ""));
    let m = expect(&c, "comment_period_min_days", Want::Notice);
    assert!(m.contains("2025-10-05（星期日）不是工作日") && m.contains("延至 2025-10-09"), "{m}");
}

#[test]
fn symposium_three_workdays_before_across_national_day() {
    // 赤峰公众参与规则 第八条：座谈会 2025-10-09，09-27 送达（其间 9-28 调休上班、9-29、9-30）合格，09-28 送达只有2个。
    expect(&case("chifeng", &symposium("2025-10-09", "2025-09-27")), "symposium_notice_min_workdays", Want::Pass);
    let m = expect(&case("chifeng", &symposium("2025-10-09", "2025-09-28")), "symposium_notice_min_workdays", Want::Violation);
    assert!(m.contains("其间工作日2个，少于3个工作日（赤峰公众参与规则 第八条）"), "{m}");
    // 条例没有这一条。
    not_checked(&case("national", &symposium("2025-10-09", "2025-10-08")), "symposium_notice_min_workdays");
}

// ---------------------------------------------------------------- 专家论证

#[test]
fn chifeng_expert_counts_change_on_2026_05_14() {
    let complex = "  complex: true\n";
    // 2026-05-14 前（赤峰专家库办法 第十三条）：复杂事项单数且不少于7位。
    let m =
        expect(&case_with("chifeng", complex, &experts("论证会", "2026-05-13", "2026-05-01", 5)), "expert_count_complex", Want::Violation);
    assert!(m.contains("少于7名") && m.contains("赤峰专家库办法 第十三条"), "{m}");
    expect(&case_with("chifeng", complex, &experts("论证会", "2026-05-13", "2026-05-01", 7)), "expert_count_complex", Want::Pass);
    // 2026-05-14 起（赤峰专家论证办法 第十四条）：不少于5名，仍须单数。
    let m = expect(&case_with("chifeng", complex, &experts("论证会", "2026-05-14", "2026-05-01", 5)), "expert_count_complex", Want::Pass);
    assert!(m.is_empty());
    let m =
        expect(&case_with("chifeng", complex, &experts("论证会", "2026-05-14", "2026-05-01", 4)), "expert_count_complex", Want::Violation);
    assert!(m.contains("少于5名") && m.contains("不是单数") && m.contains("赤峰专家论证办法 第十四条"), "{m}");
    let m =
        expect(&case_with("chifeng", complex, &experts("论证会", "2026-05-14", "2026-05-01", 6)), "expert_count_complex", Want::Violation);
    assert!(m.contains("不是单数") && !m.contains("少于"), "{m}");
}

#[test]
fn chifeng_expert_count_must_be_odd() {
    // 一般事项：单数且不少于3名。
    expect(&case("chifeng", &experts("论证会", "2026-04-28", "2026-04-20", 3)), "expert_count_normal", Want::Pass);
    let m = expect(&case("chifeng", &experts("论证会", "2026-04-28", "2026-04-20", 4)), "expert_count_normal", Want::Violation);
    assert!(m.contains("论证专家4名") && m.contains("不是单数"), "{m}");
    expect(&case("chifeng", &experts("论证会", "2026-04-28", "2026-04-20", 2)), "expert_count_normal", Want::Violation);
}

#[test]
fn changli_needs_nine_experts_for_complex_matters() {
    let complex = "  complex: true\n";
    // 昌黎规定 第三十一条：一般不少于5人，复杂事项不少于9人，不要求单数。
    expect(&case_with("changli", complex, &experts("论证会", "2026-04-28", "2026-04-20", 9)), "expert_count_complex", Want::Pass);
    let m =
        expect(&case_with("changli", complex, &experts("论证会", "2026-04-28", "2026-04-20", 8)), "expert_count_complex", Want::Violation);
    assert!(m.contains("少于9名") && !m.contains("单数") && m.contains("昌黎规定 第三十一条"), "{m}");
    expect(&case("changli", &experts("论证会", "2026-04-28", "2026-04-20", 6)), "expert_count_normal", Want::Pass);
    expect(&case("changli", &experts("论证会", "2026-04-28", "2026-04-20", 4)), "expert_count_normal", Want::Violation);
    // 人社厅专家论证办法 第九条：5人 / 复杂7人。
    expect(&case("nmg-hrss", &experts("论证会", "2026-04-28", "2026-04-10", 6)), "expert_count_normal", Want::Pass);
    expect(&case_with("nmg-hrss", complex, &experts("论证会", "2026-04-28", "2026-04-10", 6)), "expert_count_complex", Want::Violation);
    // 条例没有人数规定。
    not_checked(&case("national", &experts("论证会", "2026-04-28", "2026-04-20", 2)), "expert_count_normal");
}

#[test]
fn nmg_hrss_seven_workdays_of_study_across_national_day_2025() {
    // 人社厅专家论证办法 第十二条：2025-09-26 送材料，其间 9-28（调休）、9-29、9-30、10-9、10-10、10-11（调休）、10-13 共7个工作日。
    // 论证会当日不计入：10-14 开会合格，10-13 开会只有6个。
    expect(&case("nmg-hrss", &experts("论证会", "2025-10-14", "2025-09-26", 5)), "expert_study_min_workdays", Want::Pass);
    let m = expect(&case("nmg-hrss", &experts("论证会", "2025-10-13", "2025-09-26", 5)), "expert_study_min_workdays", Want::Violation);
    assert!(m.contains("其间工作日6个，少于7个工作日") && m.contains("人社厅专家论证办法 第十二条"), "{m}");
    // 书面论证以截止日结束，截止日计入：10-13 截止合格，10-11 截止只有6个。
    expect(&case("nmg-hrss", &experts("个人分别论证", "2025-10-13", "2025-09-26", 5)), "expert_study_min_workdays", Want::Pass);
    expect(&case("nmg-hrss", &experts("个人分别论证", "2025-10-11", "2025-09-26", 5)), "expert_study_min_workdays", Want::Violation);
    // 写明理由（如情况紧急）的只作提示。
    let c = case("nmg-hrss", &format!("{}  shortened_reason: 上级要求限期报送\n", experts("论证会", "2025-10-13", "2025-09-26", 5)));
    let m = expect(&c, "expert_study_min_workdays", Want::Notice);
    assert!(m.contains("上级要求限期报送"), "{m}");
}

#[test]
fn chifeng_2026_study_time_and_meeting_materials_five_workdays() {
    // 赤峰专家论证办法 第十七条（2026-05-14 起）：研究时间、论证会提前提供材料，都不少于5个工作日。
    let ok = case("chifeng", &experts("论证会", "2026-06-01", "2026-05-22", 3));
    expect(&ok, "expert_study_min_workdays", Want::Pass);
    expect(&ok, "expert_meeting_materials_min_workdays", Want::Pass);
    let short = case("chifeng", &experts("论证会", "2026-06-01", "2026-05-25", 3));
    expect(&short, "expert_study_min_workdays", Want::Violation);
    let m = expect(&short, "expert_meeting_materials_min_workdays", Want::Violation);
    assert!(m.contains("其间工作日4个") && m.contains("赤峰专家论证办法 第十七条"), "{m}");
    // 书面论证不适用“提前提供材料”一条。
    not_checked(&case("chifeng", &experts("个人分别论证", "2026-06-01", "2026-05-25", 3)), "expert_meeting_materials_min_workdays");
    // 2026-05-14 前没有天数规定。
    not_checked(&case("chifeng", &experts("论证会", "2026-05-13", "2026-05-12", 3)), "expert_study_min_workdays");
    // 昌黎规定 第三十二条：5个工作日。
    expect(&case("changli", &experts("论证会", "2026-06-01", "2026-05-22", 5)), "expert_study_min_workdays", Want::Pass);
    expect(&case("changli", &experts("论证会", "2026-06-01", "2026-05-25", 5)), "expert_study_min_workdays", Want::Violation);
}

/// 一位专家先口头发表意见（oral），再出具书面意见（opinion，可无）。
fn oral_case(rules: &str, oral_time: &str, opinion: Option<(&str, &str)>) -> Case {
    let mut s = experts("论证会", "2026-04-27", "2026-04-10", 5);
    s.push_str(&format!("      oral: {{ date: 2026-04-27, time: \"{oral_time}\" }}\n"));
    if let Some((date, time)) = opinion {
        s.push_str(&expert_opinion(date, time, "采纳", ""));
    }
    case(rules, &s)
}

#[test]
fn changli_oral_opinion_written_within_24_hours() {
    // 昌黎规定 第三十二条：口头意见 04-27 16:00，24小时之内（04-28 16:00 前）补交书面意见。
    expect(&oral_case("changli", "16:00", Some(("2026-04-28", "16:00"))), "expert_oral_written_max_hours", Want::Pass);
    expect(&oral_case("changli", "16:00", Some(("2026-04-27", ""))), "expert_oral_written_max_hours", Want::Pass);
    let m = expect(&oral_case("changli", "16:00", Some(("2026-04-28", "16:01"))), "expert_oral_written_max_hours", Want::Violation);
    assert!(m.contains("相隔24小时1分，超过24小时"), "{m}");
    expect(&oral_case("changli", "16:00", Some(("2026-04-29", ""))), "expert_oral_written_max_hours", Want::Violation);
    expect(&oral_case("changli", "16:00", None), "expert_oral_written_max_hours", Want::Violation);
    // 次日出具而没有时刻：无法判断，提示补填。
    let m = expect(&oral_case("changli", "16:00", Some(("2026-04-28", ""))), "expert_oral_written_max_hours", Want::Notice);
    assert!(m.contains("未填写时刻"), "{m}");
    // 赤峰专家库办法 第十五条：事后及时提供书面意见（不计小时）。
    expect(&oral_case("chifeng", "16:00", Some(("2026-04-30", ""))), "expert_oral_written_required", Want::Pass);
    expect(&oral_case("chifeng", "16:00", None), "expert_oral_written_required", Want::Violation);
}

#[test]
fn non_adopted_expert_opinions_need_reasons() {
    // 赤峰专家论证办法 第十九条（2026-05-14 起）；人社厅专家论证办法 第十六条。
    let with = |adoption: &str, reason: &str| {
        let mut s = experts("论证会", "2026-06-01", "2026-05-22", 3);
        s.push_str(&expert_opinion("2026-06-01", "", adoption, reason));
        s
    };
    let m = expect(&case("chifeng", &with("不予采纳", "")), "expert_nonadoption_reason_required", Want::Violation);
    assert!(m.contains("专家2的意见不予采纳，未说明理由"), "{m}");
    expect(&case("chifeng", &with("部分采纳", "")), "expert_nonadoption_reason_required", Want::Violation);
    expect(&case("chifeng", &with("不予采纳", "与上位法冲突")), "expert_nonadoption_reason_required", Want::Pass);
    expect(&case("nmg-hrss", &with("不予采纳", "")), "expert_nonadoption_reason_required", Want::Violation);
}

#[test]
fn expert_review_before_collective_discussion() {
    let body = |meeting_date: &str| format!("{}{}", experts("论证会", "2026-06-01", "2026-05-22", 3), meeting(meeting_date, "通过", &[]));
    expect(&case("chifeng", &body("2026-06-10")), "expert_review_before_discussion", Want::Pass);
    expect(&case("chifeng", &body("2026-06-01")), "expert_review_before_discussion", Want::Violation);
}

// ---------------------------------------------------------------- 风险评估

#[test]
fn high_risk_stops_the_decision() {
    // 赤峰风险评估规则 第十一条：高风险的不得照原方案通过。
    let c = case("chifeng", &format!("{}{}", risk("2025-05-01", "高", "[措施]"), meeting("2025-06-01", "通过", &[])));
    let r = review(&c);
    let f = r.findings.iter().find(|f| f.rule_id == "risk_high_no_decision").expect("高风险通过应违规");
    assert_eq!((f.severity, f.step.id(), f.field.as_str()), (Severity::Violation, "meeting", "meeting.decision"));
    assert!(f.message.contains("风险评估结论为高") && f.message.contains("即作出“通过”的决定"), "{}", f.message);
    expect(
        &case("chifeng", &format!("{}{}", risk("2025-05-01", "高", "[措施]"), meeting("2025-06-01", "不予通过", &[]))),
        "risk_high_no_decision",
        Want::Pass,
    );
    // 昌黎规定 第三十七条：“修改”后签发同样是继续决策。
    expect(
        &case("changli", &format!("{}{}", risk("2025-05-01", "高风险", "[措施]"), meeting("2025-06-01", "修改", &[]))),
        "risk_high_no_decision",
        Want::Violation,
    );
    // 还没有开会：提示。
    expect(&case("chifeng", &risk("2025-05-01", "高", "[措施]")), "risk_high_no_decision", Want::Notice);
    // 中风险须有防范措施；等级须是规定的等级之一。
    expect(&case("chifeng", &risk("2025-05-01", "中", "[]")), "risk_medium_measures_required", Want::Violation);
    expect(&case("chifeng", &risk("2025-05-01", "中", "[加强宣传]")), "risk_medium_measures_required", Want::Pass);
    // 不是规定的等级之一：读取案卷时即报错，指出字段和可选的值。
    let m = load_error("chifeng", &risk("2025-05-01", "较高", "[措施]"));
    assert!(m.contains("risk.level") && m.contains("较高") && m.contains("高、中、低"), "{m}");
    expect(&case("chifeng", &risk("2025-05-01", "低", "[措施]")), "risk_levels", Want::Pass);
}

#[test]
fn risk_assessment_before_collective_discussion() {
    let c = |end: &str| case("chifeng", &format!("{}{}", risk(end, "低", "[措施]"), meeting("2025-06-01", "通过", &[])));
    expect(&c("2025-05-31"), "risk_assessment_before_discussion", Want::Pass);
    expect(&c("2025-06-01"), "risk_assessment_before_discussion", Want::Violation);
    // 没有风险评估：赤峰规定 第二十五条 风险评估必经（不再只是提示）。
    let m = expect(&case("chifeng", &meeting("2025-06-01", "通过", &[])), "risk_assessment_required", Want::Violation);
    assert!(m.contains("风险评估是必经程序，至集体讨论决定 2025-06-01 尚未履行") && m.contains("赤峰规定 第二十五条"), "{m}");
    // 国家：条例 第二十九条（四）同样要求评估先于讨论（旧版本国家规则表没有这一条）。
    let c = |end: &str| case("national", &format!("{}{}", risk(end, "低", "[措施]"), meeting("2025-06-01", "通过", &[])));
    expect(&c("2025-05-31"), "risk_assessment_before_discussion", Want::Pass);
    let m = expect(&c("2025-06-01"), "risk_assessment_before_discussion", Want::Violation);
    assert!(m.contains("条例 第二十九条"), "{m}");
}

// ---------------------------------------------------------------- 合法性审查

#[test]
fn legality_review_seven_workdays_across_national_day_2025() {
    // 条例 第二十六条：2025-09-26 送审，第7个工作日是 10-13（含 9-28、10-11 两个调休上班日），集体讨论最早 10-14。
    let c = |meeting_date: &str| {
        case("national", &format!("{}{}", legality("2025-09-26", "2025-10-10", "某市司法局"), meeting(meeting_date, "通过", &[])))
    };
    expect(&c("2025-10-14"), "legality_review_min_workdays", Want::Pass);
    let m = expect(&c("2025-10-13"), "legality_review_min_workdays", Want::Violation);
    assert!(m.contains("审查时间6个工作日，少于7个工作日") && m.contains("条例 第二十六条"), "{m}");
    // 写明理由的只作提示。
    let c = case(
        "national",
        &format!(
            "{}  shortened_reason: 防汛应急\n{}",
            legality("2025-09-26", "2025-10-10", "某市司法局"),
            meeting("2025-10-13", "通过", &[])
        ),
    );
    expect(&c, "legality_review_min_workdays", Want::Notice);
}

#[test]
fn supplement_time_is_not_review_time_where_the_rules_say_so() {
    // 赤峰规定 第二十九条：补送时间不计入审查期限。9-28 要求补充，9-29 补送：扣除 9-29 一个工作日。
    let body = |meeting_date: &str| {
        format!(
            "{}  supplements:\n    - {{ requested_on: 2025-09-28, supplied_on: 2025-09-29 }}\n{}",
            legality("2025-09-26", "2025-10-10", "赤峰市司法局"),
            meeting(meeting_date, "通过", &[])
        )
    };
    let m = expect(&case("chifeng", &body("2025-10-14")), "legality_review_min_workdays", Want::Violation);
    assert!(m.contains("已扣除补送材料的1个工作日"), "{m}");
    expect(&case("chifeng", &body("2025-10-15")), "legality_review_min_workdays", Want::Pass);
    // 扣除与否取决于本地规则表有没有 legality_supplement_excluded（只查本地，不用条例补充）。
    use juece::law::rules::RuleSet;
    assert!(RuleSet::builtin(juece::input::case::Jurisdiction::Chifeng).rule_latest("legality_supplement_excluded").is_some());
    assert!(RuleSet::builtin(juece::input::case::Jurisdiction::National).rule_latest("legality_supplement_excluded").is_none());
    // 条例没有这一规定，不扣除。
    expect(&case("national", &body("2025-10-14")), "legality_review_min_workdays", Want::Pass);
}

#[test]
fn changli_supplements_within_three_workdays() {
    // 昌黎规定 第四十一条：2025-09-26 要求补充，9-28、9-29、9-30 三个工作日内补送。
    let c = |supplied: &str| {
        case(
            "changli",
            &format!(
                "{}  supplements:\n    - {{ requested_on: 2025-09-26, supplied_on: {supplied} }}\n",
                legality("2025-09-25", "2025-10-20", "昌黎县司法局")
            ),
        )
    };
    expect(&c("2025-09-30"), "legality_supplement_max_workdays", Want::Pass);
    let m = expect(&c("2025-10-09"), "legality_supplement_max_workdays", Want::Violation);
    assert!(m.contains("用时4个工作日，超过3个工作日（昌黎规定 第四十一条）"), "{m}");
}

#[test]
fn changli_review_limits() {
    // 昌黎规定 第四十三条：县司法局接到任务后7日内；2025-09-26 + 7 = 10-03（国庆），顺延至 10-09。
    expect(&case("changli", &legality("2025-09-26", "2025-10-09", "昌黎县司法局")), "justice_review_max_days", Want::Pass);
    let m = expect(&case("changli", &legality("2025-09-26", "2025-10-10", "昌黎县司法局")), "justice_review_max_days", Want::Violation);
    assert!(m.contains("最后一日 2025-10-09，超过7日"), "{m}");
    // 由县决策咨询服务中心组织会审的，不按司法局的期限检查。
    not_checked(&case("changli", &legality("2025-09-26", "2025-10-20", "昌黎县决策咨询服务中心")), "justice_review_max_days");
    // 第四十二条：参与会审的部门自收到材料之日起7个工作日内提出书面意见（9-26 收到，第7个工作日是 10-13，
    // 含 9-28、10-11 两个调休上班日）；情况复杂写明延长理由的，原则上不超过10个工作日（10-16，提示）。
    let joint = |date: &str, reason: &str| {
        let reason = if reason.is_empty() { String::new() } else { format!("    extension_reason: {reason}\n") };
        case(
            "changli",
            &format!(
                "{}  joint_review:\n    materials_sent_on: 2025-09-26\n    opinions:\n      - {{ department: 县财政局, date: {date} }}\n{reason}",
                legality("2025-09-25", "2025-10-20", "昌黎县决策咨询服务中心")
            ),
        )
    };
    expect(&joint("2025-10-13", ""), "joint_review_opinion_max_workdays", Want::Pass);
    let m = expect(&joint("2025-10-14", ""), "joint_review_opinion_max_workdays", Want::Violation);
    assert!(m.contains("县财政局 2025-10-14 提出书面意见，用时8个工作日，超过7个工作日（昌黎规定 第四十二条）"), "{m}");
    expect(&joint("2025-10-16", "涉及跨部门资金安排"), "joint_review_extended_max_workdays", Want::Pass);
    expect(&joint("2025-10-17", "涉及跨部门资金安排"), "joint_review_extended_max_workdays", Want::Notice);
    // 10个工作日的上限只管会审部门的意见，不再用在送审至出具审查意见（旧版本的错误，昌黎规定 第四十二条）。
    not_checked(&case("changli", &legality("2025-09-26", "2025-10-17", "昌黎县决策咨询服务中心")), "joint_review_extended_max_workdays");
}

#[test]
fn no_discussion_without_legality_review() {
    // 条例 第二十五条：未经合法性审查不得提交讨论。
    let m = expect(&case("national", &meeting("2025-06-01", "通过", &[])), "legality_review_before_discussion", Want::Violation);
    assert!(m.contains("案卷未记录合法性审查"), "{m}");
    let c = |done: &str| case("national", &format!("{}{}", legality("2025-05-01", done, "某市司法局"), meeting("2025-06-01", "通过", &[])));
    expect(&c("2025-05-20"), "legality_review_before_discussion", Want::Pass);
    expect(&c("2025-06-01"), "legality_review_before_discussion", Want::Violation);
}

#[test]
fn legality_materials_each_attached_or_explained() {
    // 条例 第二十六条（national 清单三项：决策草案及相关材料、依据、履行决策法定程序的说明）。
    let rule = juece::law::rules::RuleSet::builtin(juece::law::rules::Jurisdiction::National).rule_latest("legality_materials").unwrap();
    let mut s = legality("2025-05-01", "2025-05-20", "某市司法局");
    s.push_str("  unperformed:\n");
    for item in &rule.params.items {
        s.push_str(&format!("    - {{ item: {}, explanation: 说明 }}\n", item.key));
    }
    expect(&case("national", &s), "legality_unperformed_explanation_required", Want::Pass);
    // 缺一项说明。
    let first = &rule.params.items[0];
    let missing = s.replace(&format!("    - {{ item: {}, explanation: 说明 }}\n", first.key), "");
    let m = expect(&case("national", &missing), "legality_unperformed_explanation_required", Want::Violation);
    assert!(m.contains(&format!("{}（{}）", first.name, first.key)) && m.contains("既没有材料，也没有未履行的说明"), "{m}");
    // 说明为空。
    let blank =
        s.replace(&format!("{{ item: {}, explanation: 说明 }}", first.key), &format!("{{ item: {}, explanation: \"\" }}", first.key));
    expect(&case("national", &blank), "legality_unperformed_explanation_required", Want::Violation);
    // 清单中没有的代号。
    let odd = format!("{s}    - {{ item: no_such_item, explanation: 说明 }}\n");
    let m = expect(&case("national", &odd), "legality_materials", Want::Violation);
    assert!(m.contains("no_such_item"), "{m}");
}

// ---------------------------------------------------------------- 集体讨论决定

#[test]
fn minutes_decision_must_be_a_listed_form() {
    // 赤峰规定 第三十五条：通过、原则通过、修改后再次讨论、不予通过；昌黎规定 第四十六条：通过、修改、再次审议。
    expect(&case("chifeng", &meeting("2025-06-01", "原则通过", &[])), "minutes_decisions", Want::Pass);
    let m = load_error("chifeng", &meeting("2025-06-01", "同意", &[]));
    assert!(m.contains("meeting.decision") && m.contains("通过、原则通过、修改后再次讨论、不予通过"), "{m}");
    expect(&case("changli", &meeting("2025-06-01", "修改", &[])), "minutes_decisions", Want::Pass);
    expect(&case("changli", &meeting("2025-06-01", "原则通过", &[])), "minutes_decisions", Want::Violation);
}

#[test]
fn head_decision_against_the_majority_needs_a_reason_everywhere() {
    // 条例 第三十条只在国家规则表中；它约束赤峰市、昌黎县（条例 第二条）和人社厅（第四十二条，参照执行）。
    for rules in ["national", "chifeng", "changli", "nmg-hrss"] {
        let against = meeting("2025-06-01", "通过", &["同意", "不同意", "不同意"]);
        let m = expect(&case(rules, &against), "head_decision_reason_required", Want::Violation);
        assert!(m.contains("赞成1人、反对2人") && m.contains("条例 第三十条"), "{rules}: {m}");
        let r = review(&case(rules, &against));
        let f = r.findings.iter().find(|f| f.rule_id == "head_decision_reason_required").unwrap();
        assert_eq!(f.field, "meeting.decision_reason");
        let with_reason = format!("{against}  decision_reason: 事关全局，宜尽快实施\n");
        expect(&case(rules, &with_reason), "head_decision_reason_required", Want::Pass);
        expect(&case(rules, &meeting("2025-06-01", "通过", &["同意", "同意", "不同意"])), "head_decision_reason_required", Want::Pass);
    }
    // 不予通过而多数赞成，同样须说明理由。
    expect(&case("chifeng", &meeting("2025-06-01", "不予通过", &["同意", "同意"])), "head_decision_reason_required", Want::Violation);
}

#[test]
fn chifeng_stakeholders_at_least_three() {
    // 赤峰公众参与规则 第十七条：邀请相关方代表列席的，一般不少于3人。
    let with = |names: &[&str]| {
        let list = names.join(", ");
        case("chifeng", &format!("{}  observers: [{list}]\n  stakeholders: [{list}]\n", meeting("2025-06-01", "通过", &[])))
    };
    expect(&with(&["代表甲", "代表乙", "代表丙"]), "stakeholder_attendees_min", Want::Pass);
    let m = expect(&with(&["代表甲", "代表乙"]), "stakeholder_attendees_min", Want::Violation);
    assert!(m.contains("列席的相关方代表2人（代表甲、代表乙），少于3人"), "{m}");
    // 没有邀请相关方代表：条文是“可以邀请”，不检查。
    not_checked(&case("chifeng", &meeting("2025-06-01", "通过", &[])), "stakeholder_attendees_min");
}

#[test]
fn changli_meeting_materials_one_day_before() {
    // 昌黎规定 第四十六条：至少于会前1天送达。会议 2026-03-05，03-04 送达合格，当日送达不合格。
    let c = |sent: &str| case("changli", &format!("{}  materials_sent_on: {sent}\n", meeting("2026-03-05", "通过", &[])));
    expect(&c("2026-03-04"), "meeting_materials_min_days", Want::Pass);
    expect(&c("2026-03-05"), "meeting_materials_min_days", Want::Violation);
    not_checked(
        &case("chifeng", &format!("{}  materials_sent_on: 2026-03-05\n", meeting("2026-03-05", "通过", &[]))),
        "meeting_materials_min_days",
    );
}

// ---------------------------------------------------------------- 公布之后

#[test]
fn chifeng_filing_within_thirty_days_rolls_over_national_day() {
    // 赤峰规定 第三十八条：2025-09-05 公布，+30 日 = 10-05（国庆），顺延至 10-09。
    expect(&case("chifeng", &publication("2025-09-05", "2025-10-09")), "filing_after_publication_max_days", Want::Pass);
    let m = expect(&case("chifeng", &publication("2025-09-05", "2025-10-10")), "filing_after_publication_max_days", Want::Violation);
    assert!(m.contains("最后一日 2025-10-09，超过30日"), "{m}");
    let m = expect(&case("chifeng", &publication("2025-09-05", "")), "filing_after_publication_max_days", Want::Notice);
    assert!(m.contains("最迟 2025-10-09 备案"), "{m}");
    not_checked(&case("national", &publication("2025-09-05", "2025-12-31")), "filing_after_publication_max_days");
}

#[test]
fn nmg_hrss_archive_transfer_within_sixty_days() {
    // 人社厅程序办法 第四十九条：两个以上承办单位的，办结之日起60日内移交原件。2026-01-30 + 60 = 03-31。
    // 起算日是决策办结之日（decision.concluded_on），不是归档日期（archive.closed_on；旧版本的错误）。
    let co = "  co_units: [规划财务处]\n  concluded_on: 2026-01-30\n";
    expect(&case_with("nmg-hrss", co, &archive("2026-05-30", "2026-03-31")), "archive_transfer_max_days", Want::Pass);
    let m = expect(&case_with("nmg-hrss", co, &archive("2026-02-10", "2026-04-01")), "archive_transfer_max_days", Want::Violation);
    assert!(m.contains("决策 2026-01-30 办结") && m.contains("超过60日"), "{m}");
    expect(&case_with("nmg-hrss", co, &archive("2026-01-30", "")), "archive_transfer_max_days", Want::Notice);
    // 办结日期未填写：提示填写，不拿归档日期充数。
    let m = expect(
        &case_with("nmg-hrss", "  co_units: [规划财务处]\n", &archive("2026-01-30", "2026-03-31")),
        "archive_transfer_max_days",
        Want::Notice,
    );
    assert!(m.contains("决策办结日期未填写"), "{m}");
    // 只有一个承办单位的不适用。
    not_checked(&case_with("nmg-hrss", "  concluded_on: 2026-01-30\n", &archive("2026-01-30", "2026-06-01")), "archive_transfer_max_days");
}

#[test]
fn post_evaluation_result_must_be_a_listed_conclusion() {
    // 赤峰后评估规则 第十二条：继续实施、中止执行、终止执行、调整决策（第十三条写作“继续执行”，按前两字比较）。
    expect(&case("chifeng", &post_evaluation("2026-07-15", "继续执行")), "post_evaluation_results", Want::Pass);
    expect(&case("chifeng", &post_evaluation("2026-07-15", "调整")), "post_evaluation_results", Want::Pass);
    expect(&case("chifeng", &post_evaluation("2026-07-15", "维持现状")), "post_evaluation_results", Want::Violation);
    // 昌黎规定 第六十一条的这一条是提示。
    expect(&case("changli", &post_evaluation("2026-07-15", "维持现状")), "post_evaluation_results", Want::Notice);
}

#[test]
fn changli_statute_validity_two_years() {
    // 昌黎规定 第七十二条：有效期二年（2022-03-21 至 2024-03-20）。
    expect(&case_with("changli", "  started_on: 2024-03-20\n", ""), "statute_validity_years", Want::Pass);
    let m = expect(&case_with("changli", "  started_on: 2024-03-21\n", ""), "statute_validity_years", Want::Notice);
    assert!(m.contains("至 2024-03-20 届满") && m.contains("2024-03-21"), "{m}");
}

// ---------------------------------------------------------------- 日历缺年、排序

#[test]
fn a_year_missing_from_the_calendar_is_named_never_guessed() {
    // 2026-12-28 送审、2027-01-08 集体讨论：2027 年不在内置日历中，报违规“无法核对”，写明日期。
    let c = case("national", &format!("{}{}", legality("2026-12-28", "2027-01-06", "某市司法局"), meeting("2027-01-08", "通过", &[])));
    let m = expect(&c, "legality_review_min_workdays", Want::Violation);
    assert!(m.contains("无法核对") && m.contains("工作日历中没有2027年的数据（日期 2027-01-01）") && m.contains("--calendar"), "{m}");
    // 并入含 2027 年的日历后可以核对：2026-12-29、30、31，2027-01-04 至 01-07 共7个工作日。
    let mut cal = Calendar::builtin();
    cal.merge(
        Calendar::from_yaml_str("years:\n  2027:\n    source: 测试用\n    holidays: [2027-01-01]\n    workdays: []\n", "office.yaml")
            .unwrap(),
    );
    let r = Facts::compute(&c, &cal).review;
    assert!(r.findings.iter().all(|f| f.rule_id != "legality_review_min_workdays"), "{:#?}", r.findings);
    // 日历日的期限不需要工作日历：备案 2026-12-20 公布、2027-01-10 备案（在30日内）照常判断。
    expect(&case("chifeng", &publication("2026-12-20", "2027-01-10")), "filing_after_publication_max_days", Want::Pass);
    // 超过 +30 日才需要顺延，缺 2027 年时报“无法核对”。
    let m = expect(&case("chifeng", &publication("2026-12-20", "2027-01-25")), "filing_after_publication_max_days", Want::Violation);
    assert!(m.contains("工作日历中没有2027年的数据（日期 2027-01-19）"), "{m}");
}

#[test]
fn findings_are_sorted_and_serializable() {
    let body = format!(
        "{}{}{}",
        hearing("2026-06-08", &["2026-06-05"]),
        legality("2026-06-01", "2026-06-05", "某市司法局"),
        meeting("2026-06-03", "通过", &["不同意"])
    );
    let c = case("chifeng", &body);
    let a = review(&c).findings;
    let b = review(&c).findings;
    assert_eq!(a, b);
    assert!(a.windows(2).all(|w| w[0].step <= w[1].step), "{a:#?}");
    let json = serde_json::to_string(&a).unwrap();
    let back: Vec<juece::facts::Finding> = serde_json::from_str(&json).unwrap();
    assert_eq!(a, back);
    assert!(json.contains("\"severity\":\"违规\""), "{json}");
}

#[test]
fn sample_case_has_no_violations_and_no_notices() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/sample-case.yaml")).unwrap();
    let c = parse_case(&text, "sample-case.yaml").unwrap();
    let r = review(&c);
    assert!(r.findings.is_empty(), "{:#?}", r.findings);
    // 样例覆盖的规则都核对到了。
    for rule in [
        "comment_period_min_days",
        "symposium_notice_min_workdays",
        "hearing_delivery_min_days",
        "expert_count_normal",
        "expert_oral_written_required",
        "risk_levels",
        "risk_assessment_before_discussion",
        "legality_review_min_workdays",
        "legality_review_before_discussion",
        "legality_unperformed_explanation_required",
        "minutes_decisions",
        "head_decision_reason_required",
        "stakeholder_attendees_min",
        "filing_after_publication_max_days",
        "post_evaluation_results",
    ] {
        assert!(r.passed.iter().any(|p| p.rule_id == rule), "样例没有核对 {rule}");
    }
}

// ---------------------------------------------------------------- 期限表

#[test]
fn plan_rows_across_national_day_2025() {
    use juece::facts::plan::plan;
    let cal = Calendar::builtin();
    let plan = |c: &Case| plan(&Facts::compute(c, &cal));
    let body = format!(
        "{}  symposiums:\n    - {{ date: 2025-10-09, place: 会议室 }}\n{}{}",
        comment("2025-09-05", "2025-09-05", "2025-10-09", ""),
        legality("2025-09-26", "2025-10-10", "赤峰市司法局"),
        publication("2025-09-05", "")
    );
    let p = plan(&case("chifeng", &body));
    let row = |item: &str| p.rows.iter().find(|r| r.item.starts_with(item)).unwrap_or_else(|| panic!("没有“{item}”：{:#?}", p.rows));
    let d = |s: &str| Some(juece::input::case::Date::parse(s).unwrap());
    // 征求意见：最早截止 10-05（国庆），建议 10-09；案卷 10-09 符合。
    let r = row("征求意见截止日");
    assert_eq!((r.due, r.suggested, r.status.name(), r.bound.name()), (d("2025-10-05"), d("2025-10-09"), "符合", "不早于"));
    // 座谈会 10-09：3个工作日前最晚 09-27（周六），建议 09-26；尚未送达。
    let r = row("座谈会材料最晚送达日");
    assert_eq!((r.due, r.suggested, r.status.name()), (d("2025-09-27"), d("2025-09-26"), "待办"));
    // 合法性审查 09-26 送审：集体讨论最早 10-14。
    let r = row("集体讨论最早日期");
    assert_eq!((r.due, r.status.name(), r.citation.as_str()), (d("2025-10-14"), "待办", "赤峰规定 第三十一条"));
    // 备案：+30 日 = 10-05，顺延至 10-09。
    assert_eq!(row("备案最后一日").due, d("2025-10-09"));
    // 听证会 2025-10-10：最晚 10-03 送达（假期中），建议 09-30。
    let p = plan(&case("national", &hearing("2025-10-10", &["2025-10-05"])));
    let r = p.rows.iter().find(|r| r.item.starts_with("听证材料最晚送达日")).unwrap();
    assert_eq!((r.due, r.suggested, r.actual, r.status.name()), (d("2025-10-03"), d("2025-09-30"), d("2025-10-05"), "不符合"));
    let r = p.rows.iter().find(|r| r.item == "听证会最早召开日").unwrap();
    assert_eq!((r.due, r.status.name()), (d("2025-10-12"), "不符合"));
    // 缺少 2027 年：无法计算，写明日期。
    let p = plan(&case("national", &legality("2026-12-28", "2027-01-06", "某市司法局")));
    let r = &p.rows[0];
    assert_eq!((r.due, r.status.name()), (None, "无法计算"));
    assert!(r.note.contains("2027年") && r.note.contains("2027-01-01"), "{}", r.note);
    assert_eq!(p.as_of, d("2027-01-06"));
}
