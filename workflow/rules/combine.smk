# Stage 2: one evidence table for the review, and the checks of it.


rule combine:
    input:
        **{t: extracted(t) for t in EXTRACTED_TABLES},
        meta=[s.meta_path for s in SOURCES.values()],
        texts=[s.text_path for s in SOURCES.values()],
        vocabulary=config["vocabulary"],
        code=code_of(SCRIPTS / "combine.py"),
    output:
        **{t: f"results/tables/{t}.csv" for t in TABLES},
    log:
        "logs/combine.log",
    benchmark:
        "benchmarks/out/combine.tsv"
    conda:
        ENV
    params:
        sources=sorted(SOURCES),
        sources_dir=folder_of("meta"),
        settings={k: config[k] for k in ("source_priority", "pooling") if k in config},
    script:
        "../scripts/combine.py"
