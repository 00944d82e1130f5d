/** Result tables, CSV output and charts: how results leave the core library. */
package org.gliomaradiomics.report;
