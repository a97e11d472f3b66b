//! A corpus generator for benchmarks at scale: `cargo run --release --bin gen-corpus --
//! --articles N --seed S --out DIR`.
//!
//! Each article is about 2.5 KB of French news prose in the bundled corpus's style: a title line,
//! then paragraphs that state a few of the bundled pack's facts (the year of the 2020 war, how
//! many fled Nagorno-Karabakh, when the withdrawal began…) among filler sentences that carry
//! numbers and dates no rule is about, so that the grammar has as much to read as in real news.
//! Most articles state a fact with its usual value; some with a conflicting one, some with a
//! coarser or finer one, so that a check finds agreements, conflicts and refinements at rates a
//! newsroom archive would show. The sentences are the generator's own, written for it.
//!
//! Metadata comes three ways, as in real archives: a share of the articles are Markdown with
//! front matter, a share are listed in their folder's `sources.yaml` (or in a manifest,
//! `sources.csv` or `sources.jsonl`, with `--manifest csv|jsonl`), and the rest have none, so that their partial dates cannot be placed.
//! Articles go 1 000 to a folder (`d0000/`, `d0001/`…). The same arguments give the same bytes.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// A small deterministic generator (SplitMix64): the corpus must not depend on a crate's
/// algorithm changing between versions.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// One fact of the bundled pack: sentences with a `{v}` slot, and the ways its value is written.
struct Fact {
    templates: &'static [&'static str],
    /// The value most sources give, in several wordings.
    usual: &'static [&'static str],
    /// Values that contradict it.
    conflicting: &'static [&'static str],
    /// Values that are coarser or finer than it (a refinement, not a conflict).
    refining: &'static [&'static str],
}

