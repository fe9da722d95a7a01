//! 名单导入（src/input/roster.rs）：同一份论证专家名单（12 人，含“堃”“喆”和扩展区的“䶮”“𠮷”）存为三种文件——
//! .xlsx（测试中用 rust_xlsxwriter 生成：合并单元格的标题行、真正的 Excel 日期单元格、数字的序号、空行、
//! 只填了序号的模板行，另有一个“说明”工作表）、GBK（GB18030）编码的 CSV（fixtures/rosters/experts-gbk.csv，
//! 如中文 Windows 上的 WPS、Excel 所存，日期写作 2026/5/6）和带 BOM 的 UTF-8 CSV（fixtures/rosters/experts-utf8.csv，
//! 如 Excel 的“CSV UTF-8”所存）——三者读出的各行完全相同，并能作为案卷中的论证专家读取。
//! 另有：表头对应不上、重复、缺少必填列、编码无法识别、工作表不存在时的问题指出文件、工作表、行、列和表头。
//!
//! 两个 CSV 由本测试中的数据生成，并与仓库中的文件逐字节比较（`UPDATE_ROSTER_FIXTURES=1` 时改写）。

use std::path::{Path, PathBuf};

use juece::input::case::{Attachment, Expert};
use juece::input::roster::{read, Reference, RosterKind, RosterProblem, Table};
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook};
use serde_norway::Value;

/// （姓名，职称，工作单位，专业领域，签署承诺书日期）
type Row = (&'static str, &'static str, &'static str, &'static str, (u16, u8, u8));

const EXPERTS: [Row; 12] = [
    ("王堃", "教授", "内蒙古大学经济管理学院", "区域经济", (2026, 5, 6)),
    ("李喆", "研究员", "内蒙古自治区社会科学院", "公共管理", (2026, 5, 6)),
    ("刘䶮", "高级工程师", "赤峰市城乡规划设计研究院", "城乡规划", (2026, 5, 7)),
    ("张𠮷", "副教授", "赤峰学院法学院", "行政法", (2026, 5, 7)),
    ("赵敏", "律师", "内蒙古某律师事务所，赤峰分所", "行政法", (2026, 5, 8)),
    ("孙立", "", "赤峰市财政局", "财政金融", (2026, 5, 8)),
    ("周婷", "高级会计师", "赤峰市审计局", "会计审计", (2026, 5, 11)),
    ("吴昊", "主任医师", "赤峰市医院", "公共卫生", (2026, 5, 11)),
    ("郑雪", "工程师", "赤峰市生态环境监测站", "环境工程", (2026, 5, 12)),
    ("冯涛", "教授", "内蒙古师范大学", "社会学", (2026, 5, 12)),
    ("陈静", "高级经济师", "赤峰市发展和改革委员会", "产业经济", (2026, 5, 13)),
    ("褚卫", "研究员", "内蒙古交通设计研究院", "交通运输", (2026, 5, 13)),
];

const TITLE: &str = "论证专家名单（第一批）";
const HEADERS: [&str; 6] = ["序号", "姓  名", "职称", "工作单位", "专业领域", "签署承诺书日期"];
/// 第 7 位专家之前有一个空行（第 9 行）。
const BLANK_BEFORE: usize = 6;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    repo().join("fixtures").join("rosters")
}

/// 表格中第 i 位专家（从 0 起）所在的行（从 1 起）：标题行、表头行之后，第 7 位之前空一行。
fn excel_row(i: usize) -> usize {
    i + 3 + usize::from(i >= BLANK_BEFORE)
}

/// Excel 导出 CSV 的样子：每行 6 列，CRLF 换行，含逗号的字段加引号。
fn csv_text(iso_dates: bool) -> String {
    fn field(s: &str) -> String {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    }
    let mut lines = vec![format!("{TITLE},,,,,"), HEADERS.join(",")];
    for (i, (name, title, unit, area, (y, m, d))) in EXPERTS.iter().enumerate() {
        if i == BLANK_BEFORE {
            lines.push(",,,,,".into());
        }
        let date = if iso_dates { format!("{y}-{m:02}-{d:02}") } else { format!("{y}/{m}/{d}") };
        lines.push([(i + 1).to_string(), field(name), field(title), field(unit), field(area), date].join(","));
    }
    lines.push("13,,,,,".into());
    lines.join("\r\n") + "\r\n"
}

