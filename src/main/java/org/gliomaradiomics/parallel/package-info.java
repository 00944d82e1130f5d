/**
 * The one threading policy: a {@link org.gliomaradiomics.parallel.Threads} budget that the front end decides once
 * ({@link org.gliomaradiomics.parallel.Threads#decide}: the first explicit request, else the host's setting such as
 * Fiji's thread setting or a Spark task's cores, else all cores) and opens around a run (a nested run shares it), and {@link org.gliomaradiomics.parallel.Parallel} loops that run on it with results independent of the
 * thread count. The bottom layer: depends on the JDK only, and every package may use it.
 */
package org.gliomaradiomics.parallel;
