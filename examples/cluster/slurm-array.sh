#!/usr/bin/env bash
# batch-extract as a SLURM job array: task I of N extracts every N-th case of the manifest into part-I.csv; a last job,
# started when every task has finished, joins the parts into the table one run would have written, checking that each
# case of the manifest is there exactly once.
#
#   sbatch --array=0-49 examples/cluster/slurm-array.sh /shared/cohort/manifest.csv /shared/cohort/params.yaml /shared/cohort/out
#   sbatch --dependency=afterok:<array job id> --wrap "java -jar $JAR merge-tables '/shared/cohort/out/part-*.csv' \
#          --manifest /shared/cohort/manifest.csv --out /shared/cohort/out/features.csv"
#
# Needs: the images, the manifest and the output folder on a file system every node mounts at the same path (NFS,
# Lustre, GPFS); Java 17 on the nodes; the command-line jar (mvn -B package: target/glioma-radiomics.jar) on the shared
# file system. Memory: the JVM needs about 1 GB plus 10x one case's image (a 240x240x155 float volume is 36 MB; with
# IBSI filters and voxel maps, more): 4 GB per task covers BraTS-sized cases. Re-submitting the array with --resume in
# ARGS resumes each task where it stopped (its part-I.csv.partial journal).
#SBATCH --job-name=glioma-radiomics
#SBATCH --cpus-per-task=2
#SBATCH --mem=4G
#SBATCH --time=04:00:00
#SBATCH --output=glioma-radiomics-%A_%a.log
set -euo pipefail
MANIFEST=${1:?manifest}
PARAMS=${2:?parameter file}
OUT=${3:?output folder}
JAR=${JAR:-$HOME/glioma-radiomics/target/glioma-radiomics.jar}
I=${SLURM_ARRAY_TASK_ID:?run with sbatch --array=0-(N-1)}
N=${SLURM_ARRAY_TASK_COUNT:?run with sbatch --array}
# --array=0-49 numbers tasks 0..49; a task id outside 0..N-1 (--array=1-50, or a stride) is refused by --shard
mkdir -p "$OUT"
exec java -Xmx3g -XX:ActiveProcessorCount="${SLURM_CPUS_PER_TASK:-2}" -jar "$JAR" batch-extract \
  --manifest "$MANIFEST" --params "$PARAMS" --label WT,TC,ET \
  --threads "${SLURM_CPUS_PER_TASK:-2}" --shard "$I/$N" --out "$OUT/part-$I.csv" "${@:4}"
