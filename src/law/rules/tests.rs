use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn all_builtin_files_parse() {
    for j in Jurisdiction::all() {
        let set = RuleSet::builtin(j);
        assert_eq!(set.jurisdiction, j);
        assert!(!set.rules.is_empty(), "{j} 没有规则");
        assert!(!set.statutes.is_empty(), "{j} 没有法规");
        // 每个文件都有征求意见期限和听证材料送达期限。
        assert!(set.rule_latest("comment_period_min_days").is_some(), "{j}");
        assert!(set.rule_latest("hearing_delivery_min_days").is_some(), "{j}");
    }
}

#[test]
fn jurisdiction_names_and_ids() {
    assert_eq!(Jurisdiction::Chifeng.to_string(), "赤峰市");
    assert_eq!(Jurisdiction::Changli.to_string(), "昌黎县");
    assert_eq!("nmg-hrss".parse::<Jurisdiction>().unwrap(), Jurisdiction::NmgHrss);
    assert!("beijing".parse::<Jurisdiction>().is_err());
    for j in Jurisdiction::all() {
        let y = serde_norway::to_string(&j).unwrap();
        assert_eq!(y.trim(), j.id());
        assert_eq!(serde_norway::from_str::<Jurisdiction>(j.id()).unwrap(), j);
    }
    assert_eq!(serde_norway::from_str::<Severity>("违规").unwrap(), Severity::Violation);
    assert_eq!(serde_norway::from_str::<Severity>("提示").unwrap(), Severity::Notice);
    assert!(serde_norway::from_str::<Severity>("警告").is_err());
}

#[test]
fn every_rule_has_article_citation() {
    for j in Jurisdiction::all() {
        for r in &RuleSet::builtin(j).rules {
            assert!(!r.citation.is_empty(), "{j} {}", r.id);
            let art = r.article().unwrap_or_else(|| panic!("{j} {} 的出处“{}”格式不对", r.id, r.citation));
            // 第[一二三四五六七八九十百]+条
            let inner: Vec<char> = art.chars().collect();
            assert_eq!(inner.first(), Some(&'第'));
            assert_eq!(inner.last(), Some(&'条'));
            assert!(inner.len() >= 3);
            assert!(inner[1..inner.len() - 1].iter().all(|c| "一二三四五六七八九十百".contains(*c)));
            assert!(RuleSet::builtin(j).statute(r.statute_short()).is_some(), "{j} {} 的简称未列出", r.id);
        }
    }
}

#[test]
fn chifeng_expert_rules_change_on_2026_05_14() {
    let cf = RuleSet::builtin(Jurisdiction::Chifeng);
    let before = cf.rule_at("expert_count_complex", d("2026-05-13")).unwrap();
    assert_eq!(before.params.min, Some(7));
    assert_eq!(before.params.odd, Some(true));
    assert_eq!(before.citation, "赤峰专家库办法 第十三条");
    let after = cf.rule_at("expert_count_complex", d("2026-05-14")).unwrap();
    assert_eq!(after.params.min, Some(5));
    assert_eq!(after.params.odd, Some(true));
    assert_eq!(after.citation, "赤峰专家论证办法 第十四条");
    assert_eq!(cf.rule_latest("expert_count_complex").unwrap().params.min, Some(5));
    // 一般情形 3 人、单数，前后相同。
    for day in ["2021-03-01", "2026-05-13", "2026-05-14", "2030-01-01"] {
        let r = cf.rule_at("expert_count_normal", d(day)).unwrap();
        assert_eq!((r.params.min, r.params.odd), (Some(3), Some(true)), "{day}");
    }
    // 研究时间 5 个工作日只从 2026-05-14 起有。
    assert!(cf.rule_at("expert_study_min_workdays", d("2026-05-13")).is_none());
    assert_eq!(cf.rule_at("expert_study_min_workdays", d("2026-05-14")).unwrap().params.workdays, Some(5));
    // 2026 办法的书面意见清单与案卷模型的字段一致。
    let op = cf.rule_at("expert_opinion_items", d("2026-06-01")).unwrap();
    let keys: Vec<&str> = op.params.items.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["necessity", "science", "feasibility", "risks", "suggestions", "other"]);
    // 施行前没有规则。
    assert!(cf.rule_at("comment_period_min_days", d("2021-02-28")).is_none());
}

#[test]
fn changli_expert_count_complex_is_nine() {
    let cl = RuleSet::builtin(Jurisdiction::Changli);
    let r = cl.rule_latest("expert_count_complex").unwrap();
    assert_eq!(r.params.min, Some(9));
    assert_eq!(r.params.odd, Some(false));
    assert_eq!(cl.rule_latest("expert_count_normal").unwrap().params.min, Some(5));
    assert_eq!(cl.rule_latest("expert_oral_written_max_hours").unwrap().params.hours, Some(24));
}

