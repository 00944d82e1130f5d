/**
 * Tables: the small in-memory result {@link org.gliomaradiomics.table.Table} the core returns, the number format
 * of every CSV we write and {@link org.gliomaradiomics.table.CsvWriter}; and the one way CSV is read: {@link
 * org.gliomaradiomics.table.CsvTable} (parsed text, one missing-value policy, errors naming file, line and column)
 * and {@link org.gliomaradiomics.table.CsvReader} (files).
 *
 * <p>Layer: just above {@code image} (atomic file writing), below every algorithm package, so that features,
 * segmentation and longitudinal results can be tables without depending on {@code report}. Reads and writes files;
 * never ImageJ.
 */
package org.gliomaradiomics.table;
