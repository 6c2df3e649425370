package org.trapscope.store;

/**
 * Where events came from: the file, the host field of the syslog line and the program (tag).
 * Events refer to an origin by a small id instead of repeating these three per line.
 */
public record Origin(int fileIndex, String logHost, String program) {
}
