package org.gliomaradiomics.spark;

import java.io.Serializable;

/**
 * One case as a Spark task sees it: its manifest position, ID and Label cell, where its image and mask are (a local
 * path as batch-extract resolves it, or a Hadoop URI such as {@code hdfs://...} or {@code s3a://...}), and the
 * fingerprint of its row and the settings (what resume compares).
 */
record CaseTask(int index, String id, String label, String image, String mask, String fingerprint) implements Serializable {
}