fn gbk_bytes() -> Vec<u8> {
    let text = csv_text(false);
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(&text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn utf8_bytes() -> Vec<u8> {
    let mut out = vec![0xEF, 0xBB, 0xBF];
    out.extend(csv_text(true).as_bytes());
    out
}

/// 像办公室做的 .xlsx：第一个工作表“专家”，第二个工作表“说明”。
fn write_xlsx(path: &Path) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("专家").unwrap();
    let bold = Format::new().set_bold().set_align(FormatAlign::Center);
    let date = Format::new().set_num_format("yyyy/m/d");
    ws.merge_range(0, 0, 0, 5, TITLE, &bold).unwrap();
    for (c, h) in HEADERS.iter().enumerate() {
        ws.write_string_with_format(1, c as u16, *h, &bold).unwrap();
    }
    for (i, (name, title, unit, area, (y, m, d))) in EXPERTS.iter().enumerate() {
        let r = (excel_row(i) - 1) as u32;
        ws.write_number(r, 0, (i + 1) as f64).unwrap();
        ws.write_string(r, 1, *name).unwrap();
        if !title.is_empty() {
            ws.write_string(r, 2, *title).unwrap();
        }
        ws.write_string(r, 3, *unit).unwrap();
        ws.write_string(r, 4, *area).unwrap();
        ws.write_datetime_with_format(r, 5, ExcelDateTime::from_ymd(*y, *m, *d).unwrap(), &date).unwrap();
    }
    ws.write_number((excel_row(EXPERTS.len() - 1)) as u32, 0, 13.0).unwrap();
    let notes = wb.add_worksheet();
    notes.set_name("说明").unwrap();
    notes.write_string(0, 0, "本表由办公室整理，专家均已签署承诺书").unwrap();
    wb.save(path).unwrap();
}

fn reference(file: &str, sheet: Option<&str>) -> Reference {
    Reference { file: file.into(), sheet: sheet.map(str::to_string) }
}

fn read_ok(dir: &Path, file: &str, sheet: Option<&str>, kind: RosterKind) -> Table {
    read(dir, &reference(file, sheet), kind)
        .unwrap_or_else(|p| panic!("{}", p.iter().map(RosterProblem::describe).collect::<Vec<_>>().join("\n")))
}

fn problems(dir: &Path, file: &str, sheet: Option<&str>, kind: RosterKind) -> Vec<String> {
    match read(dir, &reference(file, sheet), kind) {
        Ok(t) => panic!("{file} 应有问题，却读出了 {} 行", t.rows.len()),
        Err(p) => p.iter().map(RosterProblem::describe).collect(),
    }
}

#[test]
fn csv_fixtures_are_generated_from_the_test_data() {
    let files = [("experts-gbk.csv", gbk_bytes()), ("experts-utf8.csv", utf8_bytes())];
    for (name, bytes) in &files {
        let path = fixtures().join(name);
        if std::env::var_os("UPDATE_ROSTER_FIXTURES").is_some() {
            std::fs::create_dir_all(fixtures()).unwrap();
            std::fs::write(&path, bytes).unwrap();
        }
        let committed = std::fs::read(&path).unwrap_or_else(|e| panic!("读取 {}：{e}（UPDATE_ROSTER_FIXTURES=1 生成）", path.display()));
        assert!(&committed == bytes, "{name} 与测试数据不一致：UPDATE_ROSTER_FIXTURES=1 cargo test --release --test roster 重新生成");
    }
    // GBK 文件不是 UTF-8；“𠮷”（U+20BB7）是 GB18030 的四字节编码，“䶮”（U+4DAE）是 GB18030-2005 起的双字节 FE 9F，
    // 常用字与 GBK 相同（如“王”CD F5）
    let gbk = &files[0].1;
    assert!(std::str::from_utf8(gbk).is_err());
    assert!(gbk.windows(4).any(|w| w == [0x95, 0x34, 0xB2, 0x35]));
    assert!(gbk.windows(2).any(|w| w == [0xFE, 0x9F]));
    assert!(gbk.windows(2).any(|w| w == [0xCD, 0xF5]));
}

#[test]
fn xlsx_gbk_csv_and_utf8_csv_give_identical_rows() {
    let dir = tempfile::tempdir().unwrap();
    write_xlsx(&dir.path().join("专家名单.xlsx"));
    let xlsx = read_ok(dir.path(), "专家名单.xlsx", None, RosterKind::Experts);
    let named = read_ok(dir.path(), "专家名单.xlsx", Some("专家"), RosterKind::Experts);
    let gbk = read_ok(&fixtures(), "experts-gbk.csv", None, RosterKind::Experts);
    let utf8 = read_ok(&fixtures(), "experts-utf8.csv", None, RosterKind::Experts);
    assert_eq!(xlsx.sheet.as_deref(), Some("专家"));
    assert_eq!((gbk.sheet.as_ref(), utf8.sheet.as_ref()), (None, None));
    assert_eq!((xlsx.header_row, gbk.header_row, utf8.header_row), (2, 2, 2));
    assert_eq!(xlsx.rows, named.rows);
    assert_eq!(xlsx.rows, gbk.rows, "xlsx 与 GBK CSV 读出的各行不同");
    assert_eq!(xlsx.rows, utf8.rows, "xlsx 与 UTF-8 CSV 读出的各行不同");

    // 其他编码的同一份 CSV：不带 BOM 的 UTF-8、UTF-16（带 BOM）
    let text = csv_text(true);
    std::fs::write(dir.path().join("无BOM.csv"), text.as_bytes()).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(dir.path().join("utf16.csv"), utf16).unwrap();
    for f in ["无BOM.csv", "utf16.csv"] {
        assert_eq!(read_ok(dir.path(), f, None, RosterKind::Experts).rows, xlsx.rows, "{f}");
    }

    // 行号与 WPS、Excel 中看到的一致；空行、只填了序号的行跳过
    let numbers: Vec<usize> = xlsx.rows.iter().map(|r| r.row).collect();
    assert_eq!(numbers, (0..EXPERTS.len()).map(excel_row).collect::<Vec<_>>());
    assert_eq!(numbers[..7], [3, 4, 5, 6, 7, 8, 10]);
    let columns: Vec<(&str, &str, &str)> = xlsx.rows[0].columns.iter().map(|(k, c, h)| (k.as_str(), c.as_str(), h.as_str())).collect();
    assert_eq!(
        columns,
        [
            ("name", "B", "姓  名"),
            ("title", "C", "职称"),
            ("unit", "D", "工作单位"),
            ("field", "E", "专业领域"),
            ("committed_on", "F", "签署承诺书日期")
        ]
    );

    // 各行的值：文字原样（含扩展区汉字），日期单元格为 YYYY-MM-DD，空单元格不填
    for (row, (name, title, unit, area, (y, m, d))) in xlsx.rows.iter().zip(EXPERTS) {
        let mut expected = serde_norway::Mapping::new();
        let mut put = |k: &str, v: String| {
            expected.insert(Value::String(k.into()), Value::String(v));
        };
        put("name", name.into());
        if !title.is_empty() {
            put("title", title.into());
        }
        put("unit", unit.into());
        put("field", area.into());
        put("committed_on", format!("{y}-{m:02}-{d:02}"));
        assert_eq!(row.value, Value::Mapping(expected));
    }
    let experts: Vec<Expert> = serde_norway::from_value(xlsx.values()).unwrap();
    let names: Vec<&str> = experts.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, EXPERTS.map(|e| e.0));
    assert!(names.contains(&"刘䶮") && names.contains(&"张𠮷") && names.contains(&"王堃") && names.contains(&"李喆"));
    assert_eq!(experts[4].unit.as_deref(), Some("内蒙古某律师事务所，赤峰分所"));
    assert_eq!(experts[5].title, None);
    assert_eq!(experts[0].committed_on.map(|d| d.chinese()).as_deref(), Some("2026年5月6日"));
}

