# Stage 3: forest plots and the gray-zone figure, by papermill runs of the notebooks.
# Each run writes SVG and PNG, the plotted data (CSV), alt text, and the executed notebook.


rule forest_plot:
    input:
        notebook="notebooks/forest_plot.ipynb",
        evidence="results/tables/evidence.csv",
        subgroup_tests="results/tables/subgroup_tests.csv",
        vocabulary=config["vocabulary"],
        code=code_of("notebooks/forest_plot.ipynb", "notebooks"),
    output:
        svg="results/figures/forest-{plot}.svg",
        png="results/figures/forest-{plot}.png",
        data="results/figures/forest-{plot}.csv",
        alt="results/figures/forest-{plot}.alt.txt",
        notebook="results/notebooks/forest_plot-{plot}.ipynb",
    log:
        "logs/figures/forest-{plot}.log",
    benchmark:
        "benchmarks/out/forest-{plot}.tsv"
    conda:
        ENV
    params:
        spec=spec_json,
        stem=stem_of,
        executed=executing,
    shell:
        "papermill --no-progress-bar --cwd . {input.notebook:q} {params.executed:q}"
        " -p evidence {input.evidence:q} -p subgroup_tests {input.subgroup_tests:q}"
        " -p vocabulary {input.vocabulary:q} -p spec_json {params.spec:q}"
        " -p output_stem {params.stem:q} > {log:q} 2>&1"
        " && python -m evidence_review.notebooks {params.executed:q} {output.notebook:q} >> {log:q} 2>&1"
        " && rm -f {params.executed:q}"


rule gray_zone:
    input:
        notebook="notebooks/gray_zone.ipynb",
        evidence="results/tables/evidence.csv",
        statements="results/tables/statements.csv",
        vocabulary=config["vocabulary"],
        code=code_of("notebooks/gray_zone.ipynb", "notebooks"),
    output:
        svg="results/figures/gray-zone.svg",
        png="results/figures/gray-zone.png",
        data="results/figures/gray-zone.csv",
        alt="results/figures/gray-zone.alt.txt",
        notebook="results/notebooks/gray_zone.ipynb",
    log:
        "logs/figures/gray-zone.log",
    benchmark:
        "benchmarks/out/gray-zone.tsv"
    conda:
        ENV
    params:
        primary=json.dumps(
            config.get("gray_zone", {}).get("primary_outcomes", {}), sort_keys=True
        ),
        title=config.get("gray_zone", {}).get("title", ""),
        stem=stem_of,
        executed=executing,
    shell:
        "papermill --no-progress-bar --cwd . {input.notebook:q} {params.executed:q}"
        " -p evidence {input.evidence:q} -p statements {input.statements:q}"
        " -p vocabulary {input.vocabulary:q} -p primary_json {params.primary:q}"
        " -p title {params.title:q} -p output_stem {params.stem:q} > {log:q} 2>&1"
        " && python -m evidence_review.notebooks {params.executed:q} {output.notebook:q} >> {log:q} 2>&1"
        " && rm -f {params.executed:q}"


rule meta_analysis:
    input:
        notebook="notebooks/meta_analysis.ipynb",
        pooled="results/tables/pooled.csv",
        evidence="results/tables/evidence.csv",
        vocabulary=config["vocabulary"],
        code=code_of("notebooks/meta_analysis.ipynb", "notebooks"),
    output:
        svg="results/figures/meta-analysis.svg",
        png="results/figures/meta-analysis.png",
        data="results/figures/meta-analysis.csv",
        alt="results/figures/meta-analysis.alt.txt",
        notebook="results/notebooks/meta_analysis.ipynb",
    log:
        "logs/figures/meta-analysis.log",
    benchmark:
        "benchmarks/out/meta-analysis.tsv"
    conda:
        ENV
    params:
        title="Meta-analyses (random effects)",
        stem=stem_of,
        executed=executing,
    shell:
        "papermill --no-progress-bar --cwd . {input.notebook:q} {params.executed:q}"
        " -p pooled {input.pooled:q} -p evidence {input.evidence:q}"
        " -p vocabulary {input.vocabulary:q} -p title {params.title:q}"
        " -p output_stem {params.stem:q} > {log:q} 2>&1"
        " && python -m evidence_review.notebooks {params.executed:q} {output.notebook:q} >> {log:q} 2>&1"
        " && rm -f {params.executed:q}"
