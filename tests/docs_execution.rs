//! 执行和后评估的记录型文书：确定执行单位、执行情况报告、重大问题报告、执行情况公开、实施评估、
//! 后评估启动决定和方案、后评估报告的专家论证和审定、调整决定、原件移交清单，以及昌黎的跟踪反馈与后评估报告。
//! 预期内容尽量取自案卷（fixtures/*.yaml），不在测试中另抄一份。

mod common;
use common::*;

use serde_norway::Value;
use std::path::Path;

/// 案卷（YAML）的内容。
fn case_of(name: &str) -> Value {
    serde_norway::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap()
}

/// 案卷中 `a.b.c` 处的文字（去空白，与 PDF 文字比较用）。
fn at(v: &Value, path: &str) -> String {
    let mut x = v;
    for k in path.split('.') {
        x = match k.parse::<usize>() {
            Ok(i) => &x[i],
            Err(_) => &x[k],
        };
    }
    match x {
        Value::String(s) => squash(s),
        Value::Null => panic!("案卷中没有 {path}"),
        other => squash(&serde_norway::to_string(other).unwrap()),
    }
}

fn list_len(v: &Value, path: &str) -> usize {
    let mut x = v;
    for k in path.split('.') {
        x = &x[k];
    }
    x.as_sequence().map_or(0, |s| s.len())
}

/// 生成一种文书，返回各份文书（文件名、去空白后的正文）。
fn render(kind: &str, name: &str) -> Vec<(String, String)> {
    let dir = tmp();
    let out = dir.path().join("out");
    let o = render_kind(kind, &fixture(name), &out, &[]);
    assert!(o.status.success(), "gen {kind} {name}：{}", stderr(&o));
    let mut docs: Vec<(String, String)> = files_in(&out)
        .into_iter()
        .filter(|f| f.ends_with(".pdf"))
        .map(|f| {
            let t = flowing_text(&out.join(&f));
            (f, t)
        })
        .collect();
    docs.sort();
    assert!(!docs.is_empty(), "gen {kind} {name} 没有生成文书");
    docs
}

fn one(kind: &str, name: &str) -> String {
    let docs = render(kind, name);
    assert_eq!(docs.len(), 1, "{kind} {name}：{:?}", docs.iter().map(|d| &d.0).collect::<Vec<_>>());
    docs.into_iter().next().unwrap().1
}

fn has(t: &str, want: &str, what: &str) {
    assert!(t.contains(&squash(want)), "{what}：文书中没有“{want}”\n{t}");
}

const ALL4: [&str; 4] = ["sample-case.yaml", "national-case.yaml", "nmg-hrss-case.yaml", "changli-case.yaml"];

#[test]
fn execution_assignment_names_every_unit_its_tasks_and_the_reporting_duty() {
    for name in ALL4 {
        let c = case_of(name);
        let t = one("execution-assignment", name);
        for i in 0..list_len(&c, "execution.assignment.units").max(1) {
            has(&t, &at(&c, &format!("execution.assignment.units.{i}.unit")), name);
            has(&t, &at(&c, &format!("execution.assignment.units.{i}.tasks")), name);
        }
        has(&t, &at(&c, "execution.assignment.reporting"), name);
        // 条例 第三十四条：依法全面、及时、正确执行，并报告执行情况；第三十五条：重大问题及时报告
        has(&t, "依法全面、及时、正确执行决策", name);
        has(&t, "严重影响决策目标实现的，应当及时向", name);
        let (cite, heading) = match name {
            "sample-case.yaml" => ("《赤峰市重大行政决策程序规定》第四十条", "决策执行单位及分工"),
            "nmg-hrss-case.yaml" => ("第三十九条", "决策执行处室单位及分工"),
            _ => ("《重大行政决策程序暂行条例》第三十四条", "决策执行单位及分工"),
        };
        has(&t, cite, name);
        has(&t, heading, name);
        if name == "sample-case.yaml" || name == "nmg-hrss-case.yaml" {
            has(&t, "不得拒不执行、推诿执行、拖延执行", name);
        } else {
            assert!(!t.contains("推诿执行"), "{name}：条例没有“推诿执行”的用语\n{t}");
        }
    }
}