#[test]
fn legality_material_lists() {
    let cl = RuleSet::builtin(Jurisdiction::Changli);
    let list = cl.rule_latest("legality_materials").unwrap();
    assert_eq!(list.params.items.len(), 9);
    assert_eq!(list.citation, "昌黎规定 第四十条");
    assert!(list.params.items.iter().all(|i| i.required_when.is_none()));

    let cf = RuleSet::builtin(Jurisdiction::Chifeng);
    let list = cf.rule_latest("legality_materials").unwrap();
    assert_eq!(list.citation, "赤峰规定 第二十九条");
    let always: Vec<&str> = list.params.items.iter().filter(|i| i.required_when.is_none()).map(|i| i.key.as_str()).collect();
    assert_eq!(
        always,
        [
            "draft_and_explanation",
            "initiation_materials",
            "opinion_adoption",
            "participation_materials",
            "legal_review_opinion",
            "unit_meeting_minutes",
            "other"
        ]
    );
    assert_eq!(list.item("hearing_report").unwrap().required_when, Some(Condition::HearingHeld));
    assert_eq!(list.item("fair_competition_review").unwrap().required_when, Some(Condition::FairCompetitionDone));
    assert_eq!(list.params.items.len(), 9);
}

#[test]
fn nmg_hrss_expert_study_is_seven_workdays() {
    let nm = RuleSet::builtin(Jurisdiction::NmgHrss);
    let r = nm.rule_at("expert_study_min_workdays", d("2021-06-01")).unwrap();
    assert_eq!(r.params.workdays, Some(7));
    assert_eq!(nm.rule_latest("archive_transfer_max_days").unwrap().params.days, Some(60));
    let report = nm.rule_latest("expert_report_items").unwrap();
    assert!(report.params.items.iter().any(|i| i.name.contains("合法性")));
    assert!(report.params.items.iter().any(|i| i.name.contains("廉洁性")));
}

#[test]
fn unknown_keys_are_rejected_with_position() {
    let base = "jurisdiction: national\nname: 测试\nstatutes:\n  - short: 条例\n    title: 重大行政决策程序暂行条例\n    effective_from: 2019-09-01\nrules:\n  - id: comment_period_min_days\n    text: 不少于30日\n    citation: 条例 第十五条\n    effective_from: 2019-09-01\n    severity: 违规\n    params: { days: 30 }\n";
    assert!(RuleSet::from_yaml_str(base, "t.yaml").is_ok());

    let cases = [
        base.replace("name: 测试\n", "name: 测试\nextra: 1\n"),
        base.replace("    severity: 违规\n", "    severity: 违规\n    level: 1\n"),
        base.replace("{ days: 30 }", "{ days: 30, weeks: 4 }"),
        base.replace("    title: 重大", "    titel: 重大"),
    ];
    for bad in &cases {
        let err = RuleSet::from_yaml_str(bad, "t.yaml").unwrap_err();
        assert!(err.starts_with("t.yaml:"), "{err}");
        assert!(err.contains("未知字段"), "{err}");
        // 带行:列
        let pos = err.split(':').nth(1).unwrap();
        assert!(pos.parse::<usize>().unwrap() > 0, "{err}");
    }
    let err = RuleSet::from_yaml_str(&cases[1], "t.yaml").unwrap_err();
    assert!(err.starts_with("t.yaml:13:"), "{err}");

    // 参数与代号不符、未知代号、出处格式不对、严重程度写错，都应报错。
    let e = RuleSet::from_yaml_str(&base.replace("{ days: 30 }", "{ workdays: 30 }"), "t").unwrap_err();
    assert!(e.contains("缺少 days") && e.contains("不应有 workdays"), "{e}");
    assert!(e.starts_with("t:8:"), "{e}");
    let e = RuleSet::from_yaml_str(&base.replace("comment_period_min_days", "comment_period_min_dayz"), "t").unwrap_err();
    assert!(e.contains("未知的规则代号"), "{e}");
    let e = RuleSet::from_yaml_str(&base.replace("条例 第十五条", "条例 第15条"), "t").unwrap_err();
    assert!(e.contains("出处"), "{e}");
    let e = RuleSet::from_yaml_str(&base.replace("条例 第十五条", "规定 第十五条"), "t").unwrap_err();
    assert!(e.contains("未在 statutes 中列出"), "{e}");
    let e = RuleSet::from_yaml_str(&base.replace("severity: 违规", "severity: 严重"), "t").unwrap_err();
    assert!(e.contains("无效取值"), "{e}");
    let e = RuleSet::from_yaml_str(&base.replace("jurisdiction: national", "jurisdiction: beijing"), "t").unwrap_err();
    assert!(e.starts_with("t:1:"), "{e}");
}