#[test]
fn header_problems_name_file_sheet_row_column_and_header() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, rows: &[&[&str]]| {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("专家").unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, s) in row.iter().enumerate() {
                if !s.is_empty() {
                    ws.write_string(r as u32, c as u16, *s).unwrap();
                }
            }
        }
        wb.save(dir.path().join(name)).unwrap();
    };
    write("错表头.xlsx", &[&["序号", "姓名", "出生年月", "工作单位"], &["1", "王堃", "1970.1", "内蒙古大学"]]);
    let p = problems(dir.path(), "错表头.xlsx", None, RosterKind::Experts);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].starts_with("错表头.xlsx 工作表“专家”第 1 行 C 列（出生年月）：表头“出生年月”不是论证专家名单中的一项。可用的表头：“姓名”（必填）、“职称或职务”"),
        "{}",
        p[0]
    );
    assert!(p[0].contains("；书面论证意见各列（填写时“出具意见日期”、“必要性和重要性”、"), "{}", p[0]);
    assert!(p[0].contains("（也可以用常见的简称，如“专家姓名”“职称”“单位”）"), "{}", p[0]);

    write("重复.xlsx", &[&["姓名", "单位", "工作单位"], &["王堃", "内蒙古大学", "内蒙古大学"]]);
    let p = problems(dir.path(), "重复.xlsx", None, RosterKind::Experts);
    assert_eq!(p, ["重复.xlsx 工作表“专家”第 1 行 C 列（工作单位）：与 B 列的“单位”是同一项（工作单位）：同一项只能有一列，请删去其中一列，或改正表头"]);

    write("缺姓名.xlsx", &[&["类别", "工作单位"], &["人大代表", "赤峰市人大"]]);
    let p = problems(dir.path(), "缺姓名.xlsx", None, RosterKind::HearingParticipants);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(p[0].starts_with("缺姓名.xlsx 工作表“专家”第 1 行：缺少“姓名”列：这一项必填"), "{}", p[0]);

    write("空格.xlsx", &[&["姓名", "身份类别"], &["王堃", "专家学者"], &["李喆", ""]]);
    let p = problems(dir.path(), "空格.xlsx", None, RosterKind::HearingParticipants);
    assert_eq!(p, ["空格.xlsx 工作表“专家”第 3 行 B 列（身份类别）：“身份类别”未填写：这一项必填"]);

    // 工作表
    write_xlsx(&dir.path().join("专家名单.xlsx"));
    let p = problems(dir.path(), "专家名单.xlsx", Some("第二批"), RosterKind::Experts);
    assert_eq!(p, ["专家名单.xlsx：工作簿中没有名为“第二批”的工作表。工作簿中的工作表：“专家”、“说明”"]);
    let p = problems(dir.path(), "专家名单.xlsx", Some("说明"), RosterKind::Experts);
    assert!(
        p.iter().any(|d| d.starts_with("专家名单.xlsx 工作表“说明”第 1 行 A 列（本表由办公室整理，专家均已签署承诺书）：表头")),
        "{p:#?}"
    );
    assert!(p.iter().any(|d| d.contains("缺少“姓名”列")), "{p:#?}");

    // 不是工作簿的 .xlsx、网页冒充的 .xls
    std::fs::write(dir.path().join("坏.xlsx"), b"PK\x03\x04 not really").unwrap();
    assert!(problems(dir.path(), "坏.xlsx", None, RosterKind::Experts)[0].starts_with("坏.xlsx：无法作为 Excel/WPS 工作簿读取"));
    std::fs::write(dir.path().join("网页.xls"), "<html><table><tr><td>姓名</td></tr></table></html>").unwrap();
    assert!(problems(dir.path(), "网页.xls", None, RosterKind::Experts)[0].contains("网页格式（HTML）"));
}

