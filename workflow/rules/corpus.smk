# Stage 1b (only with a `corpus` key in config.yaml): a large corpus extracted in shards, one
# job per shard, gathered into one table checked against the results contract.


rule extract_corpus_shard:
    input:
        corpus=CORPUS.get("path", []),
        vocabulary=[config["vocabulary"]] if CORPUS.get("vocabulary") else [],
        code=code_of(SCRIPTS / "extract_corpus_shard.py"),
    output:
        temp("results/corpus/shard-{shard}-of-{shards}.csv"),
    log:
        "logs/corpus/shard-{shard}-of-{shards}.log",
    benchmark:
        "benchmarks/out/corpus/shard-{shard}-of-{shards}.tsv"
    wildcard_constraints:
        shard=r"\d+",
        shards=r"\d+",
    conda:
        ENV
    script:
        "../scripts/extract_corpus_shard.py"


rule gather_corpus:
    input:
        shards=CORPUS_SHARDS,
        code=code_of(SCRIPTS / "gather_corpus.py"),
    output:
        "results/tables/corpus_results.csv",
    log:
        "logs/corpus/gather.log",
    benchmark:
        "benchmarks/out/corpus/gather.tsv"
    conda:
        ENV
    script:
        "../scripts/gather_corpus.py"
