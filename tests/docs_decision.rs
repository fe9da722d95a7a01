//! 集体讨论和公布的记录型文书（issue 15，E1 组）：报送材料清单、列席会议相关方代表名单、向党委请示、向人大常委会报告、
//! 决策公布、政策解读、集体审议情况公开、备案报告。每种文书在各样例案卷中印出条文所列的事项和案卷中记录的内容
//! （期望从样例案卷中读出，不照抄）。

mod common;
use common::*;

use serde_json::Value;
use std::path::{Path, PathBuf};

/// 四个完整的样例案卷和规则体系。
const FULL: [(&str, &str); 4] = [
    ("sample-case.yaml", "chifeng"),
    ("national-case.yaml", "national"),
    ("nmg-hrss-case.yaml", "nmg-hrss"),
    ("changli-case.yaml", "changli"),
];

/// 样例案卷的内容（JSON 值；日期为“2026-07-14”式的字符串）。
fn case(name: &str) -> Value {
    serde_norway::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap()
}

fn s<'a>(v: &'a Value, path: &str) -> &'a str {
    let mut x = v;
    for k in path.split('.') {
        x = &x[k];
    }
    x.as_str().unwrap_or_else(|| panic!("样例中没有 {path}"))
}

fn list<'a>(v: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut x = v;
    for k in path.split('.') {
        x = &x[k];
    }
    x.as_array().unwrap_or_else(|| panic!("样例中没有列表 {path}")).iter().collect()
}

/// 2026-07-14 → 2026年7月14日
fn cn_date(d: &str) -> String {
    let p: Vec<u32> = d.split('-').map(|x| x.parse().unwrap()).collect();
    format!("{}年{}月{}日", p[0], p[1], p[2])
}

/// 生成一种文书（成功），返回 PDF 路径。
fn render(kind: &str, case: &Path, out: &Path, extra: &[&str]) -> PathBuf {
    let o = render_kind(kind, case, out, extra);
    assert!(o.status.success(), "gen {kind} {} 失败：{}{}", case.display(), stdout(&o), stderr(&o));
    let name = format!("{}{}", stdout(&o), stderr(&o))
        .lines()
        .find_map(|l| l.strip_prefix("已生成 ").map(|r| r.split('（').next().unwrap().to_string()))
        .expect("输出中有“已生成”");
    PathBuf::from(name)
}

/// 生成样例案卷中的一种文书，返回文字（去空白）。
fn text(kind: &str, fixture_name: &str) -> String {
    let dir = tmp();
    let pdf = render(kind, &fixture(fixture_name), dir.path(), &[]);
    pdf_text(&pdf)
}

fn has(text: &str, what: &str, ctx: &str) {
    let w = squash(what);
    assert!(text.contains(&w), "{ctx}：文书中没有“{w}”\n文书：{text}");
}

#[test]
fn meeting_materials_list_the_statutory_items_of_each_jurisdiction_and_the_recorded_materials() {
    for (f, rules) in FULL {
        let c = case(f);
        let t = text("meeting-materials", f);
        let (cite, items): (&str, &[&str]) = match rules {
            "chifeng" => (
                "《赤峰市重大行政决策程序规定》第三十四条",
                &[
                    "决策草案及其起草说明，决策草案涉及市场主体经济活动的，应当报送公平竞争审查说明",
                    "按照规定履行公众参与、专家论证、风险评估程序的相关材料",
                    "合法性审查意见",
                    "有关意见收集、采纳情况等需要报送的其他材料",
                ],
            ),
            "nmg-hrss" => (
                "《内蒙古自治区人力资源和社会保障厅重大行政决策程序办法》第三十七条",
                &[
                    "决策草案及其说明，决策草案涉及市场主体经济活动的，应当包含公平竞争审查的有关情况",
                    "按照规定履行公众参与、专家论证、风险评估的相关材料，或者未履行相关程序的说明",
                    "合法性审查意见",
                    "有关意见收集，采纳情况等需要提供的其他材料",
                ],
            ),
            _ => (
                "《重大行政决策程序暂行条例》第二十九条",
                &[
                    "决策草案及相关材料，决策草案涉及市场主体经济活动的，应当包含公平竞争审查的有关情况",
                    "履行公众参与程序的，同时报送社会公众提出的主要意见的研究采纳情况",
                    "履行专家论证程序的，同时报送专家论证意见的研究采纳情况",
                    "履行风险评估程序的，同时报送风险评估报告等有关材料",
                    "合法性审查意见",
                    "需要报送的其他材料",
                ],
            ),
        };
        has(&t, cite, f);
        for (i, it) in items.iter().enumerate() {
            has(&t, it, f);
            // 项次（一）（二）……
            has(&t, &format!("（{}）", ["一", "二", "三", "四", "五", "六"][i]), f);
        }
        assert!(!t.contains("（七）"), "{f}：法定材料多出一项");
        has(&t, s(&c, "meeting.materials.topic"), f);
        for m in list(&c, "meeting.materials.items") {
            has(&t, m["name"].as_str().unwrap(), f);
            if let Some(n) = m["note"].as_str() {
                has(&t, &format!("（{n}）"), f);
            }
        }
        has(&t, &cn_date(s(&c, "meeting.materials.date")), f);
        has(&t, s(&c, "decision.lead_unit"), f);
        // 样例都报送了每一项
        assert!(!t.contains("未报送"), "{f}：{t}");
    }
}

