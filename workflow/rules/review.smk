# Stage 4: the review. Its sections are written from the tables (no number is typed by hand),
# then the Quarto document in reports/ is rendered to one self-contained HTML file and a PDF.


rule write_review:
    input:
        tables=expand("results/tables/{t}.csv", t=TABLES),
        figures=expand("results/figures/{f}.csv", f=FIGURES_STEMS),
        alt=expand("results/figures/{f}.alt.txt", f=FIGURES_STEMS),
        templates=sorted(Path("reports/templates").glob("*.j2")),
        vocabulary=config["vocabulary"],
        code=CODE["review"],
    output:
        directory("results/review/parts"),
    log:
        "logs/review/write.log",
    conda:
        ENV
    params:
        settings={k: config[k] for k in ("review", "forest_plots", "gray_zone")},
    script:
        "../scripts/write_review.py"


rule render:
    input:
        parts="results/review/parts",
        document="reports/review.qmd",
        project="reports/_quarto.yml",
        assets=sorted(Path("reports/assets").glob("*")),
        figures=expand("results/figures/{f}.svg", f=FIGURES_STEMS),
        bibliography=config["bibliography"],
        code=CODE["review"],
    output:
        html="results/review/review.html",
        pdf="results/review/review.pdf",
    log:
        "logs/review/render.log",
    benchmark:
        "benchmarks/out/render.tsv"
    conda:
        ENV
    params:
        settings=config["review"],
        csl_style=config["csl_style"],
    script:
        "../scripts/render.py"
