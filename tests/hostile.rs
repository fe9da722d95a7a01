//! 问题 11：粗心的和有意作恶的输入。每一条写成“输入 → 退出码、说明、磁盘上的文件”。
//! 伪造的归档包用 [`raw_zip`] 逐字节拼出（zip 库不肯写出重名、名字不一致的条目）。

mod common;
use common::*;

use std::io::Write;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------- 拼 ZIP

/// 一个条目：中央目录中的名字、本地文件头中的名字、压缩方式、内容（已压缩好的字节）、CRC 和原始大小。
struct Raw {
    central: Vec<u8>,
    local: Vec<u8>,
    method: u16,
    data: Vec<u8>,
    crc: u32,
    size: u64,
}

impl Raw {
    /// 存储（不压缩）的条目，两处名字相同。
    fn stored(name: &str, data: &[u8]) -> Raw {
        Raw {
            central: name.as_bytes().to_vec(),
            local: name.as_bytes().to_vec(),
            method: 0,
            data: data.to_vec(),
            crc: crc32(data),
            size: data.len() as u64,
        }
    }
}

fn crc32(b: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(b);
    h.finalize()
}

/// 按条目拼出 ZIP（本地文件头 + 数据，中央目录，结束记录）。UTF-8 标志总是置上。
fn raw_zip(entries: &[Raw]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = out.len() as u32;
        let mut local = vec![];
        local.extend(0x0403_4b50u32.to_le_bytes());
        local.extend(20u16.to_le_bytes());
        local.extend(0x0800u16.to_le_bytes());
        local.extend(e.method.to_le_bytes());
        local.extend([0u8; 4]);
        local.extend(e.crc.to_le_bytes());
        local.extend((e.data.len() as u32).to_le_bytes());
        local.extend((e.size as u32).to_le_bytes());
        local.extend((e.local.len() as u16).to_le_bytes());
        local.extend(0u16.to_le_bytes());
        local.extend(&e.local);
        out.extend(local);
        out.extend(&e.data);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(0x0800u16.to_le_bytes());
        central.extend(e.method.to_le_bytes());
        central.extend([0u8; 4]);
        central.extend(e.crc.to_le_bytes());
        central.extend((e.data.len() as u32).to_le_bytes());
        central.extend((e.size as u32).to_le_bytes());
        central.extend((e.central.len() as u16).to_le_bytes());
        central.extend([0u8; 4]);
        central.extend([0u8; 8]);
        central.extend(offset.to_le_bytes());
        central.extend(&e.central);
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// 一份真的归档包（小案卷）的各条目：(名字, 内容)。
fn genuine(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let zip = dir.join("genuine.zip");
    run_ok(&["archive", fixture("archive-case.yaml").to_str().unwrap(), "-o", zip.to_str().unwrap()]);
    let mut z = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut b).unwrap();
            (f.name().unwrap().to_string(), b)
        })
        .collect()
}

fn verify(dir: &Path, name: &str, bytes: &[u8]) -> (Option<i32>, String, String) {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    let o = gen(&["verify", p.to_str().unwrap()]);
    (o.status.code(), stdout(&o), stderr(&o))
}

// ---------------------------------------------------------------- gen verify

#[test]
fn raw_zip_of_the_genuine_entries_verifies() {
    let dir = tmp();
    let entries: Vec<Raw> = genuine(dir.path()).iter().map(|(n, b)| Raw::stored(n, b)).collect();
    let (code, out, err) = verify(dir.path(), "re.zip", &raw_zip(&entries));
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("校验通过"), "{out}");
}

#[test]
fn duplicate_entry_names_are_a_forgery() {
    let dir = tmp();
    let g = genuine(dir.path());
    let (name, pdf) = g.iter().find(|(n, _)| n.contains("听证会公告")).unwrap().clone();
    // 篡改过的副本放在真的那份前面：按名字取第一个的读法会读到假的。
    let mut entries = vec![Raw::stored(&name, b"%PDF-1.7 forged")];
    entries.extend(g.iter().map(|(n, b)| Raw::stored(n, b)));
    let (code, _, err) = verify(dir.path(), "dup.zip", &raw_zip(&entries));
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("同名") && err.contains("听证会公告"), "{err}");
    // 只差大小写的重名同样不行（Windows 上解压时一个覆盖另一个）。
    let mut entries: Vec<Raw> = g.iter().map(|(n, b)| Raw::stored(n, b)).collect();
    entries.push(Raw::stored("MANIFEST.CSV", b"x"));
    let (code, _, err) = verify(dir.path(), "case.zip", &raw_zip(&entries));
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("只差大小写"), "{err}");
    let _ = pdf;
}