#[test]
fn meeting_materials_say_so_when_an_item_has_no_material() {
    let dir = tmp();
    let p = variant_of(
        "national-case.yaml",
        "national-attachments",
        dir.path(),
        "case.yaml",
        "      - clause: 3\n        name: 专家论证报告\n",
        "",
    );
    let t = pdf_text(&render("meeting-materials", &p, dir.path(), &[]));
    has(&t, "履行专家论证程序的，同时报送专家论证意见的研究采纳情况未报送", "去掉第三项的材料");
}

#[test]
fn stakeholder_list_names_every_representative_with_category_and_earlier_participation() {
    let c = case("sample-case.yaml");
    let t = text("stakeholder-list", "sample-case.yaml");
    has(&t, "《赤峰市重大行政决策公众参与工作规则》第十七条", "依据");
    has(&t, "随会议方案一并报审", "报审");
    let members = list(&c, "meeting.stakeholder_list.members");
    assert!(members.len() >= 3);
    for m in members {
        for k in ["name", "category", "unit", "earlier"] {
            has(&t, m[k].as_str().unwrap(), k);
        }
    }
    has(&t, &cn_date(s(&c, "meeting.stakeholder_list.date")), "拟定日期");
    assert!(!t.contains("不足3人"), "够数时不写不足的理由");
}

#[test]
fn stakeholder_list_with_fewer_than_three_asks_for_the_reason() {
    let dir = tmp();
    let from =
        "      - name: 何昇\n        category: 人大代表\n        unit: 赤峰市人大代表\n        earlier: 在公开征求意见期间提出书面意见\n";
    let p = variant(dir.path(), "case.yaml", from, "");
    let t = pdf_text(&render("stakeholder-list", &p, dir.path(), &["--draft"]));
    has(&t, "相关方代表不足3人的理由", "两人时");
    has(&t, "【待填写：meeting.stakeholders_reason", "两人时");
}

#[test]
fn party_request_is_a_request_with_issuer_and_the_article_of_each_jurisdiction() {
    for (f, rules) in FULL {
        let c = case(f);
        if rules == "nmg-hrss" {
            // 人社厅程序办法没有向党委请示的条文：不列为下一步要制作的文书
            let o = run_ok(&["list"]);
            let out = stdout(&o);
            let block: String = out.lines().skip_while(|l| !l.starts_with("party-request")).take(5).collect();
            assert!(block.contains("内蒙古自治区人力资源和社会保障厅：—"), "{block}");
            continue;
        }
        let dir = tmp();
        let pdf = render("party-request", &fixture(f), dir.path(), &[]);
        let pages = page_texts(&pdf);
        let t = pages.concat();
        let r = &c["meeting"]["party_request"];
        // 首行：发文字号和签发人（GB/T 9704-2012 7.2.6），在标题之前
        let first = squash(&format!("{}签发人：{}", r["number"].as_str().unwrap(), r["signer"].as_str().unwrap()));
        assert!(pages[0].starts_with(&first), "{f}：首行应为发文字号和签发人：{}", pages[0]);
        has(&t, &format!("{}关于{}报请审定的请示", s(&c, "decision.organ"), s(&c, "decision.name")), f);
        has(&t, &format!("{}：", r["addressee"].as_str().unwrap()), f);
        has(&t, r["content"].as_str().unwrap(), f);
        has(&t, "请批示", f);
        let cite = match rules {
            "chifeng" => "《赤峰市重大行政决策程序规定》第三十六条",
            "changli" => "《昌黎县人民政府重大行政决策程序规定（试行）》第六条",
            _ => "《重大行政决策程序暂行条例》第三十一条",
        };
        has(&t, cite, f);
        has(&t, &format!("“{}”的决定", s(&c, "meeting.decision")), f);
        has(&t, &cn_date(s(&c, "meeting.date")), f);
        // 附注：联系人和电话（GB/T 9704-2012 7.3.7）
        has(&t, &format!("（联系人：{}，联系电话：{}）", s(&c, "contact.person"), s(&c, "contact.phone")), f);
    }
}

