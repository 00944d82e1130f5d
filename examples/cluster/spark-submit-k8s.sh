#!/usr/bin/env bash
# The Spark job on Kubernetes, images on S3 (or any S3-compatible store such as MinIO).
#
# Needs: Spark 4.x with Java 17+ in the container image (the official apache/spark:4.x-java17 images), the
# hadoop-aws module matching Spark's Hadoop version in that image for s3a:// and spark-hadoop-cloud for the
# S3A committer settings below, a service account allowed to create
# executor pods, S3 credentials for the executors (an IAM role for service accounts, or
# spark.hadoop.fs.s3a.access.key/secret.key from a Kubernetes secret), and the job jar where the driver pod can fetch
# it (here on S3; or built into the image as local:///opt/jobs/...). Executors copy each case's image and mask from
# S3 to their local disk, extract, and delete the copies: give pods scratch space for a few cases.
#
# Sizing as on YARN: executor memory = cores x (1 GB + 10 x one case's image); one extraction thread per task.
set -euo pipefail
spark-submit \
  --master k8s://https://kubernetes.example.org:6443 --deploy-mode cluster \
  --name glioma-radiomics \
  --class org.gliomaradiomics.spark.SparkExtract \
  --conf spark.kubernetes.container.image=apache/spark:4.0.1-java17 \
  --conf spark.kubernetes.authenticate.driver.serviceAccountName=spark \
  --conf spark.executor.instances=10 --conf spark.executor.cores=4 --conf spark.executor.memory=8g \
  --conf spark.task.maxFailures=4 \
  --conf spark.hadoop.fs.s3a.aws.credentials.provider=software.amazon.awssdk.auth.credentials.WebIdentityTokenFileCredentialsProvider \
  --conf spark.hadoop.fs.s3a.committer.name=magic \
  --conf spark.sql.sources.commitProtocolClass=org.apache.spark.internal.io.cloud.PathOutputCommitProtocol \
  --conf spark.sql.parquet.output.committer.class=org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter \
  s3a://my-bucket/jobs/glioma_radiomics_spark-0.1.0-SNAPSHOT-job.jar \
  --manifest s3a://my-bucket/cohorts/glioma/manifest.csv \
  --params s3a://my-bucket/cohorts/glioma/params.yaml \
  --label WT,TC,ET \
  --out s3a://my-bucket/cohorts/glioma/features.parquet \
  --csv s3a://my-bucket/cohorts/glioma/features.csv \
  --resume
