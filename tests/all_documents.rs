//! `gen all` 对四个规则体系的完整样例案卷（赤峰 sample-case.yaml、国家 national-case.yaml、
//! 内蒙古人社厅 nmg-hrss-case.yaml、昌黎 changli-case.yaml）：生成的文件恰好是案卷各环节所需的文书
//! （每人一份的按“文书名-姓名.pdf”命名），每份文书印有 docs/domain.md §3 要求的各部分，以及案卷中的相应内容。
//! 期望值尽量从案卷 YAML 和规则表 data/rules/*.yaml 中读取，而不是抄写在测试里。
//! 另有各地差异：昌黎送审材料清单九项；赤峰加报听证会报告、公平竞争审查说明；人社厅专家论证报告含合法性、廉洁性。

mod common;
use common::*;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

// ---------------------------------------------------------------- 读取案卷和规则表

fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("读取 {}：{e}", path.display()));
    serde_norway::from_str(&text).unwrap_or_else(|e| panic!("解析 {}：{e}", path.display()))
}

/// 案卷中某路径的值（点分隔；不存在或为 null 时为 None）。
fn at<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, k| v.get(k)).filter(|v| !v.is_null())
}

/// 字符串或数字字段的文字。
fn s(v: &Value, path: &str) -> String {
    match at(v, path) {
        Some(Value::String(x)) => x.clone(),
        Some(Value::Number(n)) => n.to_string(),
        other => panic!("案卷中 {path} 不是文字：{other:?}"),
    }
}

fn opt_s(v: &Value, path: &str) -> Option<String> {
    at(v, path).and_then(Value::as_str).map(str::to_string).filter(|x| !x.trim().is_empty())
}

fn list<'a>(v: &'a Value, path: &str) -> Vec<&'a Value> {
    at(v, path).and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default()
}

fn strings(v: &Value, path: &str) -> Vec<String> {
    list(v, path).into_iter().map(|x| x.as_str().expect("文字列表").to_string()).collect()
}

fn present(v: &Value, path: &str) -> bool {
    match at(v, path) {
        None => false,
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(Value::String(x)) => !x.trim().is_empty(),
        Some(_) => true,
    }
}

/// 成文日期写法（GB/T 9704-2012 7.3.5）：2026-05-14 → 2026年5月14日。
fn cn_date(iso: &str) -> String {
    let p: Vec<u32> = iso.split('-').map(|x| x.parse().unwrap()).collect();
    format!("{}年{}月{}日", p[0], p[1], p[2])
}

/// 规则表中代号为 `id`、在 `date` 已施行的最新一条规则。
fn rule_at(rules: &Value, id: &str, date: &str) -> Option<Value> {
    list(rules, "rules")
        .into_iter()
        .filter(|r| r["id"] == id && r["effective_from"].as_str().unwrap() <= date)
        .max_by(|a, b| a["effective_from"].as_str().cmp(&b["effective_from"].as_str()))
        .cloned()
}

/// 规则的清单项（key, name, required_when）。
fn items(rule: &Value) -> Vec<(String, String, Option<String>)> {
    list(rule, "params.items").into_iter().map(|i| (s(i, "key"), s(i, "name"), opt_s(i, "required_when"))).collect()
}

fn rules_of(case: &Value) -> Value {
    yaml(&repo().join("data/rules").join(format!("{}.yaml", s(case, "rules"))))
}

// ---------------------------------------------------------------- 读取 PDF

/// 一份 PDF 的文字（去空白），去掉页码“—N—”和续页上重复的表头。
struct Text {
    /// 全文
    all: String,
    /// 各页
    pages: Vec<String>,
}

impl Text {
    /// 有这段文字：连续出现，或（表格的一行跨页时）前一部分在某页、其余部分在下一页，
    /// 或（单元格回行时，PDF 文字层中第二行排在同一行其他栏之后）前一部分之后不远处是其余部分。
    fn has(&self, w: &str) -> bool {
        if self.all.contains(w) {
            return true;
        }
        let chars: Vec<char> = w.chars().collect();
        if chars.len() >= 6 {
            let wrapped = (chars.len() / 2..chars.len()).any(|i| {
                let (a, b): (String, String) = (chars[..i].iter().collect(), chars[i..].iter().collect());
                self.all.match_indices(&a).any(|(p, _)| {
                    let rest: String = self.all[p + a.len()..].chars().take(300).collect();
                    rest.contains(&b)
                })
            });
            if wrapped {
                return true;
            }
        }
        if chars.len() < 8 {
            return false;
        }
        self.pages.windows(2).any(|p| {
            (2..chars.len().saturating_sub(1)).any(|i| {
                let (a, b): (String, String) = (chars[..i].iter().collect(), chars[i..].iter().collect());
                p[0].contains(&a) && p[1].contains(&b)
            })
        })
    }
}