#[test]
fn directory_entries_and_file_folder_clashes_are_refused() {
    let dir = tmp();
    let g = genuine(dir.path());
    let mut entries: Vec<Raw> = g.iter().map(|(n, b)| Raw::stored(n, b)).collect();
    entries.push(Raw::stored("备考表.pdf/", b""));
    let (code, _, err) = verify(dir.path(), "dir.zip", &raw_zip(&entries));
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("文件夹条目"), "{err}");
    let mut entries: Vec<Raw> = g.iter().map(|(n, b)| Raw::stored(n, b)).collect();
    entries.push(Raw::stored("备考表.pdf/说明.txt", b"x"));
    let (code, _, err) = verify(dir.path(), "clash.zip", &raw_zip(&entries));
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("既是文件，又是"), "{err}");
}

#[test]
fn local_header_name_must_match_the_central_directory() {
    let dir = tmp();
    let g = genuine(dir.path());
    let mut entries: Vec<Raw> = g.iter().map(|(n, b)| Raw::stored(n, b)).collect();
    let i = entries.iter().position(|e| e.central.ends_with("听证会公告.pdf".as_bytes())).unwrap();
    entries[i].local = b"../../evil.pdf".to_vec();
    let (code, _, err) = verify(dir.path(), "hdr.zip", &raw_zip(&entries));
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("本地文件头中的文件名是“../../evil.pdf”"), "{err}");
}

#[test]
fn traversal_absolute_paths_and_escape_codes_are_named_safely() {
    let dir = tmp();
    let g = genuine(dir.path());
    for (bad, want) in [("../outside.pdf", "“..”"), ("/etc/cron.d/x", "绝对路径"), ("C:/Windows/x.dll", "绝对路径"), ("a\\b.pdf", "反斜杠")]
    {
        let mut entries: Vec<Raw> = g.iter().map(|(n, b)| Raw::stored(n, b)).collect();
        entries.push(Raw::stored(bad, b"x"));
        let (code, _, err) = verify(dir.path(), "t.zip", &raw_zip(&entries));
        assert_eq!(code, Some(3), "{bad}: {err}");
        assert!(err.contains(want), "{bad}: {err}");
    }
    // 名字中的 ANSI 转义序列不原样送到终端。
    let mut entries: Vec<Raw> = g.iter().map(|(n, b)| Raw::stored(n, b)).collect();
    entries.push(Raw::stored("\u{1b}[2J\u{1b}[31m假.pdf", b"x"));
    let (code, _, err) = verify(dir.path(), "ansi.zip", &raw_zip(&entries));
    assert_eq!(code, Some(3));
    assert!(!err.contains('\u{1b}') && err.contains("\\u{1b}[2J"), "{err:?}");
}

#[test]
fn other_compression_methods_get_a_clear_verdict() {
    let dir = tmp();
    let g = genuine(dir.path());
    let mut entries: Vec<Raw> = g.iter().map(|(n, b)| Raw::stored(n, b)).collect();
    let i = entries.iter().position(|e| e.central == b"manifest.csv").unwrap();
    entries[i].method = 14;
    let (code, _, err) = verify(dir.path(), "lzma.zip", &raw_zip(&entries));
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("manifest.csv") && err.contains("LZMA"), "{err}");
    assert!(!err.contains("清单") || !err.contains("格式有误"), "{err}");
}

#[test]
fn zip_bombs_are_not_inflated() {
    let dir = tmp();
    let g = genuine(dir.path());
    // 中央目录如实写明 1 GB、压缩后 1 MB：按压缩比拒绝，不解压。
    let mut entries: Vec<Raw> = g.iter().map(|(n, b)| Raw::stored(n, b)).collect();
    entries.push(Raw {
        central: b"bomb.bin".to_vec(),
        local: b"bomb.bin".to_vec(),
        method: 8,
        data: vec![0; 1 << 20],
        crc: 0,
        size: 1 << 30,
    });
    let (code, _, err) = verify(dir.path(), "bomb.zip", &raw_zip(&entries));
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("压缩炸弹"), "{err}");
    // 写明的大小是假的（说 10 字节，实际解压出 10 MB）：读到写明的大小即停。
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(&vec![0u8; 10 << 20]).unwrap();
    let data = enc.finish().unwrap();
    let mut entries: Vec<Raw> = g.iter().map(|(n, b)| Raw::stored(n, b)).collect();
    entries.push(Raw { central: b"liar.bin".to_vec(), local: b"liar.bin".to_vec(), method: 8, data, crc: 0, size: 10 });
    let (code, _, err) = verify(dir.path(), "liar.zip", &raw_zip(&entries));
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("多于中央目录写明的 10 字节"), "{err}");
}

