//! 由 YAML 片段拼成的案卷（规则表与工作日历都用内置数据）和判断某条规则结果的帮手：
//! tests/checks.rs（每条规则的边界）与 tests/procedure.rs（程序的先后、必经程序、审查结果）共用。

use juece::facts::{Facts, Review};
use juece::input::case::Case;
use juece::input::parse_case;
use juece::law::calendar::Calendar;
use juece::law::rules::Severity;

// ---------------------------------------------------------------- 拼案卷

/// 一份案卷：规则体系、是否复杂事项、各部分的 YAML 片段（顶格书写）。
pub fn case(rules: &str, body: &str) -> Case {
    case_with(rules, "", body)
}

/// 同 [`case`]，`decision_extra` 加在 decision 之下（两格缩进）。
pub fn case_with(rules: &str, decision_extra: &str, body: &str) -> Case {
    let text = format!(
        "rules: {rules}\ndecision:\n  name: 测试事项\n  organ: 某市人民政府\n  lead_unit: 某市发展和改革委员会\n{decision_extra}{body}"
    );
    parse_case(&text, "t.yaml").unwrap_or_else(|e| panic!("案卷有误：{e}\n{text}"))
}

pub fn comment(published: &str, start: &str, end: &str, reason: &str) -> String {
    let reason = if reason.is_empty() { String::new() } else { format!("    shortened_reason: {reason}\n") };
    format!(
        "participation:\n  comment:\n    published_on: {published}\n    start: {start}\n    end: {end}\n    channels: [门户网站]\n    methods: [电子邮件]\n{reason}"
    )
}

pub fn hearing(date: &str, delivered: &[&str]) -> String {
    let mut s = format!(
        "participation:\n  hearing:\n    organizer: 某局\n    announced_on: 2025-01-02\n    date: {date}\n    start_time: \"09:00\"\n    place: 会议室\n    subject: 草案\n    quota: 5\n    selection_method: 报名\n    registration:\n      start: 2025-01-02\n      end: 2025-01-09\n      method: 电话\n      contact: {{ unit: 某局, person: 王, phone: \"1\" }}\n    participants:\n"
    );
    for (i, d) in delivered.iter().enumerate() {
        s.push_str(&format!("      - {{ name: 参加人{i}, category: 代表, delivered_on: {d} }}\n"));
    }
    s
}

pub fn symposium(date: &str, sent: &str) -> String {
    format!("participation:\n  symposiums:\n    - {{ date: {date}, place: 会议室, materials_sent_on: {sent} }}\n")
}

/// 专家论证：方式、论证日期（论证会日或书面意见截止日）、材料送达日、专家人数。
pub fn experts(method: &str, date: &str, sent: &str, members: usize) -> String {
    let mut s = format!("experts:\n  method: {method}\n  date: {date}\n  materials_sent_on: {sent}\n  members:\n");
    for i in 0..members {
        s.push_str(&format!("    - name: 专家{i}\n"));
    }
    s
}

pub fn expert_opinion(date: &str, time: &str, adoption: &str, reason: &str) -> String {
    let time = if time.is_empty() { String::new() } else { format!("        time: \"{time}\"\n") };
    let reason = if reason.is_empty() { String::new() } else { format!("        adoption_reason: {reason}\n") };
    format!(
        "      opinion:\n        date: {date}\n        necessity: 必要\n        science: 科学\n        feasibility: 可行\n        risks: 无\n        suggestions: 无\n        adoption: {adoption}\n{reason}{time}"
    )
}

pub fn risk(end: &str, level: &str, measures: &str) -> String {
    format!(
        "risk:\n  assessor: 某局\n  start: 2025-01-01\n  end: {end}\n  process: 问卷\n  points: [{{ category: 社会稳定, description: 不满 }}]\n  level: {level}\n  conclusion: 结论\n  measures: {measures}\n  contingency_plan: 预案\n"
    )
}

pub fn legality(submitted: &str, completed: &str, reviewer: &str) -> String {
    format!("legality:\n  submitted_on: {submitted}\n  reviewer: {reviewer}\n  completed_on: {completed}\n")
}

/// 集体讨论：日期、决定、各人表态。
pub fn meeting(date: &str, decision: &str, stances: &[&str]) -> String {
    let mut s = format!(
        "meeting:\n  kind: 常务会议\n  session: 第1次\n  date: {date}\n  place: 会议室\n  chair: 市长\n  attendees: [副市长甲, 副市长乙, 副市长丙]\n  decision: {decision}\n  opinions:\n"
    );
    for (i, st) in stances.iter().enumerate() {
        s.push_str(&format!("    - {{ speaker: 发言人{i}, opinion: 意见, stance: {st} }}\n"));
    }
    if stances.is_empty() {
        s.push_str("    []\n");
    }
    s
}

pub fn publication(published: &str, filed: &str) -> String {
    let filed = if filed.is_empty() { String::new() } else { format!("  filed_on: {filed}\n") };
    format!("publication:\n  published_on: {published}\n  channel: 门户网站\n{filed}")
}

pub fn archive(closed: &str, transferred: &str) -> String {
    let t = if transferred.is_empty() { String::new() } else { format!("  transferred_on: {transferred}\n") };
    format!("archive:\n  fonds: J1\n  org_code: FGW\n  retention: 永久\n  closed_on: {closed}\n{t}")
}

pub fn post_evaluation(date: &str, result: &str) -> String {
    format!(
        "post_evaluation:\n  evaluator: 某局\n  date: {date}\n  process: 问卷\n  execution: 良好\n  public_view: 满意\n  problems: 无\n  result: {result}\n"
    )
}

// ---------------------------------------------------------------- 判断结果

pub fn review(c: &Case) -> Review {
    Facts::compute(c, &Calendar::builtin()).review
}

/// 案卷文字（同 [`case`]）读取时的错误说明。
pub fn load_error(rules: &str, body: &str) -> String {
    let text = format!("rules: {rules}\ndecision:\n  name: 测试事项\n  organ: 某市人民政府\n  lead_unit: 某市发展和改革委员会\n{body}");
    parse_case(&text, "t.yaml").expect_err("应读取失败").message
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Want {
    /// 核对无误（该规则没有任何违规或提示）
    Pass,
    /// 违规
    Violation,
    /// 只有提示
    Notice,
}

/// 规则 `rule` 的结果应为 `want`；返回该规则的违规或提示的说明（合格时为空）。
pub fn expect(c: &Case, rule: &str, want: Want) -> String {
    let r = review(c);
    let mine: Vec<_> = r.findings.iter().filter(|f| f.rule_id == rule).collect();
    let got = if mine.iter().any(|f| f.severity == Severity::Violation) {
        Want::Violation
    } else if !mine.is_empty() {
        Want::Notice
    } else if r.passed.iter().any(|p| p.rule_id == rule) {
        Want::Pass
    } else {
        panic!("规则 {rule} 没有被核对：{r:#?}")
    };
    assert_eq!(got, want, "规则 {rule}：{:#?}", r.findings);
    mine.iter().map(|f| f.message.clone()).collect::<Vec<_>>().join("\n")
}

/// 规则 `rule` 不适用（没有结果）。
pub fn not_checked(c: &Case, rule: &str) {
    let r = review(c);
    assert!(!r.findings.iter().any(|f| f.rule_id == rule) && !r.passed.iter().any(|p| p.rule_id == rule), "规则 {rule} 不应核对：{r:#?}");
}