fn text_of(path: &Path) -> Text {
    assert!(path.exists(), "没有生成 {}", path.display());
    const PAGE: char = '\u{1}';
    let joined: Vec<String> = page_texts(path).iter().map(|p| strip_page_numbers(p)).collect();
    let joined = strip_repeated_headers(&joined.join(&PAGE.to_string()));
    let pages: Vec<String> = joined.split(PAGE).map(str::to_string).collect();
    Text { all: pages.concat(), pages }
}

/// 表格跨页时续页重复的表头（以“序号”开头，与同一文书中前面某个表头相同）：只保留第一次出现的。
/// 断言文书中有每一项文字（去掉空白后比较）。
fn has_all<S: AsRef<str>>(doc: &str, text: &Text, wanted: impl IntoIterator<Item = S>) {
    for w in wanted {
        let w = squash(w.as_ref());
        assert!(text.has(&w), "“{doc}”中没有“{w}”。全文：\n{}", text.all);
    }
}

// ---------------------------------------------------------------- 期望的文件

/// 案卷各环节所需的文书（docs/domain.md §3）：每种一份，听证会参加通知、专家承诺书、专家书面论证意见每人一份
/// （意见书只为已出具意见的专家）。这是测试自己写下的期望，不从文书种类表推出。
fn domain_files(case: &Value) -> BTreeSet<String> {
    let mut f = BTreeSet::new();
    let mut one = |cond: bool, name: &str| {
        if cond {
            f.insert(format!("{name}.pdf"));
        }
    };
    one(present(case, "participation.hearing"), "听证会公告");
    one(present(case, "participation.hearing.report"), "听证报告");
    // 以下为记录型文书：案卷中记录了才生成，每种一份（issue 15）
    for (path, name) in [
        ("decision.proposal", "决策事项建议书"),
        ("decision.initiation", "启动决策程序的决定"),
        ("decision.research", "调查研究报告"),
        ("decision.explanation", "决策草案起草说明"),
        ("consultation", "征求有关单位意见及协商情况"),
        ("consultation.dispute", "争议事项说明"),
        ("participation.hearing.selection", "听证参加人遴选办法"),
        ("participation.hearing.form", "听证会报名表"),
        ("participation.hearing.participants_notice", "听证参加人名单公告"),
        ("participation.field_visit", "实地走访计划"),
        ("participation.feedback", "意见未采纳情况反馈"),
        ("experts.selection", "论证专家遴选情况"),
        ("experts.delivery", "论证材料送达单"),
        ("experts.meeting_record", "专家论证会议记录"),
        ("experts.feedback", "专家论证意见采纳情况及反馈"),
        ("risk.plan", "风险评估工作方案"),
        ("risk.recommendation", "风险评估结论和决策建议"),
        ("risk.filing", "风险评估报告备案函"),
        ("legality.pre_review", "合法性初审意见书"),
        ("legality.unit_discussion", "承办单位集体讨论纪要"),
        ("legality.fair_competition", "公平竞争审查说明"),
        ("legality.opinion_letter", "合法性审查意见书"),
        ("legality.non_adoption", "未采纳合法性审查意见的说明"),
        ("legality.joint_review.advice", "综合决策咨询建议"),
        ("legality.joint_review.approval", "提请审定是否提交审议的报告"),
        ("legality.legal_risk", "法律风险明示"),
        ("meeting.materials", "提请集体讨论的报送材料"),
        ("meeting.stakeholder_list", "列席会议相关方代表名单"),
        ("meeting.party_request", "向党委请示"),
        ("meeting.npc_report", "向人大常委会报告"),
        ("publication.announcement", "决策公布"),
        ("publication.interpretation", "政策解读"),
        ("publication.deliberation_disclosure", "集体审议情况公开"),
        ("publication.filing_report", "备案报告"),
        ("execution.assignment", "确定决策执行单位的通知"),
        ("post_evaluation.launch", "决策后评估启动决定"),
        ("post_evaluation.plan", "决策后评估方案"),
        ("post_evaluation.review", "后评估报告专家论证意见"),
        ("post_evaluation.approval", "后评估报告审定"),
        ("archive.transfer", "原件移交清单"),
        ("participation.hearing.record", "听证会记录"),
    ] {
        one(present(case, path), name);
    }
    one(present(case, "participation.comment"), "公开征求意见公告");
    one(present(case, "participation.adoption_report"), "公众意见采纳情况说明");
    one(present(case, "experts.sections"), "专家论证报告");
    one(present(case, "risk"), "风险评估报告");
    one(present(case, "legality"), "合法性审查送审材料清单");
    one(present(case, "meeting"), "会议纪要");
    one(present(case, "post_evaluation"), "决策后评估报告");
    // 履行决策法定程序的说明（条例 第二十六条）随合法性审查送审；程序期限表总是生成（gen all）。
    one(present(case, "legality"), "程序履行情况说明");
    one(true, "程序期限表");
    for p in list(case, "participation.hearing.participants") {
        f.insert(format!("听证会参加通知-{}.pdf", s(p, "name")));
    }
    for m in list(case, "experts.members") {
        f.insert(format!("专家承诺书-{}.pdf", s(m, "name")));
        if present(m, "opinion") {
            f.insert(format!("专家书面论证意见-{}.pdf", s(m, "name")));
        }
    }
    f
}