#[test]
fn not_a_zip_and_special_files_are_input_errors() {
    let dir = tmp();
    let (code, _, err) = verify(dir.path(), "x.zip", b"not a zip at all, just text");
    assert_eq!(code, Some(2));
    assert!(err.contains("不是有效的 ZIP"), "{err}");
    let o = gen(&["verify", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("不是普通文件"), "{}", stderr(&o));
}

// ---------------------------------------------------------------- 案卷、配置、模板

#[test]
fn special_and_huge_case_files_are_refused_at_once() {
    let dir = tmp();
    let fifo = dir.path().join("case.yaml");
    let status = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    let started = std::time::Instant::now();
    for p in [fifo.to_str().unwrap(), "/dev/zero", "/dev/urandom"] {
        let o = gen(&["check", p]);
        assert_eq!(o.status.code(), Some(2), "{p}");
        assert!(stderr(&o).contains("不是普通文件"), "{p}: {}", stderr(&o));
    }
    assert!(started.elapsed().as_secs() < 30, "不应等待管道或设备");
    let big = dir.path().join("big.yaml");
    std::fs::write(&big, vec![b'#'; 17 << 20]).unwrap();
    let o = gen(&["check", big.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("太大"), "{}", stderr(&o));
    // --calendar、--config 同样。
    let o = gen(&["check", sample().to_str().unwrap(), "--calendar", "/dev/zero"]);
    assert!(o.status.code() == Some(2) && stderr(&o).contains("不是普通文件"), "{}", stderr(&o));
    let o = gen(&["notice", sample().to_str().unwrap(), "-o", dir.path().to_str().unwrap(), "--config", fifo.to_str().unwrap()]);
    assert!(o.status.code() == Some(2) && stderr(&o).contains("不是普通文件"), "{}", stderr(&o));
}

#[test]
fn deep_nesting_is_refused_quickly() {
    let dir = tmp();
    let p = dir.path().join("deep.yaml");
    std::fs::write(&p, format!("rules: national\ndecision: {}1{}\n", "[".repeat(100_000), "]".repeat(100_000))).unwrap();
    let started = std::time::Instant::now();
    let o = gen(&["check", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("deep.yaml:2:") && err.contains("嵌套超过"), "{}", &err[..err.len().min(400)]);
    assert!(err.len() < 2000, "出错的一行只显示一段");
    assert!(started.elapsed().as_secs() < 10);
}

#[test]
fn required_fields_given_as_null_are_refused() {
    let dir = tmp();
    let case = variant(dir.path(), "c.yaml", "        person: 刘珺", "        person: ~");
    let line = line_of("        person: 刘珺");
    let out = dir.path().join("out");
    let o = render_kind("notice", &case, &out, &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains(&format!("c.yaml:{line}:9")) && err.contains("registration.contact.person") && err.contains("必填"), "{err}");
    assert!(!out.exists());
    // 可选字段写成 ~ 仍可以（等于没写）。
    let case = variant(dir.path(), "d.yaml", "    chair: 赵昇                                       # 主持人", "    chair: ~");
    run_ok(&["check", case.to_str().unwrap()]);
}

#[test]
fn control_characters_are_named_not_dropped() {
    let dir = tmp();
    // 原文中的 BEL，和引号中转义写出的 ESC。
    let case = variant(dir.path(), "c.yaml", "  organ: 赤峰市人民政府", "  organ: 赤峰市\u{7}人民政府");
    let o = gen(&["check", case.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("c.yaml:{}:", line_of("  organ: 赤峰市人民政府"))) && err.contains("U+0007") && err.contains("BEL"),
        "{err}"
    );
    let case = variant(dir.path(), "d.yaml", "  organ: 赤峰市人民政府", "  organ: \"赤峰市\\e人民政府\"");
    let o = gen(&["check", case.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("decision.organ") && err.contains("U+001B"), "{err}");
    // Tab 和换行照常（多行文字）。
    let case = variant(dir.path(), "e.yaml", "  organ: 赤峰市人民政府", "  organ: \"赤峰市\\t人民政府\"");
    run_ok(&["check", case.to_str().unwrap()]);
}

#[test]
fn duplicate_key_points_at_the_second_one() {
    let dir = tmp();
    let organ = "  organ: 赤峰市人民政府                               # 决策机关";
    let case = variant(dir.path(), "c.yaml", organ, &format!("{organ}\n  organ: 另一个机关"));
    let o = gen(&["check", case.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let first = line_of(organ);
    let err = stderr(&o);
    assert!(err.contains(&format!("c.yaml:{}:3: 键名“organ”在同一处写了两次（第一次在第 {first} 行）", first + 1)), "{err}");
}

#[test]
fn template_files_linking_outside_the_folder_are_refused() {
    let dir = tmp();
    let t = dir.path().join("模板");
    std::fs::create_dir_all(&t).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", t.join("hearing_notice.typ.j2")).unwrap();
    let out = dir.path().join("out");
    let o = render_kind("notice", &sample(), &out, &["--templates", t.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("指向模板文件夹之外") && !stderr(&o).contains("root:"), "{}", stderr(&o));
    assert!(!out.exists());
}

#[test]
fn a_font_folder_that_loops_does_not_hang() {
    let dir = tmp();
    let f = dir.path().join("字体");
    std::fs::create_dir_all(&f).unwrap();
    // 两个指向自己的链接：逐层跟下去是 2 的 N 次方条路径。
    std::os::unix::fs::symlink(&f, f.join("甲")).unwrap();
    std::os::unix::fs::symlink(&f, f.join("乙")).unwrap();
    let started = std::time::Instant::now();
    let o = gen(&["fonts", "--font-path", f.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    // gen.yaml 中的 font_paths 同样。
    std::fs::write(dir.path().join("gen.yaml"), "font_paths: [字体]\n").unwrap();
    std::fs::copy(sample(), dir.path().join("c.yaml")).unwrap();
    copy_attachments(dir.path(), "attachments");
    let o = gen(&["check", dir.path().join("c.yaml").to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = render_kind("notice", &dir.path().join("c.yaml"), &dir.path().join("out"), &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(started.elapsed().as_secs() < 60);
}

// ---------------------------------------------------------------- 文件名

#[test]
fn people_of_the_same_name_each_get_their_own_document() {
    let dir = tmp();
    let case = variant(dir.path(), "c.yaml", "      - name: 李燚", "      - name: 张堃");
    let out = dir.path().join("out");
    run_ok(&["hearing-delivery", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let files = files_in(&out);
    assert_eq!(files.into_iter().collect::<Vec<_>>(), ["听证会参加通知-张堃-1.pdf", "听证会参加通知-张堃-2.pdf"]);
    assert!(pdf_text(&out.join("听证会参加通知-张堃-2.pdf")).contains("赤峰市城投停车管理有限公司"));
    // 归档包中两份都在，目录中两件。
    let zip = dir.path().join("a.zip");
    run_ok(&["archive", case.to_str().unwrap(), "-o", zip.to_str().unwrap()]);
    let z = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
    let n = z.file_names().filter_map(Result::ok).filter(|n| n.contains("听证会参加通知-张堃-")).count();
    assert_eq!(n, 2);
}

#[test]
fn names_that_cannot_be_file_names_are_changed_and_reported() {
    let dir = tmp();
    let long = "长".repeat(300);
    let case =
        variant(dir.path(), "c.yaml", "      - name: 李燚", &format!("      - name: 李/燚\n        category: 代表\n      - name: {long}"));
    let out = dir.path().join("out");
    let o = render_kind("hearing-delivery", &case, &out, &["--draft"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("已换成全角字符") && err.contains("听证会参加通知-李／燚.pdf"), "{err}");
    assert!(err.contains("已截短"), "{err}");
    assert!(out.join("听证会参加通知-李／燚.pdf").exists());
    assert_eq!(files_in(&out).len(), 3);
}

// ---------------------------------------------------------------- 附件

/// 小案卷（archive-case.yaml）的副本，第一个附件换成 `bytes`，文件名为 `name`。
fn with_attachment(dir: &Path, name: &str, bytes: &[u8], pages: Option<u32>) -> PathBuf {
    let case_dir = dir.join("case");
    copy_attachments(&case_dir, "attachments");
    std::fs::write(case_dir.join("attachments").join(name), bytes).unwrap();
    let text = std::fs::read_to_string(fixture("archive-case.yaml")).unwrap();
    let mut text = text.replacen("attachments/initiation.pdf", &format!("attachments/{name}"), 1);
    if let Some(p) = pages {
        text = text.replacen(&format!("attachments/{name}\n"), &format!("attachments/{name}\n      pages: {p}\n"), 1);
    }
    let p = case_dir.join("case.yaml");
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn bad_attachments_are_refused_with_the_reason() {
    let dir = tmp();
    let good = std::fs::read(repo().join("fixtures/attachments/initiation.pdf")).unwrap();
    // 复制到一半的 PDF
    let case = with_attachment(dir.path(), "cut.pdf", &good[..good.len() / 2], None);
    let o = gen(&["archive", case.to_str().unwrap(), "-o", dir.path().join("a.zip").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("不完整") && stderr(&o).contains("cut.pdf"), "{}", stderr(&o));
    // 扩展名是 .pdf 的 JPEG
    let dir = tmp();
    let case = with_attachment(dir.path(), "scan.pdf", &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'], Some(1));
    let o = gen(&["archive", case.to_str().unwrap(), "-o", dir.path().join("a.zip").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("内容是 JPEG 图像，扩展名却是 .pdf"), "{}", stderr(&o));
    // 真正的 JPEG（填写页数）：收录，并提醒不是 PDF/A。
    let dir = tmp();
    let case = with_attachment(dir.path(), "scan.jpg", &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'], Some(1));
    let o = run_ok(&["archive", case.to_str().unwrap(), "-o", dir.path().join("a.zip").to_str().unwrap()]);
    assert!(stderr(&o).contains("不是 PDF") && stderr(&o).contains("PDF/A"), "{}", stderr(&o));
    // 不认识的格式
    let dir = tmp();
    let case = with_attachment(dir.path(), "note.pdf", b"just some text", None);
    let o = gen(&["archive", case.to_str().unwrap(), "-o", dir.path().join("a.zip").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("不是 PDF、OFD、JPEG、PNG 或 TIFF"), "{}", stderr(&o));
}

// ---------------------------------------------------------------- 模板的上限

/// 用 `template` 作为听证会公告的模板、`limits` 作为 gen.yaml 的上限生成公告。
fn notice_with(dir: &Path, template: &str, limits: &str) -> std::process::Output {
    let t = dir.join("模板");
    std::fs::create_dir_all(&t).unwrap();
    std::fs::write(t.join("hearing_notice.typ.j2"), format!("#import \"/house.typ\": *\n#show: 公文\n{template}\n")).unwrap();
    let cfg = dir.join("gen.yaml");
    std::fs::write(&cfg, format!("limits: {{ {limits} }}\n")).unwrap();
    render_kind("notice", &sample(), &dir.join("out"), &["--templates", t.to_str().unwrap(), "--config", cfg.to_str().unwrap()])
}

#[test]
fn a_template_that_loops_forever_is_stopped_and_named() {
    let dir = tmp();
    // Jinja：嵌套的 range（一百亿步）
    let o = notice_with(dir.path(), "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}", "seconds: 60");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("hearing_notice.typ.j2:3") && stderr(&o).contains("步数超过上限"), "{}", stderr(&o));
    // Typst：嵌套的 for
    let started = std::time::Instant::now();
    let o = notice_with(dir.path(), "#let n = 0\n#for i in range(100000) { for j in range(100000) { n = n + 1 } }", "seconds: 2");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("超过 2 秒仍未完成") && err.contains("hearing_notice.typ.j2"), "{err}");
    assert!(started.elapsed().as_secs() < 20);
    assert!(!dir.path().join("out/听证会公告.pdf").exists());
}

#[test]
fn a_template_that_makes_too_many_pages_or_too_much_memory_is_stopped() {
    let dir = tmp();
    let o = notice_with(dir.path(), "#for i in range(600) [第#i 页 #pagebreak()]", "pages: 500");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("排出了 601 页，超过上限 500 页"), "{}", stderr(&o));
    let o = notice_with(dir.path(), "#let a = range(2000000000)\n#a.len()", "seconds: 60, memory_mb: 600");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("内存") && (err.contains("超过上限 600 MB") || err.contains("超过 4 GB")), "{err}");
}
