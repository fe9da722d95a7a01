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
    assert!(s.starts_with("内置字体（已编入 gen 程序"), "{s}");
    for f in ["FandolFang R", "FandolSong", "FandolHei", "FandolKai", "Noto Serif CJK SC", "Noto Sans CJK SC"] {
        assert!(s.lines().any(|l| l.split('\t').next() == Some(f)), "缺少字族 {f}：{s}");
    }
    assert!(s.contains("FandolSong\tfandol/FandolSong-Bold.otf、fandol/FandolSong-Regular.otf"), "{s}");
    let o = gen(&["fonts", "--font-path", "/nonexistent-字体"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("/nonexistent-字体"));
}

/// 内置字体的目录（fonts/index.json）事先算好、随程序编入，启动时不必解析字体文件：
/// 它必须与编入的字体文件一致。换了字体文件时，用
/// `JUECE_WRITE_FONT_INDEX=1 cargo test --release --test fonts builtin_font_index` 重写它，再编译一次。
#[test]
fn builtin_font_index_is_current() {
    use juece::typeset::fonts::{builtin_index, compute_index, BUILTIN_FILES};
    let computed = compute_index(BUILTIN_FILES);
    if std::env::var_os("JUECE_WRITE_FONT_INDEX").is_some() {
        let lines: Vec<String> = computed.iter().map(|e| serde_json::to_string(e).unwrap()).collect();
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts/index.json");
        std::fs::write(path, format!("[\n{}\n]\n", lines.join(",\n"))).unwrap();
        return;
    }
    let families: Vec<&str> = computed.iter().map(|e| e.info.family.as_str()).collect();
    assert!(families.contains(&"FandolFang R") && families.contains(&"Noto Serif CJK SC"), "{families:?}");
    assert!(!families.iter().any(|f| f.ends_with(" JP")), "只保留简体中文字面：{families:?}");
    assert!(builtin_index() == computed, "fonts/index.json 与 fonts/ 中的字体文件不一致：用 JUECE_WRITE_FONT_INDEX=1 cargo test --release --test fonts builtin_font_index 重写");
}
