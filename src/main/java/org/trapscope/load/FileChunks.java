package org.trapscope.load;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** The parsed pieces of one syslog file, in file order. */
record FileChunks(int fileIndex, Path path, String compression, ZoneId zone, List<ChunkEvents> chunks) {
}
