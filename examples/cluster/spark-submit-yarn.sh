#!/usr/bin/env bash
# The Spark job on a YARN cluster (on-prem Hadoop, Amazon EMR, Google Dataproc).
#
# Needs: Spark 4.x on Java 17 or 21 (Scala 2.13), the job jar (mvn -B install -DskipTests at the root, then
# mvn -B -f spark/pom.xml package -DskipTests: spark/target/glioma_radiomics_spark-*-job.jar), the manifest, the
# parameter file and the images on a file system every executor reads (HDFS, S3A, or a mount shared by all nodes:
# paths without a scheme are read as local paths on each executor). Image cells of the manifest may be absolute URIs
# (hdfs://..., s3a://...) or relative to the manifest's folder.
#
# Sizing: one task extracts one case at a time on spark.task.cpus cores (1 unless set), so give each executor cores x
# (1 GB + 10 x one case's image) of memory: 4 cores x 2 GB = 8 GB for BraTS-sized cases with IBSI filters.
# spark.task.maxFailures retries a task that dies; its partial output is discarded by Spark's output committer. On S3
# use an S3A committer (spark.hadoop.fs.s3a.committer.name=magic or directory) so task output is committed atomically.
set -euo pipefail
JOB_JAR=${JOB_JAR:-spark/target/glioma_radiomics_spark-0.1.0-SNAPSHOT-job.jar}
spark-submit \
  --master yarn --deploy-mode cluster \
  --class org.gliomaradiomics.spark.SparkExtract \
  --num-executors 20 --executor-cores 4 --executor-memory 8g --driver-memory 4g \
  --conf spark.task.maxFailures=4 \
  --conf spark.speculation=false \
  "$JOB_JAR" \
  --manifest hdfs:///cohorts/glioma/manifest.csv \
  --params hdfs:///cohorts/glioma/params.yaml \
  --label WT,TC,ET \
  --out hdfs:///cohorts/glioma/features.parquet \
  --csv hdfs:///cohorts/glioma/features.csv \
  --resume