#[test]
fn broken_csv_encoding_is_reported_with_its_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = gbk_bytes();
    // 第 4 行（第 2 位专家）中放进一个既不是 UTF-8 也不是 GB18030 的字节序列
    let at = bytes.windows(2).position(|w| w == [0xC0, 0xEE]).unwrap(); // “李”
    bytes[at + 1] = 0x20;
    std::fs::write(dir.path().join("坏编码.csv"), &bytes).unwrap();
    let p = problems(dir.path(), "坏编码.csv", None, RosterKind::Experts);
    assert_eq!(p.len(), 1);
    assert!(p[0].starts_with("坏编码.csv 第 4 行：无法识别文件的编码（既不是 UTF-8，也不是 GBK/GB18030）"), "{}", p[0]);
    assert!(p[0].contains("CSV UTF-8"));
}

#[test]
fn spreadsheet_numbers_and_dates_follow_the_field_type() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let date = Format::new().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
    for (c, h) in ["题名", "文件路径", "类别", "文件日期", "文号", "页数", "备注"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "关于开展专家论证的通知").unwrap();
    ws.write_string(1, 1, "attachments/通知.jpg").unwrap();
    ws.write_string(1, 2, "启动").unwrap();
    ws.write_datetime_with_format(1, 3, ExcelDateTime::from_ymd(2026, 5, 14).unwrap(), &date).unwrap();
    ws.write_number(1, 4, 12).unwrap();
    ws.write_number(1, 5, 3).unwrap();
    ws.write_number(1, 6, 13912345678.0).unwrap();
    wb.save(dir.path().join("附件.xlsx")).unwrap();
    let t = read_ok(dir.path(), "附件.xlsx", None, RosterKind::Attachments);
    assert_eq!(t.sheet.as_deref(), Some("Sheet1"));
    let expected: Value = serde_norway::from_str(
        "{title: 关于开展专家论证的通知, path: attachments/通知.jpg, category: 启动, date: '2026-05-14', number: '12', pages: 3, remarks: '13912345678'}",
    )
    .unwrap();
    assert_eq!(t.rows[0].value, expected);
    let a: Vec<Attachment> = serde_norway::from_value(t.values()).unwrap();
    assert_eq!((a[0].pages, a[0].number.as_deref()), (Some(3), Some("12")));
    let p = t.problem_at(0, Some("pages"), "页数不对");
    assert_eq!(p.describe(), "附件.xlsx 工作表“Sheet1”第 2 行 F 列（页数）：页数不对");
}