/// 记录型文书中列表每项一份的（文件名为“文书名称-这一项的称呼.pdf”）：列表的位置和文书名称。
/// 称呼由各种记录决定（日期、单位、姓名……），这里只核对份数。
const EACH: &[(&str, &str)] = &[
    ("decision.method_approvals", "公众参与和专家论证方式审批单"),
    ("participation.symposiums", "座谈会通知"),
    ("participation.polls", "调查问卷"),
    ("participation.poll_reports", "民意调查报告"),
    ("commissions", "委托合同要点"),
    ("legality.legal_opinions", "法律意见书"),
    ("legality.supplements", "补送材料通知"),
    ("legality.joint_review.opinions", "会审部门书面审查意见"),
    ("execution.reports", "决策执行情况报告"),
    ("execution.problem_reports", "决策执行重大问题报告"),
    ("execution.disclosures", "决策执行情况公开"),
    ("execution.stage_evaluations", "决策实施评估报告"),
    ("execution.adjustments", "决策执行调整决定"),
];

/// 生成的文件与期望相符：每种一份的恰好是 [`domain_files`]，每项一份的（[`EACH`]）份数与列表项数相同。
fn assert_files(name: &str, case: &Value, files: BTreeSet<String>) {
    let mut rest = files.clone();
    for (path, doc) in EACH {
        let made: Vec<String> = files.iter().filter(|f| f.starts_with(&format!("{doc}-"))).cloned().collect();
        assert_eq!(made.len(), list(case, path).len(), "{name}：“{doc}”应为 {path} 每项一份，实为 {made:?}");
        for f in made {
            rest.remove(&f);
        }
    }
    assert_eq!(rest, domain_files(case), "{name}：gen all 生成的文件与案卷所需的文书不符");
}

