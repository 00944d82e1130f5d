package org.gliomaradiomics.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.gliomaradiomics.report.ChartSvg;
import org.gliomaradiomics.report.KaplanMeierChart;
import org.gliomaradiomics.survival.ConfidenceType;
import org.gliomaradiomics.table.CsvReader;
import org.gliomaradiomics.table.CsvTable;
import org.gliomaradiomics.survival.KaplanMeier;
import org.gliomaradiomics.survival.KaplanMeierCurve;
import org.gliomaradiomics.survival.LogRank;
import org.gliomaradiomics.survival.LogRankResult;
import org.gliomaradiomics.table.CsvWriter;
import org.gliomaradiomics.table.Table;
import org.jfree.chart.JFreeChart;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

@Plugin(type = Command.class, menuPath = "Plugins>Glioma Radiomics>Survival>Kaplan-Meier",
    description = "Kaplan-Meier curves with Greenwood confidence intervals, medians, numbers at risk, and the log-rank test between groups")
public class KmCommand extends SurvivalTableCommand {
    @Parameter(label = "Group", required = false, description = "Group column for separate curves and the log-rank test", persist = false)
    private String group = "";

    @Parameter(label = "Strata", required = false, description = "Stratum column for a stratified log-rank test", persist = false)
    private String strata = "";

    @Parameter(label = "Confidence interval", choices = {"log", "log-log", "plain"}, description = "Confidence interval transform (Greenwood variance)", persist = false)
    private String confidence = "log";

    @Parameter(label = "Time unit", choices = {"auto", "days", "weeks", "months", "years"}, persist = false,
        description = "Unit of the time column, for the time axis (auto: from the column's name, e.g. OS_days)")
    private String time_unit = "auto";

    @Parameter(label = "Output folder", style = "directory", description = "Folder for km.csv, logrank.csv, km.png and km.svg", persist = false)
    private File out;

    @Override
    protected void execute() throws Exception {
        CsvTable t = CsvReader.read(data.toPath());
        String g = group.isBlank() ? null : group;
        SurvivalInputs in = SurvivalInputs.read(t, time, event, List.of(), g);
        int[] groups = in.group != null ? in.group : new int[in.time.length];
        String[] names = in.group != null ? in.groupNames : new String[] {"all"};
        ConfidenceType type = switch (confidence) {
            case "log-log" -> ConfidenceType.LOG_LOG;
            case "plain" -> ConfidenceType.PLAIN;
            default -> ConfidenceType.LOG;
        };
        SortedMap<Integer, KaplanMeierCurve> curves = KaplanMeier.byGroup(in.time, in.event, groups, type, 0.95);
        Path dir = out.toPath();
        Files.createDirectories(dir);
        Table km = new Table("group", "time", "survival", "lower", "upper", "at_risk", "events", "censored");
        Table medians = new Table("group", "n", "events", "median", "median_lower", "median_upper");
        List<KaplanMeierCurve> list = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Map.Entry<Integer, KaplanMeierCurve> e : curves.entrySet()) {
            KaplanMeierCurve c = e.getValue();
            String name = names[e.getKey()];
            int n = 0, ev = 0;
            for (int i = 0; i < groups.length; i++) if (groups[i] == e.getKey()) { n++; if (in.event[i]) ev++; }
            for (int k = 0; k < c.time().length; k++)
                km.addRow(name, c.time()[k], c.survival()[k], c.lower()[k], c.upper()[k], c.atRisk()[k], c.events()[k], c.censored()[k]);
            medians.addRow(name, n, ev, c.median(), c.medianLower(), c.medianUpper());
            list.add(c);
            labels.add(g == null ? name : g + "=" + name);
        }
        CsvWriter.write(km, dir.resolve("km.csv"));
        CsvWriter.write(medians, dir.resolve("medians.csv"));
        String test = null;
        if (in.group != null && names.length > 1) {
            LogRankResult lr;
            if (strata.isBlank()) lr = LogRank.test(in.time, in.event, in.group);
            else lr = LogRank.stratified(in.time, in.event, in.group, SurvivalInputs.read(t, time, event, List.of(), strata).group);
            Table l = new Table("group", "observed", "expected", "chi_square", "df", "p");
            for (int k = 0; k < lr.observed().length; k++)
                l.addRow(names[lr.groups()[k]], lr.observed()[k], lr.expected()[k], lr.chiSquare(), lr.degreesOfFreedom(), lr.pValue());
            CsvWriter.write(l, dir.resolve("logrank.csv"));
            outputs().message(String.format(java.util.Locale.ROOT, "log-rank chi-square %.4f on %d df, p = %.4g", lr.chiSquare(), lr.degreesOfFreedom(), lr.pValue()));
            test = String.format(java.util.Locale.ROOT, "%slog-rank test: \u03c7\u00b2 = %.2f, %d df, %s", strata.isBlank() ? "" : "stratified (" + strata + ") ",
                lr.chiSquare(), lr.degreesOfFreedom(), pValue(lr.pValue()));
        }
        String title = "Kaplan-Meier: " + time + (g == null ? "" : " by " + g);
        JFreeChart chart = KaplanMeierChart.create(title, test, SurvivalInputs.timeAxis(time, time_unit, outputs()), list, labels, null, true);
        KaplanMeierChart.savePng(chart, dir.resolve("km.png"), 800, 600);
        ChartSvg.save(chart, dir.resolve("km.svg"), 800, 600);
        outputs().message(in.time.length + " subjects (" + in.dropped + " rows with missing values left out); wrote " + dir);
        if (!commandLine()) outputs().table(medians, null, "Kaplan-Meier");
    }

    /** A p-value as publications print it: "p = 0.050" (2 significant digits), "p < 0.0001" below that. */
    static String pValue(double p) {
        return p < 1e-4 ? "p < 0.0001" : String.format(java.util.Locale.ROOT, "p = %.2g", p);
    }
}
