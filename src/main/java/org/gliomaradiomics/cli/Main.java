package org.gliomaradiomics.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gliomaradiomics.commands.CommandCatalog;
import org.gliomaradiomics.commands.CommandContext;
import org.gliomaradiomics.commands.CommandSpec;
import org.gliomaradiomics.commands.Errors;
import org.gliomaradiomics.commands.ParamSpec;
import org.gliomaradiomics.commands.RadiomicsCommand;
import org.gliomaradiomics.commands.UsageException;
import org.gliomaradiomics.extraction.ParameterFileSchema;
import org.gliomaradiomics.filters.FilterSchema;
import org.gliomaradiomics.ij1.MacroRunner;
import org.gliomaradiomics.settings.Setting;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * {@code java -jar glioma-radiomics.jar <command> --option value ...}: one subcommand per command class, options
 * derived from the command's parameters; {@code macro FILE.ijm [ARG]} runs an ImageJ macro headless.
 * Exit codes: 0 success, 1 failure of the work, 2 bad usage (an unknown, missing or malformed option, checked before
 * the work starts).
 */
public final class Main {
    /** Every command takes {@code --threads N}; a command with a threads option of its own reads it itself. */
    private static final String THREADS = "threads";
    /** picocli's switch for its built-in converters (a pattern of the class names not to register). */
    private static final String PICOCLI_CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        ProcessReport.writeIfAsked();
        System.exit(code);
    }

    /** Runs without exiting the JVM (tests). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(overview());
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--version")) {
            out.println("glioma-radiomics " + version());
            return 0;
        }
        if (args[0].equals("bench")) return Bench.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        if (args[0].equals("macro")) return MacroRunner.runFromCommandLine(Arrays.copyOfRange(args, 1, args.length), out, err);
        args = legacyForms(args);
        args = leadingTables(args);
        Optional<CommandSpec> spec = CommandCatalog.byName(args[0]);
        if (spec.isEmpty()) {
            err.println("error: unknown command '" + args[0] + "'. Commands: " + CommandCatalog.names() + ", macro, bench");
            return 2;
        }
        return runCommand(spec.get(), Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    static int runCommand(CommandSpec spec, String[] args, PrintStream out, PrintStream err) {
        // Every option is text or a number: picocli need not look up its converters for java.time, java.sql...
        // by reflection (about 25 ms of a cold start).
        if (System.getProperty(PICOCLI_CONVERTER_EXCLUDES) == null) System.setProperty(PICOCLI_CONVERTER_EXCLUDES, ".*");
        CommandLine cli = new CommandLine(picocliSpec(spec));
        ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("error: " + spec.name() + ": " + e.getMessage());
            err.println("see: " + spec.name() + " --help");
            return 2;
        }
        if (parsed.isUsageHelpRequested()) {
            // The settings keys' footer is built for the help only, not at every start.
            String keys = settingKeys(spec.name());
            if (!keys.isEmpty()) cli.getCommandSpec().usageMessage().footer(keys);
            cli.usage(out);
            return 0;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ParamSpec p : spec.params()) {
            if (parsed.hasMatchedOption(p.option())) values.put(p.name(), parsed.matchedOptionValue(p.option(), ""));
        }
        int threads = 0;
        if (!values.containsKey(THREADS) && parsed.hasMatchedOption("--" + THREADS)) {
            threads = parsed.matchedOptionValue("--" + THREADS, 0);
            if (threads < 1) {
                err.println("error: " + spec.name() + ": --threads must be at least 1, got " + threads);
                err.println("see: " + spec.name() + " --help");
                return 2;
            }
        }
        try {
            RadiomicsCommand cmd = spec.configure(values);
            cmd.runOrThrow(CommandContext.commandLine(out, err, new StderrProgress(spec.name(), err)).withThreads(threads));
            return 0;
        } catch (UsageException e) { // a bad option value, found before or at the start of the work
            err.println("error: " + spec.name() + ": " + Errors.oneLine(e).replaceFirst("^" + spec.name() + ": ", ""));
            err.println("see: " + spec.name() + " --help");
            return 2;
        } catch (Exception | OutOfMemoryError e) {
            err.println("error: " + Errors.oneLine(e));
            if (System.getenv("GLIOMA_RADIOMICS_DEBUG") != null) e.printStackTrace(err);
            return 1;
        }
    }

    /**
     * Earlier forms kept working: {@code extract --manifest ...} is {@code batch-extract ...} and
     * {@code extract --voxel-based ...} is {@code feature-maps ...} (the modes became commands of their own).
     */
    static String[] legacyForms(String[] args) {
        if (!args[0].equals("extract")) return args;
        java.util.List<String> rest = new java.util.ArrayList<>(Arrays.asList(args).subList(1, args.length));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--voxel-based") || a.equals("--voxel_based")) {
                rest.remove(i);
                if (i < rest.size() && rest.get(i).matches("(?i)true|false")) rest.remove(i);
                rest.add(0, "feature-maps");
                return rest.toArray(new String[0]);
            }
        }
        if (rest.contains("--manifest")) {
            rest.add(0, "batch-extract");
            return rest.toArray(new String[0]);
        }
        return args;
    }

    /** {@code merge-tables a.csv b.csv --out x} (the shell's expansion of part-*.csv) is {@code merge-tables --tables a.csv,b.csv ...}. */
    static String[] leadingTables(String[] args) {
        if (!args[0].equals("merge-tables")) return args;
        int k = 1;
        while (k < args.length && !args[k].startsWith("-")) k++;
        if (k == 1) return args;
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of(args[0], "--tables", String.join(",", Arrays.asList(args).subList(1, k))));
        out.addAll(Arrays.asList(args).subList(k, args.length));
        return out.toArray(new String[0]);
    }

    /** A text picocli shows as written: it formats descriptions with String.format, so a '%' ("20% fewer") is doubled. */
    private static String literal(String text) {
        return text.replace("%", "%%");
    }

    static CommandLine.Model.CommandSpec picocliSpec(CommandSpec spec) {
        CommandLine.Model.CommandSpec cs = CommandLine.Model.CommandSpec.create().name(spec.name());
        // picocli's standard help options, declared here: its mixin reflects on an annotated class (~50 ms at start)
        cs.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        cs.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
        cs.usageMessage().sortOptions(false); // the command's own order: main inputs first
        cs.usageMessage().description(literal(spec.description() + " (menu: " + spec.menuPath().replace(">", " > ") + ")"));
        for (ParamSpec p : spec.params()) {
            String[] names = p.name().contains("_") ? new String[] {p.option(), "--" + p.name()} : new String[] {p.option()};
            StringBuilder d = new StringBuilder(p.description().isEmpty() ? p.label() : p.description());
            if (d.length() > 0 && ".)".indexOf(d.charAt(d.length() - 1)) < 0) d.append('.');
            if (p.choices().length > 0) d.append(" One of: ").append(String.join(", ", p.choices())).append('.');
            Object def = p.defaultValue();
            if (def != null && !ParamSpec.text(def).isEmpty() && !(Boolean.FALSE.equals(def))) d.append(" Default: ").append(ParamSpec.text(def)).append('.');
            OptionSpec.Builder b = OptionSpec.builder(names).type(String.class).description(literal(d.toString()))
                .required(p.mustBeGiven() || p.requiredOnCommandLine());
            if (p.isFlag()) b.arity("0..1").fallbackValue("true").paramLabel("[true|false]");
            else b.arity("1").paramLabel(p.isFile() ? "<" + (p.style().contains("directory") ? "dir" : "file") + ">" : p.isNumber() ? "<number>" : "<text>");
            cs.addOption(b.build());
        }
        if (spec.params().stream().noneMatch(p -> p.name().equals(THREADS)))
            cs.addOption(OptionSpec.builder("--" + THREADS).type(Integer.class).arity("1").paramLabel("<number>")
                .description("Threads this run may use (default: ImageJ's thread setting, all cores unless changed).").build());
        return cs;
    }

    /**
     * The help's list of the keys a command's settings file takes, generated from their declared schema: the
     * parameter file's {@code setting} keys for extract and batch-extract, the filter keys for filter; else empty
     * (a footer in picocli's format: {@code %n} is a line break).
     */
    static String settingKeys(String command) {
        StringBuilder s = new StringBuilder();
        if (command.equals("extract") || command.equals("batch-extract")) {
            s.append("%nKeys under 'setting' in the parameter file (default in brackets):%n");
            java.util.List<String> pyOnly = new java.util.ArrayList<>();
            for (Setting k : ParameterFileSchema.SETTINGS)
                if (k.scope() == Setting.Scope.PYRADIOMICS) pyOnly.add(k.key());
                else s.append(keyLine(k));
            s.append("  PyRadiomics' own settings, also accepted: ").append(String.join(", ", pyOnly)).append("%n");
        } else if (command.equals("filter")) {
            s.append("%nKeys of each filter type (default in brackets):%n");
            for (java.util.Map.Entry<String, java.util.List<Setting>> f : FilterSchema.FILTERS.entrySet()) {
                s.append(f.getKey()).append(":%n");
                for (Setting k : f.getValue()) if (!k.key().equals("type")) s.append(keyLine(k));
            }
        }
        return s.toString(); // picocli formats the footer: %n are line breaks, a % of a doc is written %%
    }

    private static String keyLine(Setting k) {
        return "  " + k.key() + (k.defaultValue().isEmpty() ? "" : " [" + k.defaultValue() + "]") + ": " + k.doc().replace("%", "%%") + "%n";
    }

    static String overview() {
        StringBuilder s = new StringBuilder();
        s.append("Glioma Radiomics ").append(version()).append(" — radiomics for brain-tumour MRI\n\n");
        s.append("Usage: java -jar glioma-radiomics.jar <command> [--option value ...]\n");
        s.append("       java -jar glioma-radiomics.jar <command> --help\n");
        s.append("       java -jar glioma-radiomics.jar macro FILE.ijm [ARGUMENT]   (headless ImageJ macro)\n\nCommands:\n");
        for (CommandSpec c : CommandCatalog.all())
            s.append(String.format("  %-18s %s%n", c.name(), c.description().isEmpty() ? c.label() : c.description()));
        s.append(String.format("  %-18s %s%n", "macro", "run an ImageJ macro headless, with every command available"));
        s.append(String.format("  %-18s %s%n", "bench", "time this jar on the bundled example and a synthetic BraTS-size case (see bench --help)"));
        return s.toString();
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
