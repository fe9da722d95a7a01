//! 模糊测试（在 CI 中跑有限的次数）：任意的案卷数据经 读取 → 事实 → 渲染 → 排版，任意的模板文字经 gen 生成文书，
//! 都不崩溃、不超过上限地挂住，出错时一律是中文说明、退出码 2（案卷数据违反程序时为 3）。
//! 次数：案卷数据 [`CASES`] 例（进程内），模板 [`TEMPLATES`] 例（每例一个 gen 进程，进程隔离，超时即失败）。

mod common;
use common::*;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use juece::facts::plan::plan;
use juece::facts::Facts;
use juece::input::parse_case;
use juece::law::calendar::Calendar;
use juece::law::catalogue;
use juece::session::{Options, Session};
use proptest::prelude::*;

const CASES: u32 = 160;
const TEMPLATES: u32 = 40;

/// 次数的倍数（环境变量 FUZZ_SCALE，默认 1；在本机多跑时用，如 FUZZ_SCALE=20）。
fn scale(n: u32) -> u32 {
    n * std::env::var("FUZZ_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1)
}

static RAN_CASES: AtomicUsize = AtomicUsize::new(0);
static RAN_TEMPLATES: AtomicUsize = AtomicUsize::new(0);

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// 样例案卷中“键: 值”的行（值非空），作为改写的位置。
fn value_lines() -> &'static Vec<usize> {
    static L: OnceLock<Vec<usize>> = OnceLock::new();
    L.get_or_init(|| {
        sample_text()
            .lines()
            .enumerate()
            .filter(|(_, l)| {
                let t = l.trim_start().trim_start_matches("- ");
                t.split_once(": ")
                    .is_some_and(|(k, v)| !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !v.trim().is_empty())
            })
            .map(|(i, _)| i)
            .collect()
    })
}

/// 改写后的值：各种文字、数字、日期、YAML 结构、控制字符和 Typst/Jinja 标记。
fn value_strategy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "甲",
        "堃",
        "𠮷",
        "2026-02-30",
        "2026-05-14",
        "09:30",
        "25:61",
        "~",
        "",
        "[]",
        "{}",
        "[a, b]",
        "{a: 1}",
        "- x",
        "#",
        "\"",
        "'",
        "\\",
        "$x$",
        "#read(\"/etc/passwd\")",
        "{{ x }}",
        "{% if %}",
        "\u{7}",
        "\u{1b}[31m",
        "\u{200b}",
        "　",
        "：",
        "15名",
        "是",
        "true",
        "-1",
        "4294967296",
        "1e9",
        "高",
        "不予通过",
        "永久",
        "长期",
        "启动",
        "&a",
        "*a",
        "!!binary",
        "%TAG",
        "|",
        ">",
        "\t",
        "\n  k: v",
    ]);
    prop::collection::vec(pieces, 0..5).prop_map(|v| v.concat())
}

fn mutate(edits: &[(usize, String, bool)]) -> String {
    let mut lines: Vec<String> = sample_text().lines().map(str::to_string).collect();
    let targets = value_lines();
    for (pick, value, quote) in edits {
        let i = targets[pick % targets.len()];
        let line = &lines[i];
        let (key, _) = line.split_once(": ").expect("键: 值");
        let v = if *quote { format!("{:?}", value) } else { value.clone() };
        lines[i] = format!("{key}: {v}");
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: scale(CASES), failure_persistence: None, .. ProptestConfig::default() })]

    /// 任意改写样例中的值：读取要么成功（然后事实、检查、期限表都算得出），要么是指出位置的中文错误。
    #[test]
    fn arbitrary_case_values_give_facts_or_a_chinese_error(edits in prop::collection::vec((any::<usize>(), value_strategy(), any::<bool>()), 1..6)) {
        RAN_CASES.fetch_add(1, Ordering::Relaxed);
        let text = mutate(&edits);
        match parse_case(&text, "x.yaml") {
            Err(e) => {
                prop_assert!(e.message.starts_with("x.yaml") && has_cjk(&e.message), "{}", e.message);
                prop_assert_eq!(e.exit_code(), 2);
            }
            Ok(case) => {
                let cal = Calendar::builtin();
                let facts = Facts::compute(&case, &cal);
                let p = plan(&facts);
                prop_assert!(p.rows.iter().all(|r| r.citation.contains('第')));
                for f in &facts.review.findings {
                    prop_assert!(has_cjk(&f.message), "{}", f.message);
                }
            }
        }
    }
}

