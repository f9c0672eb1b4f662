# Stage 1: every trial number of one source text, with its quote and offsets.


rule extract:
    input:
        text=lambda w: SOURCES[w.source].text_path,
        meta=lambda w: SOURCES[w.source].meta_path,
        vocabulary=config["vocabulary"],
        code=code_of(SCRIPTS / "extract.py"),
    output:
        **{t: f"results/extracted/{{source}}/{t}.csv" for t in EXTRACTED_TABLES},
    log:
        "logs/extract/{source}.log",
    benchmark:
        "benchmarks/out/extract/{source}.tsv"
    wildcard_constraints:
        source="[a-z0-9][a-z0-9_-]*",
    conda:
        ENV
    script:
        "../scripts/extract.py"