const FACTS: &[Fact] = &[
    // war-year
    Fact {
        templates: &[
            "Depuis la guerre de {v}, la ligne de front reste sous surveillance.",
            "La guerre perdue par Erevan en {v} pèse encore sur chaque négociation.",
            "Les combats de {v} au Haut-Karabakh ont laissé des villages entiers en ruine.",
        ],
        usual: &["2020"],
        conflicting: &["2016", "2021"],
        refining: &["l'automne 2020"],
    },
    // war-duration
    Fact {
        templates: &[
            "La guerre de 2020 a duré {v}, selon les historiens de la région.",
            "En 2020, au bout de {v} de combats, Erevan a signé le cessez-le-feu.",
        ],
        usual: &["six semaines", "44 jours", "quarante-quatre jours"],
        conflicting: &["deux mois", "trois semaines"],
        refining: &[],
    },
    // war-deaths
    Fact {
        templates: &[
            "Le bilan de la guerre de 2020 dépasse {v} morts dans les deux camps.",
            "En 2020, la guerre a coûté la vie à {v} soldats.",
        ],
        usual: &["6 500", "6500"],
        conflicting: &["3 000", "11 000"],
        refining: &["6 548"],
    },
    // separatist-control
    Fact {
        templates: &[
            "Des séparatistes arméniens ont gouverné la région depuis {v}.",
            "Les autorités séparatistes, qui tenaient l'enclave depuis {v}, ont déposé les armes.",
        ],
        usual: &["trente ans", "trois décennies"],
        conflicting: &["vingt ans", "quinze ans"],
        refining: &[],
    },
    // offensive-date
    Fact {
        templates: &[
            "En {v}, l'Azerbaïdjan a repris par les armes le contrôle de tout le Haut-Karabakh.",
            "L'offensive éclair de l'Azerbaïdjan, en {v}, a mis fin à l'enclave séparatiste.",
        ],
        usual: &["septembre 2023"],
        conflicting: &["septembre 2022", "mars 2023"],
        refining: &["2023", "19 septembre 2023"],
    },
    // fled-karabakh
    Fact {
        templates: &[
            "Au total, {v} Arméniens ont fui le Haut-Karabakh en une semaine.",
            "L'exode a jeté sur les routes {v} habitants du Haut-Karabakh, réfugiés en Arménie.",
        ],
        usual: &["100 000", "cent mille", "plus de 100 000"],
        conflicting: &["10 000", "50 000"],
        refining: &["100 617"],
    },
    // karabakh-population
    Fact {
        templates: &[
            "Avant l'offensive, le Haut-Karabakh comptait {v} habitants arméniens.",
            "Quelque {v} Arméniens vivaient encore dans l'enclave du Haut-Karabakh.",
        ],
        usual: &["120 000"],
        conflicting: &["150 000", "80 000"],
        refining: &["120 300"],
    },
    // peacekeepers-deployed
    Fact {
        templates: &[
            "Moscou avait déployé un contingent de maintien de la paix de {v} soldats dans la région.",
            "Le contingent russe, fort de {v} militaires, stationnait dans l'enclave depuis 2020.",
        ],
        usual: &["2 000", "deux mille"],
        conflicting: &["5 000", "1 000"],
        refining: &["1 960"],
    },
    // withdrawal-start
    Fact {
        templates: &[
            "Le Kremlin a confirmé le {v} que les soldats russes avaient commencé leur retrait.",
            "Le retrait des soldats russes, engagé le {v}, doit prendre plusieurs semaines.",
        ],
        usual: &["17 avril"],
        conflicting: &["3 mai", "12 mars"],
        refining: &[],
    },
    // putin-pashinyan-meeting
    Fact {
        templates: &[
            "Vladimir Poutine et Nikol Pachinian se sont rencontrés à Moscou le {v}.",
            "Reçu au Kremlin le {v}, Nikol Pachinian a discuté de la frontière avec Vladimir Poutine.",
        ],
        usual: &["8 mai 2024"],
        conflicting: &["9 mai 2024", "25 mai 2024"],
        refining: &["mai 2024"],
    },
    // gyumri-troops
    Fact {
        templates: &[
            "La base russe de Gumri compte {v} soldats, que l'accord ne concerne pas.",
            "À Gyumri, la base militaire russe abrite environ {v} militaires.",
        ],
        usual: &["3 000", "trois mille"],
        conflicting: &["5 000", "10 000"],
        refining: &[],
    },
    // russian-posts-regions
    Fact {
        templates: &[
            "Les postes militaires et frontaliers russes étaient installés dans {v} régions arméniennes.",
            "Les gardes-frontières russes quitteront les {v} régions où ils étaient stationnés.",
        ],
        usual: &["cinq", "5"],
        conflicting: &["trois", "sept"],
        refining: &[],
    },
    // tavush-villages
    Fact {
        templates: &[
            "Erevan accepte de céder {v} villages de la région de Tavush à l'Azerbaïdjan.",
            "Le Premier ministre a promis de rendre {v} villages frontaliers aux autorités de Bakou.",
        ],
        usual: &["quatre", "4"],
        conflicting: &["six", "deux"],
        refining: &[],
    },
];

/// Sentences with numbers and dates that no rule is about: what the grammar reads in any news.
const FILLER: &[&str] = &[
    "Le marché couvert de Goris a rouvert le {day} {month}, avec {n} étals.",
    "La banque centrale a relevé son taux directeur de {small} points le {day} {month} {year}.",
    "Le festival d'été attend {n} visiteurs sur {small} jours, du {day} au {day2} {month}.",
    "Selon l'office des statistiques, les exportations de cognac ont crû de {small} % en {year}.",
    "La ligne ferroviaire vers la Géorgie, longue de {n} kilomètres, date de {year}.",
    "Le musée d'histoire a accueilli {n} visiteurs au cours du premier trimestre.",
    "Une délégation de {small} députés s'est rendue à Bruxelles le {day} {month}.",
    "Les travaux de la route du Nord doivent durer {small} mois et coûter {n} euros.",
    "Le club de football d'Erevan a remporté le championnat pour la {small}e fois en {year}.",
    "La récolte d'abricots a atteint {n} tonnes, contre {n2} l'année précédente.",
    "Le recensement de {year} dénombrait {n} habitants dans la capitale.",
    "Le sommet régional, prévu le {day} {month}, réunira les ministres de {small} pays.",
];

