//! 各类文书：每人一份的命名、缺少数据时报错并指出字段、--draft 的占位、长表格跨页重复表头、模板导出。

mod common;
use common::*;

#[test]
fn one_delivery_notice_per_participant_named_by_person() {
    let dir = tmp();
    run_ok(&["hearing-delivery", sample().to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    for (name, unit) in [("张堃", "松山区振兴街道"), ("李燚", "赤峰市城投停车管理有限公司")] {
        let p = dir.path().join(format!("听证会参加通知-{name}.pdf"));
        let t = pdf_text(&p);
        assert!(t.contains(&format!("{name}（{unit}）：")), "{t}");
        for m in ["2026年6月12日", "上午9:00", "赤峰市行政中心三楼第一会议室", "成本调查报告", "2026年6月3日"] {
            assert!(t.contains(m), "{name} 的通知缺少“{m}”");
        }
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn one_commitment_and_opinion_per_expert() {
    let dir = tmp();
    run_ok(&["expert-commitment", sample().to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    run_ok(&["expert-opinion", sample().to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    for name in ["孙喆", "周珺", "钱燚", "郑堃", "冯喆"] {
        let c = pdf_text(&dir.path().join(format!("专家承诺书-{name}.pdf")));
        assert!(c.contains(&format!("本人{name}")) && c.contains("回避") && c.contains("保密"), "{c}");
        let o = pdf_text(&dir.path().join(format!("专家书面论证意见-{name}.pdf")));
        assert!(o.contains(name) && o.contains("专家签名"), "{o}");
    }
    let o = pdf_text(&dir.path().join("专家书面论证意见-钱燚.pdf"));
    assert!(o.contains("须严格履行定价听证程序，防范程序瑕疵。"));
}

#[test]
fn missing_data_names_the_field_and_draft_prints_a_placeholder() {
    let dir = tmp();
    let text = sample_text();
    let line = text.lines().find(|l| l.starts_with("  conclusion: 方案总体可行")).unwrap();
    let case = variant(dir.path(), "c.yaml", &format!("{line}\n"), "");
    let out = dir.path().join("out");
    let o = render_kind("expert-report", &case, &out, &[]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("experts.conclusion") && err.contains("论证结论") && err.contains("--draft"), "{err}");
    assert!(!out.join("专家论证报告.pdf").exists());

    let o = render_kind("expert-report", &case, &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("待填写") && stderr(&o).contains("experts.conclusion"), "{}", stderr(&o));
    let t = pdf_text(&out.join("专家论证报告.pdf"));
    assert!(t.contains("【待填写：experts.conclusion（论证结论"), "{t}");
}

#[test]
fn missing_report_section_from_the_rule_list_is_named() {
    let dir = tmp();
    let text = sample_text();
    let a = text.find("    - item: benefits").unwrap();
    let b = text.find("    - item: execution_conditions").unwrap();
    let case = dir.path().join("c.yaml");
    std::fs::write(&case, format!("{}{}", &text[..a], &text[b..])).unwrap();
    let out = dir.path().join("out");
    let o = render_kind("expert-report", &case, &out, &[]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("benefits") && err.contains("决策的经济社会效益") && err.contains("赤峰专家库办法 第十六条"), "{err}");
    let o = render_kind("expert-report", &case, &out, &["--draft"]);
    assert!(o.status.success());
    assert!(pdf_text(&out.join("专家论证报告.pdf")).contains("【待填写：experts.sections中item为benefits"));
}

#[test]
fn legality_item_without_material_or_explanation_is_an_error() {
    let dir = tmp();
    let case = variant(dir.path(), "c.yaml", "    - item: other\n      explanation: 无其他材料。\n", "    []\n");
    let case_text = std::fs::read_to_string(&case)
        .unwrap()
        .replace("  unperformed:                                        # 未提交的材料及说明\n    []\n", "");
    std::fs::write(&case, case_text).unwrap();
    let o = render_kind("legality-list", &case, &dir.path().join("out"), &[]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("需要提供的其他资料（other）") && err.contains("赤峰规定 第二十九条"), "{err}");
}

#[test]
fn legality_list_shows_attached_documents_with_page_counts_and_unperformed_explanations() {
    let dir = tmp();
    run_ok(&["legality-list", sample().to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    let t = pdf_text(&dir.path().join("合法性审查送审材料清单.pdf"));
    for m in [
        "根据《赤峰市重大行政决策程序规定》第二十九条的规定",
        "方案（送审稿）、起草说明及制定依据（3页）",
        "市政府关于启动决策程序的批示（1页）",
        "听证报告（",
        "公平竞争审查说明（1页）",
        "未履行",
        "无其他材料。",
    ] {
        assert!(t.contains(m), "清单缺少“{m}”：{t}");
    }
}

#[test]
fn minutes_need_a_reason_when_the_head_overrides_the_majority() {
    let dir = tmp();
    let case = variant(dir.path(), "c.yaml", "      stance: 同意\n", "      stance: 不同意\n");
    let out = dir.path().join("out");
    let o = render_kind("minutes", &case, &out, &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("meeting.decision_reason") && stderr(&o).contains("条例 第三十条"), "{}", stderr(&o));
    let text = std::fs::read_to_string(&case).unwrap().replace(
        "  decision_reason:                                    # 与多数意见不同时的理由",
        "  decision_reason: 停车收费调整事关城市交通全局，宜尽快实施",
    );
    std::fs::write(&case, text).unwrap();
    let o = render_kind("minutes", &case, &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = pdf_text(&out.join("会议纪要.pdf"));
    assert!(
        t.contains("同意方案，建议加强宣传。（表态：不同意）") && t.contains("理由如下：停车收费调整事关城市交通全局，宜尽快实施"),
        "{t}"
    );
}

#[test]
fn long_lists_break_across_pages_with_repeated_headers() {
    let dir = tmp();
    let mut text = sample_text();
    // 200 条公众意见
    let mut ops = String::from("  opinions:\n");
    for i in 1..=200 {
        ops.push_str(&format!(
            "    - source: 公开征求意见\n      from: 市民{i}号\n      content: 第{i}条意见：建议在学校周边增设临时停车泊位并延长免费时长。\n      adoption: 不予采纳\n      reason: 第{i}条理由：学校周边已设即停即走泊位。\n"
        ));
    }
    let a = text.find("  opinions:\n").unwrap();
    let b = text.find("  # 公众意见采纳情况说明").unwrap();
    text.replace_range(a..b, &format!("{ops}\n"));
    // 15 位专家
    let mut experts = String::from("  members:\n");
    for i in 1..=15 {
        experts.push_str(&format!(
            "    - name: 专家{i}号\n      title: 教授\n      unit: 某大学\n      committed_on: 2026-04-20\n      opinion:\n        date: 2026-04-28\n        necessity: 必要{i}\n        science: 科学{i}\n        feasibility: 可行{i}\n        risks: 风险{i}\n        suggestions: 建议{i}\n        adoption: 采纳\n        adoption_reason: 已采纳{i}\n"
        ));
    }
    let a = text.find("  members:\n").unwrap();
    let b = text.find("  sections:").unwrap();
    text.replace_range(a..b, &experts);
    let case = dir.path().join("big.yaml");
    std::fs::write(&case, text).unwrap();
    let out = dir.path().join("out");
    run_ok(&["opinion-adoption", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    run_ok(&["expert-report", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);

    let pages = page_texts(&out.join("公众意见采纳情况说明.pdf"));
    assert!(pages.len() >= 10, "200 条意见只有 {} 页", pages.len());
    for (i, p) in pages.iter().enumerate() {
        assert!(p.contains("序号") && p.contains("意见内容") && p.contains("采纳情况"), "第{}页没有重复表头", i + 1);
    }
    let all = pages.concat();
    assert!(all.contains("共收到意见200条") && all.contains("第200条意见") && all.contains("第200条理由"));
    let t = pdf_text(&out.join("专家论证报告.pdf"));
    assert!(t.contains("组织15名专家") && t.contains("专家15号"));
}

#[test]
fn templates_export_copies_builtins_and_never_overwrites_silently() {
    let dir = tmp();
    let d = dir.path().join("我的模板");
    run_ok(&["templates", "export", d.to_str().unwrap()]);
    for (name, text) in juece::render::templates::BUILTIN {
        assert_eq!(std::fs::read_to_string(d.join(name)).unwrap(), *text);
    }
    std::fs::write(d.join("house.typ"), "// 科员改过").unwrap();
    let o = gen(&["templates", "export", d.to_str().unwrap()]);
    assert!(!o.status.success() && stderr(&o).contains("--force"));
    assert_eq!(std::fs::read_to_string(d.join("house.typ")).unwrap(), "// 科员改过");
    run_ok(&["templates", "export", d.to_str().unwrap(), "--force"]);
    assert_ne!(std::fs::read_to_string(d.join("house.typ")).unwrap(), "// 科员改过");
}

#[test]
fn list_names_every_kind_in_chinese() {
    let o = run_ok(&["list"]);
    let s = String::from_utf8_lossy(&o.stdout);
    for k in juece::law::catalogue::KINDS {
        assert!(s.contains(k.id) && s.contains(k.name), "{s}");
    }
}

#[test]
fn optional_lists_may_be_left_out() {
    let dir = tmp();
    let text = sample_text();
    // 去掉听证会的 questions、quota_breakdown、other_matters、published_materials 四个可选列表
    let mut kept = Vec::new();
    let mut skipping = false;
    for line in text.lines() {
        let key = line.trim_start();
        if line.starts_with("    ") && !line.starts_with("     ") {
            skipping = ["questions:", "quota_breakdown:", "other_matters:", "published_materials:"].iter().any(|k| key.starts_with(k));
        }
        if !skipping {
            kept.push(line);
        }
    }
    let case = dir.path().join("c.yaml");
    std::fs::write(&case, kept.join("\n")).unwrap();
    let out = dir.path().join("out");
    let o = render_kind("notice", &case, &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = pdf_text(&out.join("听证会公告.pdf"));
    assert!(t.contains("本次听证会设听证会参加人15名。") && t.contains("听证会公开举行"), "{t}");
    assert!(!t.contains("机动车驾驶人代表5名"));
}

#[test]
fn procedure_statement_lists_each_step_with_its_check_results() {
    let dir = tmp();
    run_ok(&["procedure-statement", sample().to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    let t = pdf_text(&dir.path().join("程序履行情况说明.pdf"));
    for m in [
        "一、决策启动",
        "向社会公开征求意见",
        "听证会",
        "专家论证",
        "风险评估",
        "已履行。",
        "程序检查（符合）",
        "不少于30日",
        "2026年3月20日决定启动决策程序",
    ] {
        assert!(t.contains(m), "说明缺少“{m}”：{t}");
    }
    // 没有风险评估、听证材料送达过晚：说明写“未履行”和违规的检查结果（本文书不因违规而拒绝生成）
    let text = sample_text();
    let a = text.find("# 风险评估\nrisk:").unwrap();
    let b = text.find("# 合法性审查").unwrap();
    let text = format!("{}{}", &text[..a], &text[b..]).replacen("        delivered_on: 2026-06-03", "        delivered_on: 2026-06-08", 1);
    let case = dir.path().join("c.yaml");
    std::fs::write(&case, text).unwrap();
    let out = dir.path().join("out");
    run_ok(&["procedure-statement", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let t = pdf_text(&out.join("程序履行情况说明.pdf"));
    assert!(t.contains("风险评估未履行。"), "{t}");
    assert!(t.contains("程序检查（违规）") && t.contains("少于7日"), "{t}");
}

#[test]
fn legality_list_includes_the_procedure_statement() {
    let dir = tmp();
    run_ok(&["legality-list", sample().to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    let t = pdf_text(&dir.path().join("合法性审查送审材料清单.pdf"));
    assert!(t.contains("程序履行情况说明（"), "{t}");
}

/// 模板可用的数据（typed contexts）：`gen schema --document 种类` 列出每个变量和中文说明。
#[test]
fn schema_lists_the_variables_a_template_may_use() {
    let o = run_ok(&["schema", "--document", "legality-list"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let props = v["properties"].as_object().unwrap();
    for key in ["decision", "legality", "law", "facts", "basis_statutes", "materials"] {
        assert!(props.contains_key(key), "缺少 {key}：{:?}", props.keys().collect::<Vec<_>>());
    }
    let row = &v["$defs"]["MaterialRow"]["properties"];
    assert!(row["status"].is_object() && row["documents"].is_object(), "{row}");
    let o = run_ok(&["schema", "--document", "minutes"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["properties"]["facts"].is_object() && v["properties"].get("materials").is_none());
    let summary = serde_json::to_string(&v["$defs"]["Summary"]).unwrap();
    assert!(summary.contains("against_majority") || serde_json::to_string(&v).unwrap().contains("against_majority"));
    let o = gen(&["schema", "--document", "no-such"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("没有“no-such”这种文书"), "{}", stderr(&o));
}

#[test]
fn unknown_kind_is_explained_in_chinese() {
    let o = gen(&["notise", "x.yaml"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("没有“notise”这种文书或命令") && err.contains("是不是 notice（听证会公告）？") && err.contains("gen list"),
        "{err}"
    );
    // 不相近的不乱猜
    let err = stderr(&gen(&["zzzzzz", "x.yaml"]));
    assert!(err.contains("没有“zzzzzz”这种文书或命令") && !err.contains("是不是"), "{err}");
}