#[test]
fn party_request_is_due_after_the_meeting_where_a_basis_exists() {
    let dir = tmp();
    let text = std::fs::read_to_string(fixture("national-case.yaml")).unwrap();
    let a = text.find("  party_request:").unwrap();
    let b = text.find("\n# 决策公布与备案").unwrap();
    copy_attachments(dir.path(), "national-attachments");
    let p = dir.path().join("case.yaml");
    std::fs::write(&p, format!("{}{}", &text[..a], &text[b..])).unwrap();
    let o = run_ok(&["plan", p.to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    assert!(stdout(&o).contains("向党委请示（gen party-request；填写 meeting.party_request"), "{}", stdout(&o));
    // 人社厅：没有依据，不列
    let o = run_ok(&["plan", fixture("nmg-hrss-case.yaml").to_str().unwrap(), "-o", dir.path().to_str().unwrap()]);
    assert!(!stdout(&o).contains("向党委请示"), "{}", stdout(&o));
}

#[test]
fn party_request_refuses_a_final_render_without_the_issuer() {
    let dir = tmp();
    let p = variant(
        dir.path(),
        "case.yaml",
        "    signer: 高燚                                      # 签发人\n    addressee: 中共赤峰市委",
        "    addressee: 中共赤峰市委",
    );
    let o = render_kind("party-request", &p, dir.path(), &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("meeting.party_request.signer"), "{}", stderr(&o));
    // 草稿照出，签发人处待填写
    let t = pdf_text(&render("party-request", &p, dir.path(), &["--draft"]));
    has(&t, "签发人：【待填写：meeting.party_request.signer", "草稿");
}

#[test]
fn npc_report_reports_to_the_county_standing_committee() {
    let c = case("changli-case.yaml");
    let t = text("npc-report", "changli-case.yaml");
    let r = &c["meeting"]["npc_report"];
    has(&t, &format!("{}关于{}有关情况的报告", s(&c, "decision.organ"), s(&c, "decision.name")), "题目");
    has(&t, &format!("{}：", r["addressee"].as_str().unwrap()), "主送");
    has(&t, r["content"].as_str().unwrap(), "内容");
    has(&t, r["number"].as_str().unwrap(), "文号");
    has(&t, "《昌黎县人民政府重大行政决策程序规定（试行）》第六条", "依据");
    has(&t, "特此报告", "结语");
    assert!(!t.contains("请批示"), "报告不夹带请示事项");
}

#[test]
fn npc_report_draft_of_an_unrecorded_report_prints_blanks() {
    // 赤峰的样例没有记录向人大常委会的报告：草稿照出，必填内容都待填写
    let dir = tmp();
    let t = pdf_text(&render("npc-report", &fixture("sample-case.yaml"), dir.path(), &["--draft"]));
    has(&t, "【待填写：meeting.npc_report.addressee", "主送");
    has(&t, "【待填写：meeting.npc_report.content", "内容");
    has(&t, "《赤峰市重大行政决策程序规定》第八条", "依据");
    // 正式生成：没有记录，报错并指出位置
    let o = render_kind("npc-report", &fixture("sample-case.yaml"), dir.path(), &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("meeting.npc_report"), "{}", stderr(&o));
}

#[test]
fn announcement_publishes_the_decision_through_the_recorded_channels() {
    for (f, _) in FULL {
        let c = case(f);
        let t = text("announcement", f);
        let r = &c["publication"]["announcement"];
        has(&t, &format!("{}关于公布{}的公告", s(&c, "decision.organ"), s(&c, "decision.name")), f);
        has(&t, s(&c, "publication.document_number"), f);
        has(
            &t,
            &format!(
                "已经{}{}{}{}审议",
                cn_date(s(&c, "meeting.date")),
                s(&c, "decision.organ"),
                s(&c, "meeting.session"),
                s(&c, "meeting.kind")
            ),
            f,
        );
        has(&t, "现予公布", f);
        has(&t, r["content"].as_str().unwrap(), f);
        let channels: Vec<&str> = list(&c, "publication.announcement.channels").iter().map(|x| x.as_str().unwrap()).collect();
        has(&t, &format!("本公告通过{}公布", channels.join("、")), f);
        if let Some(d) = r["effective_from"].as_str() {
            has(&t, &format!("自{}起施行", cn_date(d)), f);
        }
        if let Some(n) = r["number"].as_str() {
            has(&t, n, f);
        }
        has(&t, "公众意见、专家论证意见的采纳情况，见同时发布的政策解读", f);
        has(&t, &cn_date(r["date"].as_str().unwrap()), f);
    }
}

#[test]
fn interpretation_states_how_public_and_expert_opinions_were_adopted() {
    for (f, rules) in FULL {
        let c = case(f);
        let t = text("interpretation", f);
        let r = &c["publication"]["interpretation"];
        has(&t, &format!("《{}》政策解读", s(&c, "decision.name")), f);
        for (h, k) in [
            ("出台背景和依据", "background"),
            ("主要内容", "content"),
            ("公众意见的采纳情况", "public_opinions"),
            ("专家论证意见的采纳情况", "expert_opinions"),
        ] {
            has(&t, &format!("{h}{}", r[k].as_str().unwrap()), f);
        }
        let methods: Vec<&str> = list(&c, "publication.interpretation.methods").iter().map(|x| x.as_str().unwrap()).collect();
        has(&t, &format!("通过{}等方式", methods.join("、")), f);
        has(&t, s(&c, "decision.lead_unit"), f);
        if rules == "chifeng" {
            has(&t, &format!("对相对集中的意见未予采纳的反馈和说明：{}", r["unadopted"].as_str().unwrap()), f);
        }
    }
}

#[test]
fn deliberation_disclosure_makes_the_meeting_public() {
    let c = case("sample-case.yaml");
    let t = text("deliberation-disclosure", "sample-case.yaml");
    let r = &c["publication"]["deliberation_disclosure"];
    has(&t, "《赤峰市重大行政决策公众参与工作规则》第十八条", "依据");
    has(
        &t,
        &format!(
            "{}，{}主持召开{}{}{}",
            cn_date(s(&c, "meeting.date")),
            s(&c, "meeting.chair"),
            s(&c, "decision.organ"),
            s(&c, "meeting.session"),
            s(&c, "meeting.kind")
        ),
        "会议",
    );
    let st: Vec<&str> = list(&c, "meeting.stakeholders").iter().map(|x| x.as_str().unwrap()).collect();
    has(&t, &format!("{}等{}名相关方代表应邀列席会议", st.join("、"), st.len()), "列席");
    has(&t, r["summary"].as_str().unwrap(), "审议情况");
    has(&t, &format!("“{}”的决定", s(&c, "meeting.decision")), "决定");
    has(&t, r["channel"].as_str().unwrap(), "途径");
}

#[test]
fn filing_report_files_with_the_next_level_government_through_the_platform() {
    let c = case("sample-case.yaml");
    let dir = tmp();
    let pdf = render("filing-report", &fixture("sample-case.yaml"), dir.path(), &[]);
    let pages = page_texts(&pdf);
    let t = pages.concat();
    let r = &c["publication"]["filing_report"];
    assert!(
        pages[0].starts_with(&squash(&format!(
            "{}签发人：{}",
            s(&c, "publication.filing_report.number"),
            s(&c, "publication.filing_report.signer")
        ))),
        "{}",
        pages[0]
    );
    has(&t, &format!("{}：", s(&c, "publication.filed_with")), "主送备案机关");
    has(&t, "《赤峰市重大行政决策程序规定》第三十八条", "依据");
    has(&t, "通过内蒙古自治区法治政府建设智能化一体平台报送备案", "途径");
    has(&t, &format!("于{}通过{}", cn_date(s(&c, "publication.published_on")), s(&c, "publication.channel")), "公布");
    has(&t, "附件：", "附件说明");
    for (i, m) in list(&c, "publication.filing_report.materials").iter().enumerate() {
        has(&t, &format!("{}.{}", i + 1, m.as_str().unwrap()), "附件");
    }
    let _ = r;
}

#[test]
fn kinds_without_a_basis_in_a_jurisdiction_are_not_due_there() {
    let o = run_ok(&["list"]);
    let out = stdout(&o);
    let basis = |kind: &str| -> String { out.lines().skip_while(|l| !l.starts_with(kind)).take(5).collect::<Vec<_>>().join("\n") };
    for k in ["stakeholder-list", "deliberation-disclosure", "filing-report"] {
        let b = basis(k);
        assert!(b.contains("赤峰市：赤峰"), "{b}");
        assert!(b.contains("国家（国务院条例）：—") && b.contains("昌黎县：—"), "{b}");
    }
    let b = basis("npc-report");
    assert!(b.contains("昌黎县：昌黎规定 第六条") && b.contains("赤峰市：—"), "{b}");
}