/// As written, accents included (the grammar's own tables are folded).
const MONTHS: &str =
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre";

const OUTLETS: &[&str] = &[
    "Le Courrier du Caucase",
    "La Gazette d'Erevan",
    "Dépêches du Sud",
    "L'Observateur régional",
    "Tribune des Balkans et du Caucase",
];

const TITLES: &[&str] = &[
    "Moscou réduit sa présence militaire en Arménie",
    "Le Haut-Karabakh, un an après l'exode",
    "Erevan se tourne vers l'Occident",
    "Frontière arméno-azerbaïdjanaise : les villages de Tavush inquiets",
    "Ce que la guerre de 2020 a changé dans le Caucase",
];

const ARTICLES_PER_FOLDER: usize = 1000;

#[derive(Debug, Clone, Copy)]
enum Manifest {
    Csv,
    Jsonl,
}

#[derive(Debug)]
struct Options {
    articles: usize,
    seed: u64,
    out: PathBuf,
    /// Share of articles written as Markdown with front matter.
    front_matter: f64,
    /// Share of the plain-text articles listed in their folder's metadata.
    listed: f64,
    /// Write the metadata as one manifest per folder (`sources.csv` or `sources.jsonl`)
    /// rather than `sources.yaml`.
    manifest: Option<Manifest>,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        articles: 1000,
        seed: 1,
        out: PathBuf::from("target/gen-corpus"),
        front_matter: 0.3,
        listed: 0.5,
        manifest: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let bad = |e: &dyn std::fmt::Display| format!("{flag} {value}: {e}");
        match flag.as_str() {
            "--articles" => options.articles = value.parse().map_err(|e| bad(&e))?,
            "--seed" => options.seed = value.parse().map_err(|e| bad(&e))?,
            "--out" => options.out = PathBuf::from(value),
            "--front-matter" => options.front_matter = value.parse().map_err(|e| bad(&e))?,
            "--listed" => options.listed = value.parse().map_err(|e| bad(&e))?,
            "--manifest" => {
                options.manifest = Some(match value.as_str() {
                    "csv" => Manifest::Csv,
                    "jsonl" => Manifest::Jsonl,
                    _ => return Err(bad(&"expected csv or jsonl")),
                })
            }
            _ => return Err(format!("unknown argument {flag}")),
        }
    }
    Ok(options)
}

/// An article's publication date: spring to winter 2024, after every fact it reports, so that
/// "le 17 avril" resolves to 2024.
fn publication(rng: &mut Rng) -> String {
    let month = 4 + rng.below(9);
    let day = 1 + rng.below(28);
    let day = if month == 4 { day.max(18) } else { day };
    format!("2024-{month:02}-{day:02}")
}

fn fill(template: &str, rng: &mut Rng) -> String {
    let mut out = template.to_string();
    for (slot, value) in [
        ("{day2}", (20 + rng.below(8)).to_string()),
        ("{day}", (1 + rng.below(19)).to_string()),
        (
            "{month}",
            rng.pick(&MONTHS.split(' ').collect::<Vec<_>>()).to_string(),
        ),
        ("{year}", (2010 + rng.below(14)).to_string()),
        ("{small}", (2 + rng.below(11)).to_string()),
        ("{n2}", ((1 + rng.below(900)) * 37).to_string()),
        ("{n}", ((1 + rng.below(900)) * 53).to_string()),
    ] {
        out = out.replace(slot, &value);
    }
    out
}

/// A sentence stating `fact`: its usual value most of the time, else a conflicting or a
/// refining one.
fn state(fact: &Fact, rng: &mut Rng) -> String {
    let roll = rng.below(100);
    let values = if roll < 8 && !fact.conflicting.is_empty() {
        fact.conflicting
    } else if roll < 13 && !fact.refining.is_empty() {
        fact.refining
    } else {
        fact.usual
    };
    let sentence = rng.pick(fact.templates).replace("{v}", rng.pick(values));
    // A sentence may open with its value; French capitalizes it then.
    let mut chars = sentence.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => sentence,
    }
}

