package org.gliomaradiomics.survival;

/**
 * Transformation used for pointwise Kaplan-Meier confidence intervals from Greenwood's variance. {@link #LOG}
 * (interval symmetric on log S) is the default of R's survfit; {@link #LOG_LOG} is Kalbfleisch-Prentice's
 * log(-log S) interval (SAS default); {@link #PLAIN} is S ± z·se(S), clipped to [0, 1].
 */
public enum ConfidenceType { LOG, LOG_LOG, PLAIN }
