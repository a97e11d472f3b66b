# Sourced by the bench scripts: `bench_corpus N` prints the folder of the generated corpus of N
# articles (seed 1, target/bench-corpus/N), writing it first when it is not there yet.
bench_corpus() {
    dir=target/bench-corpus/$1
    if [ ! -f "$dir/.done" ]; then
        rm -rf "$dir"
        target/release/gen-corpus --articles "$1" --seed 1 --out "$dir" > /dev/null 2>&1
        touch "$dir/.done"
    fi
    echo "$dir"
}
