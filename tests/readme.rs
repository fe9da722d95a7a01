//! README 的文书表列出 `gen list` 的每一种文书（子命令名和中文名称），不多也不少。

mod common;
use common::*;

#[test]
fn readme_document_table_lists_every_kind() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    // 表中的一行：| `id` | 名称… |
    let rows: Vec<(String, String)> = readme
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("| `")?;
            let (id, rest) = rest.split_once("` | ")?;
            // 只看文书表（子命令名只有小写字母和连字符；命令表的第一栏是整条命令）
            if !id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                return None;
            }
            let name = rest.split(" | ").next()?.to_string();
            Some((id.to_string(), name))
        })
        .collect();
    let o = gen(&["list"]);
    assert_eq!(o.status.code(), Some(0));
    let listed: Vec<(String, String)> = stdout(&o)
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            Some((it.next()?.to_string(), it.next()?.to_string()))
        })
        .collect();
    assert!(listed.len() > 60, "gen list 应列出全部文书：{listed:?}");
    for (id, name) in &listed {
        let name = name.split('（').next().unwrap();
        let row = rows.iter().find(|(r, _)| r == id);
        assert!(row.is_some_and(|(_, n)| n.starts_with(name)), "README 的文书表缺少 `{id}`（{name}），或名称不同：{row:?}");
    }
    for (id, _) in &rows {
        assert!(listed.iter().any(|(l, _)| l == id), "README 的文书表有 `{id}`，gen list 中没有");
    }
}