/// 同一份名单：在案卷中逐项写成 YAML、引用 .xlsx、引用 GBK 的 .csv——生成的全部文书逐字节相同。
/// （12 名专家不是赤峰要求的单数，所以加 --allow-violations；三者的违规也相同。）
#[test]
fn a_roster_from_xlsx_or_gbk_csv_makes_the_same_documents_as_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(repo().join("fixtures/midway-case.yaml")).unwrap();
    let start = base.find("  members:\n").unwrap();
    let end = start + base[start..].find("\n\n").map(|i| i + 1).unwrap_or(base.len() - start);
    let mut typed = String::from("  members:\n");
    for (name, title, unit, area, (y, m, d)) in EXPERTS {
        typed.push_str(&format!("    - name: {name}\n"));
        if !title.is_empty() {
            typed.push_str(&format!("      title: {title}\n"));
        }
        typed.push_str(&format!("      unit: \"{unit}\"\n      field: {area}\n      committed_on: {y}-{m:02}-{d:02}\n"));
    }
    write_xlsx(&dir.path().join("专家名单.xlsx"));
    std::fs::write(dir.path().join("专家名单.csv"), gbk_bytes()).unwrap();
    let variants =
        [("yaml", typed), ("xlsx", "  members: 专家名单.xlsx\n".to_string()), ("csv", "  members: { file: 专家名单.csv }\n".to_string())];
    let mut outputs = Vec::new();
    for (name, members) in &variants {
        let mut text = base.clone();
        text.replace_range(start..end, members);
        let case = dir.path().join(format!("{name}.yaml"));
        std::fs::write(&case, text).unwrap();
        let out = dir.path().join(format!("out-{name}"));
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_gen"))
            .args(["all", case.to_str().unwrap(), "-o", out.to_str().unwrap(), "--allow-violations"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        assert!(o.status.success(), "{name}：{err}");
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap())
            .map(|e| (e.file_name().to_string_lossy().to_string(), std::fs::read(e.path()).unwrap()))
            .collect();
        files.sort();
        assert_eq!(
            files.iter().filter(|(f, _)| f.starts_with("专家承诺书-")).count(),
            12,
            "{name}：{:?}",
            files.iter().map(|f| &f.0).collect::<Vec<_>>()
        );
        assert!(files.iter().any(|(f, _)| f == "专家承诺书-张𠮷.pdf") && files.iter().any(|(f, _)| f == "专家承诺书-刘䶮.pdf"));
        outputs.push((name, files));
    }
    for (name, files) in &outputs[1..] {
        assert_eq!(files.len(), outputs[0].1.len(), "{name}");
        for ((fa, a), (fb, b)) in outputs[0].1.iter().zip(files) {
            assert_eq!(fa, fb);
            assert!(a == b, "{name}：{fa} 与逐项写成 YAML 时不同");
        }
    }
}

/// 表格中的错误指向表格的行和列（也指出案卷中引用它的那一行）。
#[test]
fn roster_errors_in_a_case_point_at_sheet_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(repo().join("fixtures/midway-case.yaml")).unwrap();
    let start = base.find("  members:\n").unwrap();
    let end = start + base[start..].find("\n\n").map(|i| i + 1).unwrap_or(base.len() - start);
    let mut text = base.clone();
    text.replace_range(start..end, "  members: 专家名单.csv\n");
    let csv = "姓名,工作单位,签署承诺书日期\r\n王堃,内蒙古大学,2026/2/30\r\n李喆,社科院,2026/5/6\r\n";
    std::fs::write(dir.path().join("专家名单.csv"), csv).unwrap();
    let case = dir.path().join("案卷.yaml");
    std::fs::write(&case, &text).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_gen")).args(["check", case.to_str().unwrap()]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr).to_string();
    assert_eq!(o.status.code(), Some(2), "{err}");
    let line = text.lines().position(|l| l.contains("members: 专家名单.csv")).unwrap() + 1;
    assert!(
        err.contains(&format!("案卷.yaml:{line}:"))
            && err.contains("专家名单.csv 第 2 行 C 列（签署承诺书日期）")
            && err.contains("2026年2月没有30日"),
        "{err}"
    );
}