/// The body of one article, about 2.5 KB: a title, then paragraphs of facts and filler.
fn body(rng: &mut Rng) -> String {
    let mut text = format!("{}\n\n", rng.pick(TITLES));
    let facts = 3 + rng.below(5);
    let mut stated = 0;
    while text.len() < 2300 {
        let mut paragraph = String::new();
        for _ in 0..3 {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            if stated < facts && rng.chance(0.45) {
                paragraph.push_str(&state(&FACTS[rng.below(FACTS.len())], rng));
                stated += 1;
            } else {
                paragraph.push_str(&fill(rng.pick(FILLER), rng));
            }
        }
        text.push_str(&paragraph);
        text.push_str("\n\n");
    }
    text
}

struct Meta {
    name: String,
    outlet: String,
    published: String,
}

fn yaml_quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn json_quote(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

fn run(options: &Options) -> std::io::Result<usize> {
    let mut rng = Rng(options.seed);
    let mut bytes = 0;
    let folders = options.articles.div_ceil(ARTICLES_PER_FOLDER);
    for folder in 0..folders {
        let dir = options.out.join(format!("d{folder:04}"));
        std::fs::create_dir_all(&dir)?;
        let mut listed: Vec<Meta> = Vec::new();
        let first = folder * ARTICLES_PER_FOLDER;
        let last = (first + ARTICLES_PER_FOLDER).min(options.articles);
        for i in first..last {
            let outlet = rng.pick(OUTLETS).to_string();
            let published = publication(&mut rng);
            let text = body(&mut rng);
            let (name, content) = if rng.chance(options.front_matter) {
                let front = format!(
                    "---\ntitle: {}\noutlet: {}\npublished: {published}\nlang: fr\n---\n",
                    yaml_quote(text.lines().next().unwrap_or("")),
                    yaml_quote(&outlet),
                );
                (format!("a{i:06}.md"), front + &text)
            } else {
                let name = format!("a{i:06}.txt");
                if rng.chance(options.listed) {
                    listed.push(Meta {
                        name: name.clone(),
                        outlet,
                        published,
                    });
                }
                (name, text)
            };
            bytes += content.len();
            std::fs::write(dir.join(name), content)?;
        }
        if !listed.is_empty() {
            let mut out = String::new();
            if let Some(Manifest::Jsonl) = options.manifest {
                for m in &listed {
                    let _ = writeln!(
                        out,
                        "{{\"path\": {}, \"outlet\": {}, \"published\": \"{}\", \"lang\": \"fr\"}}",
                        json_quote(&m.name),
                        json_quote(&m.outlet),
                        m.published
                    );
                }
                std::fs::write(dir.join("sources.jsonl"), out)?;
            } else if let Some(Manifest::Csv) = options.manifest {
                let mut w = csv::Writer::from_writer(Vec::new());
                w.write_record(["path", "outlet", "published", "lang"])?;
                for m in &listed {
                    w.write_record([m.name.as_str(), &m.outlet, &m.published, "fr"])?;
                }
                let bytes = w.into_inner().map_err(|e| e.into_error())?;
                std::fs::write(dir.join("sources.csv"), bytes)?;
            } else {
                for m in &listed {
                    let _ = write!(
                        out,
                        "{}:\n  outlet: {}\n  lang: fr\n  published: {}\n",
                        m.name,
                        yaml_quote(&m.outlet),
                        m.published
                    );
                }
                std::fs::write(dir.join("sources.yaml"), out)?;
            }
        }
    }
    Ok(bytes)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!(
                "error: {e}\nusage: gen-corpus --articles N --seed S --out DIR \
                 [--front-matter SHARE] [--listed SHARE] [--manifest csv|jsonl]"
            );
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(bytes) => {
            eprintln!(
                "wrote {} articles, {:.1} MB, to {}",
                options.articles,
                bytes as f64 / 1e6,
                options.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: writing {}: {e}", options.out.display());
            ExitCode::from(2)
        }
    }
}