#[test]
fn duplicate_entry_rejected() {
    let text = "jurisdiction: national\nname: 测试\nstatutes:\n  - short: 条例\n    title: 条例\n    effective_from: 2019-09-01\nrules:\n  - id: comment_urgent_reason_required\n    text: 说明\n    citation: 条例 第十五条\n    effective_from: 2019-09-01\n    severity: 违规\n  - id: comment_urgent_reason_required\n    text: 说明\n    citation: 条例 第十五条\n    effective_from: 2019-09-01\n    severity: 违规\n";
    let e = RuleSet::from_yaml_str(text, "t").unwrap_err();
    assert!(e.contains("出现两次") && e.starts_with("t:13:"), "{e}");
}

#[test]
fn list_rules_have_items_and_known_conditions() {
    for j in Jurisdiction::all() {
        for r in &RuleSet::builtin(j).rules {
            if param_kind(&r.id) == Some(ParamKind::List) {
                assert!(!r.params.items.is_empty(), "{j} {}", r.id);
            }
        }
    }
}

// ---- 参数中的数字必须出现在原文中 ----

fn chinese_numeral(n: u32) -> Vec<String> {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let mut v = Vec::new();
    match n {
        0..=9 => v.push(D[n as usize].to_string()),
        10..=19 => v.push(format!("十{}", if n == 10 { "" } else { D[(n - 10) as usize] })),
        20..=99 => v.push(format!("{}十{}", D[(n / 10) as usize], if n.is_multiple_of(10) { "" } else { D[(n % 10) as usize] })),
        _ => {}
    }
    if n == 2 {
        v.push("两".to_string());
    }
    v.push(n.to_string());
    v
}

/// `text` 中是否出现 `needle`，且前面不紧挨着别的数字（避免 7 匹配 17、十 匹配 三十）。
fn contains_number_phrase(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(i, _)| {
        text[..i].chars().next_back().map(|c| !(c.is_ascii_digit() || "零一二三四五六七八九十百两".contains(c))).unwrap_or(true)
    })
}

fn any_phrase(text: &str, n: u32, units: &[&str]) -> bool {
    chinese_numeral(n).iter().any(|num| units.iter().any(|u| contains_number_phrase(text, &format!("{num}{u}"))))
}

#[test]
fn params_numbers_occur_in_text() {
    for j in Jurisdiction::all() {
        for r in &RuleSet::builtin(j).rules {
            let p = &r.params;
            let t = r.text.as_str();
            let ctx = format!("{j} {} ({})", r.id, r.citation);
            // 先后顺序规则的 days 是“提前”“之后”的最少间隔，原文没有数字。
            if let Some(n) = p.days.filter(|_| param_kind(&r.id) != Some(ParamKind::Order)) {
                assert!(any_phrase(t, n, &["日", "天"]), "{ctx}: {n}日");
            }
            if let Some(n) = p.workdays {
                assert!(any_phrase(t, n, &["个工作日"]), "{ctx}: {n}个工作日");
            }
            if let Some(n) = p.hours {
                assert!(any_phrase(t, n, &["小时"]), "{ctx}: {n}小时");
            }
            if let Some(n) = p.years {
                assert!(any_phrase(t, n, &["年"]), "{ctx}: {n}年");
            }
            if let Some(n) = p.min {
                assert!(any_phrase(t, n, &["位", "名", "人"]), "{ctx}: {n}人");
            }
            if let Some(n) = p.count {
                assert!(any_phrase(t, n, &["人", "名", "位"]), "{ctx}: {n}人");
            }
            match p.odd {
                Some(true) => assert!(t.contains("单数"), "{ctx}: 单数"),
                Some(false) => assert!(!t.contains("单数"), "{ctx}: 原文要求单数"),
                None => {}
            }
            if let (Some(m), Some(dd)) = (p.month, p.day) {
                let last = NaiveDate::from_ymd_opt(2023, m % 12 + 1, 1).unwrap().pred_opt().unwrap();
                let ok = chinese_numeral(m).iter().any(|mm| {
                    chinese_numeral(dd).iter().any(|ds| contains_number_phrase(t, &format!("{mm}月{ds}日")))
                        || (chrono::Datelike::day(&last) == dd && contains_number_phrase(t, &format!("{mm}月底")))
                });
                assert!(ok, "{ctx}: {m}月{dd}日");
            }
        }
    }
}

#[test]
fn number_check_catches_typos() {
    // 测试本身要能发现参数与原文不一致。
    assert!(any_phrase("一般不少于30日", 30, &["日"]));
    assert!(any_phrase("一般不少于三十日", 30, &["日"]));
    assert!(!any_phrase("一般不少于30日", 3, &["日"]));
    assert!(!any_phrase("不少于三十日", 10, &["日"]));
    assert!(!any_phrase("不少于17个工作日", 7, &["个工作日"]));
    assert!(any_phrase("有效期二年", 2, &["年"]));
}
