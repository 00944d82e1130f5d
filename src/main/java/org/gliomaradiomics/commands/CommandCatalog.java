package org.gliomaradiomics.commands;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every command of the suite, in the order of menus and help. Adding a command is one class and one line here;
 * a test checks this list against the SciJava annotation index, and plugins.config is generated from it.
 */
public final class CommandCatalog {
    private static final List<CommandSpec> COMMANDS = List.of(
        new CommandSpec(ExtractCommand.class),
        new CommandSpec(BatchExtractCommand.class),
        new CommandSpec(MergeTablesCommand.class),
        new CommandSpec(RobustnessCommand.class),
        new CommandSpec(FeatureMapsCommand.class),
        new CommandSpec(FeaturesCommand.class),
        new CommandSpec(FilterCommand.class),
        new CommandSpec(ConvertCommand.class),
        new CommandSpec(LabelStatsCommand.class),
        new CommandSpec(OpenCaseCommand.class),
        new CommandSpec(ThresholdCommand.class),
        new CommandSpec(RegionGrowCommand.class),
        new CommandSpec(ComponentsCommand.class),
        new CommandSpec(MorphologyCommand.class),
        new CommandSpec(BratsRegionsCommand.class),
        new CommandSpec(SegMetricsCommand.class),
        new CommandSpec(SynthCaseCommand.class),
        new CommandSpec(HabitatsCommand.class),
        new CommandSpec(SegTrainCommand.class),
        new CommandSpec(SegApplyCommand.class),
        new CommandSpec(LabelsToRoisCommand.class),
        new CommandSpec(RoisToLabelsCommand.class),
        new CommandSpec(DatasetExportCommand.class),
        new CommandSpec(EvaluateCommand.class),
        new CommandSpec(TrainCommand.class),
        new CommandSpec(PredictCommand.class),
        new CommandSpec(ValidateCommand.class),
        new CommandSpec(HarmonizeCommand.class),
        new CommandSpec(KmCommand.class),
        new CommandSpec(CoxCommand.class),
        new CommandSpec(SurvivalCommand.class),
        new CommandSpec(BiasCorrectCommand.class),
        new CommandSpec(NormalizeCommand.class),
        new CommandSpec(NyulTrainCommand.class),
        new CommandSpec(BrainMaskCommand.class),
        new CommandSpec(RegisterCommand.class),
        new CommandSpec(ResampleCommand.class),
        new CommandSpec(LongitudinalCommand.class),
        new CommandSpec(SynthSeriesCommand.class));

    private CommandCatalog() {}

    public static List<CommandSpec> all() {
        return COMMANDS;
    }

    public static Optional<CommandSpec> byName(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public static Optional<CommandSpec> byClass(String className) {
        return COMMANDS.stream().filter(c -> c.type().getName().equals(className)).findFirst();
    }

    /** The spec of a command class of this catalog. */
    public static CommandSpec spec(Class<? extends RadiomicsCommand> type) {
        return byClass(type.getName()).orElseThrow(() -> new IllegalStateException(type.getName() + " is not in CommandCatalog"));
    }

    public static Optional<CommandSpec> byLabel(String label) {
        return COMMANDS.stream().filter(c -> c.label().equals(label)).findFirst();
    }

    public static String names() {
        return COMMANDS.stream().map(CommandSpec::name).collect(Collectors.joining(", "));
    }
}
