//! `gen`：重大行政决策程序文书生成工具的命令行。

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use juece::case::load_case;
use juece::documents;
use juece::generate::{Generator, Options};
use juece::output::{safe_file_name, write_atomic};
use juece::{Error, Result};

#[derive(Parser)]
#[command(name = "gen", version, about = "重大行政决策程序文书生成工具：由案卷文件（YAML）生成各类文书 PDF")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// 生成听证会公告（赤峰公众参与规则 第十二条）
    Notice(DocArgs),
    /// 列出可生成的文书种类
    List,
    /// 输出案卷格式的 JSON Schema（含每个字段的中文说明）
    Schema,
    /// 列出可用的字体字族名（含 --font-path 加入的）
    Fonts {
        /// 额外字体文件夹
        #[arg(long = "font-path", value_name = "DIR")]
        font_paths: Vec<PathBuf>,
    },
}

#[derive(Args)]
struct DocArgs {
    /// 案卷文件（YAML）
    case: PathBuf,
    /// 输出文件夹（默认：案卷文件旁的“<案卷名>-文书”文件夹）
    #[arg(short = 'o', long = "out", value_name = "DIR")]
    out: Option<PathBuf>,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Args)]
struct CommonArgs {
    /// 用此文件夹中的同名模板覆盖内置模板
    #[arg(long = "templates", value_name = "DIR")]
    templates: Option<PathBuf>,
    /// 额外字体文件夹（可多次指定）
    #[arg(long = "font-path", value_name = "DIR")]
    font_paths: Vec<PathBuf>,
    /// 配置文件（默认：案卷文件旁的 gen.yaml，如有）
    #[arg(long = "config", value_name = "FILE")]
    config: Option<PathBuf>,
}

impl CommonArgs {
    fn options(&self, case: &Path) -> Options {
        let config = self.config.clone().or_else(|| {
            let p = case.parent().unwrap_or(Path::new(".")).join("gen.yaml");
            p.is_file().then_some(p)
        });
        Options {
            templates_dir: self.templates.clone(),
            font_paths: self.font_paths.clone(),
            config,
            pdfa: false,
        }
    }
}

fn default_out_dir(case: &Path) -> PathBuf {
    let stem = case.file_stem().and_then(|s| s.to_str()).unwrap_or("案卷");
    case.parent().unwrap_or(Path::new(".")).join(format!("{stem}-文书"))
}

fn run_doc(kind_id: &str, args: &DocArgs) -> Result<()> {
    let kind = documents::find(kind_id).expect("registered kind");
    let cf = load_case(&args.case)?;
    let gen = Generator::new(&args.common.options(&args.case))?;
    gen.check_glyphs(&cf)?;
    let out = args.out.clone().unwrap_or_else(|| default_out_dir(&args.case));
    for doc in gen.render(&cf, kind)? {
        let path = out.join(safe_file_name(&doc.file_name));
        write_atomic(&path, &doc.pdf)?;
        println!("已生成 {}（{}页）", path.display(), doc.pages);
    }
    Ok(())
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Notice(args) => run_doc("notice", &args),
        Command::List => {
            for k in documents::KINDS {
                println!("{:<12}{}（{}）", k.id, k.name, k.basis);
            }
            Ok(())
        }
        Command::Schema => {
            let s = serde_json::to_string_pretty(juece::schema::case_schema()).expect("schema");
            println!("{s}");
            Ok(())
        }
        Command::Fonts { font_paths } => {
            let lib = juece::fonts::FontLibrary::load(&font_paths)?;
            for f in lib.families() {
                println!("{f}");
            }
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e),
    }
}

fn report(e: &Error) -> ExitCode {
    eprintln!("错误：{e}");
    ExitCode::from(e.exit_code() as u8)
}
