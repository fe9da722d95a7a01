//! `gen all 案卷…`：一条命令生成多个案卷（issue 16）。

mod common;
use common::*;

#[test]
fn several_cases_in_one_command_each_get_their_folder() {
    let dir = tmp();
    for name in ["甲.yaml", "乙.yaml"] {
        std::fs::copy(fixture("midway-case.yaml"), dir.path().join(name)).unwrap();
    }
    let a = dir.path().join("甲.yaml");
    let b = dir.path().join("乙.yaml");
    let o = gen(&["all", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for stem in ["甲", "乙"] {
        let folder = dir.path().join(format!("{stem}-文书"));
        assert_eq!(files_in(&folder).iter().filter(|f| f.ends_with(".pdf")).count(), 8, "{stem}：{out}");
        assert!(out.contains(&format!("{stem}.yaml：生成 8 份文书")), "{out}");
    }
    assert!(out.trim_end().ends_with("共 2 个案卷，生成 16 份文书"), "{out}");
    // 不是终端：没有进度条的控制字符
    assert!(!out.contains('\u{1b}') && !stderr(&o).contains('\u{1b}'), "{out}");
    // 两个案卷的 PDF 相同（同一内容），即共用排版器不改变结果
    let x = std::fs::read(dir.path().join("甲-文书/听证会公告.pdf")).ok();
    let y = std::fs::read(dir.path().join("乙-文书/听证会公告.pdf")).ok();
    assert_eq!(x, y);
}

#[test]
fn one_bad_case_does_not_stop_the_others_and_sets_the_exit_code() {
    let dir = tmp();
    let good = dir.path().join("好.yaml");
    std::fs::copy(fixture("midway-case.yaml"), &good).unwrap();
    let bad = dir.path().join("坏.yaml");
    std::fs::write(&bad, "decision: [\n").unwrap();
    let o = gen(&["all", bad.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("坏.yaml"), "{}", stderr(&o));
    assert!(stdout(&o).contains("好.yaml：生成 8 份文书"), "{}", stdout(&o));
}

#[test]
fn two_cases_that_would_share_a_folder_are_refused() {
    let dir = tmp();
    for sub in ["一", "二"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        std::fs::copy(fixture("midway-case.yaml"), dir.path().join(sub).join("案卷.yaml")).unwrap();
    }
    let out = dir.path().join("out");
    let a = dir.path().join("一/案卷.yaml");
    let b = dir.path().join("二/案卷.yaml");
    let o = gen(&["all", a.to_str().unwrap(), b.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("都要写到"), "{}", stderr(&o));
    assert!(!out.exists(), "拒绝时什么都不写");
}