/// 运行 gen all，返回输出文件夹（在 tmp 中）。
fn render_all(case: &Path, dir: &Path) -> PathBuf {
    let out = dir.join("out");
    let o = gen(&["all", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "gen all {} 失败：{}", case.display(), stderr(&o));
    out
}

// ---------------------------------------------------------------- 各文书的检查

fn check_notice(case: &Value, rules: &Value, out: &Path) {
    let h = &case["participation"]["hearing"];
    let t = text_of(&out.join("听证会公告.pdf"));
    // 赤峰公众参与规则 第十二条：五项（标题照规则表 hearing_notice_items；没有这一条的用默认标题）
    has_all("听证会公告", &t, ["听证会时间、地点", "听证内容", "参加人名额和产生办法", "报名方法和联系方式", "其他"]);
    if let Some(rule) = rule_at(rules, "hearing_notice_items", &s(h, "announced_on")) {
        has_all("听证会公告", &t, items(&rule).into_iter().map(|(_, n, _)| n));
    }
    has_all(
        "听证会公告",
        &t,
        [
            cn_date(&s(h, "date")),
            s(h, "place"),
            s(h, "subject"),
            format!("{}名", s(h, "quota")),
            s(h, "selection_method"),
            cn_date(&s(h, "registration.start")),
            cn_date(&s(h, "registration.end")),
            s(h, "registration.method"),
            s(h, "registration.contact.phone"),
            s(h, "registration.contact.person"),
            s(h, "organizer"),
            cn_date(&s(h, "announced_on")),
        ],
    );
    has_all("听证会公告", &t, strings(h, "questions"));
    has_all("听证会公告", &t, strings(h, "quota_breakdown"));
    has_all("听证会公告", &t, strings(h, "other_matters"));
}

fn check_deliveries(case: &Value, out: &Path) {
    let h = &case["participation"]["hearing"];
    for p in list(h, "participants") {
        let name = s(p, "name");
        let doc = format!("听证会参加通知-{name}");
        let t = text_of(&out.join(format!("{doc}.pdf")));
        has_all(&doc, &t, [name.clone(), s(p, "category"), cn_date(&s(h, "date")), s(h, "place"), s(h, "subject")]);
        has_all(&doc, &t, opt_s(p, "unit"));
        has_all(&doc, &t, strings(h, "materials"));
        // 送达日期即落款日期（条例 第十六条：听证会7日前送达）
        has_all(&doc, &t, [cn_date(&s(p, "delivered_on"))]);
    }
}

fn check_hearing_report(case: &Value, out: &Path) {
    let h = &case["participation"]["hearing"];
    let r = &h["report"];
    let t = text_of(&out.join("听证报告.pdf"));
    // 赤峰公众参与规则 第十六条：基本情况、听证参加人的主要意见
    has_all("听证报告", &t, ["基本情况", "主要意见"]);
    has_all("听证报告", &t, [s(r, "summary"), s(r, "attendance"), cn_date(&s(r, "date")), cn_date(&s(h, "date"))]);
    has_all("听证报告", &t, opt_s(r, "conclusion"));
    for o in list(r, "opinions") {
        has_all("听证报告", &t, [s(o, "speaker"), s(o, "content"), s(o, "adoption"), s(o, "handling")]);
    }
}

fn check_comment_notice(case: &Value, out: &Path) {
    let c = &case["participation"]["comment"];
    let t = text_of(&out.join("公开征求意见公告.pdf"));
    // 条例 第十五条：草案和说明、提出意见的方式和期限、联系方式
    has_all("公开征求意见公告", &t, ["征求意见的期限", "提出意见的方式", "联系方式"]);
    has_all("公开征求意见公告", &t, [cn_date(&s(c, "start")), cn_date(&s(c, "end")), cn_date(&s(c, "published_on"))]);
    has_all("公开征求意见公告", &t, strings(c, "channels"));
    has_all("公开征求意见公告", &t, strings(c, "methods"));
    has_all("公开征求意见公告", &t, strings(c, "materials"));
    has_all("公开征求意见公告", &t, [s(case, "contact.unit"), s(case, "contact.person"), s(case, "contact.phone")]);
    has_all("公开征求意见公告", &t, opt_s(case, "contact.email"));
}

fn check_opinion_adoption(case: &Value, out: &Path) {
    let p = &case["participation"];
    let t = text_of(&out.join("公众意见采纳情况说明.pdf"));
    has_all("公众意见采纳情况说明", &t, ["主要意见", "采纳情况", cn_date(&s(p, "adoption_report.date")).as_str()]);
    has_all("公众意见采纳情况说明", &t, opt_s(p, "adoption_report.overview"));
    for o in list(p, "opinions") {
        has_all("公众意见采纳情况说明", &t, [s(o, "source"), s(o, "content"), s(o, "adoption")]);
        has_all("公众意见采纳情况说明", &t, opt_s(o, "from"));
        has_all("公众意见采纳情况说明", &t, opt_s(o, "reason"));
    }
}

fn check_experts(case: &Value, rules: &Value, out: &Path) {
    let e = &case["experts"];
    for m in list(e, "members") {
        let name = s(m, "name");
        // 专家承诺书：人社厅专家论证办法 第十一条四项承诺 + 回避；本地规则表中的义务逐条列入
        let doc = format!("专家承诺书-{name}");
        let t = text_of(&out.join(format!("{doc}.pdf")));
        has_all(&doc, &t, [format!("本人{name}"), cn_date(&s(m, "committed_on"))]);
        has_all(&doc, &t, ["独立", "客观、公正、中立", "保密", "回避"]);
        if let Some(rule) = rule_at(rules, "expert_commitment_items", &s(m, "committed_on")) {
            has_all(&doc, &t, items(&rule).into_iter().map(|(_, n, _)| n));
        }
        // 专家书面论证意见：赤峰2026 第十八条各项，本人签名
        if let Some(o) = at(m, "opinion") {
            let doc = format!("专家书面论证意见-{name}");
            let t = text_of(&out.join(format!("{doc}.pdf")));
            let headings: Vec<String> = match rule_at(rules, "expert_opinion_items", &s(o, "date")) {
                Some(rule) => items(&rule).into_iter().map(|(_, n, _)| n).collect(),
                None => ["必要性和重要性", "科学性", "社会经济效益", "可行性", "风险", "建议"].map(String::from).to_vec(),
            };
            has_all(&doc, &t, headings);
            has_all(&doc, &t, [name.clone(), s(e, "method"), cn_date(&s(o, "date")), "签名".to_string()]);
            if rule_at(rules, "expert_opinion_signature_required", &s(o, "date")).is_some() {
                has_all(&doc, &t, ["本意见经专家本人签名后有效"]);
            }
            has_all(&doc, &t, ["necessity", "science", "feasibility", "risks", "suggestions"].map(|k| s(o, k)));
            has_all(&doc, &t, opt_s(o, "other"));
            has_all(&doc, &t, opt_s(m, "unit"));
        }
    }
}

/// 专家论证报告：规则表 expert_report_items（报告日期施行的那一条）的每一项，或案卷中的各部分小标题；
/// 论证方式、每位专家（签名栏）、每条意见的采纳情况和不采纳的理由（赤峰2026 第十六、十九条）。
fn check_expert_report(case: &Value, rules: &Value, out: &Path) {
    let e = &case["experts"];
    let t = text_of(&out.join("专家论证报告.pdf"));
    let report_date = s(e, "report_date");
    let sections = list(e, "sections");
    match rule_at(rules, "expert_report_items", &report_date) {
        Some(rule) => {
            let its = items(&rule);
            has_all("专家论证报告", &t, its.iter().map(|(_, n, _)| n));
            for sec in &sections {
                let key = s(sec, "item");
                assert!(its.iter().any(|(k, _, _)| *k == key), "案卷的论证报告部分“{key}”不在 {report_date} 施行的清单中");
            }
        }
        None => has_all("专家论证报告", &t, sections.iter().map(|sec| s(sec, "item"))),
    }
    has_all("专家论证报告", &t, sections.iter().map(|sec| s(sec, "content")));
    has_all("专家论证报告", &t, [s(e, "method"), s(e, "conclusion"), cn_date(&report_date), cn_date(&s(e, "date"))]);
    has_all("专家论证报告", &t, ["采纳情况", "签名"]);
    for m in list(e, "members") {
        has_all("专家论证报告", &t, [s(m, "name")]);
        has_all("专家论证报告", &t, opt_s(m, "unit"));
        if let Some(o) = at(m, "opinion") {
            has_all("专家论证报告", &t, opt_s(o, "adoption"));
            has_all("专家论证报告", &t, opt_s(o, "adoption_reason"));
        }
    }
}

fn check_risk_report(case: &Value, rules: &Value, out: &Path) {
    let r = &case["risk"];
    let t = text_of(&out.join("风险评估报告.pdf"));
    // 赤峰风险评估规则 第十二条；人社厅风险评估办法 第九条；昌黎规定 第三十六条：五部分，标题照规则表
    // risk_report_items 的写法（条例只点名风险点、防范措施和处置预案，其余用默认标题）。
    let mut headings = vec!["评估事项和评估过程", "各方意见及其采纳情况", "风险点", "风险评估结论", "风险防范措施以及处置预案"]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
    if let Some(rule) = rule_at(rules, "risk_report_items", &s(r, "end")) {
        let keys = ["matter_process", "opinions_adoption", "risk_points", "conclusion", "measures_plan"];
        for (k, name, _) in items(&rule) {
            if let Some(i) = keys.iter().position(|x| *x == k) {
                headings[i] = name;
            }
        }
    }
    has_all("风险评估报告", &t, headings);
    // 风险类别（risk_categories）、评估的方面（人社厅风险评估办法 第七条 risk_assessment_aspects）照规则表印出。
    for id in ["risk_categories", "risk_assessment_aspects"] {
        if let Some(rule) = rule_at(rules, id, &s(r, "end")) {
            has_all("风险评估报告", &t, items(&rule).into_iter().map(|(_, n, _)| n));
        }
    }
    has_all("风险评估报告", &t, [s(r, "process"), s(r, "conclusion"), s(r, "contingency_plan"), s(r, "assessor")]);
    has_all("风险评估报告", &t, [format!("风险等级为{}", s(r, "level")), cn_date(&s(r, "start")), cn_date(&s(r, "end"))]);
    // 重新评估：每一次的日期、调整和重新评估的等级；落款为最后一次的日期。
    let re = list(r, "reassessments");
    for x in &re {
        has_all("风险评估报告", &t, [cn_date(&s(x, "date")), s(x, "adjustment")]);
        has_all("风险评估报告", &t, opt_s(x, "level").map(|l| format!("重新评估，风险等级为{l}")));
    }
    has_all("风险评估报告", &t, strings(r, "opinions"));
    has_all("风险评估报告", &t, strings(r, "measures"));
    for p in list(r, "points") {
        has_all("风险评估报告", &t, [s(p, "category"), s(p, "description")]);
        has_all("风险评估报告", &t, opt_s(p, "degree"));
    }
    // 有风险类别清单的规则体系：报告列出本地的类别
    if let Some(rule) = rule_at(rules, "risk_categories", &s(r, "end")) {
        has_all("风险评估报告", &t, items(&rule).into_iter().map(|(_, n, _)| n));
    }
}

/// 清单项是否适用（规则表 required_when）。样例案卷用到的条件在这里按条文写明；新的条件须在此补上，
/// 否则测试失败而不是悄悄算作适用。
fn legality_item_applies(case: &Value, required_when: Option<&str>) -> bool {
    match required_when {
        None => true,
        // 赤峰规定 第二十九条：召开听证会的，加报听证会报告
        Some("hearing_held") => present(case, "participation.hearing"),
        // 赤峰规定 第二十九条：进行公平竞争审查的，加报公平竞争审查说明
        Some("fair_competition_done") => at(case, "legality.fair_competition_done").and_then(Value::as_bool).unwrap_or(false),
        Some(other) => panic!("测试没有写明清单条件“{other}”何时适用"),
    }
}

/// 本工具生成的文书作为送审材料归入清单的哪一项：依次尝试，取清单中有的第一项（测试按条文写下的期望，
/// 与 src/law/catalogue.rs 分开写）。听证会参加通知、会议纪要、后评估报告、期限表不作送审材料。
const FILED_UNDER: &[(&str, &[&str])] = &[
    ("听证会公告", &["participation_record", "participation_materials", "procedure_explanation"]),
    ("听证报告", &["hearing_report", "participation_record", "participation_materials", "procedure_explanation"]),
    ("公开征求意见公告", &["participation_record", "participation_materials", "procedure_explanation"]),
    ("公众意见采纳情况说明", &["opinion_adoption", "participation_record", "participation_materials", "procedure_explanation"]),
    ("专家承诺书", &["expert_opinions", "participation_materials", "procedure_explanation"]),
    ("专家书面论证意见", &["expert_opinions", "participation_materials", "procedure_explanation"]),
    ("专家论证报告", &["expert_opinions", "participation_materials", "procedure_explanation"]),
    ("风险评估报告", &["risk_assessment", "participation_materials", "procedure_explanation"]),
    ("程序履行情况说明", &["procedure_explanation", "participation_materials", "participation_record"]),
];

/// 合法性审查送审材料清单：本地清单中适用的每一项，要么“已附”并写明文件题名和页数
/// （本工具生成的文书，或 archive.attachments 中以 legality_item 登记的附件），要么“未履行”并写明说明（条例 第二十六条）。
fn check_legality_list(case: &Value, case_path: &Path, rules: &Value, out: &Path) {
    let l = &case["legality"];
    let t = text_of(&out.join("合法性审查送审材料清单.pdf"));
    let rule = rule_at(rules, "legality_materials", &s(l, "submitted_on")).expect("规则表有送审材料清单");
    let keys: Vec<String> = items(&rule).into_iter().map(|(k, _, _)| k).collect();
    has_all("合法性审查送审材料清单", &t, [s(l, "reviewer"), cn_date(&s(l, "submitted_on"))]);

    // 各项已附的文件：(清单项, 题名（页数）)
    let mut attached: Vec<(String, String)> = Vec::new();
    let dir = case_path.parent().unwrap();
    for a in list(case, "archive.attachments") {
        if let Some(key) = opt_s(a, "legality_item") {
            let pages = match at(a, "pages").and_then(Value::as_u64) {
                Some(p) => p as usize,
                None => pdf_pages(&dir.join(s(a, "path"))),
            };
            attached.push((key, format!("{}（{pages}页）", s(a, "title"))));
        }
    }
    for (kind, under) in FILED_UNDER {
        let Some(key) = under.iter().find(|k| keys.iter().any(|x| x == *k)) else { continue };
        for f in files_in(out) {
            let stem = f.strip_suffix(".pdf").unwrap();
            let title = if stem == *kind {
                kind.to_string()
            } else if let Some(person) = stem.strip_prefix(&format!("{kind}-")) {
                format!("{kind}（{person}）")
            } else {
                continue;
            };
            attached.push((key.to_string(), format!("{title}（{}页）", pdf_pages(&out.join(&f)))));
        }
    }

    let mut rows = 0;
    for (key, name, when) in items(&rule) {
        if !legality_item_applies(case, when.as_deref()) {
            assert!(!t.all.contains(&squash(&name)), "不适用的清单项“{name}”出现在清单中");
            continue;
        }
        rows += 1;
        let docs: Vec<&String> = attached.iter().filter(|(k, _)| *k == key).map(|(_, d)| d).collect();
        let explanation = list(l, "unperformed").into_iter().find(|u| s(u, "item") == key).map(|u| s(u, "explanation"));
        if !docs.is_empty() {
            // 一行跨页时，材料名称的后半在下一页、排在本页其他栏之后：分别核对名称和“已附”
            has_all("合法性审查送审材料清单", &t, [name.clone()]);
            let start = t.all.find(&squash(&name)).or_else(|| t.all.find(&squash(&name.chars().take(6).collect::<String>())));
            assert!(start.is_some_and(|i| t.all[i..].contains("已附")), "清单项“{name}”之后没有“已附”");
            has_all("合法性审查送审材料清单", &t, docs);
        } else {
            let explanation = explanation.unwrap_or_else(|| panic!("案卷中清单项“{name}”（{key}）既无材料也无未履行的说明"));
            has_all("合法性审查送审材料清单", &t, [format!("{name}未履行{explanation}")]);
        }
    }
    assert!(rows > 0);
}

fn check_minutes(case: &Value, rules: &Value, out: &Path) {
    let m = &case["meeting"];
    let t = text_of(&out.join("会议纪要.pdf"));
    // 条例 第三十条：出席、列席、讨论情况（不同意见如实载明）、行政首长的决定
    has_all("会议纪要", &t, [s(m, "kind"), s(m, "session"), s(m, "place"), s(m, "chair"), cn_date(&s(m, "date"))]);
    has_all("会议纪要", &t, strings(m, "attendees"));
    has_all("会议纪要", &t, strings(m, "observers"));
    for o in list(m, "opinions") {
        // 发言按原意记录：发言人和意见原样连续印出
        has_all("会议纪要", &t, [format!("{}：{}", s(o, "speaker"), s(o, "opinion"))]);
        has_all("会议纪要", &t, opt_s(o, "stance"));
    }
    let decision = s(m, "decision");
    has_all("会议纪要", &t, [format!("决定：{decision}")]);
    has_all("会议纪要", &t, opt_s(m, "decision_reason"));
    has_all("会议纪要", &t, opt_s(m, "signer"));
    has_all("会议纪要", &t, opt_s(m, "recorder"));
    let allowed: Vec<String> = match rule_at(rules, "minutes_decisions", &s(m, "date")) {
        Some(rule) => items(&rule).into_iter().map(|(_, n, _)| n).collect(),
        None => ["通过", "原则通过", "修改后再次讨论", "不予通过"].map(String::from).to_vec(),
    };
    assert!(allowed.contains(&decision), "案卷的决定“{decision}”不是本规则体系的决定形式：{allowed:?}");
}

fn check_post_evaluation(case: &Value, rules: &Value, out: &Path) {
    let p = &case["post_evaluation"];
    let t = text_of(&out.join("决策后评估报告.pdf"));
    // 各部分标题照规则表 post_evaluation_report_items（赤峰后评估规则 第十三条；人社厅程序办法 第四十四条；
    // 昌黎规定 第五十九条）；没有这一条的（国家）为默认的五项。
    match rule_at(rules, "post_evaluation_report_items", &s(p, "date")) {
        Some(rule) => has_all("决策后评估报告", &t, items(&rule).into_iter().map(|(_, name, _)| name)),
        None => has_all("决策后评估报告", &t, ["评估过程和方式", "执行的基本情况", "公众和利益相关方", "主要问题和原因", "评估结果"]),
    }
    has_all("决策后评估报告", &t, ["process", "execution", "public_view", "problems", "result", "evaluator"].map(|k| s(p, k)));
    has_all("决策后评估报告", &t, [cn_date(&s(p, "date"))]);
    has_all("决策后评估报告", &t, opt_s(p, "suggestions"));
}

/// 生成一个案卷的全部文书并逐份检查。
fn check_fixture(name: &str) {
    let case_path = fixture(name);
    let case = yaml(&case_path);
    let rules = rules_of(&case);
    let dir = tmp();
    let out = render_all(&case_path, dir.path());

    assert_files(name, &case, files_in(&out));
    for f in files_in(&out) {
        assert!(pdf_pages(&out.join(&f)) >= 1, "{f} 没有页");
    }
    if present(&case, "participation.hearing") {
        check_notice(&case, &rules, &out);
        check_deliveries(&case, &out);
    }
    if present(&case, "participation.hearing.report") {
        check_hearing_report(&case, &out);
    }
    if present(&case, "participation.comment") {
        check_comment_notice(&case, &out);
    }
    if present(&case, "participation.adoption_report") {
        check_opinion_adoption(&case, &out);
    }
    if present(&case, "experts") {
        check_experts(&case, &rules, &out);
    }
    if present(&case, "experts.sections") {
        check_expert_report(&case, &rules, &out);
    }
    if present(&case, "risk") {
        check_risk_report(&case, &rules, &out);
    }
    if present(&case, "legality") {
        check_legality_list(&case, &case_path, &rules, &out);
    }
    if present(&case, "meeting") {
        check_minutes(&case, &rules, &out);
    }
    if present(&case, "post_evaluation") {
        check_post_evaluation(&case, &rules, &out);
    }
}

// ---------------------------------------------------------------- 四个规则体系

#[test]
fn chifeng_sample_case_renders_every_document() {
    check_fixture("sample-case.yaml");
}

#[test]
fn national_case_renders_every_document() {
    check_fixture("national-case.yaml");
}

#[test]
fn nmg_hrss_case_renders_every_document() {
    check_fixture("nmg-hrss-case.yaml");
}

#[test]
fn changli_case_renders_every_document() {
    check_fixture("changli-case.yaml");
}

/// 进行到一半的案卷（赤峰）：听证会未举行、专家还没有书面意见（只生成已有环节的文书，不报错）；
/// 征求意见公告早于开始日发布。
#[test]
fn midway_case_renders_the_documents_of_the_steps_done_so_far() {
    check_fixture("midway-case.yaml");
}

/// 国家规则体系、没有公众参与、专家论证和风险评估的案卷。
#[test]
fn national_minimal_case_renders_every_document() {
    check_fixture("national-minimal-case.yaml");
}

/// 三个新样例都是“完整”的：每人一份的文书、听证会、专家、多类风险点、未履行的清单项、不同意见。
#[test]
fn new_fixtures_exercise_the_whole_procedure() {
    for (name, rules_id, min_experts) in
        [("national-case.yaml", "national", 5), ("nmg-hrss-case.yaml", "nmg-hrss", 5), ("changli-case.yaml", "changli", 9)]
    {
        let case = yaml(&fixture(name));
        assert_eq!(s(&case, "rules"), rules_id, "{name}");
        assert!(list(&case, "participation.hearing.participants").len() >= 2, "{name}：听证参加人不少于2人");
        assert!(present(&case, "participation.hearing.report"), "{name}：有听证报告");
        let members = list(&case, "experts.members");
        assert!(members.len() >= min_experts, "{name}：专家不少于{min_experts}人");
        assert!(members.iter().all(|m| present(m, "committed_on") && present(m, "opinion")), "{name}：每位专家有承诺日期和书面意见");
        let cats: BTreeSet<String> = list(&case, "risk.points").into_iter().map(|p| s(p, "category")).collect();
        assert!(cats.len() >= 3, "{name}：风险点涉及多个类别：{cats:?}");
        assert!(!list(&case, "legality.unperformed").is_empty(), "{name}：至少一项未履行");
        let stances: BTreeSet<String> = list(&case, "meeting.opinions").into_iter().filter_map(|o| opt_s(o, "stance")).collect();
        assert!(stances.contains("不同意") && stances.len() >= 2, "{name}：会议记录了不同意见：{stances:?}");
        assert!(present(&case, "publication") && present(&case, "post_evaluation") && present(&case, "archive"), "{name}");
    }
    // 昌黎：涉及面广、争议较大的事项，专家一般不少于9人（昌黎规定 第三十一条）
    assert_eq!(at(&yaml(&fixture("changli-case.yaml")), "decision.complex"), Some(&Value::Bool(true)));
}

// ---------------------------------------------------------------- 各地差异

fn render_text(kind: &str, case: &str, dir: &Path) -> Text {
    let out = dir.join("out");
    let o = render_kind(kind, &fixture(case), &out, &[]);
    assert!(o.status.success(), "gen {kind} {case} 失败：{}", stderr(&o));
    let f = files_in(&out).into_iter().next().expect("生成了文书");
    text_of(&out.join(f))
}

/// 昌黎规定 第四十条：送审材料九项，逐项列出；没有赤峰加报的两项。
#[test]
fn changli_legality_list_has_its_nine_items() {
    let rule = rule_at(&yaml(&repo().join("data/rules/changli.yaml")), "legality_materials", "2026-05-25").unwrap();
    let its = items(&rule);
    assert_eq!(its.len(), 9);
    let dir = tmp();
    let t = render_text("legality-list", "changli-case.yaml", dir.path());
    has_all("合法性审查送审材料清单（昌黎）", &t, its.iter().map(|(_, n, _)| n));
    has_all("合法性审查送审材料清单（昌黎）", &t, ["昌黎县人民政府重大行政决策程序规定", "公众参与全程资料", "领导班子集体讨论记录等"]);
    for (i, (_, name, _)) in its.iter().enumerate() {
        assert!(t.has(&format!("{}{name}", i + 1)), "第{}项应为“{name}”", i + 1);
    }
    // 没有赤峰加报的两项；公平竞争审查说明作为草案的材料列在第一项中（昌黎规定 第四十条（一））
    assert!(!t.all.contains("听证会报告已附") && !t.all.contains("公平竞争审查说明已附"), "{}", t.all);
}

/// 赤峰规定 第二十九条：七项之外，召开听证会的加报听证会报告，进行公平竞争审查的加报公平竞争审查说明。
#[test]
fn chifeng_legality_list_adds_hearing_report_and_fair_competition_review() {
    let dir = tmp();
    let t = render_text("legality-list", "sample-case.yaml", dir.path());
    has_all("合法性审查送审材料清单（赤峰）", &t, ["8听证会报告已附听证报告", "9公平竞争审查说明已附公平竞争审查说明"]);
    has_all("合法性审查送审材料清单（赤峰）", &t, ["决策机关决定启动决策程序的相关材料", "决策承办单位集体讨论决定的会议纪要"]);
}

/// 条例 第二十六条只有三项：没有听证会报告、公平竞争审查说明等地方加报的项目。
#[test]
fn national_legality_list_has_the_ordinance_three_items() {
    let dir = tmp();
    let t = render_text("legality-list", "national-case.yaml", dir.path());
    has_all(
        "合法性审查送审材料清单（国家）",
        &t,
        ["1决策草案及相关材料", "2有关法律、法规、规章等依据未履行", "3履行决策法定程序的说明已附"],
    );
    assert!(!t.all.contains("听证会报告"), "{}", t.all);
    // 公平竞争审查说明不是单列的一项，作为决策草案的相关材料列在第一项中（条例 第二十九条（一））
    assert!(!t.all.contains("公平竞争审查说明已附"), "{}", t.all);
}

/// 人社厅专家论证办法 第十五条：第一项含合法性，第四项风险含廉洁性。
#[test]
fn nmg_hrss_expert_report_covers_legality_and_integrity() {
    let dir = tmp();
    let t = render_text("expert-report", "nmg-hrss-case.yaml", dir.path());
    has_all("专家论证报告（人社厅）", &t, ["决策的必要性、合法性、可行性", "廉洁性"]);
    assert!(t.has("财政经济、廉洁性、法律纠纷"), "{}", t.all);
    // 赤峰的报告（2021年办法）没有这两项
    let dir = tmp();
    let c = render_text("expert-report", "sample-case.yaml", dir.path());
    assert!(!c.all.contains("合法性、可行性") && !c.all.contains("廉洁性"), "{}", c.all);
}
