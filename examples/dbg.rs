fn main() {
    let set = factlint::rules::load_dir(std::path::Path::new("claims")).unwrap();
    let rule = set.get(&std::env::args().nth(1).unwrap()).unwrap();
    let text = &std::env::args().nth(2).unwrap();
    let words = factlint::cues::tokens::words(factlint::grammar::Lang::Fr, text);
    for w in &words { print!("{}:{} ", w.folded, w.base); }
    println!();
    let spec = rule.cues.as_ref().unwrap();
    for (r, it) in spec.items() { println!("{:?} {} {:?}", r, it.written, it.phrases.iter().map(|p| p.bases.join("_")).collect::<Vec<_>>()); }
    let idx = factlint::cues::index::Index::new([(0, spec)]);
    println!("{:?}", idx.hits(&words));
    let mentions = factlint::grammar::scan(text, factlint::grammar::Lang::Fr, None);
    println!("{:?}", factlint::rules::near_misses(rule, text, &mentions));
    println!("{:?}", factlint::rules::match_text(rule, text, &mentions));
}
#[allow(dead_code)]
fn x() {}
