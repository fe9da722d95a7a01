//! 模板覆盖：科员改写的模板按文件名覆盖内置模板；折行不出空格；不能联网导入包。

mod common;
use common::*;

fn export_builtin(dir: &std::path::Path) {
    for (name, text) in juece::render::templates::BUILTIN {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// 导出内置模板，用 `edit` 改写听证会公告模板，再用 --templates 生成样例的公告。
fn with_edited_notice(edit: impl Fn(String) -> String) -> (tempfile::TempDir, std::process::Output) {
    let dir = tmp();
    let tdir = dir.path().join("tpl");
    std::fs::create_dir(&tdir).unwrap();
    export_builtin(&tdir);
    let p = tdir.join("hearing_notice.typ.j2");
    std::fs::write(&p, edit(std::fs::read_to_string(&p).unwrap())).unwrap();
    let out = dir.path().join("out");
    let o = gen(&["notice", sample().to_str().unwrap(), "-o", out.to_str().unwrap(), "--templates", tdir.to_str().unwrap()]);
    (dir, o)
}

#[test]
fn every_template_file_is_registered() {
    let mut names: Vec<String> =
        std::fs::read_dir(repo().join("templates")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    let mut builtin: Vec<String> = juece::render::templates::BUILTIN.iter().map(|(n, _)| n.to_string()).collect();
    builtin.sort();
    assert_eq!(names, builtin, "templates/ 中的文件须在 src/render/templates.rs 的 BUILTIN 中登记");
}

#[test]
fn override_changes_wording_and_wrapped_lines_print_no_space() {
    let (dir, o) =
        with_edited_notice(|t| t.replace("现将有关事项公告如下：", "现将有关事项\n    公告如下（本段由科员改写，\n    折成三行）："));
    assert!(o.status.success(), "{}", stderr(&o));
    let raw = pdf_extract::extract_text_from_mem(&std::fs::read(dir.path().join("out/听证会公告.pdf")).unwrap()).unwrap();
    let joined: String = raw.lines().collect::<Vec<_>>().join("");
    assert!(joined.contains("现将有关事项公告如下（本段由科员改写，折成三行）："), "折行处印出了空格：{joined}");
}

#[test]
fn package_import_is_refused_offline() {
    let (_dir, o) = with_edited_notice(|t| t.replace("#show: 公文", "#show: 公文\n#import \"@preview/cetz:0.3.0\": *"));
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("离线") && err.contains("@preview/cetz"), "{err}");
}

#[test]
fn template_cannot_read_files_outside() {
    let (_dir, o) = with_edited_notice(|t| t.replace("#show: 公文", "#show: 公文\n#read(\"/etc/hostname\")"));
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("hearing_notice.typ.j2:") && err.contains("/etc/hostname"), "{err}");
}

#[test]
fn template_typst_error_points_at_the_line() {
    let (_dir, o) = with_edited_notice(|t| t.replace("#标题[", "#标题("));
    assert!(!o.status.success());
    let err = stderr(&o);
    // 指出模板文件中的行（不是排版用的中间文件 main.typ），中文说明
    let line = std::fs::read_to_string(repo().join("templates/hearing_notice.typ.j2"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("#标题["))
        .unwrap()
        + 1;
    assert!(err.contains("排版“听证会公告”失败") && err.contains(&format!("hearing_notice.typ.j2:{line}: 错误：")), "{err}");
    assert!(err.contains("没有配对") && !err.contains("main.typ"), "{err}");
}

#[test]
fn template_referring_to_unknown_field_is_reported() {
    let (_dir, o) = with_edited_notice(|t| t.replace("{{ h.place }}", "{{ h.plaec }}"));
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("hearing_notice.typ.j2:") && err.contains("“h.plaec（即 participation.hearing.plaec）”") && err.contains("案卷中没有"),
        "{err}"
    );
}
