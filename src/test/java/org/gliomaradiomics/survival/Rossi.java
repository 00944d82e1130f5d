package org.gliomaradiomics.survival;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.gliomaradiomics.table.CsvReader;

/** The Rossi recidivism data (src/test/resources/survival/rossi.csv, from lifelines, MIT). */
final class Rossi {
    static final String[] COVARIATES = {"fin", "age", "race", "wexp", "mar", "paro", "prio"};

    private Rossi() {}

    static Path file() {
        try {
            return Path.of(Rossi.class.getResource("/survival/rossi.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SurvivalData load() throws IOException {
        return SurvivalData.fromCsv(CsvReader.read(file()), "week", "arrest", COVARIATES);
    }
}
