//! 生僻字：人名中的 堃 喆 昇 珺 燚 必须印出真实字形；没有任何字体包含的字要指出字段。

mod common;
use common::*;
use juece::law::catalogue;
use juece::session::{Options, Session};

#[test]
fn rare_name_characters_print_with_real_glyphs() {
    let sample = Session::open(&sample(), &Options::default()).unwrap();
    let fonts = sample.fonts().unwrap();
    for c in ['堃', '喆', '昇', '珺', '燚'] {
        assert!(fonts.covers(c), "附带字体不含“{c}”");
        // Fandol 没有这些字：必须由后备字体（Noto）补上，而不是印成方框
        let fam = fonts.family_for(&["FandolFang R".into(), "Noto Serif CJK SC".into()], c);
        assert_eq!(fam.as_deref(), Some("Noto Serif CJK SC"), "“{c}”");
    }
    // 样例联系人“刘珺”在公告中，且没有豆腐块
    let dir = tmp();
    let case = variant(dir.path(), "rare.yaml", "        person: 刘珺", "        person: 刘珺张堃孙喆赵昇李燚");
    let session = Session::open(&case, &Options::default()).unwrap();
    session.check_glyphs().unwrap();
    let docs = session.render_kind(catalogue::find("notice").unwrap()).unwrap().docs;
    let out = dir.path().join("n.pdf");
    std::fs::write(&out, &docs[0].pdf).unwrap();
    assert!(pdf_text(&out).contains("刘珺张堃孙喆赵昇李燚"));
    assert!(pdf_fonts(&out).iter().any(|f| f.starts_with("NotoSerifCJK")), "生僻字应嵌入 Noto 字体");
}

#[test]
fn character_no_font_has_is_reported_with_its_field() {
    let dir = tmp();
    // U+E000（私用区）与 U+2FFFD（未分配）没有任何附带字体包含
    let case = variant(dir.path(), "tofu.yaml", "        person: 刘珺", "        person: 刘\u{E000}珺\u{2FFFD}");
    let out = dir.path().join("out");
    let o = gen(&["notice", case.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("participation.hearing.registration.contact.person"), "{err}");
    assert!(err.contains("U+E000") && err.contains("U+2FFFD"), "{err}");
    assert!(err.contains("联系人"), "应说明字段的中文含义：{err}");
    assert!(!out.join("听证会公告.pdf").exists());
}
