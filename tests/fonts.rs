//! 字体配置：gen.yaml 按字族名选用字体；找不到的字体和文件夹给出中文说明。

mod common;
use common::*;

#[test]
fn config_next_to_the_case_chooses_font_families() {
    let dir = tmp();
    let case = dir.path().join("case.yaml");
    std::fs::copy(sample(), &case).unwrap();
    std::fs::write(dir.path().join("gen.yaml"), "fonts:\n  fang: Noto Sans CJK SC   # 正文改用思源黑体（仅为测试）\n").unwrap();
    let pdf = render_notice(&case, &dir.path().join("out"));
    let fonts = pdf_fonts(&pdf);
    assert!(fonts.iter().any(|f| f.starts_with("NotoSansCJK")), "{fonts:?}");
    assert!(!fonts.iter().any(|f| f.starts_with("FandolFang")), "正文不应再用 FandolFang：{fonts:?}");
}

#[test]
fn unknown_family_in_config_is_explained() {
    let dir = tmp();
    let cfg = dir.path().join("gen.yaml");
    std::fs::write(&cfg, "fonts:\n  title: 方正小标宋简体\n").unwrap();
    let o = gen(&["notice", sample().to_str().unwrap(), "-o", dir.path().join("out").to_str().unwrap(), "--config", cfg.to_str().unwrap()]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("方正小标宋简体") && err.contains("--font-path") && err.contains("gen fonts"), "{err}");
}

#[test]
fn misspelt_config_key_is_an_error() {
    let dir = tmp();
    let cfg = dir.path().join("gen.yaml");
    std::fs::write(&cfg, "font:\n  title: x\n").unwrap();
    let o = gen(&["notice", sample().to_str().unwrap(), "-o", dir.path().join("out").to_str().unwrap(), "--config", cfg.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("gen.yaml:1:1"), "{}", stderr(&o));
}

#[test]
fn fonts_command_lists_bundled_families_and_rejects_missing_folder() {
    let o = gen(&["fonts"]);
    assert!(o.status.success());
    let s = String::from_utf8_lossy(&o.stdout);
    for f in ["FandolFang R", "FandolSong", "FandolHei", "FandolKai", "Noto Serif CJK SC", "Noto Sans CJK SC"] {
        assert!(s.lines().any(|l| l == f), "缺少字族 {f}：{s}");
    }
    let o = gen(&["fonts", "--font-path", "/nonexistent-字体"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("/nonexistent-字体"));
}