#[test]
fn execution_report_reports_progress_and_next_steps_to_the_decision_organ() {
    for name in ALL4 {
        let c = case_of(name);
        let docs = render("execution-report", name);
        assert_eq!(docs.len(), list_len(&c, "execution.reports"), "{name}");
        for (i, (file, t)) in docs.iter().enumerate() {
            let period = at(&c, &format!("execution.reports.{i}.period"));
            assert!(file.contains(&period), "{name}：文件名 {file}");
            has(t, &period, name);
            has(t, &at(&c, &format!("execution.reports.{i}.progress")), name);
            has(t, &at(&c, &format!("execution.reports.{i}.next_steps")), name);
            has(t, "执行情况", name);
            has(t, "下一步工作安排", name);
            // 人社厅：报厅党组；其余：报决策机关
            let to = if name == "nmg-hrss-case.yaml" { "厅党组：".to_string() } else { format!("{}：", at(&c, "decision.organ")) };
            has(t, &to, name);
        }
    }
}

#[test]
fn problem_report_states_the_situation_its_impact_and_the_request() {
    for name in ALL4 {
        let c = case_of(name);
        let t = one("problem-report", name);
        has(&t, &at(&c, "execution.problem_reports.0.kind"), name);
        has(&t, &at(&c, "execution.problem_reports.0.facts"), name);
        has(&t, &at(&c, "execution.problem_reports.0.impact"), name);
        has(&t, &at(&c, "execution.problem_reports.0.proposal"), name);
        has(&t, "对实现决策目标的影响", name);
        let cite = match name {
            "sample-case.yaml" => "《赤峰市重大行政决策督查工作规则》第五条",
            "nmg-hrss-case.yaml" => "第四十条",
            _ => "《重大行政决策程序暂行条例》第三十五条",
        };
        has(&t, cite, name);
    }
}

#[test]
fn execution_disclosure_publishes_the_four_items_of_article_20_chifeng() {
    let name = "sample-case.yaml";
    let c = case_of(name);
    let t = one("execution-disclosure", name);
    // 赤峰公众参与规则 第二十条：具体措施、实施步骤、责任分工、监督方式；成效和后续举措
    for (h, f) in [
        ("具体措施", "measures"),
        ("实施步骤", "steps"),
        ("责任分工", "responsibilities"),
        ("监督方式", "supervision"),
        ("取得的成效", "results"),
        ("后续举措", "follow_up"),
    ] {
        has(&t, h, name);
        has(&t, &at(&c, &format!("execution.disclosures.0.{f}")), name);
    }
    has(&t, "信件、电话、电子邮件", name);
    has(&t, "《赤峰市重大行政决策公众参与工作规则》第二十条", name);
    let pos = |s: &str| t.find(s).unwrap();
    assert!(pos("具体措施") < pos("实施步骤") && pos("实施步骤") < pos("责任分工") && pos("责任分工") < pos("监督方式"));
}

