//! 启动与起草的记录型文书（issue 15，A 组）：决策事项建议书、启动决策程序的决定、方式审批单（人社厅）、调查研究报告、
//! 起草说明、征求有关单位意见及协商情况、争议事项说明。逐份核对各地条文列举的事项和案卷中记录的内容。

mod common;
use common::*;

use std::path::{Path, PathBuf};

/// 四个完整样例：案卷、附件文件夹、规则体系。
const FULL: [(&str, &str, &str); 4] = [
    ("sample-case.yaml", "attachments", "chifeng"),
    ("national-case.yaml", "national-attachments", "national"),
    ("nmg-hrss-case.yaml", "nmg-hrss-attachments", "nmg-hrss"),
    ("changli-case.yaml", "changli-attachments", "changli"),
];

/// 样例案卷（YAML 读作 JSON 值），用来从案卷取期望的内容，不在测试中抄写。
fn case_of(name: &str) -> serde_json::Value {
    serde_norway::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap()
}

/// 取字符串字段（路径如 `decision.proposal.problems`）。
fn text(v: &serde_json::Value, path: &str) -> String {
    let mut node = v;
    for k in path.split('.') {
        node = &node[k];
    }
    node.as_str().unwrap_or_else(|| panic!("案卷中没有 {path}")).to_string()
}

/// 生成一种文书，返回（临时文件夹、输出文件夹）。
fn render(kind: &str, name: &str, attachments: &str) -> (tempfile::TempDir, PathBuf) {
    let (dir, _case, out) = run_fixture(kind, name, attachments);
    (dir, out)
}

/// 一份 PDF 的正文（去空白、页码）。
fn body(out: &Path, file: &str) -> String {
    let p = out.join(file);
    assert!(p.exists(), "没有生成 {file}：{:?}", files_in(out));
    flowing_text(&p)
}

fn has(t: &str, what: &str, ctx: &str) {
    assert!(t.contains(&squash(what)), "{ctx}：应有“{what}”\n{t}");
}

/// 决策事项建议书：条例 第十条（二）的各项（昌黎规定 第八条（二）把“法律法规政策依据”单列），以及案卷中研究论证的内容。
#[test]
fn proposal_states_the_items_the_statute_lists_for_a_proposal() {
    for (name, att, rules) in FULL {
        let (_d, out) = render("proposal", name, att);
        let t = body(&out, "决策事项建议书.pdf");
        let case = case_of(name);
        has(&t, "一、拟解决的主要问题", name);
        if rules == "changli" {
            has(&t, "二、建议理由", name);
            has(&t, "三、法律法规政策依据", name);
            has(&t, "四、解决问题的初步方案及其必要性、可行性", name);
            has(&t, "《昌黎县人民政府重大行政决策程序规定（试行）》第八条", name);
            has(&t, &text(&case, "decision.proposal.proposer"), name);
            assert!(!t.contains("建议理由和依据"), "{name}：昌黎的建议理由和依据分列");
        } else {
            has(&t, "二、建议理由和依据", name);
            has(&t, "三、解决问题的初步方案及其必要性、可行性", name);
            has(&t, "《重大行政决策程序暂行条例》第十条", name);
        }
        for f in ["problems", "reasons", "plan", "necessity", "feasibility"] {
            has(&t, &text(&case, &format!("decision.proposal.{f}")), &format!("{name} {f}"));
        }
        // 依据：案卷没有另写时用决策事项的制定依据
        let b0 = case["decision"]["proposal"]["basis"][0].as_str().or(case["decision"]["basis"][0].as_str()).unwrap();
        has(&t, b0, name);
        if rules == "nmg-hrss" {
            has(&t, "厅党组：", name);
            has(&t, "请提交厅党组会或厅务会集体讨论，决定是否启动决策程序", name);
        } else {
            has(&t, &format!("请{}研究决定是否启动决策程序", text(&case, "decision.organ")), name);
        }
        assert!(t.contains("（盖章处）"), "{name}：建议书加盖印章");
    }
}

