/**
 * Integration tests that run the plugin inside a real ImageJ2 legacy runtime (Fiji without Fiji's own plugins):
 * the jars of {@code ${shared.dir}/fixtures/imagej2/jars} plus {@code target/glioma_radiomics-<version>.jar}, in a
 * forked JVM patched by imagej-legacy before any ImageJ class loads ({@link org.gliomaradiomics.imagej2.ImageJ2Runtime}
 * starts it, {@link org.gliomaradiomics.imagej2.ImageJ2Probe} runs inside it).
 *
 * <ul>
 *   <li>{@code ImageJ2HeadlessIT}: headless (one JVM, about 10-20 s);</li>
 *   <li>{@code ImageJ2DisplayIT}: on a private Xvfb display with the ImageJ main window (one JVM, about 80 s);
 *       dialog screenshots go to {@code target/dialogs/<command>.png}.</li>
 * </ul>
 *
 * <p>Run only these: {@code mvn -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='ImageJ2*IT'}.
 * Leave them out: {@code -Dimagej2.skip=true} (they skip), or {@code -Dit.test='*IT,!ImageJ2*IT'}. They skip by
 * themselves when the fixture (or, for the display test, Xvfb) is absent. {@code -Dimagej2.pluginsConfig=strip}
 * runs them with a copy of the plugin jar without plugins.config. Each run leaves its plan, findings (one line per
 * observation) and log in {@code target/imagej2/<headless|display>[-stripped]/}.
 *
 * <p>Commands run through CommandService and macros are listed in {@code CommandCases}: add a line to cover another.
 */
package org.gliomaradiomics.imagej2;
