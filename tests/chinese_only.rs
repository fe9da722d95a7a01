//! 科员读不懂英文：`gen` 在屏幕上说的每一句话（标准输出和标准错误）都是中文。
//!
//! 逐一运行帮助（`gen --help`、`gen help`、`-V`、每个命令的 `--help` 和 `gen help 命令`）和一批出错的命令行
//! （不认识的选项、缺少案卷、文件不存在、文件夹当作案卷、坏的 --config、gen verify 坏文件、坏的 --calendar、
//! 坏的模板文件夹、tests/bad_input.rs 中的坏案卷……），断言输出中没有英文词（tests/common/english.rs 的 `english_words`：什么算英文词、哪些缩写可以出现，写在那里）。

mod common;
use common::english::{english_words, typed_words, BUILTINS};
use common::*;

use std::io::{Read, Write};
use std::path::Path;

use juece::input::case::Jurisdiction;
use juece::law::catalogue::KINDS;

#[test]
fn the_detector_finds_english_and_spares_what_clerks_type() {
    let w = typed_words();
    assert_eq!(
        english_words("error: unexpected argument '--bogus' found\n\nUsage: gen <COMMAND>\n\nFor more information, try '--help'.", &w)
            .len(),
        10
    );
    assert!(english_words("  -h, --help     Print help", &w).iter().any(|e| e.starts_with("Print")));
    assert!(english_words("[possible values: text, json]", &w).iter().any(|e| e.starts_with("possible")));
    let fine = "错误：a.yaml:3:5: 字段“decision.name”（决策事项名称）是必填的；decision 中缺少 lead_unit。\
                用法：gen notice [选项] <案卷>；查看说明：gen notice --help。YAML、PDF/A-2b、UTF-8、GB18030、SHA-256、\
                DA/T 22-2015、`unknown field`、“Permission denied”、日期写作 YYYY-MM-DD、.xlsx、rules: chifeng、true、\
                /tmp/.tmpAb12/x.yaml、3fa9c0de11aa77bb";
    assert_eq!(english_words(fine, &w), Vec::<String>::new());
    assert_eq!(english_words("（原始信息：did not find expected key）", &w).len(), 5);
}