/// 启动决策程序的决定：决策机关署名，明确决策承办单位和牵头单位；人社厅写明期限（人社厅程序办法 第十条）。
#[test]
fn initiation_names_the_lead_unit_and_for_nmg_hrss_the_deadline() {
    for (name, att, rules) in FULL {
        let (_d, out) = render("initiation", name, att);
        let t = body(&out, "启动决策程序的决定.pdf");
        let case = case_of(name);
        let organ = text(&case, "decision.organ");
        let lead = text(&case, "decision.lead_unit");
        let unit = if rules == "nmg-hrss" { "决策承办处室单位" } else { "决策承办单位" };
        has(&t, &format!("{organ}决定启动{}决策程序", text(&case, "decision.name")), name);
        has(&t, &format!("{lead}为牵头{unit}"), name);
        has(&t, &format!("{lead}负责决策草案的拟订等工作"), name);
        let cite = match rules {
            "chifeng" => "《赤峰市重大行政决策程序规定》第十二条",
            "nmg-hrss" => "第十条",
            _ => "《重大行政决策程序暂行条例》第十一条",
        };
        has(&t, cite, name);
        if rules == "nmg-hrss" {
            has(&t, "二、完成期限", name);
            has(&t, "应当于2025年12月31日前", name);
            has(&t, &text(&case, "decision.initiation.meeting"), name);
        }
        // 决策机关署名、盖章
        let tail: String = t.chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
        assert!(tail.contains(&organ), "{name}：署名应为决策机关：{tail}");
    }
}

