//! 结案归档：`gen archive` 与 `gen verify`（人社厅程序办法 第四十七至四十九条；DA/T 22-2015《归档文件整理规则》）。
//!
//! fixtures/archive-case.yaml 是条目固定的小案卷；sample-case.yaml 用来核对完整案卷的页数与 PDF/A。

mod common;
use common::*;

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use juece::archive::manifest::sha256_hex as sha;

fn small() -> PathBuf {
    repo().join("fixtures/archive-case.yaml")
}

/// 运行 gen archive，断言成功，返回 ZIP 路径。
fn archive(case: &Path, out: &Path, extra: &[&str]) -> PathBuf {
    let mut args = vec!["archive", case.to_str().unwrap(), "-o", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let o = gen(&args);
    assert!(o.status.success(), "gen archive 失败：{}", stderr(&o));
    out.to_path_buf()
}

/// ZIP 中的条目（按存放顺序）：(名称, 内容)。
fn entries(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().unwrap().to_string(), b)
        })
        .collect()
}

/// 按给定条目重新打包（用于篡改测试）。
fn repack(items: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (n, b) in items {
        w.start_file(n.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(b).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn manifest(zip: &[u8]) -> serde_json::Value {
    let e = entries(zip);
    let m = &e.iter().find(|(n, _)| n == "manifest.json").expect("有 manifest.json").1;
    serde_json::from_slice(m).unwrap()
}

#[test]
fn zip_lists_exactly_the_expected_entries_in_order_with_matching_hashes() {
    let dir = tmp();
    let z = std::fs::read(archive(&small(), &dir.path().join("a.zip"), &[])).unwrap();
    let e = entries(&z);
    let names: Vec<&str> = e.iter().map(|(n, _)| n.as_str()).collect();
    // 按第四十八条的类别分文件夹，类别内按日期；件号全包连续（DA/T 22-2015）。
    assert_eq!(
        names,
        [
            "01-启动/0001-市政府关于启动决策程序的批示.pdf",
            "02-决策方案/0002-专家签字论证意见（扫描件）.pdf",
            "02-决策方案/0003-听证会公告.pdf",
            "02-决策方案/0004-听证会参加通知-张堃.pdf",
            "03-合法性审查/0005-市发展改革委法规科合法性审核意见书.pdf",
            "manifest.csv",
            "manifest.json",
            "备考表.pdf",
            "归档文件目录.pdf",
        ]
    );
    // 清单列出除 manifest.json 外的每个文件，SHA-256 与字节数与包中一致。
    let m = manifest(&z);
    assert_eq!(m["format"], "juece-archive/1");
    let files = m["files"].as_array().unwrap();
    let listed: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    let expected: Vec<&str> = names.iter().copied().filter(|n| *n != "manifest.json").collect();
    assert_eq!(listed, expected);
    for f in files {
        let (_, bytes) = e.iter().find(|(n, _)| n == f["path"].as_str().unwrap()).unwrap();
        assert_eq!(f["sha256"].as_str().unwrap(), sha(bytes), "{}", f["path"]);
        assert_eq!(f["bytes"].as_u64().unwrap(), bytes.len() as u64);
    }
    let notice = files.iter().find(|f| f["path"] == "02-决策方案/0003-听证会公告.pdf").unwrap();
    assert_eq!(notice["danghao"], "J012-WS·2026-Y-FGW-0003");
    assert_eq!(notice["category"], "决策方案");
    assert_eq!(notice["number"], "赤发改公告〔2026〕3号");
    assert_eq!(notice["date"], "2026-05-08");
    // 附件原样收录
    let scan = std::fs::read(repo().join("fixtures/attachments/signed-opinion.pdf")).unwrap();
    assert_eq!(e[1].1, scan);
    // CSV：UTF-8 带 BOM，每个文件（两份清单除外）一行，含 SHA-256
    let csv = String::from_utf8(e[5].1.clone()).unwrap();
    assert!(csv.starts_with("\u{feff}路径,档号,件号,题名,类别"));
    assert_eq!(csv.lines().count(), 1 + 7);
    assert!(csv.contains("02-决策方案/0003-听证会公告.pdf,J012-WS·2026-Y-FGW-0003,3,"));
    assert!(csv.contains(notice["sha256"].as_str().unwrap()));
    // 中文文件名置 UTF-8 标志（通用位标志第 11 位），时间为结案日期
    let mut z2 = zip::ZipArchive::new(Cursor::new(&z[..])).unwrap();
    for i in 0..z2.len() {
        let f = z2.by_index(i).unwrap();
        let dt = f.last_modified().unwrap();
        assert_eq!((dt.year(), dt.month(), dt.day(), dt.hour(), dt.minute()), (2026, 7, 31, 0, 0));
    }
    let mut i = 0;
    let mut utf8_flags = 0;
    while let Some(p) = z[i..].windows(4).position(|w| w == b"PK\x01\x02") {
        let at = i + p;
        let flags = u16::from_le_bytes([z[at + 8], z[at + 9]]);
        let name_len = u16::from_le_bytes([z[at + 28], z[at + 29]]) as usize;
        let name = &z[at + 46..at + 46 + name_len];
        if !name.is_ascii() {
            assert!(flags & 0x0800 != 0, "{} 没有 UTF-8 标志", String::from_utf8_lossy(name));
            utf8_flags += 1;
        }
        i = at + 4;
    }
    assert_eq!(utf8_flags, 7);
}

#[test]
fn index_lists_every_item_with_the_real_page_counts() {
    let dir = tmp();
    let z = std::fs::read(archive(&sample(), &dir.path().join("a.zip"), &[])).unwrap();
    let e = entries(&z);
    let m = manifest(&z);
    let files = m["files"].as_array().unwrap();
    let items: Vec<&serde_json::Value> = files.iter().filter(|f| f["item"].is_u64()).collect();
    assert!(items.len() >= 6, "样例案卷应有多件归档文件");
    // 清单中的页数 = 用 lopdf 数出的实际页数（生成的文书和附件都是）
    for f in files.iter().filter(|f| f["pages"].is_u64()) {
        let (_, bytes) = e.iter().find(|(n, _)| n == f["path"].as_str().unwrap()).unwrap();
        assert_eq!(f["pages"].as_u64().unwrap() as usize, pdf_pages_of(bytes), "{}", f["path"]);
    }
    // 附件 signed-opinion.pdf 的页树分两层，共 3 页
    let scan = items.iter().find(|f| f["title"] == "专家签字论证意见（扫描件）").unwrap();
    assert_eq!(scan["pages"], 3);
    // 归档文件目录逐件列出：档号 … 日期（8 位）密级 页数 备注，下一行的序号
    let index = dir.path().join("index.pdf");
    std::fs::write(&index, &e.iter().find(|(n, _)| n == "归档文件目录.pdf").unwrap().1).unwrap();
    let text = pdf_text(&index);
    assert!(text.contains("归档文件目录") && text.contains("序号档号文号责任者题名日期密级页数备注"), "{text}");
    // 跨页处的页码和重复的表头不算在行内
    let mut text = text.replace("序号档号文号责任者题名日期密级页数备注", "");
    for n in 1..=20 {
        text = text.replace(&format!("—{n}—"), "");
    }
    let mut sorted = items.clone();
    sorted.sort_by_key(|f| f["item"].as_u64().unwrap());
    for (k, f) in sorted.iter().enumerate() {
        let dh = f["danghao"].as_str().unwrap();
        let start = text.find(dh).unwrap_or_else(|| panic!("目录中没有 {dh}：{text}"));
        let end = match sorted.get(k + 1) {
            Some(next) => text.find(next["danghao"].as_str().unwrap()).unwrap(),
            None => text.len(),
        };
        let row = &text[start..end];
        // 题名回行时，PDF 文字层中第二行可能排在本行其他栏（日期、页数）之后：题名是这一行中先后两段文字
        let title = squash(f["title"].as_str().unwrap());
        let row = without_cell(row, &title).unwrap_or_else(|| panic!("{dh} 一行中没有题名 {title}：{row}"));
        let author = squash(f["author"].as_str().unwrap());
        let row = without_cell(&row, &author).unwrap_or_else(|| panic!("{dh} 一行中没有责任者 {author}：{row}"));
        let row = row.as_str();
        let date = f["date"].as_str().unwrap().replace('-', "");
        let remarks = if f["title"] == "专家签字论证意见（扫描件）" { "原件存承办单位" } else { "" };
        let tail = format!("{date}{}{remarks}", f["pages"]);
        let tail = match sorted.get(k + 1) {
            Some(_) => format!("{tail}{}", k + 2),
            None => tail,
        };
        assert!(row.contains(&tail), "{dh} 一行的日期、页数应为 {tail}：{row}");
    }
    let total: u64 = items.iter().map(|f| f["pages"].as_u64().unwrap()).sum();
    assert!(text.contains(&format!("本目录共{}件，{total}页", items.len())), "{text}");
    // 备考表：说明、整理人、整理日期、检查人、检查日期
    let note = dir.path().join("note.pdf");
    std::fs::write(&note, &e.iter().find(|(n, _)| n == "备考表.pdf").unwrap().1).unwrap();
    let t = pdf_text(&note);
    for want in ["备考表", "说明", "整理人王喆", "整理日期2026年8月14日", "检查人刘珺", "检查日期2026年8月17日", "听证会现场录像光盘"]
    {
        assert!(t.contains(want), "备考表中没有“{want}”：{t}");
    }
    assert!(t.contains(&format!("共{}件、{total}页", items.len())), "{t}");
}

#[test]
fn generated_pdfs_declare_pdfa_2b_with_metadata() {
    let dir = tmp();
    let z = std::fs::read(archive(&small(), &dir.path().join("a.zip"), &[])).unwrap();
    let attachments: Vec<Vec<u8>> =
        std::fs::read_dir(repo().join("fixtures/attachments")).unwrap().map(|e| std::fs::read(e.unwrap().path()).unwrap()).collect();
    let mut n = 0;
    for (name, bytes) in entries(&z) {
        if !name.ends_with(".pdf") || attachments.contains(&bytes) {
            continue;
        }
        let s = String::from_utf8_lossy(&bytes);
        assert!(s.contains("<pdfaid:part>2</pdfaid:part>"), "{name} 的 XMP 中没有 pdfaid:part 2");
        assert!(s.contains("<pdfaid:conformance>B</pdfaid:conformance>"), "{name} 的 XMP 中没有 conformance B");
        n += 1;
    }
    assert_eq!(n, 4, "听证会公告、参加通知、归档文件目录、备考表");
    // 题名、责任者、日期写入 PDF 元数据
    let index = dir.path().join("index.pdf");
    std::fs::write(&index, &entries(&z).into_iter().find(|(n, _)| n == "归档文件目录.pdf").unwrap().1).unwrap();
    let doc = lopdf::Document::load(&index).unwrap();
    let info = doc.trailer.get(b"Info").and_then(|r| r.as_reference()).and_then(|r| doc.get_dictionary(r)).unwrap();
    let title = lopdf::decode_text_string(info.get(b"Title").unwrap()).unwrap();
    let author = lopdf::decode_text_string(info.get(b"Author").unwrap()).unwrap();
    assert_eq!(title, "赤峰市中心城区公共停车设施收费标准调整方案归档文件目录");
    assert_eq!(author, "赤峰市发展和改革委员会");
    let date = info.get(b"CreationDate").unwrap().as_str().unwrap();
    assert!(date.starts_with(b"D:20260731"), "{}", String::from_utf8_lossy(date));
    // 目录是横向 A4
    let page = doc.get_pages()[&1];
    let mb = doc.get_dictionary(page).unwrap().get(b"MediaBox").unwrap().as_array().unwrap();
    let w = mb[2].as_float().unwrap();
    let h = mb[3].as_float().unwrap();
    assert!(w > h && (w - 841.89).abs() < 1.0, "归档文件目录应为横向 A4：{w}×{h}");
}

#[test]
fn two_runs_give_identical_bytes() {
    let dir = tmp();
    let a = std::fs::read(archive(&small(), &dir.path().join("a.zip"), &[])).unwrap();
    let b = std::fs::read(archive(&small(), &dir.path().join("b.zip"), &[])).unwrap();
    assert_eq!(sha(&a), sha(&b));
    let c = std::fs::read(archive(&small(), &dir.path().join("c.zip"), &["--stamp"])).unwrap();
    let d = std::fs::read(archive(&small(), &dir.path().join("d.zip"), &["--stamp"])).unwrap();
    assert_eq!(sha(&c), sha(&d));
    assert_ne!(sha(&a), sha(&c));
}

#[test]
fn stamp_prints_the_archive_stamp_on_the_first_page_only() {
    let dir = tmp();
    let plain = entries(&std::fs::read(archive(&small(), &dir.path().join("a.zip"), &[])).unwrap());
    let stamped = entries(&std::fs::read(archive(&small(), &dir.path().join("s.zip"), &["--stamp"])).unwrap());
    let get = |e: &[(String, Vec<u8>)], n: &str| e.iter().find(|(x, _)| x == n).unwrap().1.clone();
    let name = "02-决策方案/0003-听证会公告.pdf";
    let (p, s) = (get(&plain, name), get(&stamped, name));
    assert_ne!(p, s);
    assert_eq!(pdf_pages_of(&p), pdf_pages_of(&s), "归档章不改变页数");
    let f = dir.path().join("n.pdf");
    std::fs::write(&f, &s).unwrap();
    let doc = lopdf::Document::load(&f).unwrap();
    let first = squash(&doc.extract_text(&[1]).unwrap_or_default());
    let text = pdf_text(&f);
    // 归档章：全宗号 年度 件号 / 机构 保管期限 页数（DA/T 22-2015）
    let stamp = format!("J01220260003FGW永久{}", pdf_pages_of(&s));
    assert!(text.starts_with(&stamp) || first.contains(&stamp), "首页没有归档章 {stamp}：{text}");
    assert_eq!(text.matches("J0122026").count(), 1, "归档章只印在首页");
    // 附件不加印（原样收录）
    assert_eq!(
        get(&plain, "01-启动/0001-市政府关于启动决策程序的批示.pdf"),
        get(&stamped, "01-启动/0001-市政府关于启动决策程序的批示.pdf")
    );
}

#[test]
fn verify_reports_changed_deleted_and_added_entries() {
    let dir = tmp();
    let zpath = archive(&small(), &dir.path().join("a.zip"), &[]);
    let o = gen(&["verify", zpath.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("校验通过"));
    let orig = entries(&std::fs::read(&zpath).unwrap());
    let target = "02-决策方案/0003-听证会公告.pdf";

    let check = |name: &str, tampered: Vec<(String, Vec<u8>)>, want: &str, entry: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, repack(&tampered)).unwrap();
        let o = gen(&["verify", p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(3), "{name}：{}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains(&format!("{want}：{entry}")), "{name} 应报告“{want}：{entry}”：{err}");
    };
    // 改动一个字节
    let mut changed = orig.clone();
    let e = changed.iter_mut().find(|(n, _)| n == target).unwrap();
    e.1[1000] ^= 0x01;
    check("changed.zip", changed, "被改动", target);
    // 删去一个文件
    let deleted: Vec<_> = orig.iter().filter(|(n, _)| n != target).cloned().collect();
    check("deleted.zip", deleted, "缺少", target);
    // 加入一个文件
    let mut added = orig.clone();
    added.push(("02-决策方案/0006-补充材料.pdf".into(), b"%PDF-1.4\n".to_vec()));
    check("added.zip", added, "多出", "02-决策方案/0006-补充材料.pdf");

    // 直接改动 ZIP 中压缩数据的一个字节：读不出或校验不符，同样不通过
    let mut raw = std::fs::read(&zpath).unwrap();
    let at = raw.windows(4).position(|w| w == b"PK\x03\x04").unwrap();
    let second = at + 4 + raw[at + 4..].windows(4).position(|w| w == b"PK\x03\x04").unwrap();
    raw[second + 30 + 200] ^= 0xff; // 第二个条目的数据区（本地文件头 30 字节之后）
    let p = dir.path().join("raw.zip");
    std::fs::write(&p, &raw).unwrap();
    let o = gen(&["verify", p.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("0002-专家签字论证意见"), "{}", stderr(&o));

    // 不是归档包
    let p = dir.path().join("other.zip");
    std::fs::write(&p, repack(&[("a.txt".into(), b"x".to_vec())])).unwrap();
    let o = gen(&["verify", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("没有清单 manifest.json"), "{}", stderr(&o));
}

/// 把小案卷复制到临时文件夹（连同附件），替换一行。
fn small_variant(dir: &Path, from: &str, to: &str) -> PathBuf {
    let case_dir = dir.join("case");
    copy_attachments(&case_dir, "attachments");
    let text = std::fs::read_to_string(small()).unwrap();
    assert!(text.contains(from), "小案卷中没有：{from}");
    let p = case_dir.join("case.yaml");
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
    p
}

#[test]
fn attachment_paths_leaving_the_case_folder_are_refused() {
    let dir = tmp();
    std::fs::write(dir.path().join("secret.pdf"), b"%PDF-1.4\n").unwrap();
    let line = "    - path: attachments/signed-opinion.pdf";
    let outside = dir.path().join("secret.pdf");
    for bad in ["../secret.pdf", "attachments/../../secret.pdf", "..\\secret.pdf", outside.to_str().unwrap()] {
        let case = small_variant(dir.path(), line, &format!("    - path: '{bad}'"));
        let out = dir.path().join("a.zip");
        let o = gen(&["archive", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{bad} 应被拒绝");
        let err = stderr(&o);
        assert!(err.contains("附件“专家签字论证意见（扫描件）”") && err.contains("超出了案卷文件所在的文件夹"), "{bad}：{err}");
        assert!(!out.exists(), "被拒绝时不应写出归档包");
    }
    // 案卷文件夹中指向外面的符号链接同样拒绝
    #[cfg(unix)]
    {
        let case = small_variant(dir.path(), line, "    - path: attachments/link.pdf");
        std::os::unix::fs::symlink(&outside, case.parent().unwrap().join("attachments/link.pdf")).unwrap();
        let o = gen(&["archive", case.to_str().unwrap(), "-o", dir.path().join("b.zip").to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("超出了案卷文件所在的文件夹"), "{}", stderr(&o));
    }
    // 案卷文件夹内的绝对路径可以
    let inside = dir.path().join("case/attachments/signed-opinion.pdf");
    let case = small_variant(dir.path(), line, &format!("    - path: '{}'", inside.display()));
    archive(&case, &dir.path().join("c.zip"), &[]);
}

#[test]
fn missing_attachment_and_bad_category_are_named() {
    let dir = tmp();
    let case = small_variant(dir.path(), "attachments/initiation.pdf", "attachments/不存在.pdf");
    let o = gen(&["archive", case.to_str().unwrap(), "-o", dir.path().join("a.zip").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("附件“市政府关于启动决策程序的批示”的文件“attachments/不存在.pdf”不存在"), "{err}");

    let case = small_variant(dir.path(), "      category: 启动", "      category: 开始");
    let o = gen(&["archive", case.to_str().unwrap(), "-o", dir.path().join("a.zip").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("archive.attachments[1].category") && err.contains("取值“开始”无效") && err.contains("第四十八条"), "{err}");

    let case = small_variant(dir.path(), "  retention: 永久", "  retention: 长期");
    let o = gen(&["archive", case.to_str().unwrap(), "-o", dir.path().join("a.zip").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("archive.retention") && stderr(&o).contains("永久、30年、10年"), "{}", stderr(&o));
}

#[test]
fn existing_archive_is_not_overwritten_without_force() {
    let dir = tmp();
    let out = dir.path().join("a.zip");
    std::fs::write(&out, b"old").unwrap();
    let o = gen(&["archive", small().to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("已存在") && stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&out).unwrap(), b"old");
    archive(&small(), &out, &["--force"]);
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK"));
    // 原子写入：文件夹中没有留下临时文件
    let left: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(left, ["a.zip"]);
}

#[test]
fn glyph_missing_from_every_font_is_an_error_in_chinese() {
    let dir = tmp();
    let case = small_variant(dir.path(), "      author: 论证专家组", "      author: 论证专家组\u{E000}");
    let o = gen(&["archive", case.to_str().unwrap(), "-o", dir.path().join("a.zip").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("没有任何可用字体能够显示") && err.contains("U+E000"), "{err}");
}

/// 从表格一行的文字中去掉一栏的内容（其余各栏按顺序留下）。单元格回行时，PDF 文字层中它的第二行
/// 可能排在本行其他栏之后，所以这一栏的内容可以是先后两段。没有这一栏的内容时为 `None`。
fn without_cell(row: &str, cell: &str) -> Option<String> {
    if cell.is_empty() {
        return Some(row.to_string());
    }
    if let Some(p) = row.find(cell) {
        return Some(format!("{}{}", &row[..p], &row[p + cell.len()..]));
    }
    let chars: Vec<char> = cell.chars().collect();
    (1..chars.len()).find_map(|i| {
        let (a, b): (String, String) = (chars[..i].iter().collect(), chars[i..].iter().collect());
        let p = row.find(&a)?;
        let q = p + a.len() + row[p + a.len()..].find(&b)?;
        Some(format!("{}{}{}", &row[..p], &row[p + a.len()..q], &row[q + b.len()..]))
    })
}
