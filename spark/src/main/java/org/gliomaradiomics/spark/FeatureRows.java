package org.gliomaradiomics.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gliomaradiomics.extraction.BatchManifest;
import org.gliomaradiomics.features.CaseResult;
import org.gliomaradiomics.features.ExtractedFeature;

/**
 * The Parquet layout of the results, long: one row per case, region and feature, with the region's error or warning,
 * so that the rows give back every {@link CaseResult} exactly (values as their 64 bits) and the CSV is rendered by
 * the same writer as batch-extract's. A failed region is one row without a feature ({@code feature_index} -1).
 * {@code run} and {@code attempt} say which run and task attempt wrote a case: readers keep one per case.
 */
final class FeatureRows {
    static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("fingerprint", DataTypes.StringType, false),
        DataTypes.createStructField("case_index", DataTypes.IntegerType, false),
        DataTypes.createStructField("case", DataTypes.StringType, false),
        DataTypes.createStructField("label", DataTypes.StringType, false),
        DataTypes.createStructField("region_index", DataTypes.IntegerType, false),
        DataTypes.createStructField("feature_index", DataTypes.IntegerType, false),
        DataTypes.createStructField("image_type", DataTypes.StringType, true),
        DataTypes.createStructField("family", DataTypes.StringType, true),
        DataTypes.createStructField("feature", DataTypes.StringType, true),
        DataTypes.createStructField("ibsi_code", DataTypes.StringType, true),
        DataTypes.createStructField("aggregation", DataTypes.StringType, true),
        DataTypes.createStructField("value", DataTypes.DoubleType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("error", DataTypes.StringType, true),
        DataTypes.createStructField("warning", DataTypes.StringType, true),
        DataTypes.createStructField("run", DataTypes.LongType, false),
        DataTypes.createStructField("attempt", DataTypes.LongType, false)});

    private FeatureRows() {}

    static List<Row> rows(CaseTask t, List<CaseResult> results, long run, long attempt) {
        List<Row> out = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            CaseResult res = results.get(r);
            if (res.features().isEmpty()) {
                out.add(RowFactory.create(t.fingerprint(), t.index(), t.id(), res.label(), r, -1, null, null, null, null, null, null, null,
                    res.error(), res.warning(), run, attempt));
                continue;
            }
            for (int f = 0; f < res.features().size(); f++) {
                ExtractedFeature x = res.features().get(f);
                out.add(RowFactory.create(t.fingerprint(), t.index(), t.id(), res.label(), r, f, x.imageType(), x.family(), x.feature(),
                    x.ibsiCode(), x.aggregation(), x.value(), x.text(), res.error(), res.warning(), run, attempt));
            }
        }
        return out;
    }

    /** The results of one case from its rows (ordered by region_index, feature_index), carried columns from the manifest. */
    static List<CaseResult> results(List<Row> rows, BatchManifest.Case c) {
        List<CaseResult> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            Row first = rows.get(i);
            int region = first.getInt(first.fieldIndex("region_index"));
            List<ExtractedFeature> features = new ArrayList<>();
            for (; i < rows.size() && rows.get(i).getInt(first.fieldIndex("region_index")) == region; i++) {
                Row r = rows.get(i);
                if (r.getInt(r.fieldIndex("feature_index")) < 0) continue;
                features.add(new ExtractedFeature(r.getAs("image_type"), r.getAs("family"), r.getAs("feature"), r.getAs("ibsi_code"),
                    r.getAs("aggregation"), r.<Double>getAs("value"), r.getAs("text")));
            }
            out.add(new CaseResult(c.id(), first.getAs("label"), c.carried(), features, first.getAs("error"), first.getAs("warning")));
        }
        return out;
    }
}
