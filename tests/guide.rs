//! docs/填写指南.md 中的每个例子都运行一遍（写着能读入的能读入，写着报什么错的报这个错）：
//! - ```` ```yaml 案卷 ````：一份案卷，能读入（`gen check` 的退出码不是 2）；
//! - ```` ```yaml 提示：文字 ````：能读入，屏幕上的提示含“文字”；
//! - ```` ```yaml 错误：文字 ````：读入失败（退出码 2），错误含“文字”；
//! - ```` ```命令 ````：每行一个 gen 命令，在放着样例案卷（名为 案卷.yaml）的文件夹中运行，须成功；
//!   `gen init` 在空文件夹中运行；
//! - ```` ```模板 文件名 ```` 加其后的 ```` ```印出 ````：把这几行加在内置模板末尾，用样例案卷生成，文书中印出“印出”的文字。

mod common;
use common::*;
use std::path::Path;

struct Block {
    info: String,
    body: String,
    line: usize,
}

fn blocks() -> Vec<Block> {
    let text = std::fs::read_to_string(repo().join("docs/填写指南.md")).unwrap();
    let mut out = Vec::new();
    let mut cur: Option<Block> = None;
    for (i, l) in text.lines().enumerate() {
        match (&mut cur, l.strip_prefix("```")) {
            (None, Some(info)) => cur = Some(Block { info: info.trim().to_string(), body: String::new(), line: i + 1 }),
            (Some(_), Some("")) => out.push(cur.take().unwrap()),
            (Some(b), _) => {
                b.body.push_str(l);
                b.body.push('\n');
            }
            (None, None) => {}
        }
    }
    assert!(cur.is_none(), "有没闭合的代码块");
    out
}

fn check(dir: &Path, b: &Block) -> (Option<i32>, String) {
    let case = dir.join(format!("例{}.yaml", b.line));
    std::fs::write(&case, &b.body).unwrap();
    let o = gen(&["check", case.to_str().unwrap()]);
    (o.status.code(), stderr(&o))
}

#[test]
fn every_case_example_behaves_as_the_guide_says() {
    let dir = tmp();
    let mut n = 0;
    for b in blocks() {
        let Some(kind) = b.info.strip_prefix("yaml") else { continue };
        let kind = kind.trim();
        let (code, err) = check(dir.path(), &b);
        let at = format!("填写指南第 {} 行的例子", b.line);
        if kind == "案卷" {
            assert_ne!(code, Some(2), "{at}应能读入：{err}");
            assert!(!err.contains("提示："), "{at}不应有提示：{err}");
        } else if let Some(want) = kind.strip_prefix("提示：") {
            assert_ne!(code, Some(2), "{at}应能读入：{err}");
            assert!(err.contains(want) && err.contains("提示："), "{at}应提示“{want}”：{err}");
        } else if let Some(want) = kind.strip_prefix("错误：") {
            assert_eq!(code, Some(2), "{at}应读入失败：{err}");
            assert!(err.contains(want), "{at}的错误应含“{want}”：{err}");
        } else {
            panic!("{at}：不认识的例子种类“{kind}”");
        }
        n += 1;
    }
    assert!(n >= 12, "例子太少：{n}");
}

#[test]
fn every_command_in_the_guide_runs() {
    let dir = tmp();
    let text = std::fs::read_to_string(sample()).unwrap();
    copy_attachments(dir.path(), "attachments");
    std::fs::write(dir.path().join("案卷.yaml"), text).unwrap();
    let empty = tmp();
    let mut n = 0;
    for b in blocks().into_iter().filter(|b| b.info == "命令") {
        for line in b.body.lines().filter(|l| !l.trim().is_empty()) {
            let args: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(args[0], "gen", "第 {} 行：{line}", b.line);
            let cwd = if args.get(1) == Some(&"init") { empty.path() } else { dir.path() };
            let o = std::process::Command::new(env!("CARGO_BIN_EXE_gen")).args(&args[1..]).current_dir(cwd).output().unwrap();
            assert!(o.status.success(), "填写指南第 {} 行的命令“{line}”失败：{}", b.line, String::from_utf8_lossy(&o.stderr));
            n += 1;
        }
    }
    assert!(n >= 5);
    assert!(empty.path().join("案卷.yaml").exists());
    assert!(dir.path().join("文书").join("听证会公告.pdf").exists());
}

#[test]
fn the_template_example_prints_what_the_guide_says() {
    let all = blocks();
    let i = all.iter().position(|b| b.info.starts_with("模板 ")).expect("指南中有改模板的例子");
    let name = all[i].info.strip_prefix("模板 ").unwrap().trim();
    let printed = all.get(i + 1).filter(|b| b.info == "印出").expect("其后是“印出”");
    let dir = tmp();
    let tpl = dir.path().join("我的模板");
    std::fs::create_dir(&tpl).unwrap();
    let base = std::fs::read_to_string(repo().join("templates").join(name)).unwrap();
    std::fs::write(tpl.join(name), format!("{base}\n{}", all[i].body)).unwrap();
    let kind = juece::law::catalogue::KINDS.iter().find(|k| k.template == name).unwrap();
    let out = dir.path().join("out");
    let o = gen(&[kind.id, sample().to_str().unwrap(), "-o", out.to_str().unwrap(), "--templates", tpl.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = std::fs::read_dir(&out).unwrap().next().unwrap().unwrap().path();
    assert!(squash(&pdf_text(&pdf)).contains(&squash(&printed.body)), "{}", pdf_text(&pdf));
}