/// 人社厅必须写明期限：没有填写时正式生成报错并指出字段，草稿印出【待填写】。
#[test]
fn nmg_hrss_initiation_without_deadline_is_refused_naming_the_field() {
    let dir = tmp();
    let case = variant_of(
        "nmg-hrss-case.yaml",
        "nmg-hrss-attachments",
        dir.path(),
        "case.yaml",
        "    deadline: 2025-12-31                                          # 完成期限（人社厅程序办法 第十条：必须明确）\n",
        "",
    );
    let out = dir.path().join("out");
    let o = render_kind("initiation", &case, &out, &[]);
    assert!(!o.status.success(), "缺少期限仍然生成了");
    assert!(stderr(&o).contains("decision.initiation.deadline"), "{}", stderr(&o));
    let o = render_kind("initiation", &case, &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = flowing_text(&out.join("启动决策程序的决定.pdf"));
    assert!(t.contains("【待填写：decision.initiation.deadline"), "{t}");
}

/// 方式审批单只在人社厅：每种方式一份，写明依据的条文和具体安排；其他规则体系没有依据，不生成。
#[test]
fn method_approval_is_one_form_per_method_in_nmg_hrss_only() {
    let (_d, out) = render("method-approval", "nmg-hrss-case.yaml", "nmg-hrss-attachments");
    let case = case_of("nmg-hrss-case.yaml");
    let list = case["decision"]["method_approvals"].as_array().unwrap();
    assert_eq!(files_in(&out).len(), list.len(), "{:?}", files_in(&out));
    for a in list {
        let method = a["method"].as_str().unwrap();
        let file = format!("公众参与和专家论证方式审批单-{method}.pdf");
        let t = body(&out, &file);
        let article = match method {
            "公开征求意见" => "第十四条",
            "听证会" => "第十八条",
            "专家论证" => "第二十二条",
            other => panic!("样例中没有 {other}"),
        };
        has(&t, &format!("{method}方式审批单"), &file);
        has(&t, &format!("《内蒙古自治区人力资源和社会保障厅重大行政决策程序办法》{article}"), &file);
        has(&t, "经分管厅领导同意后采用", &file);
        has(&t, "分管厅领导意见", &file);
        has(&t, a["submitted_by"].as_str().unwrap(), &file);
        if let Some(o) = a["opinion"].as_str() {
            has(&t, o, &file);
        }
    }
    // 赤峰没有这一规定：gen all 不生成，期限表也不列为待制作
    let (_d, out) = render("all", "sample-case.yaml", "attachments");
    assert!(!files_in(&out).iter().any(|f| f.contains("方式审批单")), "{:?}", files_in(&out));
    let o = run_ok(&["plan", fixture("sample-case.yaml").to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(!stdout(&o).contains("方式审批单"), "{}", stdout(&o));
    // 人社厅的案卷已公开征求意见、举行听证会、组织专家论证而没有审批记录：列为下一步要制作的文书
    let dir = tmp();
    let text = std::fs::read_to_string(fixture("nmg-hrss-case.yaml")).unwrap();
    let case = dir.path().join("case.yaml");
    let (from, to) = (text.find("  method_approvals:").unwrap(), text.find("  research:").unwrap());
    std::fs::write(&case, format!("{}{}", &text[..from], &text[to..])).unwrap();
    let o = run_ok(&["plan", case.to_str().unwrap(), "-o", dir.path().join("out").to_str().unwrap()]);
    assert!(stdout(&o).contains("公众参与和专家论证方式审批单（gen method-approval；填写 decision.method_approvals"), "{}", stdout(&o));
}

/// 调查研究报告：赤峰规定 第十四条的四项；其他地方按条例 第十二条的用语；成本效益分析按需要。
#[test]
fn research_report_follows_chifeng_article_14_and_the_national_wording_elsewhere() {
    for (name, att, rules) in FULL {
        let (_d, out) = render("research-report", name, att);
        let t = body(&out, "调查研究报告.pdf");
        let case = case_of(name);
        if rules == "chifeng" {
            has(&t, "二、决策事项现状和存在的问题", name);
            has(&t, "三、决策事项的必要性和可行性", name);
            has(&t, "四、决策事项的法律法规和政策依据", name);
            has(&t, "六、其他需要调查研究的内容", name);
            has(&t, &text(&case, "decision.research.other"), name);
            has(&t, "《政府制定价格行为规则》", name);
        } else {
            has(&t, "二、现状和存在的问题", name);
            has(&t, "四、有关法律、法规、规章和政策", name);
        }
        has(&t, "五、成本效益分析", name);
        for f in ["conduct", "status", "necessity", "feasibility", "cost_benefit"] {
            has(&t, &text(&case, &format!("decision.research.{f}")), &format!("{name} {f}"));
        }
        if rules == "changli" {
            // 委托专业机构调查研究的，由受托单位署名
            let author = text(&case, "decision.research.author");
            has(&t, &format!("{author}2026年2月5日"), name);
        }
    }
}

/// 起草说明：昌黎规定 第十二条的八项逐项列出；两个以上方案的分析利弊并提出倾向性意见（人社厅程序办法 第十一条；昌黎规定 第四十条）。
#[test]
fn draft_explanation_checks_changli_contents_and_weighs_alternatives() {
    for (name, att, rules) in FULL {
        let (_d, out) = render("draft-explanation", name, att);
        let t = body(&out, "决策草案起草说明.pdf");
        let case = case_of(name);
        has(&t, "一、起草的背景和必要性", name);
        has(&t, if rules == "chifeng" { "二、制定依据" } else { "二、起草依据" }, name);
        for f in ["background", "process", "contents"] {
            has(&t, &text(&case, &format!("decision.explanation.{f}")), &format!("{name} {f}"));
        }
        let items = ["决策目标", "工作任务", "决策依据", "经费预算", "措施方法", "时间步骤", "决策实施单位", "决策实施后评估计划"];
        if rules == "changli" {
            has(&t, "《昌黎县人民政府重大行政决策程序规定（试行）》第十二条的规定，草案包括下列内容", name);
            for i in items {
                has(&t, i, name);
            }
            has(&t, &text(&case, "decision.explanation.draft_contents.budget"), name);
        } else {
            assert!(!t.contains("决策实施后评估计划"), "{name}：八项内容只在昌黎列出");
        }
        if case["decision"]["explanation"]["alternatives"].as_array().is_some_and(|a| a.len() > 1) {
            has(&t, "备选方案的利弊分析和倾向性意见", name);
            has(&t, &format!("倾向性意见：{}", text(&case, "decision.explanation.preferred")), name);
            for a in case["decision"]["explanation"]["alternatives"].as_array().unwrap() {
                has(&t, a["name"].as_str().unwrap(), name);
                has(&t, &format!("不利之处：{}", a["cons"].as_str().unwrap()), name);
            }
        }
    }
}

/// 昌黎：草案缺少第十二条所列的一项时，正式生成报错并指出字段；草稿印【待填写】。两个以上方案没有倾向性意见的同样。
#[test]
fn changli_explanation_missing_a_draft_item_or_preference_is_refused() {
    let budget = "      budget: 三年总投资1.86亿元，其中上级资金0.9亿元、县级财政0.56亿元、社会资本0.4亿元   # 经费预算\n";
    let preferred = "    preferred: 倾向于方案二   # 倾向性意见（两个以上方案时必填）\n";
    for (line, field) in [(budget, "decision.explanation.draft_contents.budget"), (preferred, "decision.explanation.preferred")] {
        let dir = tmp();
        let case = variant_of("changli-case.yaml", "changli-attachments", dir.path(), "case.yaml", line, "");
        let out = dir.path().join("out");
        let o = render_kind("draft-explanation", &case, &out, &[]);
        assert!(!o.status.success(), "缺少 {field} 仍然生成了");
        assert!(stderr(&o).contains(field), "{}", stderr(&o));
        let o = render_kind("draft-explanation", &case, &out, &["--draft"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let t = flowing_text(&out.join("决策草案起草说明.pdf"));
        assert!(t.contains(&format!("【待填写：{field}")), "{t}");
    }
}

/// 征求有关单位意见及协商情况：每个单位的意见和采纳情况、协商经过；未取得一致的写明已向决策机关说明争议。
#[test]
fn consultation_lists_each_unit_and_the_outcome() {
    for (name, att, rules) in FULL {
        let (_d, out) = render("consultation", name, att);
        let t = body(&out, "征求有关单位意见及协商情况.pdf");
        let case = case_of(name);
        let c = &case["consultation"];
        for u in c["units"].as_array().unwrap() {
            has(&t, u["unit"].as_str().unwrap(), name);
        }
        has(&t, "一、有关单位的意见及采纳情况", name);
        has(&t, "二、协商情况", name);
        for n in c["negotiations"].as_array().unwrap() {
            has(&t, n["result"].as_str().unwrap(), name);
        }
        has(&t, "三、结果", name);
        assert_eq!(c["agreed"].as_bool(), Some(false), "{name}：样例中有争议");
        let organ = if rules == "nmg-hrss" { "厅党组".to_string() } else { text(&case, "decision.organ") };
        has(&t, &format!("向{organ}"), name);
        has(&t, "说明争议的主要问题", name);
        if rules == "changli" {
            has(&t, "以书面形式", name);
        }
        if rules == "chifeng" {
            has(&t, "报请协调解决", name);
        }
    }
}

/// 争议事项说明：争议的主要问题、有关单位的意见、承办单位的意见和理由依据（条例 第十三条）；赤峰报请协调解决；
/// 人社厅向厅党组说明；昌黎写明经协商、协调仍不能一致。
#[test]
fn dispute_statement_sets_out_the_issue_both_sides_and_the_reasons() {
    for (name, att, rules) in FULL {
        let (_d, out) = render("dispute-statement", name, att);
        let t = body(&out, "争议事项说明.pdf");
        let case = case_of(name);
        let d = &case["consultation"]["dispute"];
        let unit = if rules == "nmg-hrss" { "决策承办处室单位" } else { "决策承办单位" };
        for i in d["issues"].as_array().unwrap() {
            has(&t, i["issue"].as_str().unwrap(), name);
            has(&t, &format!("（二）{unit}的意见"), name);
            has(&t, "（三）理由和依据", name);
            has(&t, i["our_opinion"].as_str().unwrap(), name);
            has(&t, i["reasons"].as_str().unwrap(), name);
            for o in i["opinions"].as_array().unwrap() {
                has(&t, &format!("{}：{}", o["unit"].as_str().unwrap(), o["opinion"].as_str().unwrap()), name);
            }
        }
        match rules {
            "chifeng" => has(&t, "以上争议事项，请赤峰市人民政府协调解决。", name),
            "nmg-hrss" => has(&t, "厅党组：", name),
            "changli" => {
                has(&t, "提请县政府分管领导协调，经协调仍不能达成一致意见", name);
                has(&t, "相关单位的意见", name);
            }
            _ => has(&t, text(&case, "consultation.dispute.request").as_str(), name),
        }
    }
}

/// 只有决策事项基本情况的案卷：草稿照样生成尚未记录的建议书，各项都印【待填写】；正式生成时报错并指出缺少的记录；
/// 记录中缺少必填的一项时，正式生成报错并指出这一项。
#[test]
fn unrecorded_proposal_drafts_with_placeholders_and_a_missing_item_is_refused() {
    let dir = tmp();
    let case = dir.path().join("case.yaml");
    let head = "rules: national\ndecision:\n  name: 某县农贸市场搬迁方案\n  organ: 某县人民政府\n  lead_unit: 某县商务局\n  started_on: 2026-03-02\n";
    std::fs::write(&case, head).unwrap();
    let out = dir.path().join("out");
    let o = render_kind("proposal", &case, &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = flowing_text(&out.join("决策事项建议书.pdf"));
    for f in ["problems", "reasons", "plan", "necessity", "feasibility", "date"] {
        assert!(t.contains(&format!("【待填写：decision.proposal.{f}")), "{f}\n{t}");
    }
    let o = render_kind("proposal", &case, &out, &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("decision.proposal"), "{}", stderr(&o));
    // 启动之后仍未记录：期限表列为下一步要制作的文书
    let o = gen(&["plan", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("决策事项建议书"), "{}", stdout(&o));

    let with_record = format!(
        "{head}  proposal:\n    date: 2026-02-20\n    problems: 老市场消防隐患突出\n    reasons: 城区改造\n    plan: 搬迁至城东\n    feasibility: 新址已有规划\n"
    );
    std::fs::write(&case, with_record).unwrap();
    let o = render_kind("proposal", &case, &out, &[]);
    assert!(!o.status.success(), "缺少必要性仍然生成了");
    assert!(stderr(&o).contains("decision.proposal.necessity"), "{}", stderr(&o));
}
