# Stage 4: the review. Its sections are written from the tables (no number is typed by hand),
# then the Quarto document in reports/ is rendered to one self-contained HTML file and a PDF.


rule write_review:
    input:
        tables=expand("results/tables/{t}.csv", t=TABLES),
        figures=[run.file("data") for run in FIGURE_RUNS],
        alt=[run.file("alt") for run in FIGURE_RUNS],
        templates=sorted(Path("reports/templates").glob("*.j2")),
        texts=[s.text_path for s in SOURCES.values()],
        previous=[f"{PREVIOUS}/summary_of_findings.csv"] if PREVIOUS else [],
        vocabulary=config["vocabulary"],
        code=code_of(SCRIPTS / "write_review.py"),
    output:
        parts=directory("results/review/parts"),
        summary="results/tables/summary_of_findings.csv",
    log:
        "logs/review/write.log",
    benchmark:
        "benchmarks/out/write_review.tsv"
    conda:
        ENV
    params:
        settings={
            k: config[k]
            for k in ("review", "forest_plots", "gray_zone", "pooling")
            if k in config
        },
        tables_dir=folder_of("tables"),
        figures_dir=folder_of("figures"),
        templates_dir=folder_of("templates"),
        sources_dir=folder_of("texts"),
    script:
        "../scripts/write_review.py"


rule render:
    input:
        parts="results/review/parts",
        document="reports/review.qmd",
        project="reports/_quarto.yml",
        assets=sorted(Path("reports/assets").glob("*")),
        figures=[run.file("svg") for run in FIGURE_RUNS],
        bibliography=config["bibliography"],
        code=code_of(SCRIPTS / "render.py"),
    # update(): Snakemake keeps the previous review while this job runs (and restores it if the
    # job fails); render.py replaces each file only once both are complete.
    output:
        html=update("results/review/review.html"),
        pdf=update("results/review/review.pdf"),
    log:
        "logs/review/render.log",
    benchmark:
        "benchmarks/out/render.tsv"
    conda:
        ENV
    params:
        settings=config["review"],
        csl_style=config["csl_style"],
        reports_dir=folder_of("document"),
    script:
        "../scripts/render.py"
