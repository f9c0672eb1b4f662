# Stage 3: the forest plots, the gray-zone figure and the meta-analysis plot, each drawn by a
# papermill run of its notebook, all in one job: one Jupyter kernel per thread, each taking the
# next figure when it is free (a kernel's start and the plotting imports are paid once per
# kernel, not once per figure). Each figure writes SVG and PNG, the plotted data (CSV), alt text, and its
# executed notebook. The outputs are updated, not removed before the job: a figure whose inputs
# are unchanged (the digest its executed notebook records) is kept, not drawn again, and a job
# that fails leaves the previous figures.


rule figures:
    input:
        notebooks=sorted({run.notebook for run in FIGURE_RUNS}),
        evidence="results/tables/evidence.csv",
        subgroup_tests="results/tables/subgroup_tests.csv",
        statements="results/tables/statements.csv",
        pooled="results/tables/pooled.csv",
        vocabulary=config["vocabulary"],
        code=code_of(
            *sorted({run.notebook for run in FIGURE_RUNS}),
            SCRIPTS / "run_notebooks.py",
        ),
    output:
        **{
            kind: [update(run.file(kind)) for run in FIGURE_RUNS]
            for kind in FIGURE_FILES
        },
        notebooks=[update(run.output) for run in FIGURE_RUNS],
    log:
        "logs/figures/figures.log",
    benchmark:
        "benchmarks/out/figures.tsv"
    conda:
        ENV
    # one kernel per thread, each taking the next figure when it is free
    threads: 2
    params:
        runs=[
            (
                run.notebook,
                run.output,
                run.parameters,
                [run.file(k) for k in FIGURE_FILES],
            )
            for run in FIGURE_RUNS
        ],
    script:
        "../scripts/run_notebooks.py"
