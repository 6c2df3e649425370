package org.trapscope.ui.main;

import java.nio.file.Path;
import java.util.List;

/** The files opened lately, newest first, for File ▸ Open Recent. */
public interface RecentFiles {
    List<List<Path>> list();

    void add(List<Path> opened);
}
