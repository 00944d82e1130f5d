/**
 * The one threading policy: a {@link org.gliomaradiomics.parallel.Threads} budget that the front end opens around a
 * run, and {@link org.gliomaradiomics.parallel.Parallel} loops that run on it with results independent of the
 * thread count. The bottom layer: depends on the JDK only, and every package may use it.
 */
package org.gliomaradiomics.parallel;