/// 改写过、读得出的案卷在进程内排版（案卷文字一律转义，不会成为代码，所以不会挂住）：不崩溃，出错时是中文。
#[test]
fn arbitrary_case_values_typeset_or_fail_in_chinese() {
    use proptest::test_runner::{Config, TestRunner};
    let mut runner = TestRunner::new(Config { cases: scale(24), failure_persistence: None, ..Config::default() });
    let dir = tmp();
    copy_attachments(dir.path(), "attachments");
    let strategy = prop::collection::vec((any::<usize>(), value_strategy(), any::<bool>()), 1..4);
    runner
        .run(&strategy, |edits| {
            let text = mutate(&edits);
            let Ok(_) = parse_case(&text, "x.yaml") else { return Ok(()) };
            let p = dir.path().join("x.yaml");
            std::fs::write(&p, &text).unwrap();
            let session = Session::open(&p, &Options { allow_violations: true, draft: true, ..Options::default() }).unwrap();
            for id in ["notice", "legality-list", "minutes"] {
                if let Err(e) = session.render_kind(catalogue::find(id).unwrap()) {
                    prop_assert!(has_cjk(&e.message), "{}", e.message);
                    prop_assert!(matches!(e.exit_code(), 2 | 3), "{id}: {}", e.message);
                }
            }
            Ok(())
        })
        .unwrap();
}

/// 模板的片段：Jinja 标签、Typst 标记和代码、未闭合的结构、字段和过滤器。
fn template_strategy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{{ decision.name }}",
        "{{ decision.nosuch }}",
        "{{ participation.hearing.date | 日期 }}",
        "{{ 1 | 中文数字 }}",
        "{{ x | nosuch }}",
        "{% if decision.name %}",
        "{% endif %}",
        "{% for x in participation.hearing.participants %}{{ x.name }}",
        "{% endfor %}",
        "{%",
        "{{",
        "}}",
        "{# 注释 #}",
        "#",
        "#set text(size: 100pt)",
        "#let x = 1",
        "#x",
        "#[",
        "]",
        "#{",
        "}",
        "#(1 +",
        "$x$",
        "=",
        "== 标题",
        "#table(columns: 2)[a][b]",
        "#image(\"/etc/passwd\")",
        "#read(\"/style.json\")",
        "#include \"/house.typ\"",
        "#import \"@preview/x:1.0.0\"",
        "#pagebreak()",
        "正文，",
        "\n",
        "\n\n",
        "#标题[题]",
        "#落款[甲][乙]",
        "#待填写(\"x\")",
        "\\",
        "#for i in range(3) [#i]",
        "#calc.pow(10, 400)",
        "#str(\"x\") * 1000",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|v| format!("#import \"/house.typ\": *\n#show: 公文\n{}", v.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: scale(TEMPLATES), failure_persistence: None, .. ProptestConfig::default() })]

    /// 任意的模板文字（科员改坏的模板、共享盘上的模板）：gen 要么生成，要么以中文说明、退出码 2 结束，
    /// 不崩溃、不挂住（每例一个进程，超过 60 秒即失败）。
    #[test]
    fn arbitrary_template_text_renders_or_fails_in_chinese(template in template_strategy()) {
        RAN_TEMPLATES.fetch_add(1, Ordering::Relaxed);
        let dir = tmp();
        let t = dir.path().join("t");
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("hearing_notice.typ.j2"), &template).unwrap();
        std::fs::write(dir.path().join("gen.yaml"), "limits: { seconds: 20 }\n").unwrap();
        let started = Instant::now();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_gen"))
            .args(["notice", sample().to_str().unwrap(), "-o", dir.path().join("out").to_str().unwrap(), "--templates", t.to_str().unwrap(),
                   "--config", dir.path().join("gen.yaml").to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if started.elapsed() > Duration::from_secs(60) {
                child.kill().unwrap();
                prop_assert!(false, "模板让 gen 挂住了：{template}");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut err = String::new();
        std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
        match status.code() {
            Some(0) => {}
            Some(2) => prop_assert!(err.starts_with("错误：") && has_cjk(&err), "{err}"),
            other => prop_assert!(false, "退出码 {other:?}（应为 0 或 2）：{err}\n模板：{template}"),
        }
    }
}

/// 打印实际跑过的次数（cargo test -- --nocapture 可见；CI 的日志中也有）。
#[test]
fn zz_report_counts() {
    eprintln!(
        "fuzz：案卷数据 {CASES} 例 + 排版 24 例，模板 {TEMPLATES} 例（本进程已计 {} / {}）",
        RAN_CASES.load(Ordering::Relaxed),
        RAN_TEMPLATES.load(Ordering::Relaxed)
    );
}