/// 运行 gen，返回（退出码，标准输出 + 标准错误）。
fn run(args: &[String]) -> (Option<i32>, String) {
    let strs: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = gen(&strs);
    (o.status.code(), format!("{}{}", stdout(&o), stderr(&o)))
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

fn p(path: &Path) -> String {
    path.to_str().unwrap().to_string()
}

/// 运行每一条命令行，收集输出中的英文词；`ok`：应当成功（否则应当失败）。
fn assert_chinese(cases: &[(Vec<String>, bool)]) {
    let words = typed_words();
    let mut problems = Vec::new();
    for (args, ok) in cases {
        let (code, out) = run(args);
        assert!(!out.trim().is_empty(), "gen {args:?} 什么也没说");
        if *ok {
            assert_eq!(code, Some(0), "gen {args:?} 应当成功：\n{out}");
        } else {
            assert!(code.is_some_and(|c| c != 0), "gen {args:?} 应当失败：\n{out}");
        }
        let bad = english_words(&out, &words);
        if !bad.is_empty() {
            problems.push(format!("gen {}\n  英文：{}\n{}", args.join(" "), bad.join("，"), out));
        }
    }
    assert!(problems.is_empty(), "输出中有英文：\n\n{}", problems.join("\n\n"));
}

/// `gen --help` 中列出的命令名（“命令：”和“生成一种文书”两节）。
fn listed_commands() -> Vec<String> {
    let (_, out) = run(&s(&["--help"]));
    let mut names = Vec::new();
    let mut inside = false;
    for line in out.lines() {
        if line.ends_with('：') {
            inside = line.starts_with("命令") || line.starts_with("生成一种文书");
            continue;
        }
        if inside && line.starts_with("  ") {
            if let Some(name) = line.split_whitespace().next() {
                names.push(name.to_string());
            }
        }
    }
    names
}

#[test]
fn every_help_text_is_chinese() {
    let commands = listed_commands();
    for k in KINDS {
        assert!(commands.iter().any(|c| c == k.id), "gen --help 中没有文书命令 {}：{commands:?}", k.id);
    }
    for builtin in BUILTINS {
        assert!(commands.iter().any(|c| c == builtin), "gen --help 中没有命令 {builtin}：{commands:?}");
    }
    let mut cases = vec![
        (s(&["--help"]), true),
        (s(&["-h"]), true),
        (s(&["help"]), true),
        (s(&["-V"]), true),
        (s(&["--version"]), true),
        (s(&[]), false),
        (s(&["templates", "export", "--help"]), true),
        (s(&["help", "templates", "export"]), true),
    ];
    for c in &commands {
        cases.push((s(&[c, "--help"]), true));
        cases.push((s(&[c, "-h"]), true));
        cases.push((s(&["help", c]), true));
    }
    assert_chinese(&cases);
}

#[test]
fn usage_lines_name_gen_and_the_command() {
    for c in listed_commands() {
        let (_, out) = run(&s(&[&c, "--help"]));
        assert!(out.contains(&format!("用法：gen {c}")), "gen {c} --help 的用法不以 gen {c} 开头：\n{out}");
        assert!(!out.contains("Usage") && !out.contains("Options"), "{out}");
    }
    let (_, out) = run(&s(&["notice", "--help"]));
    assert!(out.contains("用法：gen notice [选项] <案卷>"), "{out}");
    let (_, out) = run(&s(&["templates", "export", "--help"]));
    assert!(out.contains("用法：gen templates export [选项] <文件夹>"), "{out}");
}

/// 每种文书的帮助按规则体系列出依据，不把一地的条文当作各地通用的。
#[test]
fn per_kind_help_cites_every_jurisdiction_by_name() {
    for k in KINDS.iter().filter(|k| k.id != "plan") {
        let (_, out) = run(&s(&[k.id, "--help"]));
        assert!(out.contains(&format!("生成{}", k.name)), "{out}");
        for j in Jurisdiction::all() {
            assert!(out.contains(&format!("  {}：", j.name())), "gen {} --help 没有列出{}的依据：\n{out}", k.id, j.name());
        }
    }
    // 不属于某一种文书的命令，说明中不引条文
    for c in ["init", "all", "check", "plan", "archive", "verify", "list", "schema", "fields", "fonts", "templates"] {
        let (_, out) = run(&s(&[c, "--help"]));
        for statute in ["条例 第", "规定 第", "规则 第", "办法 第"] {
            assert!(!out.contains(statute), "gen {c} --help 引了条文：\n{out}");
        }
    }
}

#[test]
fn command_line_mistakes_are_explained_in_chinese() {
    let dir = tmp();
    let sample = p(&sample());
    let existing = dir.path().join("已有.yaml");
    std::fs::write(&existing, "rules: national\n").unwrap();
    let cases = vec![
        (s(&["--bogus"]), false),
        (s(&["notice", "--bogus", &sample]), false),
        (s(&["notice", &sample, "--drft"]), false),
        (s(&["--draft", "notice", &sample]), false),
        (s(&["notice"]), false),
        (s(&["notice", "甲.yaml", "乙.yaml"]), false),
        (s(&["check", &sample, "--format", "xml"]), false),
        (s(&["check", &sample, "--format"]), false),
        (s(&["notice", &sample, "-o"]), false),
        (s(&["verify"]), false),
        (s(&["templates"]), false),
        (s(&["templates", "exprot", "x"]), false),
        (s(&["nosuch"]), false),
        (s(&["help", "nosuch"]), false),
        (s(&["help", "templates", "nosuch"]), false),
        (s(&["init"]), false),
        (s(&["init", "--rules", "beijing", &p(&dir.path().join("新.yaml"))]), false),
        (s(&["init", &p(&existing)]), false),
        (s(&["archive"]), false),
        (s(&["schema", "--document", "nosuch"]), false),
        (s(&["fields"]), false),
        (s(&["fields", "nosuch"]), false),
    ];
    assert_chinese(&cases);
}

#[test]
fn file_problems_are_explained_in_chinese() {
    let dir = tmp();
    let d = dir.path();
    let sample = p(&sample());
    let out = p(&d.join("out"));
    let folder = d.join("文件夹.yaml");
    std::fs::create_dir(&folder).unwrap();
    let write = |name: &str, text: &str| {
        let f = d.join(name);
        std::fs::write(&f, text).unwrap();
        p(&f)
    };
    let cfg_bad_yaml = write("坏.yaml", "fonts: [title: 宋体\n");
    let cfg_unknown = write("未知.yaml", "font_paths: [字体]\nbogus: 1\n");
    let cfg_type = write("类型.yaml", "title_bold: 是\n");
    let cfg_nested = write("嵌套.yaml", "limits:\n  second: 10\n");
    let not_zip = write("不是.zip", "not a zip at all, just text");
    let cal_unknown = write("日历1.yaml", "years:\n  2026:\n    source: x\n    holiday: [2026-01-01]\n    workdays: []\n");
    let cal_date = write("日历2.yaml", "years:\n  2026:\n    source: x\n    holidays: [2026-02-30]\n    workdays: []\n");
    let cal_syntax = write("日历3.yaml", "years: [\n");
    let cal_dup = write(
        "日历4.yaml",
        "years:\n  2026:\n    source: x\n    holidays: [2026-01-01]\n    workdays: []\n  2026:\n    source: y\n    holidays: [2026-01-01]\n    workdays: []\n",
    );
    let cal_missing = write("日历5.yaml", "years:\n  2026:\n    source: x\n");
    let template_file = write("模板.txt", "x");
    let nowhere = p(&d.join("没有这个文件.yaml"));
    // Typst 标记写错的模板（Typst 的说明是英文的，照录在引号中）
    let typst_dir = d.join("模板");
    std::fs::create_dir(&typst_dir).unwrap();
    std::fs::write(typst_dir.join("hearing_notice.typ.j2"), "#import \"/house.typ\": *\n#show: 公文\n#未定义的函数()\n#let x = (\n")
        .unwrap();
    let cases = vec![
        (s(&["notice", &nowhere]), false),
        (s(&["check", &nowhere]), false),
        (s(&["notice", &p(&folder)]), false),
        (s(&["check", &p(&folder)]), false),
        (s(&["notice", &sample, "-o", &out, "--config", &nowhere]), false),
        (s(&["notice", &sample, "-o", &out, "--config", &p(&folder)]), false),
        (s(&["notice", &sample, "-o", &out, "--config", &cfg_bad_yaml]), false),
        (s(&["notice", &sample, "-o", &out, "--config", &cfg_unknown]), false),
        (s(&["notice", &sample, "-o", &out, "--config", &cfg_type]), false),
        (s(&["notice", &sample, "-o", &out, "--config", &cfg_nested]), false),
        (s(&["verify", &nowhere]), false),
        (s(&["verify", &not_zip]), false),
        (s(&["verify", &p(&folder)]), false),
        (s(&["check", &sample, "--calendar", &nowhere]), false),
        (s(&["check", &sample, "--calendar", &cal_unknown]), false),
        (s(&["check", &sample, "--calendar", &cal_date]), false),
        (s(&["check", &sample, "--calendar", &cal_syntax]), false),
        (s(&["check", &sample, "--calendar", &cal_dup]), false),
        (s(&["check", &sample, "--calendar", &cal_missing]), false),
        (s(&["notice", &sample, "-o", &out, "--templates", &nowhere]), false),
        (s(&["notice", &sample, "-o", &out, "--templates", &template_file]), false),
        (s(&["templates", "export", &template_file]), false),
        (s(&["notice", &sample, "-o", &out, "--templates", &p(&typst_dir)]), false),
        (s(&["templates", "export", &p(&d.join("导出"))]), true),
        (s(&["notice", &sample, "-o", &template_file]), false),
        (s(&["notice", &sample, "-o", &p(&Path::new(&template_file).join("下一层"))]), false),
        (s(&["notice", &sample, "-o", &out, "--font-path", &nowhere]), false),
        (s(&["notice", &sample, "-o", &out, "--font-path", &template_file]), false),
        (s(&["fonts", "--font-path", &nowhere]), false),
        (s(&["archive", &sample, "-o", &p(&Path::new(&template_file).join("归档.zip"))]), false),
        (s(&["init", &p(&Path::new(&template_file).join("案卷.yaml"))]), false),
        (s(&["init", &p(&folder)]), false),
    ];
    assert_chinese(&cases);
}

/// tests/bad_input.rs 中的坏案卷（读取案卷时的错误）和一份有违规的案卷（程序检查的输出）。
#[test]
fn bad_cases_are_explained_in_chinese() {
    let dir = tmp();
    let d = dir.path();
    let text = sample_text();
    let selection = text.lines().find(|l| l.trim_start().starts_with("selection_method:")).unwrap();
    let variants = [
        ("类型.yaml", "    quota: 15 ", "    quota: 十五 "),
        ("拼写.yaml", "    place: 赤峰市行政中心", "    plcae: 赤峰市行政中心"),
        ("缺项.yaml", &format!("{selection}\n") as &str, ""),
        ("全角.yaml", "    quota: 15 ", "    quota：15 "),
        ("日期.yaml", "    date: 2026-06-12 ", "    date: 2026-02-30 "),
        ("规则.yaml", "rules: chifeng", "rules: chifen"),
        ("规则2.yaml", "rules: chifeng", "rules: 赤峰"),
        (
            "违规.yaml",
            "    date: 2026-06-12                                  # 听证会日期\n",
            "    date: 2026-06-08                                  # 听证会日期\n",
        ),
    ];
    let mut cases = Vec::new();
    for (name, from, to) in variants {
        let case = p(&variant(d, name, from, to));
        cases.push((s(&["check", &case]), false));
    }
    let out = p(&d.join("out"));
    let late = p(&d.join("违规.yaml"));
    cases.push((s(&["notice", &late, "-o", &out]), false));
    // 各规则体系的样例案卷：检查结果（违规、提示、出处）也都是中文
    for f in FIXTURES.into_iter().filter(|f| *f != "archive-case.yaml") {
        let (code, _) = run(&s(&["check", &p(&fixture(f))]));
        cases.push((s(&["check", &p(&fixture(f))]), code == Some(0)));
        cases.push((s(&["plan", &p(&fixture(f)), "-o", &p(&d.join(format!("{f}-期限表")))]), true));
    }
    assert_chinese(&cases);
}

/// 改过的归档包：一份文书的内容被换掉（结构完好、校验值不符），以及压缩数据中间被改了一个字节。
#[test]
fn verify_verdicts_are_chinese() {
    let dir = tmp();
    let d = dir.path();
    let zip_path = d.join("归档.zip");
    run_ok(&["archive", fixture("archive-case.yaml").to_str().unwrap(), "-o", zip_path.to_str().unwrap()]);
    // 换掉一份文书的内容，其余照抄
    let mut z = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    let swapped = d.join("换了内容.zip");
    {
        let mut w = zip::ZipWriter::new(std::fs::File::create(&swapped).unwrap());
        let mut done = false;
        for i in 0..z.len() {
            let mut f = z.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).unwrap();
            if !done && name.ends_with(".pdf") {
                bytes.extend_from_slice(b"\n% tampered\n");
                done = true;
            }
            let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            w.start_file(name, opts).unwrap();
            w.write_all(&bytes).unwrap();
        }
        w.finish().unwrap();
    }
    // 压缩数据中间改一个字节
    let mut bytes = std::fs::read(&zip_path).unwrap();
    let mid = bytes.len() / 3;
    bytes[mid] ^= 0x5a;
    let flipped = d.join("坏了一个字节.zip");
    std::fs::write(&flipped, &bytes).unwrap();
    // 截去一半
    let truncated = d.join("截断.zip");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
    let again = vec![
        (s(&["verify", &p(&zip_path)]), true),
        (s(&["verify", &p(&swapped)]), false),
        (s(&["verify", &p(&flipped)]), false),
        (s(&["verify", &p(&truncated)]), false),
        (s(&["archive", fixture("archive-case.yaml").to_str().unwrap(), "-o", &p(&zip_path)]), false),
    ];
    assert_chinese(&again);
}

