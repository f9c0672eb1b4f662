# The evidence-review workflow: source texts -> extracted numbers -> checks -> figures -> review.
# Run `snakemake --cores 4`; the rules live in workflow/rules/, one file per stage.

from snakemake.utils import min_version

min_version("9.0")


configfile: "config.yaml"


include: "workflow/rules/common.smk"
include: "workflow/rules/extract.smk"
include: "workflow/rules/combine.smk"
include: "workflow/rules/figures.smk"
include: "workflow/rules/review.smk"
include: "workflow/rules/corpus.smk"


localrules:
    all,


rule all:
    default_target: True
    input:
        REVIEW_OUTPUTS,


onsuccess:
    remove_stale_figures()
