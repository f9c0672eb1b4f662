# Stage 3: forest plots, the gray-zone figure and the meta-analysis plot, by papermill runs of
# the notebooks. Each figure writes SVG and PNG, the plotted data (CSV), alt text, and its
# executed notebook; the figures of one kind are drawn in one job, in one kernel.


rule forest_plots:
    input:
        notebook="notebooks/forest_plot.ipynb",
        evidence="results/tables/evidence.csv",
        subgroup_tests="results/tables/subgroup_tests.csv",
        vocabulary=config["vocabulary"],
        code=code_of("notebooks/forest_plot.ipynb", SCRIPTS / "run_notebooks.py"),
    output:
        **figure_outputs("forest-{plot}", "forest_plot-{plot}", plot=FOREST_PLOTS),
    log:
        "logs/figures/forest-plots.log",
    benchmark:
        "benchmarks/out/forest_plots.tsv"
    conda:
        ENV
    params:
        runs=figure_runs(
            lambda input, plot: {
                "evidence": input.evidence,
                "subgroup_tests": input.subgroup_tests,
                "vocabulary": input.vocabulary,
                "spec_json": json.dumps(config["forest_plots"][plot], sort_keys=True),
            },
            FOREST_PLOTS,
        ),
    script:
        "../scripts/run_notebooks.py"


rule gray_zone:
    input:
        notebook="notebooks/gray_zone.ipynb",
        evidence="results/tables/evidence.csv",
        statements="results/tables/statements.csv",
        vocabulary=config["vocabulary"],
        code=code_of("notebooks/gray_zone.ipynb", SCRIPTS / "run_notebooks.py"),
    output:
        **figure_outputs("gray-zone", "gray_zone"),
    log:
        "logs/figures/gray-zone.log",
    benchmark:
        "benchmarks/out/gray_zone.tsv"
    conda:
        ENV
    params:
        runs=figure_runs(
            lambda input, _: {
                "evidence": input.evidence,
                "statements": input.statements,
                "vocabulary": input.vocabulary,
                "primary_json": json.dumps(
                    config.get("gray_zone", {}).get("primary_outcomes", {}),
                    sort_keys=True,
                ),
                "title": config.get("gray_zone", {}).get("title", ""),
            },
        ),
    script:
        "../scripts/run_notebooks.py"


rule meta_analysis:
    input:
        notebook="notebooks/meta_analysis.ipynb",
        pooled="results/tables/pooled.csv",
        evidence="results/tables/evidence.csv",
        vocabulary=config["vocabulary"],
        code=code_of("notebooks/meta_analysis.ipynb", SCRIPTS / "run_notebooks.py"),
    output:
        **figure_outputs("meta-analysis", "meta_analysis"),
    log:
        "logs/figures/meta-analysis.log",
    benchmark:
        "benchmarks/out/meta_analysis.tsv"
    conda:
        ENV
    params:
        runs=figure_runs(
            lambda input, _: {
                "pooled": input.pooled,
                "evidence": input.evidence,
                "vocabulary": input.vocabulary,
                "title": "Meta-analyses (random effects)",
            },
        ),
    script:
        "../scripts/run_notebooks.py"
