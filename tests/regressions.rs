//! 回归测试：以问题编号命名（issue10_1 …）。每一条在修正之前的程序上失败（见各测试的说明），修正之后通过。
//! 问题 10 的六个发现：同一判断在几处计算、结果互相矛盾。

mod common;
use common::*;

use std::path::{Path, PathBuf};

/// 决策事项（国家规则体系），不带任何环节。
const NATIONAL: &str = "rules: national
decision:
  name: 某县城区道路停车收费方案
  organ: 某县人民政府
  lead_unit: 某县发展和改革局
  started_on: 2025-03-10
";

/// 只有合法性审查、没有公众参与、专家论证和风险评估的国家案卷：两项材料写明未履行，第三项
/// “履行决策法定程序的说明”由本工具生成的程序履行情况说明提供。
fn legality_only(extra: &str) -> String {
    format!(
        "{NATIONAL}legality:
  submitted_on: 2025-05-20
  reviewer: 某县司法局
  completed_on: 2025-06-03
  legal_opinions: [{{ by: 县政府法律顾问, date: 2025-05-30 }}]
  unperformed:
    - {{ item: draft_and_explanation, explanation: 决策草案及起草说明另行报送。 }}
    - {{ item: legal_basis, explanation: 制定依据已列入起草说明。 }}
{extra}"
    )
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// 发现 1：国家（人社厅）案卷只有合法性审查时，`gen check` 说“履行决策法定程序的说明”既无材料又无说明（违规，
/// 拒绝生成清单），而清单本身（--allow-violations）印的是“已附 程序履行情况说明”。两处对“哪些文书算送审材料”
/// 的判断不同。现在只在 src/facts/materials.rs 判断一次：检查通过，清单照常生成并写明已附。
#[test]
fn issue10_1_check_and_legality_list_agree_on_the_procedure_statement() {
    let dir = tmp();
    let case = write(dir.path(), "c.yaml", &legality_only(""));
    let o = gen(&["check", case.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let findings = v["findings"].as_array().unwrap();
    assert!(
        !findings.iter().any(|f| f["message"].as_str().unwrap_or_default().contains("履行决策法定程序的说明")),
        "检查不应说该项缺少：{findings:#?}"
    );
    let passed = v["passed"].as_array().unwrap();
    assert!(passed.iter().any(|p| p["message"] == "送审材料“履行决策法定程序的说明”已附（条例 第二十六条）"), "{passed:#?}");
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let out = dir.path().join("out");
    run_ok(&["legality-list", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let t = pdf_text(&out.join("合法性审查送审材料清单.pdf"));
    assert!(t.contains("履行决策法定程序的说明已附程序履行情况说明（"), "{t}");
}

/// 发现 2：公告 2025-03-25 发布、征求意见 2025-04-01 至 04-30：检查按“开始日的前一日起算”得 30 日并通过，
/// 程序履行情况说明却印“（29日）”（截止日 − 开始日）。现在说明印的是检查核对的天数（facts.comment_days）。
#[test]
fn issue10_2_procedure_statement_prints_the_comment_days_the_check_verified() {
    let dir = tmp();
    let comment = "participation:
  comment:
    published_on: 2025-03-25
    start: 2025-04-01
    end: 2025-04-30
    channels: [某县人民政府门户网站]
    methods: [电子邮件]
";
    let case = write(dir.path(), "c.yaml", &legality_only(comment));
    let o = run_ok(&["check", case.to_str().unwrap(), "--format", "json"]);
    assert!(stdout(&o).contains("征求意见 2025-04-01 至 2025-04-30，共30日，不少于30日"), "{}", stdout(&o));
    let out = dir.path().join("out");
    run_ok(&["procedure-statement", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let t = pdf_text(&out.join("程序履行情况说明.pdf"));
    assert!(t.contains("征求意见期限为2025年4月1日至2025年4月30日（30日）"), "{t}");
    assert!(!t.contains("（29日）"), "{t}");
}

/// 赤峰案卷：专家已签承诺书，还没有出具书面意见（论证会之前的正常状态）；有归档信息。
fn experts_pending() -> String {
    "rules: chifeng
decision:
  name: 某区老旧小区改造方案
  organ: 某区人民政府
  lead_unit: 某区住房和城乡建设局
  started_on: 2026-03-02
experts:
  method: 论证会
  date: 2026-04-28
  materials_sent_on: 2026-04-20
  members:
    - { name: 孙喆, committed_on: 2026-04-20 }
    - { name: 周珺, committed_on: 2026-04-20 }
    - { name: 钱燚, committed_on: 2026-04-21 }
archive:
  fonds: J012
  org_code: ZJJ
  retention: 永久
  closed_on: 2026-04-30
"
    .to_string()
}

/// 发现 3：专家已记录而都还没有出具意见时，`gen all` 和 `gen archive` 失败，说“需要案卷中的 experts.members
/// ……但案卷中没有填写”，而专家明明已经填写。现在专家书面论证意见不在本案的文书之中（facts/documents.rs），
/// 单独生成时说明真实的原因。
#[test]
fn issue10_3_pending_expert_opinions_do_not_block_gen_all_or_archive() {
    let dir = tmp();
    let case = write(dir.path(), "c.yaml", &experts_pending());
    let out = dir.path().join("out");
    run_ok(&["all", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let files = files_in(&out);
    for name in ["孙喆", "周珺", "钱燚"] {
        assert!(files.contains(&format!("专家承诺书-{name}.pdf")), "{files:?}");
    }
    assert!(!files.iter().any(|f| f.starts_with("专家书面论证意见")), "{files:?}");
    let zip = dir.path().join("a.zip");
    run_ok(&["archive", case.to_str().unwrap(), "-o", zip.to_str().unwrap()]);
    let o = gen(&["expert-opinion", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("都还没有出具书面论证意见") && !err.contains("没有填写"), "{err}");
}

/// 发现 4：会议纪要总是写承办单位汇报了“起草、公众参与、专家论证、风险评估和合法性审查等情况”，
/// 没有履行的程序也这样写（条例 第三十条要求如实记录）。现在只写已履行的程序。
#[test]
fn issue10_4_minutes_report_only_the_steps_performed() {
    let dir = tmp();
    let meeting = "meeting:
  kind: 常务会议
  session: 第5次
  date: 2025-06-10
  place: 县政府第一会议室
  chair: 王县长
  attendees: [李副县长, 张副县长]
  opinions:
    - { speaker: 李副县长, opinion: 同意。, stance: 同意 }
  decision: 通过
";
    let case = write(dir.path(), "c.yaml", &legality_only(meeting));
    let out = dir.path().join("out");
    run_ok(&["minutes", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let t = pdf_text(&out.join("会议纪要.pdf"));
    assert!(t.contains("某县发展和改革局汇报了决策草案的起草和合法性审查等情况"), "{t}");
    for absent in ["公众参与", "专家论证", "风险评估"] {
        assert!(!t.contains(absent), "纪要写了没有履行的“{absent}”：{t}");
    }
    // 样例案卷履行了全部程序：照旧全部写明。
    let out = dir.path().join("sample");
    run_ok(&["minutes", sample().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let t = pdf_text(&out.join("会议纪要.pdf"));
    assert!(t.contains("汇报了决策草案的起草、公众参与、专家论证、风险评估和合法性审查等情况"), "{t}");
}

/// 发现 5：`gen archive` 不接受 --calendar，也不像 `gen all` 那样在违规时拒绝生成。现在每个命令都经由同一个
/// Session：违规的案卷拒绝归档（--allow-violations 照常），归档的程序履行情况说明按 --calendar 的日历核对。
#[test]
fn issue10_5_archive_applies_the_same_calendar_and_violation_policy() {
    let dir = tmp();
    // 听证会改到 06-08：06-03 送达只有5日（赤峰规定 第十九条）。
    let late = variant(
        dir.path(),
        "late.yaml",
        "    date: 2026-06-12                                  # 听证会日期\n",
        "    date: 2026-06-08                                  # 听证会日期\n",
    );
    let zip = dir.path().join("late.zip");
    let o = gen(&["archive", late.to_str().unwrap(), "-o", zip.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("赤峰规定 第十九条") && !zip.exists(), "{}", stderr(&o));
    let o = run_ok(&["archive", late.to_str().unwrap(), "-o", zip.to_str().unwrap(), "--allow-violations"]);
    assert!(stderr(&o).contains("--allow-violations") && stderr(&o).contains("相隔5日，少于7日"), "{}", stderr(&o));

    // 单位的日历（--calendar）对归档与 gen check 同样适用：单位把 2026-04-13 定为休息日，座谈会材料 04-09 送达、
    // 04-15 开会，其间只剩2个工作日（赤峰公众参与规则 第八条）。归档包中的程序履行情况说明写的是按单位日历算出的结果。
    // （程序履行情况说明随送审材料报送，只写送审之前的环节，所以这里用座谈会而不是备案期限。）
    let case = sample();
    let cal =
        write(dir.path(), "cal.yaml", "years:\n  2026:\n    source: 测试用\n    holidays: [2026-01-01, 2026-04-13]\n    workdays: []\n");
    let statement = |zip: &Path| -> String {
        let z = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
        let name = z
            .file_names()
            .filter_map(Result::ok)
            .find(|n| n.ends_with("程序履行情况说明.pdf"))
            .expect("包中有程序履行情况说明")
            .to_string();
        let pdf = juece::archive::verify::extract(std::fs::File::open(zip).unwrap(), &name).unwrap();
        let p = dir.path().join("statement.pdf");
        std::fs::write(&p, pdf).unwrap();
        pdf_text(&p)
    };
    let plain = dir.path().join("plain.zip");
    run_ok(&["archive", case.to_str().unwrap(), "-o", plain.to_str().unwrap()]);
    assert!(statement(&plain).contains("其间工作日3个，不少于3个"), "{}", statement(&plain));
    let o = gen(&["check", case.to_str().unwrap(), "--calendar", cal.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stdout(&o));
    let with_cal = dir.path().join("cal.zip");
    // 座谈会环节现在有座谈会通知（issue 15）：按单位日历违规，归档拒绝，与 gen all 的政策相同；
    // 加 --allow-violations 照常归档，说明如实写明违规。
    let o = gen(&["archive", case.to_str().unwrap(), "-o", with_cal.to_str().unwrap(), "--calendar", cal.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("座谈会通知") && !with_cal.exists(), "{}", stderr(&o));
    run_ok(&[
        "archive",
        case.to_str().unwrap(),
        "-o",
        with_cal.to_str().unwrap(),
        "--calendar",
        cal.to_str().unwrap(),
        "--allow-violations",
    ]);
    let t = statement(&with_cal);
    assert!(t.contains("其间工作日2个，少于3个工作日") && !t.contains("其间工作日3个"), "{t}");
}

/// 发现 6（依据）：每种文书的依据写在 Rust 代码（src/documents.rs）中，国家案卷的报错也引用赤峰的条文。
/// 现在依据在各规则表的 document_basis 中，报错引用本案规则体系的条文。
#[test]
fn issue10_6_basis_comes_from_the_case_rule_table() {
    let dir = tmp();
    let case = write(dir.path(), "c.yaml", NATIONAL);
    let o = gen(&["notice", case.to_str().unwrap(), "-o", dir.path().join("out").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let basis = err.split("依据：").nth(1).expect("写明依据");
    assert!(basis.starts_with("条例 第十六条") && !basis.contains("赤峰"), "{err}");
    let o = run_ok(&["list"]);
    let list = stdout(&o);
    assert!(list.contains("赤峰市：赤峰公众参与规则 第十二条；赤峰规定 第十九条") && list.contains("昌黎县：昌黎规定 第十六条"), "{list}");
}

/// 发现 6（文书的文字在 Rust 中）：程序履行情况说明的句子由 Rust 代码（src/procedure.rs）拼出，科员改模板改不了。
/// 现在句子在模板中：改了模板，文书随之改变。
#[test]
fn issue10_6_procedure_statement_wording_lives_in_the_template() {
    let dir = tmp();
    let t = dir.path().join("模板");
    run_ok(&["templates", "export", t.to_str().unwrap()]);
    let file = t.join("procedure_statement.typ.j2");
    let src = std::fs::read_to_string(&file).unwrap();
    assert!(src.contains("决定启动决策程序，明确"), "模板中应有该句");
    std::fs::write(&file, src.replace("决定启动决策程序，明确", "研究决定启动决策程序，确定")).unwrap();
    let out = dir.path().join("out");
    run_ok(&["procedure-statement", sample().to_str().unwrap(), "-o", out.to_str().unwrap(), "--templates", t.to_str().unwrap()]);
    let text = pdf_text(&out.join("程序履行情况说明.pdf"));
    assert!(text.contains("2026年3月20日研究决定启动决策程序，确定赤峰市发展和改革委员会为决策承办单位"), "{text}");
}

/// 发现 6（模板中的法定数字）：公开征求意见公告印的是字面的“30日”，不论规则表怎么写。现在取自规则表。
#[test]
fn issue10_6_comment_notice_reads_the_period_from_the_rule_table() {
    let src = juece::render::templates::BUILTIN.iter().find(|(n, _)| *n == "comment_notice.typ.j2").unwrap().1;
    assert!(!src.contains("期限少于30日"), "模板不应写死天数");
    assert!(src.contains("law.comment_period_min_days.params.days"));
    let dir = tmp();
    let case = variant(
        dir.path(),
        "c.yaml",
        "    shortened_reason:                 # 少于30日时的理由（不少于30日则留空）",
        "    shortened_reason: 春季防火期前须完成调整",
    );
    let out = dir.path().join("out");
    run_ok(&["comment-notice", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(pdf_text(&out.join("公开征求意见公告.pdf")).contains("因春季防火期前须完成调整，本次征求意见期限少于30日。"));
}

/// 发现 6（错误类别）：并行生成时的每个错误都变成“输入错误”（退出码 2）。导出 PDF/A 失败是输出错误（退出码 1）。
#[test]
fn issue10_6_errors_from_a_parallel_render_keep_their_kind() {
    let dir = tmp();
    let t = dir.path().join("模板");
    std::fs::create_dir_all(&t).unwrap();
    let risk = juece::render::templates::BUILTIN.iter().find(|(n, _)| *n == "risk_report.typ.j2").unwrap().1;
    // PDF/A 要求文书有成文日期：去掉日期后导出失败（输出错误）。
    std::fs::write(t.join("risk_report.typ.j2"), risk.replace("#show: 公文", "#show: 公文\n#set document(date: none)")).unwrap();
    let o =
        gen(&["archive", sample().to_str().unwrap(), "-o", dir.path().join("a.zip").to_str().unwrap(), "--templates", t.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("成文日期"), "{}", stderr(&o));
}

/// 发现 6（附件页数）：送审材料清单数附件页数时读不出的附件被悄悄略过（不印页数）。现在报错并指出附件。
#[test]
fn issue10_6_unreadable_attachment_in_the_legality_list_is_an_error() {
    let dir = tmp();
    let case_dir = dir.path().join("case");
    std::fs::create_dir_all(case_dir.join("attachments")).unwrap();
    std::fs::write(case_dir.join("attachments/draft.pdf"), b"%PDF-1.7\n%broken").unwrap();
    let text = legality_only(
        "archive:
  fonds: J1
  org_code: FGW
  retention: 永久
  closed_on: 2025-07-31
  attachments:
    - path: attachments/draft.pdf
      title: 决策草案及起草说明
      legality_item: draft_and_explanation
      category: 决策方案
      date: 2025-05-15
",
    );
    let case = write(&case_dir, "c.yaml", &text);
    let o = gen(&["legality-list", case.to_str().unwrap(), "-o", dir.path().join("out").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("附件“决策草案及起草说明”（attachments/draft.pdf）不是可读的 PDF"), "{}", stderr(&o));
}