#[test]
fn stage_evaluation_uses_article_62_wording_for_its_kind_changli() {
    let name = "changli-case.yaml";
    let c = case_of(name);
    let docs = render("stage-evaluation", name);
    assert_eq!(docs.len(), 1);
    let (file, t) = &docs[0];
    let kind = at(&c, "execution.stage_evaluations.0.kind");
    assert!(file.contains(&kind), "{file}");
    has(t, &format!("{kind}报告"), name);
    has(t, &at(&c, "execution.stage_evaluations.0.occasion"), name);
    has(t, &at(&c, "execution.stage_evaluations.0.effects"), name);
    has(t, &at(&c, "execution.stage_evaluations.0.problems"), name);
    has(t, &at(&c, "execution.stage_evaluations.0.suggestions"), name);
    has(t, "第六十二条", name);
    // 执行评估：分析总结改革、政策实施效果、存在的问题，提出完善的意见建议
    assert_eq!(kind, "执行评估");
    has(t, "改革、政策实施效果", name);
    has(t, "完善的意见建议", name);

    // 终期评估：效果、成功的经验、存在的不足、可提供的经验和借鉴
    let dir = tmp();
    let case = variant_of(name, "changli-attachments", dir.path(), "c.yaml", "      kind: 执行评估  ", "      kind: 终期评估  ");
    let out = dir.path().join("out");
    let o = render_kind("stage-evaluation", &case, &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let f = files_in(&out).into_iter().find(|f| f.ends_with(".pdf")).unwrap();
    let t = flowing_text(&out.join(f));
    for h in
        ["终期评估报告", "决策执行的效果", "成功的经验", "存在的不足", "可为其他决策的实施提供的经验和借鉴", "【待填写：item.experience"]
    {
        has(&t, h, "终期评估");
    }
}

#[test]
fn evaluation_launch_names_the_evaluator_scope_and_deadline() {
    for name in ALL4 {
        let c = case_of(name);
        let t = one("evaluation-launch", name);
        has(&t, &at(&c, "post_evaluation.launch.reason"), name);
        has(&t, &at(&c, "post_evaluation.launch.scope"), name);
        // 条例 第三十六条：确定承担评估具体工作的单位
        has(&t, &format!("由{}承担评估具体工作", at(&c, "post_evaluation.launch.evaluator")), name);
        let deadline = at(&c, "post_evaluation.launch.deadline");
        let (y, rest) = deadline.split_once('-').unwrap();
        let (m, d) = rest.split_once('-').unwrap();
        has(&t, &format!("应当于{y}年{}月{}日前完成评估", m.trim_start_matches('0'), d.trim_start_matches('0')), name);
        has(&t, "评估项目和范围", name);
        let (cite, word) = match name {
            "sample-case.yaml" => ("《赤峰市重大行政决策后评估工作规则》第四条、第五条", "决策后评估"),
            "nmg-hrss-case.yaml" => ("第四十一条", "决策后评估"),
            "changli-case.yaml" => ("第五十五条、第五十七条", "跟踪反馈与后评估"),
            _ => ("《重大行政决策程序暂行条例》第三十六条", "决策后评估"),
        };
        has(&t, cite, name);
        has(&t, word, name);
        if name == "changli-case.yaml" {
            has(&t, "不得预设评估结论", name);
        }
    }
}

#[test]
fn evaluation_plan_has_each_jurisdictions_items_in_order() {
    // 赤峰后评估规则 第十二条（二）：评估目的、评估人员、评估范围、评估指标、评估方法、评估程序以及经费预算
    let c = case_of("sample-case.yaml");
    let t = one("evaluation-plan", "sample-case.yaml");
    let heads = ["一、评估目的", "二、评估人员", "三、评估范围", "四、评估指标", "五、评估方法", "六、评估程序", "七、经费预算"];
    check_order(&t, &heads);
    for f in ["purpose", "scope", "indicators", "methods", "procedure", "budget", "team.1.name", "team.1.role"] {
        has(&t, &at(&c, &format!("post_evaluation.plan.{f}")), "赤峰方案");
    }
    // 昌黎规定 第五十八条（一）2：目的、对象与内容、标准与方法、步骤与时间安排、经费预算、组织保障
    let c = case_of("changli-case.yaml");
    let t = one("evaluation-plan", "changli-case.yaml");
    let heads = ["一、目的", "二、对象与内容", "三、标准与方法", "四、步骤与时间安排", "五、经费预算", "六、组织保障"];
    check_order(&t, &heads);
    has(&t, "跟踪反馈与后评估方案", "昌黎方案");
    for f in ["purpose", "scope", "indicators", "methods", "procedure", "budget", "organization", "survey", "team.4.name"] {
        has(&t, &at(&c, &format!("post_evaluation.plan.{f}")), "昌黎方案");
    }
}

fn check_order(t: &str, heads: &[&str]) {
    let mut last = 0;
    for h in heads {
        let p = t.find(h).unwrap_or_else(|| panic!("没有“{h}”\n{t}"));
        assert!(p >= last, "“{h}”的位置不对\n{t}");
        last = p;
    }
}

#[test]
fn evaluation_review_and_approval_changli() {
    let name = "changli-case.yaml";
    let c = case_of(name);
    let t = one("evaluation-review", name);
    has(&t, "跟踪反馈与后评估报告专家论证意见", name);
    has(&t, &at(&c, "post_evaluation.review.opinion"), name);
    has(&t, &at(&c, "post_evaluation.review.suggestions"), name);
    for i in 0..list_len(&c, "post_evaluation.review.experts") {
        has(&t, &at(&c, &format!("post_evaluation.review.experts.{i}.name")), name);
    }
    has(&t, "签名", name);
    has(&t, "第五十八条", name);

    let t = one("evaluation-approval", name);
    has(&t, "跟踪反馈与后评估报告审定单", name);
    has(&t, &at(&c, "post_evaluation.approval.approver"), name);
    has(&t, &at(&c, "post_evaluation.approval.opinion"), name);
    has(&t, "2026年12月18日", name); // 报送日期
    has(&t, &format!("经{}名专家论证", list_len(&c, "post_evaluation.review.experts")), name);
}

#[test]
fn adjustment_decision_states_kind_reason_content_and_measures() {
    for name in ALL4 {
        let c = case_of(name);
        let docs = render("adjustment", name);
        assert_eq!(docs.len(), list_len(&c, "execution.adjustments"), "{name}");
        let (file, t) = &docs[0];
        let kind = at(&c, "execution.adjustments.0.kind");
        assert!(file.contains(&kind), "{file}");
        has(t, &format!("关于{kind}{}的决定", at(&c, "decision.name")), name);
        has(t, &at(&c, "execution.adjustments.0.reason"), name);
        has(t, &at(&c, "execution.adjustments.0.content"), name);
        has(t, &at(&c, "execution.adjustments.0.measures"), name);
        has(t, &format!("{}决定{kind}", at(&c, "decision.organ")), name);
        let cite = match name {
            "sample-case.yaml" => "《赤峰市重大行政决策后评估工作规则》第十四条",
            "nmg-hrss-case.yaml" => "第四十五条",
            "changli-case.yaml" => "第六十一条",
            _ => "《重大行政决策程序暂行条例》第三十六条",
        };
        has(t, cite, name);
    }
}

#[test]
fn urgent_suspension_is_decided_by_the_head_under_article_37() {
    let dir = tmp();
    let case = variant_of(
        "national-case.yaml",
        "national-attachments",
        dir.path(),
        "c.yaml",
        "      kind: 继续实施  ",
        "      urgent: true\n      kind: 中止执行  ",
    );
    let out = dir.path().join("out");
    let o = render_kind("adjustment", &case, &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = flowing_text(&out.join("决策执行调整决定-中止执行.pdf"));
    has(&t, "关于中止执行武乡县县城集中供热价格调整方案的决定", "中止");
    has(&t, "鉴于情况紧急，根据《重大行政决策程序暂行条例》第三十七条的规定，经行政首长决定", "中止");
    has(&t, "需要作出重大调整的", "中止");
}

#[test]
fn transfer_list_nmg_hrss_lists_the_originals_and_the_copy_kept() {
    let name = "nmg-hrss-case.yaml";
    let c = case_of(name);
    let t = one("transfer-list", name);
    has(&t, &format!("移交单位：{}", at(&c, "archive.transfer.from_unit")), name);
    has(&t, &format!("接收单位：{}", at(&c, "decision.lead_unit")), name);
    for i in 0..list_len(&c, "archive.transfer.items") {
        has(&t, &at(&c, &format!("archive.transfer.items.{i}.title")), name);
    }
    has(&t, &at(&c, "archive.transfer.handed_by"), name);
    has(&t, &at(&c, "archive.transfer.received_by"), name);
    has(&t, "决策办结日期：2026年1月9日", name);
    has(&t, "留存副本", name);
    has(&t, "第四十九条", name);
}

#[test]
fn changli_post_evaluation_is_the_tracking_feedback_report_of_article_59() {
    let name = "changli-case.yaml";
    let c = case_of(name);
    let t = one("post-evaluation", name);
    has(&t, "跟踪反馈与后评估报告", name);
    check_order(
        &t,
        &[
            "一、跟踪反馈与后评估工作的基本情况",
            "二、实施绩效、制度设计等跟踪反馈与后评估内容分析",
            "三、跟踪反馈与后评估结论及建议",
            "四、其他需要说明的问题",
        ],
    );
    has(&t, &at(&c, "post_evaluation.analysis"), name);
    has(&t, &at(&c, "post_evaluation.other"), name);
    has(&t, &format!("结论：{}", at(&c, "post_evaluation.result")), name);
    assert!(!t.contains("决策后评估报告"), "{t}");
    // 其他规则体系不变
    let t = one("post-evaluation", "sample-case.yaml");
    has(&t, "决策后评估报告", "赤峰");
    has(&t, "一、评估过程和方式", "赤峰");
    has(&t, "评估结果：继续执行", "赤峰");
    assert!(!t.contains("跟踪反馈"), "{t}");
}

#[test]
fn draft_of_an_unrecorded_kind_prints_placeholders() {
    let dir = tmp();
    let out = dir.path().join("out");
    let o = render_kind("execution-assignment", &fixture("national-minimal-case.yaml"), &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = flowing_text(&out.join("确定决策执行单位的通知.pdf"));
    has(&t, "【待填写：execution.assignment.reporting", "草稿");
    has(&t, "【待填写：execution.assignment.units", "草稿");
}

#[test]
fn final_render_refuses_a_missing_required_field() {
    let dir = tmp();
    let text = sample_text();
    let line = text.lines().find(|l| l.trim_start().starts_with("reporting: 各执行单位每半年")).unwrap();
    let case = variant(dir.path(), "c.yaml", &format!("{line}\n"), "");
    let out = dir.path().join("out");
    let o = render_kind("execution-assignment", &case, &out, &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("execution.assignment.reporting"), "{}", stderr(&o));
    assert!(!Path::new(&out.join("确定决策执行单位的通知.pdf")).exists());

    // 每项一份的：第几项缺了什么
    let line = text.lines().find(|l| l.trim_start().starts_with("impact: 外溢区域")).unwrap();
    let case = variant(dir.path(), "d.yaml", &format!("{line}\n"), "");
    let o = render_kind("problem-report", &case, &out, &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("impact"), "{}", stderr(&o));
}
