//! 四个规则体系的完整样例归档（issue 15）：新的文书各归入其法定类别（人社厅程序办法 第四十八条的六类），归档包通过 gen verify。

mod common;
use common::*;

#[test]
fn every_full_case_archives_its_new_documents_under_their_category_and_verifies() {
    // （样例，类别文件夹，应在其中的文书）：各地都有的几种，按种类表的归档类别
    let expected: &[(&str, &str)] = &[
        ("01-启动", "启动决策程序的决定"),
        ("02-决策方案", "听证会记录"),
        ("02-决策方案", "论证专家遴选情况"),
        ("03-合法性审查", "合法性审查意见书"),
        ("04-集体讨论", "提请集体讨论的报送材料"),
        ("05-执行", "决策执行调整决定"),
    ];
    for (name, attachments) in [
        ("sample-case.yaml", "attachments"),
        ("national-case.yaml", "national-attachments"),
        ("nmg-hrss-case.yaml", "nmg-hrss-attachments"),
        ("changli-case.yaml", "changli-attachments"),
    ] {
        let dir = tmp();
        let case = dir.path().join(name);
        std::fs::copy(fixture(name), &case).unwrap();
        copy_attachments(dir.path(), attachments);
        let zip = dir.path().join("a.zip");
        run_ok(&["archive", case.to_str().unwrap(), "-o", zip.to_str().unwrap()]);
        let o = run_ok(&["verify", zip.to_str().unwrap()]);
        assert!(stdout(&o).contains("校验通过") || stderr(&o).contains("校验通过"), "{name}：{}{}", stdout(&o), stderr(&o));
        let z = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
        let names: Vec<String> = z.file_names().filter_map(Result::ok).map(|n| n.to_string()).collect();
        for (folder, doc) in expected {
            assert!(
                names.iter().any(|n| n.starts_with(&format!("{folder}/")) && n.contains(&format!("-{doc}"))),
                "{name}：“{doc}”应归入“{folder}”：{names:?}"
            );
        }
    }
}