/// 案卷中的 `archive.attachments[0]` 换成 `name`（内容 `bytes`）后的案卷（同 tests/hostile.rs）。
fn with_attachment(dir: &Path, name: &str, bytes: Option<&[u8]>) -> String {
    let case_dir = dir.join(name.replace(['/', '.'], "_"));
    copy_attachments(&case_dir, "attachments");
    if let Some(b) = bytes {
        std::fs::write(case_dir.join("attachments").join(name), b).unwrap();
    }
    let text = std::fs::read_to_string(fixture("archive-case.yaml")).unwrap();
    let text = text.replacen("attachments/initiation.pdf", &format!("attachments/{name}"), 1);
    let p = case_dir.join("case.yaml");
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

/// 附件的问题（归档时）：复制到一半的 PDF、扩展名是 .pdf 的图像、不认识的格式、坏的 PDF、不存在的、在案卷文件夹之外的。
#[test]
fn attachment_problems_are_explained_in_chinese() {
    let dir = tmp();
    let d = dir.path();
    let good = std::fs::read(repo().join("fixtures/attachments/initiation.pdf")).unwrap();
    let jpeg: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];
    let cases = [
        with_attachment(d, "cut.pdf", Some(&good[..good.len() / 2])),
        with_attachment(d, "scan.pdf", Some(jpeg)),
        with_attachment(d, "note.pdf", Some(b"just some text")),
        with_attachment(d, "broken.pdf", Some(b"%PDF-1.7\nnot really a pdf\n%%EOF\n")),
        with_attachment(d, "missing.pdf", None),
        with_attachment(d, "../../outside.pdf", None),
    ];
    let out = p(&d.join("a.zip"));
    let mut runs: Vec<(Vec<String>, bool)> = cases.iter().map(|c| (s(&["archive", c, "-o", &out]), false)).collect();
    runs.push((s(&["list"]), true));
    runs.push((s(&["plan", &p(&sample()), "-o", &p(&d.join("期限表"))]), true));
    assert_chinese(&runs);
}
